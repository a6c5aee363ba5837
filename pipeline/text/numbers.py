"""Numbers written as words, for every rule that reads a count: figures ("five drones"), relative dates ("two days
ago") and casualties ("killing two"); and the word before a number, which often says what it is ("in 2000", "May
4" after "on")."""

import re

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}


_WORD = re.compile(r"[A-Za-z]+")


def word_before(text: str, position: int) -> str:
    """The last word, lower-cased, in the 30 characters before position ("" when there is none)."""
    words = _WORD.findall(text, max(0, position - 30), position)
    return words[-1].lower() if words else ""
