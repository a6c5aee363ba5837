"""Money, percentages, counts and measured quantities in news text.

We write our own rules because quantulum3 misreads our phrases (shared/reference/measured-tools.md):
"$2-million" becomes a range, "$40m" a "dollar metre", and counts lose the thing counted.

One pattern finds every amount ("$40 million", "five", "2-3 million", "8.6"); what follows it decides the
kind: a percent sign, a currency word, a unit, or a counted noun. An amount followed by none of these is
not a figure. Numbers that belong to a date ("August 8", "2025") or to a name ("MiG-29", "2S1", "Shahed-136")
are never figures.

Choices:
- A range ("2-3 million dollars", "between 12 and 15 soldiers") keeps value_min and value_max, and its value
  is the lower bound: the most the text guarantees, never an invented midpoint.
- "dozens/hundreds/thousands of" count at least two of the unit (24, 200, 2000) with qualifier "at least".
- "$" alone is taken as US dollars; "¥" (yen or yuan) and "m" after a bare number (metres or million) are
  too ambiguous and are not read.
- Durations ("three years", "two days") are not figures; the date extractor reads the ones that date things.
- A calibre right after a capitalised name ("Bofors 40mm") is part of a weapon's name, not a measurement.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipeline.text.dates import find_dates
from pipeline.text.nouns import FUNCTION_WORDS, is_plural, singular
from pipeline.text.numbers import NUMBER_WORDS, word_before


@dataclass(frozen=True)
class Figure:
    start_char: int
    end_char: int
    text: str  # == text[start_char:end_char]
    kind: str  # money | count | percent | quantity
    value: float  # fully scaled: "$2-million" -> 2000000.0
    unit: str  # "USD", "percent", "km", or the singular of the counted noun: "drone", "person"
    currency: str | None  # ISO 4217 for money, else None
    qualifier: str | None  # "over" | "about" | "up to" | "at least" | None
    value_min: float | None = None  # for ranges "2-3 million"
    value_max: float | None = None


def extract_figures(text: str) -> list[Figure]:
    """Every money amount, percentage, count and quantity in text, in order."""
    dates = _DateSpans(text)
    figures = []
    position = 0
    while (match := _AMOUNT.search(text, position)) is not None:
        amount = _read_amount(text, match)
        figure = None if amount is None or dates.overlap(match.start(), amount.end) else _figure(text, match.start(), amount)
        if figure is not None:
            figures.append(figure)
            position = figure.end_char
        else:
            # A rejected amount may still end in a figure of its own ("5 and 6 drones" -> "6 drones").
            position = amount.low_end if amount is not None else match.end()
    return figures


class _DateSpans:
    """Where the date expressions are, to keep their numbers out of the figures."""

    def __init__(self, text: str):
        mentions = find_dates(text, None)
        self._starts = [mention.start_char for mention in mentions]
        self._ends = [mention.end_char for mention in mentions]

    def overlap(self, start: int, end: int) -> bool:
        # Date mentions do not overlap each other, so only the last one starting before `end` can reach `start`.
        index = bisect.bisect_left(self._starts, end)
        return index > 0 and self._ends[index - 1] > start


# ---------------------------------------------------------------------------------------------------------------
# Vocabulary

_MULTIPLIER_WORDS = {"dozen": 12, "hundred": 100, "thousand": 1000}
# Plural round numbers mean at least two of the unit.
_VAGUE_NUMBERS = {"dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2e6,
                  "tens of thousands": 2e4, "hundreds of thousands": 2e5}
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
           "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}
_CURRENCY_SYMBOLS = {"us$": "USD", "$": "USD", "c$": "CAD", "a$": "AUD", "€": "EUR", "£": "GBP", "₴": "UAH",
                     "₽": "RUB", "₹": "INR", "₼": "AZN"}
_CURRENCY_CODES = ("USD", "EUR", "GBP", "UAH", "RUB", "AZN", "CHF", "JPY", "CNY", "TRY", "PLN", "GEL", "AMD", "KZT", "CAD", "AUD", "INR")
_CURRENCY_NAMES = {"dollar": "USD", "euro": "EUR", "hryvnia": "UAH", "ruble": "RUB", "rouble": "RUB",
                   "manat": "AZN", "pounds sterling": "GBP", "yuan": "CNY", "yen": "JPY", "lari": "GEL", "dram": "AMD"}
_DOLLAR_NATIONS = {"canadian": "CAD", "australian": "AUD"}
_QUALIFIERS = {
    "over": "over", "more than": "over", "above": "over", "in excess of": "over", "exceeding": "over",
    "around": "about", "about": "about", "approximately": "about", "roughly": "about", "nearly": "about",
    "almost": "about", "some": "about", "close to": "about", "an estimated": "about",
    "at least": "at least", "no less than": "at least", "no fewer than": "at least", "not less than": "at least",
    # Upper bounds, strict or not, all become "up to": the schema has no "under".
    "up to": "up to", "as many as": "up to", "as much as": "up to", "under": "up to", "less than": "up to",
    "fewer than": "up to", "below": "up to", "no more than": "up to",
}
_UNIT_NAMES = {
    "km": "km", "kilometre": "km", "kilometer": "km", "km2": "km2", "square kilometre": "km2", "square kilometer": "km2",
    "km/h": "km/h", "mm": "mm", "millimetre": "mm", "millimeter": "mm", "cm": "cm", "centimetre": "cm",
    "centimeter": "cm", "metre": "m", "meter": "m", "kg": "kg", "kilogram": "kg", "tonne": "tonne",
    "metric ton": "tonne", "ton": "ton", "mile": "mile", "litre": "litre", "liter": "litre", "barrel": "barrel",
    "hectare": "hectare", "mw": "MW", "gw": "GW", "kw": "kW", "mwh": "MWh", "gwh": "GWh", "twh": "TWh",
    "cubic metre": "m3", "cubic meter": "m3", "bcm": "m3",
}
_UNIT_SCALES = {"bcm": 1e9}  # billion cubic metres
# Nouns after a number that make no count: durations ("three years"; the date extractor reads the ones that date
# things), multipliers ("five times"), and "pounds", which may be money or weight.
_NOT_COUNTED = {"second", "minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade", "century",
                "time", "pound", "percent"}
# Nouns that also modify another ("five police officers"): a plural right after them is the counted noun.
_COLLECTIVE_NOUNS = {"personnel", "police", "aircraft", "staff", "crew"}
# After "one", these make idioms ("at one point", "one of"), not counts.
_ONE_IDIOMS = {"point", "way", "thing", "side", "hand", "time", "another", "other", "more", "last"}

# ---------------------------------------------------------------------------------------------------------------
# The amount pattern

# Thousands separated by commas, or plain digits; "1,5" (a decimal comma, or a list) is not read.
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d+(?:\.\d+)?(?!\d|,\d)"
_NUMBER_WORD = "|".join(sorted([*NUMBER_WORDS, *_MULTIPLIER_WORDS], key=len, reverse=True))
_WORD_NUMBER = (rf"(?:an?(?=\s+(?:dozen|hundred|thousand|million|billion)\b)|(?:{_NUMBER_WORD})\b)"
                rf"(?:(?:\s+and\s+|\s+|-)(?:{_NUMBER_WORD})\b){{0,6}}")
_VAGUE_NUMBER = r"(?:(?:tens|hundreds)\s+of\s+thousands|dozens|hundreds|thousands|millions)\b"
_NUMBER = rf"(?:{_DIGITS}|{_VAGUE_NUMBER}|{_WORD_NUMBER})"
_CURRENCY_PREFIX = (r"(?:US\$|C\$|A\$|\$|€|£|₴|₽|₹|₼|(?-i:" + "|".join(_CURRENCY_CODES) + r")\s?)")


def _scale_group(name: str) -> str:
    # Scale words may be spaced or hyphenated ("$2-million"); abbreviations must be attached ("$40m", "€5bn").
    return rf"(?P<{name}>(?:\s*-\s*|\s*)(?:thousand|million|billion|trillion|mln|bln)\b|(?:bn|mn|tn|m|k|b)(?!\w))"


_AMOUNT = re.compile(
    rf"""
    (?<![\w.,/:+#@&\-–])                       # not inside an identifier, URL, time or decimal
    (?P<currency>{_CURRENCY_PREFIX})?
    (?P<low>{_NUMBER})
    {_scale_group("low_scale")}?
    (?:
        (?P<separator>\s*[-–—]\s*|\s+to\s+|\s+and\s+)
        (?P<high_currency>{_CURRENCY_PREFIX})?
        (?P<high>{_NUMBER})
        {_scale_group("high_scale")}?
    )?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_NUMBER_WORD_TOKEN = re.compile(rf"\b(?:an?|and|{_NUMBER_WORD})\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Amount:
    low: float
    high: float | None
    low_end: int  # where the amount ends if read without its range
    end: int
    currency: str | None
    scaled_by_abbreviation: bool  # "40m": million only next to a currency
    vague: bool


def _read_amount(text: str, match: re.Match) -> _Amount | None:
    low = _number_value(match.group("low"))
    if low is None:
        return None
    low_value, low_length = low
    currency = _currency_of_symbol(match.group("currency"))
    vague = " ".join(match.group("low").lower().split()) in _VAGUE_NUMBERS
    if low_length < len(match.group("low")):  # "five two" reads as five; what follows is not part of it
        end = match.start("low") + low_length
        return _Amount(low_value, None, end, end, currency, False, vague)
    low_scale = match.group("low_scale")
    low_end = match.end("low_scale") if low_scale else match.end("low")
    single = _Amount(low_value * _scale(low_scale), None, low_end, low_end, currency, _is_abbreviation(low_scale), vague)
    high = _number_value(match.group("high")) if match.group("high") else None
    if high is None or high[1] < len(match.group("high")) or vague or not _is_range(text, match):
        return single
    # A scale stated once belongs to both ends: "2-3 million".
    high_scale = match.group("high_scale")
    low_value *= _scale(low_scale or high_scale)
    high_value = high[0] * _scale(high_scale or low_scale)
    if high_value <= low_value:
        return single
    return _Amount(low_value, high_value, low_end, match.end(), currency or _currency_of_symbol(match.group("high_currency")),
                   _is_abbreviation(low_scale) or _is_abbreviation(high_scale), vague)


def _is_range(text: str, match: re.Match) -> bool:
    """"2-3", "12 to 15", "between 12 and 15"; not "12 and 15" (two figures) nor "from 5 to 10" (a change)."""
    separator = match.group("separator").strip().lower()
    previous = word_before(text, match.start())
    if separator == "and":
        return previous == "between"
    return not (separator == "to" and previous == "from")


def _is_abbreviation(scale: str | None) -> bool:
    return scale is not None and scale.strip(" -").lower() in ("bn", "mn", "tn", "m", "k", "b")


def _scale(scale: str | None) -> float:
    return _SCALES[scale.strip(" -").lower()] if scale else 1.0


def _currency_of_symbol(symbol: str | None) -> str | None:
    if not symbol:
        return None
    symbol = symbol.strip()
    return _CURRENCY_SYMBOLS.get(symbol.lower(), symbol)


def _number_value(number: str) -> tuple[float, int] | None:
    """The value of a number and how many of its characters it takes: "2,000" -> 2000, "twenty-five" -> 25,
    "three hundred and fifty" -> 350, "a dozen" -> 12, "hundreds" -> 200."""
    if number[0].isdigit():
        return float(number.replace(",", "")), len(number)
    vague = " ".join(number.lower().split())
    if vague in _VAGUE_NUMBERS:
        return _VAGUE_NUMBERS[vague], len(number)
    return _number_words_value(number)


def _number_words_value(words: str) -> tuple[float, int] | None:
    """Reads number words left to right and stops at the first one that cannot continue the number
    ("five two" -> 5, "twenty-five" -> 25, "two thousand five hundred" -> 2500)."""
    total, current, state, end = 0, 0, "start", 0
    for token in _NUMBER_WORD_TOKEN.finditer(words):
        word = token.group().lower()
        kind = _number_word_kind(word, state)
        if kind not in _NUMBER_WORD_FOLLOWERS[state]:
            break
        if kind == "a":
            current = 1
        elif kind in ("unit", "tens", "tens_unit"):
            current += NUMBER_WORDS[word]
        elif kind in ("hundred", "dozen"):
            current *= _MULTIPLIER_WORDS[kind]
        elif kind == "thousand":
            total, current = total + current * 1000, 0
        state = kind
        if kind != "and":
            end = token.end()
    if end == 0:
        return None
    return float(total + current), end


def _number_word_kind(word: str, state: str) -> str:
    if word in ("a", "an"):
        return "a"
    if word in ("and", "hundred", "thousand", "dozen"):
        return word
    value = NUMBER_WORDS[word]
    if value >= 20:
        return "tens"
    return "tens_unit" if state == "tens" and value < 10 else "unit"


# Which kind of number word may follow which: "twenty-five", "three hundred and fifty", "a dozen", not "five two".
_NUMBER_WORD_FOLLOWERS = {
    "start": {"a", "unit", "tens"},
    "a": {"hundred", "thousand", "dozen"},
    "unit": {"hundred", "thousand", "dozen"},
    "tens": {"tens_unit", "thousand"},
    "tens_unit": {"thousand"},
    "hundred": {"unit", "tens", "thousand", "and"},
    "thousand": {"unit", "tens", "and"},
    "and": {"unit", "tens"},
    "dozen": set(),
}


# ---------------------------------------------------------------------------------------------------------------
# What follows an amount

_PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent\b|percent\b|pct\b)|\s+(?P<points>percentage\s+points?)\b", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(
    r"(?:\s+of)?\s+(?:(?P<nation>US|U\.S\.|American|Canadian|Australian)\s+)?"
    r"(?P<name>dollars?|euros?|hryvnias?|rubles?|roubles?|manats?|pounds\s+sterling|yuan|yen|lari|drams?)\b"
    r"|\s?(?P<code>(?-i:" + "|".join(_CURRENCY_CODES) + r"))\b",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"(?:\s?(?P<abbreviation>km2|km/h|km|mm|cm|kg|mwh|gwh|twh|mw|gw|kw|bcm)"
    r"|\s+(?P<name>square\s+kilomet(?:re|er)s?|cubic\s+met(?:re|er)s?|metric\s+tons?|kilomet(?:re|er)s?|"
    r"millimet(?:re|er)s?|centimet(?:re|er)s?|met(?:re|er)s?|kilograms?|tonnes?|tons?|miles?|lit(?:re|er)s?|"
    r"barrels?|hectares?))(?![\w/])(?P<per_day>\s+(?:per|a)\s+day\b)?",
    re.IGNORECASE,
)
_FOLLOWING_WORD = re.compile(r"[ \t]+([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)(?![\w-])")
_COMPOUND_ADJECTIVE = re.compile(r"-[A-Za-z]")
_OF = re.compile(r"[ \t]+of\b", re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(
    r"\b(?P<phrase>(?:just|well)\s+(?:over|under)|"
    + "|".join(sorted((phrase.replace(" ", r"\s+") for phrase in _QUALIFIERS), key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)


def _figure(text: str, start: int, amount: _Amount) -> Figure | None:
    if _COMPOUND_ADJECTIVE.match(text, amount.end):
        return None  # "a 30-day ceasefire", "a five-year plan"
    reading = (_read_percent(text, amount) or _read_money(text, amount) or _read_quantity(text, start, amount)
               or _read_count(text, amount))
    if reading is None:
        return None
    kind, unit, currency, value_scale, end = reading
    qualifier, start = _qualifier_before(text, start)
    if amount.vague and qualifier is None:
        qualifier = "at least"
    low, high = amount.low * value_scale, amount.high * value_scale if amount.high is not None else None
    return Figure(start, end, text[start:end], kind, low, unit, currency, qualifier,
                  low if high is not None else None, high)


def _qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    window_start = max(0, start - 30)
    match = _QUALIFIER_BEFORE.search(text, window_start, start)
    if match is None:
        return None, start
    phrase = " ".join(match.group("phrase").lower().split())
    phrase = phrase.split(" ", 1)[1] if phrase.startswith(("just ", "well ")) else phrase
    return _QUALIFIERS[phrase], match.start("phrase")


# What follows an amount, as read by each of the readers below: (kind, unit, currency, factor on the amount,
# end of the figure), or None when it is not that kind of figure.
_Suffix = tuple[str, str, str | None, float, int] | None


def _read_percent(text: str, amount: _Amount) -> _Suffix:
    match = _PERCENT_AFTER.match(text, amount.end)
    if match is None or amount.currency or amount.scaled_by_abbreviation:
        return None
    return "percent", "percentage point" if match.group("points") else "percent", None, 1.0, match.end()


def _read_money(text: str, amount: _Amount) -> _Suffix:
    if amount.currency:
        return "money", amount.currency, amount.currency, 1.0, amount.end
    match = _CURRENCY_AFTER.match(text, amount.end)
    if match is None:
        return None
    if match.group("code"):
        currency = match.group("code")
    else:
        name = " ".join(match.group("name").lower().split())
        currency = _CURRENCY_NAMES.get(name) or _CURRENCY_NAMES[name.rstrip("s")]
        if currency == "USD" and match.group("nation"):
            currency = _DOLLAR_NATIONS.get(match.group("nation").lower(), "USD")
    return "money", currency, currency, 1.0, match.end()


def _read_quantity(text: str, start: int, amount: _Amount) -> _Suffix:
    match = _UNIT_AFTER.match(text, amount.end)
    if match is None:
        return None
    raw = " ".join((match.group("abbreviation") or match.group("name")).lower().split())
    key = raw if raw in _UNIT_NAMES else raw[:-1]
    unit = _UNIT_NAMES[key]
    if unit == "mm" and _follows_a_name(text, start):
        return None
    if match.group("per_day"):
        unit += "/day"
    return "quantity", unit, None, _UNIT_SCALES.get(key, 1.0), match.end()


_NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z-]*[ \t]+$")


def _follows_a_name(text: str, start: int) -> bool:
    """"Bofors 40mm": a capitalised word before the number that does not begin a sentence."""
    before = text[max(0, start - 40) : start]
    name = _NAME_BEFORE.search(before)
    if name is None:
        return False
    preceding = before[: name.start()].rstrip()
    return bool(preceding) and preceding[-1] not in ".!?:\n"


def _read_count(text: str, amount: _Amount) -> _Suffix:
    """"five Shahed drones" -> 5 drone: the noun after the number and any adjectives or names."""
    if amount.currency or amount.scaled_by_abbreviation:
        return None
    position = amount.end
    if amount.vague:
        of = _OF.match(text, position)
        if of is None:
            return None
        position = of.end()
    is_one = amount.low == 1 and amount.high is None
    noun = _singular_counted_noun(text, position) if is_one else _plural_counted_noun(text, position)
    if noun is None:
        return None
    unit, end = noun
    if unit in _NOT_COUNTED:
        return None
    return "count", unit, None, 1.0, end


def _plural_counted_noun(text: str, position: int) -> tuple[str, int] | None:
    """The first plural within four words, past adjectives and names but not past a function word."""
    words = _following_words(text, position, 4)
    for index, (word, end) in enumerate(words):
        lower = word.lower()
        if lower in FUNCTION_WORDS:
            return None
        if not is_plural(word):
            continue
        if lower in _COLLECTIVE_NOUNS and index + 1 < len(words) and is_plural(words[index + 1][0]):
            continue  # "five police officers": count officers
        return singular(lower), end
    return None


def _singular_counted_noun(text: str, position: int) -> tuple[str, int] | None:
    """After "one" only a single lowercase word that ends the phrase is taken ("one soldier was killed"):
    without a part-of-speech tagger, "one key link" cannot tell the adjective from the noun, so it is refused."""
    content = _following_words(text, position, 4)
    while content and content[0][0][0].isupper():
        content.pop(0)  # names before the noun: "one Shahed drone"
    if not content:
        return None
    word, end = content[0]
    lower = word.lower()
    ends_phrase = len(content) == 1 or content[1][0].lower() in FUNCTION_WORDS
    if lower in FUNCTION_WORDS or lower in _ONE_IDIOMS or not ends_phrase or not word.islower():
        return None
    return lower, end


def _following_words(text: str, position: int, limit: int) -> list[tuple[str, int]]:
    """Up to `limit` words that follow position, separated by spaces only: punctuation ends a noun phrase."""
    words = []
    while len(words) < limit and (match := _FOLLOWING_WORD.match(text, position)) is not None:
        words.append((match.group(1), match.end()))
        position = match.end()
    return words
