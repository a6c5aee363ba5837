"""Date expressions in news text, resolved to calendar ranges.

We write our own rules because the general-purpose parsers misread our phrases
(see shared/reference/measured-tools.md): dateparser reads "$40" as the year 1940
and drops "late" from "late June", and none of them resolves "the following night".

Each rule finds one kind of expression by its most distinctive word (a month, a year,
"yesterday", "days ago"...) and reads it, together with the words right before it
("late", "last", "the following"), without any context: a `_Reading`. Overlapping finds
are reduced to the leftmost-longest, and the survivors are resolved in text order
against the publication date, the document's latest stated year, or the day of the
previous mention. When nothing pins an expression down we return precision "unknown"
with no dates rather than guess.

Rules start their patterns with a literal word or a character class rather than `\\b`
or an optional prefix: that lets `re` skip ahead to candidate positions, which keeps a
1 MB text well under a second. Word boundaries and prefixes are checked afterwards.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable

from pipeline.text.nouns import is_plural
from pipeline.text.numbers import NUMBER_WORDS, word_before


Span = tuple[date, date]


@dataclass(frozen=True)
class DateMention:
    start_char: int  # Python str index into the text passed in
    end_char: int
    text: str  # == text[start_char:end_char]
    start: date | None  # first day of the range (None when unresolvable)
    end: date | None  # last day (== start for a day)
    precision: str  # one of DATE_PRECISIONS
    basis: str  # "published" | "document_year" | "explicit" | "relative_to_previous" | "none"


@dataclass(frozen=True)
class _Reading:
    """What an expression says before any context is applied.

    `anchor` names what is still needed to turn it into calendar dates, and `span`
    turns that into (first day, last day), or None when the result is no real date:
      "explicit"      - nothing, the text states the year; span(None)
      "unstated_year" - the year; span(year)
      "published"     - the publication date; span(published)
      "previous"      - the day of the previous mention; span(previous)
      "none"          - nothing can (vague or ambiguous); span is None
    """

    precision: str
    anchor: str
    span: Callable[[Any], Span | None] | None = None


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    reading: _Reading


def document_reference_year(text: str) -> int | None:
    """The year that dates without one ("In July") take when a document has no publication date: the latest year
    the text states together with a part of it ("August 8, 2025", "July 2025", "mid-2025"). A year stated alone
    is too often background ("since the 2022 invasion"): a text that states years only so gives None, and its
    dates without a year stay unresolved. On events-dev (shared/data), resolving year-less dates against this
    year agrees with resolving them against the real publication date for 46% (train) / 55% (dev) of those it
    resolves, against 45% / 53% for the latest year of any kind, which also resolves more of them wrongly."""
    years = [found.reading.span(None)[1].year for found in _find(text)
             if found.reading.anchor == "explicit" and found.reading.precision != "year"]
    return max(years, default=None)


def find_dates(text: str, published: date | None, reference_year: int | None = None) -> list[DateMention]:
    """All date expressions in text, in order, resolved against `published` (else reference_year; else unresolved
    with precision 'unknown', or resolved anyway where the text itself gives the year)."""
    mentions = []
    previous_day = None
    stated: DateMention | None = None  # the last date that stated its year and day or month
    for found in _find(text):
        same_sentence = stated is not None and not _SENTENCE_BREAK.search(text, stated.end_char, found.start)
        mention = _mention(text, found, published, reference_year, previous_day, stated.start if same_sentence else None)
        mentions.append(mention)
        previous_day = _day_of(mention)
        if mention.basis == "explicit" and mention.precision in {"day", "month"}:
            stated = mention
    return mentions


def resolve_relative_date(
    phrase: str, published: date | None, reference_year: int | None = None, previous: date | None = None
) -> DateMention | None:
    """Resolve one phrase on its own (offsets relative to phrase): its first date expression, or None if it has none."""
    found = _find(phrase)
    if not found:
        return None
    return _mention(phrase, found[0], published, reference_year, previous)


def _find(text: str) -> list[_Found]:
    """Every expression the rules read as a date, overlaps reduced to the leftmost-longest."""
    found = [
        item
        for pattern, read in _RULES
        for match in pattern.finditer(text)
        if _starts_a_word(text, match.start()) and (item := read(match, text)) is not None
    ]
    found.sort(key=lambda item: (item.start, -item.end))
    kept: list[_Found] = []
    for item in found:
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


# What ends a sentence between two dates: a stop, a question or exclamation mark before a space, or a line break.
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


def _starts_a_word(text: str, position: int) -> bool:
    return position == 0 or not text[position - 1].isalnum()


def _day_of(mention: DateMention) -> date | None:
    """The single day a mention names, which "the following night" or "two days earlier" can count from.
    A range ("late June", "August 6-7") gives none: counting from it would be a guess."""
    if mention.precision == "day" and mention.start is not None and mention.start == mention.end:
        return mention.start
    return None


def _mention(text: str, found: _Found, published: date | None, reference_year: int | None, previous: date | None,
             stated_before: date | None = None) -> DateMention:
    start, end, precision, basis = _resolve(found.reading, published, reference_year, previous, stated_before)
    return DateMention(found.start, found.end, text[found.start : found.end], start, end, precision, basis)


def _resolve(
    reading: _Reading, published: date | None, reference_year: int | None, previous: date | None, stated_before: date | None = None
) -> tuple[date | None, date | None, str, str]:
    """stated_before: the first day of a date its sentence stated with its year before this one. A date without a
    year follows it: "abducted on 25 October 2010, and on November 18 his body was found" is 18 November 2010, not
    the November 18 before publication."""
    span, basis = None, "none"
    if reading.anchor == "explicit":
        span, basis = reading.span(None), "explicit"
    elif reading.anchor == "unstated_year" and stated_before is not None:
        span, basis = _first_span_from(reading.span, stated_before), "relative_to_previous"
    elif reading.anchor == "unstated_year" and published is not None:
        span, basis = _latest_span_starting_by(reading.span, published), "published"
    elif reading.anchor == "unstated_year" and reference_year is not None:
        span, basis = reading.span(reference_year), "document_year"
    elif reading.anchor == "published" and published is not None:
        span, basis = reading.span(published), "published"
    elif reading.anchor == "previous" and previous is not None:
        span, basis = reading.span(previous), "relative_to_previous"
    if span is None:
        return None, None, "unknown", "none"
    return span[0], span[1], reading.precision, basis


def _first_span_from(span_in_year: Callable[[int], Span | None], day: date) -> Span | None:
    """The first span that does not end before a day: in its year, else the next ("from December through April"
    after "December 10, 2018" is December 2018 to April 2019)."""
    for year in (day.year, day.year + 1):
        span = span_in_year(year)
        if span is not None and span[1] >= day:
            return span
    return None


def _latest_span_starting_by(span_in_year: Callable[[int], Span | None], published: date) -> Span | None:
    """News reports the past: a date without a year is the latest one that starts on or before publication.
    Several years back are tried only so that February 29 finds a leap year."""
    for year in range(published.year, published.year - 8, -1):
        span = span_in_year(year)
        if span is not None and span[0] <= published:
            return span
    return None


# ---------------------------------------------------------------------------------------------------------------
# Calendar arithmetic


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _last_day(year: int, month: int) -> int:
    return 29 if month == 2 and calendar.isleap(year) else _DAYS_IN_MONTH[month - 1]


def _months_span(year: int, first_month: int, last_month: int) -> Span:
    return date(year, first_month, 1), date(year, last_month, _last_day(year, last_month))


def _year_span(year: int) -> Span:
    return date(year, 1, 1), date(year, 12, 31)


def _week_span(day: date) -> Span:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _month_span_shifted(day: date, months: int) -> Span:
    year, month = _shift_month(day.year, day.month, months)
    return _months_span(year, month, month)


def _offset_span(unit: str, steps: int) -> Callable[[date], Span]:
    """The span `steps` units away from a day: a day, its Monday..Sunday week, its month or its year."""
    if unit == "day":
        return lambda day: (day + timedelta(days=steps),) * 2
    if unit == "week":
        return lambda day: _week_span(day + timedelta(weeks=steps))
    if unit == "month":
        return lambda day: _month_span_shifted(day, steps)
    return lambda day: _year_span(day.year + steps)


def _explicit(precision: str, span: Span | None) -> _Reading | None:
    return None if span is None else _Reading(precision, "explicit", lambda _: span)


# ---------------------------------------------------------------------------------------------------------------
# Vocabulary

_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
_WEEKDAY_NUMBERS = {name: number for number, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_COUNT_WORDS = {"a": 1, "an": 1, **NUMBER_WORDS}
# Parts of a month as (first day, last day); None is the month's last day.
_PARTS_OF_MONTH = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
                   "late": (21, None), "end": (21, None)}
# Parts of a year as (first month, last month).
_PARTS_OF_YEAR = {"early": (1, 4), "beginning": (1, 4), "start": (1, 4), "mid": (5, 8), "middle": (5, 8),
                  "late": (9, 12), "end": (9, 12), "first half": (1, 6), "second half": (7, 12)}
# Meteorological seasons of the northern hemisphere. Winter straddles two years, so "winter 2025" is ambiguous.
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}
# "May" and "March" are also an auxiliary and a verb ("Azerbaijan May Reconsider"): alone they are a month only after these.
_MONTH_CUES = {"in", "since", "by", "until", "till", "from", "during", "of", "before", "after", "through", "throughout",
               "between", "and", "or", "to"}
# A year-like number followed by a plural noun ("launched 2000 drones") is a count unless one of these precedes it.
_YEAR_CUES = {"in", "since", "by", "of", "from", "until", "till", "to", "before", "after", "during", "through",
              "throughout", "the", "and", "early", "late", "mid", "year"}
# A number right after one of these belongs to money, an identifier, a URL, a time or a decimal.
_NUMBER_GLUE = set("$€£¥₴₽₹₼.,/:+#@-–_")

_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_FULL_MONTH_NAMES = frozenset(_MONTH_NAMES.lower().split("|"))
# Abbreviations may take a dot ("Aug. 8"); the lookbehinds keep it off full names ("in May.").
_MONTH = (rf"(?:{_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b"
          r"(?:(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\.|(?<=\bSept)\.)?")
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_YEAR = r"(?:19\d\d|20\d\d|2100)(?!\d)"
_DAY = r"[0-3]?\d(?!\d)(?:st|nd|rd|th)?"
_COUNT = r"(?:\d{1,3}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")"
# A day or year does not continue as a decimal, a percentage or a word.
_NOT_BEFORE = r"(?![\w%]|[.,]\d)"
# A day after a month's name: the " 17" of "August 17".
_DAY_AFTER = re.compile(rf"\s+{_DAY}{_NOT_BEFORE}")


def _ending_here(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    """A pattern for the words right before an expression: searched in a short window that ends where it starts."""
    return re.compile(rf"\b(?:{pattern})$", flags)


_WEEKDAY_BEFORE = _ending_here(rf"(?:{_WEEKDAY_NAMES}),?\s+(?:the\s+)?", flags=0)
_RELATIVE_BEFORE = _ending_here(r"(?P<relative>last|this|next|past)\s+")
_PART_OF_MONTH_BEFORE = _ending_here(r"(?P<part>early|late|mid|(?:the\s+)?(?:beginning|start|end|middle)\s+of)(?:\s*-\s*|\s+)")
# The words that make a year part of a longer expression, one alternative per kind so that one search finds any.
_YEAR_PREFIX_BEFORE = _ending_here(
    r"(?P<part_of_year>(?P<part>early|late|mid|(?:the\s+)?(?:beginning|start|end|middle|first\s+half|second\s+half)\s+of)"
    r"(?:\s*-\s*|\s+))"
    r"|(?P<season_of_year>(?P<season>spring|summer|autumn|fall|winter)(?:\s+of)?,?\s+)"
    r"|(?P<quarter_of_year>(?:Q(?P<quarter>[1-4])(?:\s*-\s*|\s+|\s+of\s+)"
    r"|(?P<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?,?\s+))"
    rf"|(?P<months_of_year>the\s+(?P<which>first|last)\s+(?P<count>{_COUNT})\s+months\s+of\s+)")
_ORDINAL_BEFORE = _ending_here(r"(?P<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+")
_COUNT_BEFORE = _ending_here(rf"(?:(?P<vague>a\s+few|a\s+couple\s+of|few|several|some|many)|(?P<count>{_COUNT}))\s+")
_NEXT_OR_PREVIOUS_BEFORE = _ending_here(r"the\s+(?P<which>following|next|previous|preceding)\s+")
_SAME_AS_PREVIOUS_BEFORE = _ending_here(r"(?:later\s+)?that(?:\s+same)?\s+|the\s+same\s+")
_DAY_BEFORE = _ending_here(r"the\s+day\s+before\s+")
# A year written before the day it is the year of: "in 2016, May 13".
_YEAR_FIRST_BEFORE = _ending_here(rf"(?P<year>{_YEAR}),\s+")
# Words that make a weekday the name of a feast or of a day in history: "Easter Sunday", "Bloody Sunday".
_NAMED_DAY_BEFORE = _ending_here(r"(?:Easter|Good|Holy|Palm|Ash|Maundy|Bloody|Black)\s+", flags=0)
# Words that make a weekday the first word of a newspaper's name: "the Sunday Leader editor", "The Sunday Times".
_TITLE_WORDS_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Leader|Express|Mail|Mirror|Observer|Post|Herald|Tribune|Independent|Standard|Star|"
    r"Nation|Guardian|Sun|Vision|Monitor|News|Review|Magazine|Edition)\b")


def _words_before(pattern: re.Pattern, text: str, start: int) -> re.Match | None:
    return pattern.search(text, max(0, start - 40), start)


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS[name.rstrip(".").lower()]


def _count_value(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS[word.lower()]


def _part_name(words: str) -> str:
    """"the end of" -> "end", "mid" -> "mid", "the first half of" -> "first half"."""
    return " ".join(word for word in words.lower().split() if word not in ("the", "of"))


def _is_glued_number(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in _NUMBER_GLUE


def _leading_number(day: str) -> int:
    """"8th" -> 8."""
    return int(day.rstrip("stndrh"))


# ---------------------------------------------------------------------------------------------------------------
# Readers: one per rule, each turns a match into a _Found or None when it is no date after all


def _day_reading(month: int, day: int, last_day: int | None, year: int | None) -> _Reading | None:
    last_day = last_day or day
    # Feb 29 exists in leap years (2000 is one); a day no month has is no date at all.
    if not 1 <= day <= last_day <= _last_day(2000, month):
        return None

    def span_in(year: int) -> Span | None:
        first, last = _date_or_none(year, month, day), _date_or_none(year, month, last_day)
        return (first, last) if first and last else None

    if year is not None:
        return _explicit("day", span_in(year))
    return _Reading("day", "unstated_year", span_in)


def _read_named_day(match: re.Match, text: str) -> _Found | None:
    """"August 8", "8 August 2025", "Monday, August 11", "Mon, 11 Aug 2025 19:11:00 +0300", "August 6-7", "August 28
    last year", "2016, May 13"."""
    if match.group()[0].isdigit() and _is_glued_number(text, match.start()):
        return None
    groups = match.groupdict()
    year_first = None if groups["year"] or groups.get("year_offset") else _words_before(_YEAR_FIRST_BEFORE, text, match.start())
    year = groups["year"] or (year_first and year_first.group("year"))
    reading = _day_reading(_month_number(groups["month"]), _leading_number(groups["day"]),
                           _leading_number(groups["last_day"]) if groups.get("last_day") else None,
                           int(year) if year else None)
    if reading is None:
        return None
    if offset := groups.get("year_offset"):
        reading = _in_year_of_publication(reading, _YEAR_OFFSETS[offset.lower()])
    if year_first:
        return _Found(year_first.start(), match.end(), reading)
    weekday = _words_before(_WEEKDAY_BEFORE, text, match.start())
    return _Found(weekday.start() if weekday else match.start(), match.end(), reading)


def _read_iso_date(match: re.Match, text: str) -> _Found | None:
    month = int(match.group("month"))
    if _is_glued_number(text, match.start()) or not 1 <= month <= 12:
        return None
    reading = _day_reading(month, int(match.group("day")), None, int(match.group("year")))
    return _Found(match.start(), match.end(), reading) if reading else None


def _read_month(match: re.Match, text: str) -> _Found | None:
    """"June 2025", "late June", "the end of July 2025", "in June", "last August", "March last year"."""
    found = _read_month_of_year(match, text)
    offset = match.group("year_offset")
    if found is None or offset is None:
        return found
    if found.reading.anchor != "unstated_year":
        return None  # "last March last year"
    return _Found(found.start, found.end, _in_year_of_publication(found.reading, _YEAR_OFFSETS[offset.lower()]))


_YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}


def _in_year_of_publication(reading: _Reading, offset: int) -> _Reading:
    """"March last year": the year the text leaves unstated is the publication's, moved by offset."""
    return _Reading(reading.precision, "published", lambda published: reading.span(published.year + offset))


def _read_month_of_year(match: re.Match, text: str) -> _Found | None:
    if _DAY_AFTER.match(text, match.end()):
        return None  # "last August 17, 2020" is a day, which the day rule reads: not last August
    month = _month_number(match.group("month"))
    year = int(match.group("year")) if match.group("year") else None
    part = _words_before(_PART_OF_MONTH_BEFORE, text, match.start())
    if part:
        return _Found(part.start(), match.end(), _part_of_month_reading(month, _part_name(part.group("part")), year))
    if year:
        return _Found(match.start(), match.end(), _explicit("month", _months_span(year, month, month)))
    if match.group("month").lower() not in _FULL_MONTH_NAMES:
        return None  # a bare "Jan" or "Mar" is more likely a name or a word than a month
    relative = _words_before(_RELATIVE_BEFORE, text, match.start())
    if relative:
        return _Found(relative.start(), match.end(), _relative_month_reading(relative.group("relative").lower(), month))
    if month in (3, 5) and word_before(text, match.start()) not in _MONTH_CUES:
        return None
    return _Found(match.start(), match.end(), _Reading("month", "unstated_year", lambda year: _months_span(year, month, month)))


def _part_of_month_reading(month: int, part: str, year: int | None) -> _Reading | None:
    """"late June" -> 21..30 June; "the end of July" -> 21..31 July; "mid-July" -> 11..20 July."""
    first_day, last_day = _PARTS_OF_MONTH[part]

    def span_in(year: int) -> Span:
        return date(year, month, first_day), date(year, month, last_day or _last_day(year, month))

    if year is not None:
        return _explicit("part_of_month", span_in(year))
    return _Reading("part_of_month", "unstated_year", span_in)


def _relative_month_reading(relative: str, month: int) -> _Reading:
    if relative in ("last", "past"):
        return _Reading("month", "published", lambda published: _months_span(
            published.year if month < published.month else published.year - 1, month, month))
    if relative == "next":
        return _Reading("month", "published", lambda published: _months_span(
            published.year if month > published.month else published.year + 1, month, month))
    return _Reading("month", "published", lambda published: _months_span(published.year, month, month))


def _read_month_range(match: re.Match, text: str) -> _Found | None:
    """"July and August 2025" -> July 1..August 31; a stated year belongs to the second month."""
    first, second = _month_number(match.group("first")), _month_number(match.group("second"))
    if first == second:
        return None

    def span_in(year: int) -> Span:
        first_year = year if first < second else year - 1
        return date(first_year, first, 1), date(year, second, _last_day(year, second))

    year = match.group("year")
    reading = _explicit("month", span_in(int(year))) if year else _Reading("month", "unstated_year", span_in)
    return _Found(match.start(), match.end(), reading)


def _read_year(match: re.Match, text: str) -> _Found | None:
    """A year and what the words before it make of it: "mid-2025", "summer 2025", "Q3 2025", "the third quarter
    of 2025", "the first seven months of 2025", or a year range "2024–2025", "from 2010 to 2014" (_joins_a_range),
    or the year alone."""
    year = int(match.group("year"))
    prefix = _words_before(_YEAR_PREFIX_BEFORE, text, match.start())
    if prefix:
        kind = next(kind for kind in _YEAR_PREFIX_READINGS if prefix.group(kind) is not None)
        reading = _YEAR_PREFIX_READINGS[kind](prefix, year)
        return _Found(prefix.start(), match.end("year"), reading) if reading else None
    if _is_glued_number(text, match.start()):
        return None
    if match.group("second"):
        reading = _year_range_reading(year, match.group("second"))
        if reading:
            return _Found(match.start(), match.end(), reading)
    if match.group("second_year") and _joins_a_range(match, text):
        reading = _year_range_reading(year, match.group("second_year"))
        if reading:
            return _Found(match.start(), match.end("second_year"), reading)
    if not _is_calendar_year(text, match.start(), match.end("year")):
        return None
    return _Found(match.start(), match.end("year"), _explicit("year", _year_span(year)))


def _joins_a_range(match: re.Match, text: str) -> bool:
    """Whether two years are the ends of one period: "2024–2025", "from 2010 to 2014", "between 1989 and 2003".
    "2019 and 2020" without "between" names two years, each of which may hold its own event ("elections in 2019
    and 2020")."""
    return match.group("joint") != "and" or word_before(text, match.start()) == "between"


def _part_of_year_reading(prefix: re.Match, year: int) -> _Reading | None:
    """"mid-2025" -> May..August, "late 2024" -> September..December, "the first half of 2025"."""
    first_month, last_month = _PARTS_OF_YEAR[_part_name(prefix.group("part"))]
    return _explicit("season", _months_span(year, first_month, last_month))


def _season_reading(prefix: re.Match, year: int) -> _Reading | None:
    """"summer 2025" -> June..August 2025. "winter 2025" could be Dec 2024-Feb 2025 or Dec 2025-Feb 2026: refused."""
    season = prefix.group("season").lower()
    if season not in _SEASON_MONTHS:
        return _Reading("unknown", "none")
    return _explicit("season", _months_span(year, *_SEASON_MONTHS[season]))


def _quarter_reading(prefix: re.Match, year: int) -> _Reading | None:
    quarter = int(prefix.group("quarter")) if prefix.group("quarter") else _QUARTER_ORDINALS[prefix.group("ordinal").lower()]
    return _explicit("quarter", _months_span(year, quarter * 3 - 2, quarter * 3))


def _months_of_year_reading(prefix: re.Match, year: int) -> _Reading | None:
    """"the first seven months of 2025" -> January..July 2025."""
    count = _count_value(prefix.group("count"))
    if not 1 <= count <= 12:
        return None
    first, last = (1, count) if prefix.group("which").lower() == "first" else (13 - count, 12)
    return _explicit("month", _months_span(year, first, last))


_YEAR_PREFIX_READINGS = {
    "part_of_year": _part_of_year_reading,
    "season_of_year": _season_reading,
    "quarter_of_year": _quarter_reading,
    "months_of_year": _months_of_year_reading,
}


def _year_range_reading(first: int, second: str) -> _Reading | None:
    """"2024–2025", "2022-23"."""
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if last <= first:
        return None
    return _explicit("year", (date(first, 1, 1), date(last, 12, 31)))


_MEASURE_AFTER_NUMBER = re.compile(
    r"\s*(?:%|(?:per\s*cent|percent|thousand|million|billion|trillion|mn|bn|km|kg|mm|cm|m|t|mw|gw|kw|"
    r"tonnes?|tons?|metres?|meters?|kilomet(?:re|er)s?|miles?|barrels?|litres?|liters?|hectares?)\b)",
    re.IGNORECASE,
)
_LOWERCASE_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _is_calendar_year(text: str, start: int, end: int) -> bool:
    """Whether a standalone number 1900-2100 is a year rather than an amount ("2000 km", "launched 2000 drones").
    News style writes counts of a thousand and more with a comma, so a bare 4-digit number is a year unless a
    unit follows, or a plural noun follows and no word that introduces a year ("in", "since", "the") precedes."""
    if _MEASURE_AFTER_NUMBER.match(text, end):
        return False
    following = _LOWERCASE_WORD_AFTER.match(text, end)
    if following and is_plural(following.group(1)):
        return word_before(text, start) in _YEAR_CUES
    return True


def _read_quarter(match: re.Match, text: str) -> _Found | None:
    """"the third quarter" (its year unstated), "last quarter" (the one before publication)."""
    ordinal = _words_before(_ORDINAL_BEFORE, text, match.start())
    if ordinal is None:
        return None
    name = ordinal.group("ordinal").lower()
    if name == "last":
        return _Found(ordinal.start(), match.end(), _Reading("quarter", "published", _quarter_before))
    quarter = _QUARTER_ORDINALS[name]
    reading = _Reading("quarter", "unstated_year", lambda year: _months_span(year, quarter * 3 - 2, quarter * 3))
    return _Found(ordinal.start(), match.end(), reading)


def _quarter_before(published: date) -> Span:
    year, month = _shift_month(published.year, (published.month - 1) // 3 * 3 + 1, -3)
    return _months_span(year, month, month + 2)


def _read_day_word(match: re.Match, text: str) -> _Found | None:
    """"yesterday", "today", "tonight", "the day before yesterday"."""
    word = match.group().lower()
    if match.group() == "Today" and _is_part_of_a_name(text, match.start()):
        return None
    start, offset = match.start(), {"yesterday": -1}.get(word, 0)
    day_before = _words_before(_DAY_BEFORE, text, start) if word == "yesterday" else None
    if day_before:
        start, offset = day_before.start(), -2
    return _Found(start, match.end(), _Reading("day", "published", _offset_span("day", offset)))


_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w.]*[ \t]+$")


def _is_part_of_a_name(text: str, start: int) -> bool:
    """"USA Today", "Russia Today": a capitalised word right before it on the same line makes it a name."""
    return _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start) is not None


def _read_time_unit(match: re.Match, text: str) -> _Found | None:
    """Expressions built on day/night/week/month/year and the words before it: "two days ago", "three days
    earlier", "the following night", "that day", "last week", "this month", "last night"."""
    unit = match.group("unit")
    start = match.start()
    if match.group("direction"):
        count = _words_before(_COUNT_BEFORE, text, start)
        return _Found(count.start(), match.end(), _counted_offset_reading(count, unit, match.group("direction"))) if count else None
    if match.group("plural"):
        return None
    next_or_previous = _words_before(_NEXT_OR_PREVIOUS_BEFORE, text, start)
    if next_or_previous:
        reading = _next_or_previous_reading(next_or_previous.group("which").lower(), unit)
        return _Found(next_or_previous.start(), match.end(), reading) if reading else None
    same = _words_before(_SAME_AS_PREVIOUS_BEFORE, text, start)
    if same and unit not in ("week", "month", "year"):
        return _Found(same.start(), match.end(), _Reading("day", "previous", _offset_span("day", 0)))
    relative = _words_before(_RELATIVE_BEFORE, text, start)
    if relative:
        reading = _relative_period_reading(text, relative, unit)
        return _Found(relative.start(), match.end(), reading) if reading else None
    return None


def _counted_offset_reading(count: re.Match, unit: str, direction: str) -> _Reading:
    """"two days ago" counts from publication, "two days earlier" from the previous mention; "a few days ago"
    is too vague to date."""
    if count.group("vague"):
        return _Reading("unknown", "none")
    if unit not in ("day", "week", "month", "year"):
        return _Reading("unknown", "none")  # "two nights later": which part of which day?
    steps = _count_value(count.group("count")) * (1 if direction.lower() == "later" else -1)
    anchor = "published" if direction.lower() == "ago" else "previous"
    return _Reading(unit, anchor, _offset_span(unit, steps))


# A stated count of days, weeks, months or years, "just" or "only" that many: "124 days", "a week", "just two days".
_EXACT_PERIOD = re.compile(rf"(?:(?:just|only)\s+)?(?P<count>{_COUNT})\s+(?P<unit>day|week|month|year)s?", re.IGNORECASE)


def exact_period(words: str) -> tuple[str, int] | None:
    """The unit and count of a stated period: "124 days" -> ("day", 124), "a week" -> ("week", 1). None for a
    vague one, which gives no date to count to: "a few days", "almost 20 years", "more than five years", "weeks"."""
    match = _EXACT_PERIOD.fullmatch(words.strip())
    return (match.group("unit").lower(), _count_value(match.group("count"))) if match else None


def shifted_span(first: date, last: date, unit: str, steps: int) -> Span | None:
    """The span `steps` units away from a date, read as "two weeks earlier" is (_offset_span): a day from a day,
    the Monday..Sunday week, the month or the year that holds the shifted first day. None when the date is not
    within one such unit (a day counted from "August 6-7", a month from "July and August"): counting from it
    would be a guess."""
    if _offset_span(unit, 0)(first)[1] < last:
        return None
    return _offset_span(unit, steps)(first)


def _next_or_previous_reading(which: str, unit: str) -> _Reading | None:
    """"the following night" -> the previous mention's day + 1, "the previous week", "the following year"."""
    if which == "next" and unit in ("week", "month", "year"):
        return None  # "over the next week" looks ahead from the writer's present, not from the previous date
    steps = -1 if which in ("previous", "preceding") else 1
    precision = unit if unit in ("week", "month", "year") else "day"
    return _Reading(precision, "previous", _offset_span(precision, steps))


def _relative_period_reading(text: str, relative: re.Match, unit: str) -> _Reading | None:
    """"last week" (the Monday..Sunday before), "this month", "next year", "last night", "this morning".
    "the last year" and "the past week" are durations, not dates."""
    word = relative.group("relative").lower()
    if word == "past" or word_before(text, relative.start()) == "the":
        return None
    steps = {"last": -1, "this": 0, "next": 1}[word]
    if unit in ("week", "month", "year"):
        return _Reading(unit, "published", _offset_span(unit, steps))
    if steps == 1:
        return None  # "next morning" may count from publication or from the previous date
    return _Reading("day", "published", _offset_span("day", steps if unit in ("night", "evening") else 0))


def _read_weekday(match: re.Match, text: str) -> _Found | None:
    """"on Saturday", "Saturday's abduction", "last Tuesday": the latest such day on or before publication. Wire
    copy names the weekday rather than "today" for what happened on the day it is filed (AP style), so in a
    report published on a Tuesday, "on Tuesday" is that day and "last Tuesday" the one before. On events-dev
    (shared/data), where a weekday is the publication's and the gold gives a day, that day is the publication
    day 21 times and the week before never (train split)."""
    weekday = _WEEKDAY_NUMBERS[match.group().lower()]
    if _words_before(_NAMED_DAY_BEFORE, text, match.start()) or _TITLE_WORDS_AFTER.match(text, match.end()):
        # "Easter Sunday" is no recent Sunday, nor is "the Sunday Leader"
        return _Found(match.start(), match.end(), _Reading("unknown", "none"))
    relative = _words_before(_RELATIVE_BEFORE, text, match.start())
    start = relative.start() if relative else match.start()
    word = relative.group("relative").lower() if relative else ""
    if word == "this":
        return _Found(start, match.end(), _Reading("unknown", "none"))  # the coming one or the one just past?
    if word == "next":
        return _Found(start, match.end(), _Reading("day", "published", lambda published: (
            published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1),) * 2))
    weeks_back = 1 if word in ("last", "past") else 0

    def span_from(published: date) -> Span:
        days_back = (published.weekday() - weekday) % 7 or 7 * weeks_back
        return (published - timedelta(days=days_back),) * 2

    return _Found(start, match.end(), _Reading("day", "published", span_from))


_WEEKEND_BEFORE = _ending_here(r"(?:last|past|(?:over|during)\s+the)\s+")


def _read_weekend(match: re.Match, text: str) -> _Found | None:
    """"over the weekend", "last weekend": the Saturday and Sunday before publication (a report of a Sunday
    includes that day). "this weekend" and "the weekend of" may be the coming one: not dated."""
    before = _words_before(_WEEKEND_BEFORE, text, match.start())
    if before is None:
        return None

    def span_from(published: date) -> Span:
        saturday = published - timedelta(days=(published.weekday() - 5) % 7 or 7)
        return saturday, saturday + timedelta(days=1)

    return _Found(before.start(), match.end(), _Reading("week", "published", span_from))


# ---------------------------------------------------------------------------------------------------------------
# Rules: each pattern starts with a literal or a character class (see the module docstring)

_TIME_OF_DAY = r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|GMT|UTC|Z)\b)?)?"

_RULES: list[tuple[re.Pattern, Callable[[re.Match, str], _Found | None]]] = [
    (re.compile(rf"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+(?P<day>{_DAY})\s+(?P<month>{_MONTH})\s+(?P<year>{_YEAR}){_TIME_OF_DAY}"),
     _read_named_day),
    (re.compile(rf"(?P<year>{_YEAR})-(?P<month>\d\d)-(?P<day>\d\d)(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])"),
     _read_iso_date),
    (re.compile(rf"(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:\s*[-–]\s*(?P<last_day>{_DAY}))?{_NOT_BEFORE}"
                rf"(?:,?\s+(?P<year>{_YEAR}){_NOT_BEFORE}|\s+(?P<year_offset>last|this|next)\s+year\b)?"), _read_named_day),
    (re.compile(rf"(?P<day>[0-9][0-9]?)(?!\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<last_day>{_DAY}))?\s+(?:of\s+)?(?P<month>{_MONTH})"
                rf"(?:,?\s+(?P<year>{_YEAR}){_NOT_BEFORE})?"), _read_named_day),
    (re.compile(rf"(?P<month>{_MONTH})(?:(?:\s+of)?,?\s+(?P<year>{_YEAR}){_NOT_BEFORE}|\s+(?P<year_offset>last|this|next)\s+year\b)?"),
     _read_month),
    (re.compile(rf"(?P<first>{_MONTH})\s*(?:and|to|through|until|till|[-–—/])\s*(?P<second>{_MONTH})(?!\s+{_DAY})"
                rf"(?:,?\s+(?P<year>{_YEAR}){_NOT_BEFORE})?"), _read_month_range),
    # a year range in words is looked ahead at, so that the second year is still found alone when there is none
    (re.compile(rf"(?P<year>{_YEAR})(?:\s*[-–—]\s*(?P<second>{_YEAR}|\d\d(?!\d)))?{_NOT_BEFORE}"
                rf"(?:(?=\s+(?P<joint>to|until|till|through|and)\s+(?P<second_year>{_YEAR}){_NOT_BEFORE}))?"), _read_year),
    (re.compile(r"(?:quarter|Quarter)\b"), _read_quarter),
    (re.compile(r"(?:yesterday|Yesterday|today|Today|tonight|Tonight)\b"), _read_day_word),
    (re.compile(r"(?P<unit>day|night|morning|afternoon|evening|week|month|year)(?P<plural>s)?"
                r"(?:\s+(?P<direction>ago|earlier|later))?\b(?!\s+of\b)"), _read_time_unit),
    (re.compile(rf"(?:{_WEEKDAY_NAMES})\b"), _read_weekday),
    (re.compile(r"(?:weekend|Weekend)\b(?!\s+of\b)"), _read_weekend),
]
