"""Date expressions in news text, resolved to calendar ranges.

We write our own rules because the general-purpose parsers misread our phrases
(see shared/reference/measured-tools.md): dateparser reads "$40" as the year 1940
and drops "late" from "late June", and none of them resolves "the following night".

Each pattern below finds one kind of expression and reads what it says without any
context (a `_Reading`). Overlapping finds are reduced to the leftmost-longest, and
the survivors are resolved in text order against the publication date, the
document's latest stated year, or the day of the previous mention. When nothing
pins an expression down we return precision "unknown" with no dates rather than guess.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable

PRECISIONS = ("day", "week", "month", "part_of_month", "season", "quarter", "year", "unknown")

Span = tuple[date, date]


@dataclass(frozen=True)
class DateMention:
    start_char: int  # Python str index into the text passed in
    end_char: int
    text: str  # == text[start_char:end_char]
    start: date | None  # first day of the range (None when unresolvable)
    end: date | None  # last day (== start for a day)
    precision: str  # one of PRECISIONS
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
    """The latest explicit 4-digit year (1900-2100) the text states, used when a document has no publication date."""
    years = [found.reading.span(None)[1].year for found in _find(text) if found.reading.anchor == "explicit"]
    return max(years, default=None)


def find_dates(text: str, published: date | None, reference_year: int | None = None) -> list[DateMention]:
    """All date expressions in text, in order, resolved against `published` (else reference_year; else unresolved
    with precision 'unknown', or resolved anyway where the text itself gives the year)."""
    mentions = []
    previous_day = None
    for found in _find(text):
        mention = _mention(text, found, published, reference_year, previous_day)
        mentions.append(mention)
        previous_day = _day_of(mention)
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
    """Every expression the patterns read as a date, overlaps reduced to the leftmost-longest."""
    found = [
        _Found(match.start(), match.end(), reading)
        for pattern, read in _PATTERNS
        for match in pattern.finditer(text)
        if (reading := read(match, text)) is not None
    ]
    found.sort(key=lambda item: (item.start, -item.end))
    kept: list[_Found] = []
    for item in found:
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


def _day_of(mention: DateMention) -> date | None:
    """The single day a mention names, which "the following night" or "two days earlier" can count from.
    A range ("late June", "August 6-7") gives none: counting from it would be a guess."""
    if mention.precision == "day" and mention.start is not None and mention.start == mention.end:
        return mention.start
    return None


def _mention(text: str, found: _Found, published: date | None, reference_year: int | None, previous: date | None) -> DateMention:
    start, end, precision, basis = _resolve(found.reading, published, reference_year, previous)
    return DateMention(found.start, found.end, text[found.start : found.end], start, end, precision, basis)


def _resolve(
    reading: _Reading, published: date | None, reference_year: int | None, previous: date | None
) -> tuple[date | None, date | None, str, str]:
    span, basis = None, "none"
    if reading.anchor == "explicit":
        span, basis = reading.span(None), "explicit"
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


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


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
_COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
# Parts of a month as (first day, last day); None is the month's last day.
_PARTS_OF_MONTH = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
                   "late": (21, None), "end": (21, None)}
# Parts of a year as (first month, last month).
_PARTS_OF_YEAR = {"early": (1, 4), "beginning": (1, 4), "start": (1, 4), "mid": (5, 8), "middle": (5, 8),
                  "late": (9, 12), "end": (9, 12), "first half": (1, 6), "second half": (7, 12)}
# Meteorological seasons of the northern hemisphere; winter straddles two years, so "winter 2025" is ambiguous.
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_QUARTER_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}
# "May" and "March" are also an auxiliary and a verb/noun ("Azerbaijan May Reconsider"): alone they are a month only after these.
_MONTH_CUES = {"in", "since", "by", "until", "till", "from", "during", "of", "before", "after", "through", "throughout",
               "between", "and", "or", "to", "early", "late", "mid", "last", "this", "next", "end", "beginning", "middle"}
# A year-like number followed by a plural noun ("launched 2000 drones") is a count unless one of these precedes it.
_YEAR_CUES = {"in", "since", "by", "of", "from", "until", "till", "to", "before", "after", "during", "through",
              "throughout", "the", "and", "early", "late", "mid", "year", "summer", "spring", "autumn", "winter", "fall"}
_WORDS_ENDING_IN_S = {"was", "has", "is", "its", "this", "as", "us", "thus", "plus", "always", "towards", "afterwards",
                      "perhaps", "whereas", "unless", "across", "besides", "news", "less"}

_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
_MONTH = rf"(?:{_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_YEAR = r"(?:19\d\d|20\d\d|2100)(?!\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?"
_COUNT = r"(?:\d{1,3}(?!\d)|(?i:" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")\b)"
_VAGUE_COUNT = r"(?i:a\s+few|a\s+couple\s+of|few|several|some|many)"
# A number glued to a currency, identifier, URL, time or decimal is not a day or a year.
_NOT_AFTER = r"(?<![\w$€£¥₴₽₹₼.,/:+#@\-–])"
# ...nor one that continues as a decimal, a percentage or a word.
_NOT_BEFORE = r"(?![\w%]|[.,]\d)"


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS[name.rstrip(".").lower()]


def _count_value(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS[word.lower()]


def _part_name(words: str) -> str:
    """"the end of" -> "end", "mid" -> "mid", "the first half of" -> "first half"."""
    return " ".join(word for word in words.lower().split() if word not in ("the", "of"))


def _word_before(text: str, position: int) -> str:
    words = re.findall(r"[A-Za-z]+", text[max(0, position - 30) : position])
    return words[-1].lower() if words else ""


# ---------------------------------------------------------------------------------------------------------------
# Readings of each kind of expression


def _read_day(month: int, day: int, last_day: int | None, year: int | None) -> _Reading | None:
    last_day = last_day or day
    # Feb 29 exists in leap years (2000 is one); days no month has are no date at all.
    if last_day < day or last_day > _last_day(2000, month):
        return None

    def span_in(year: int) -> Span | None:
        first, last = _date_or_none(year, month, day), _date_or_none(year, month, last_day)
        return (first, last) if first and last else None

    if year is not None:
        return _explicit("day", span_in(year))
    return _Reading("day", "unstated_year", span_in)


def _read_named_day(match: re.Match, text: str) -> _Reading | None:
    """"August 8", "8 August 2025", "Mon, 11 Aug 2025 19:11:00 +0300", "August 6-7"."""
    last_day = match.groupdict().get("last_day")
    year = match.group("year")
    return _read_day(_month_number(match.group("month")), _leading_number(match.group("day")),
                     _leading_number(last_day) if last_day else None, int(year) if year else None)


def _leading_number(day: str) -> int:
    """"8th" -> 8."""
    return int(re.match(r"\d+", day).group())


def _read_iso_date(match: re.Match, text: str) -> _Reading | None:
    month, day = int(match.group("month")), int(match.group("day"))
    if not 1 <= month <= 12:
        return None
    return _read_day(month, day, None, int(match.group("year")))


def _read_part_of_month(match: re.Match, text: str) -> _Reading:
    """"late June" -> 21..30 June; "the end of July" -> 21..31 July; "mid-July" -> 11..20 July."""
    month = _month_number(match.group("month"))
    first_day, last_day = _PARTS_OF_MONTH[_part_name(match.group("part"))]

    def span_in(year: int) -> Span:
        return date(year, month, first_day), date(year, month, last_day or _last_day(year, month))

    if match.group("year"):
        return _explicit("part_of_month", span_in(int(match.group("year"))))
    return _Reading("part_of_month", "unstated_year", span_in)


def _read_month_range(match: re.Match, text: str) -> _Reading | None:
    """"July and August 2025" -> July 1..August 31; a stated year belongs to the second month."""
    first, second = _month_number(match.group("first")), _month_number(match.group("second"))
    if first == second:
        return None

    def span_in(year: int) -> Span:
        first_year = year if first < second else year - 1
        return date(first_year, first, 1), date(year, second, _last_day(year, second))

    if match.group("year"):
        return _explicit("month", span_in(int(match.group("year"))))
    return _Reading("month", "unstated_year", span_in)


def _read_month_of_year(match: re.Match, text: str) -> _Reading | None:
    month = _month_number(match.group("month"))
    return _explicit("month", _months_span(int(match.group("year")), month, month))


def _read_month_alone(match: re.Match, text: str) -> _Reading | None:
    """"in June", "last August"."""
    month = _month_number(match.group("month"))
    relative = (match.group("relative") or "").lower()
    if not relative and month in (3, 5) and _word_before(text, match.start()) not in _MONTH_CUES:
        return None
    if relative == "last":
        return _Reading("month", "published", lambda published: _month_before(published, month))
    if relative == "next":
        return _Reading("month", "published", lambda published: _month_after(published, month))
    if relative == "this":
        return _Reading("month", "published", lambda published: _months_span(published.year, month, month))
    return _Reading("month", "unstated_year", lambda year: _months_span(year, month, month))


def _month_before(published: date, month: int) -> Span:
    year = published.year if month < published.month else published.year - 1
    return _months_span(year, month, month)


def _month_after(published: date, month: int) -> Span:
    year = published.year if month > published.month else published.year + 1
    return _months_span(year, month, month)


def _read_part_of_year(match: re.Match, text: str) -> _Reading | None:
    """"mid-2025" -> May..August, "late 2024" -> September..December, "the first half of 2025"."""
    first_month, last_month = _PARTS_OF_YEAR[_part_name(match.group("part"))]
    return _explicit("season", _months_span(int(match.group("year")), first_month, last_month))


def _read_season(match: re.Match, text: str) -> _Reading | None:
    """"summer 2025" -> June..August 2025. "winter 2025" could be Dec 2024-Feb 2025 or Dec 2025-Feb 2026: refused."""
    season = match.group("season").lower()
    if season not in _SEASON_MONTHS:
        return _Reading("unknown", "none")
    return _explicit("season", _months_span(int(match.group("year")), *_SEASON_MONTHS[season]))


def _read_quarter(match: re.Match, text: str) -> _Reading | None:
    """"Q3 2025", "the third quarter of 2025", "last quarter" (the one before publication)."""
    ordinal = (match.groupdict().get("ordinal") or "").lower()
    year = match.group("year")
    if ordinal == "last" and not year:
        return _Reading("quarter", "published", _quarter_before)
    quarter = int(match.group("quarter")) if match.groupdict().get("quarter") else _QUARTER_ORDINALS[ordinal]

    def span_in(year: int) -> Span:
        return _months_span(year, quarter * 3 - 2, quarter * 3)

    if year:
        return _explicit("quarter", span_in(int(year)))
    return _Reading("quarter", "unstated_year", span_in)


def _quarter_before(published: date) -> Span:
    year, month = _shift_month(published.year, (published.month - 1) // 3 * 3 + 1, -3)
    return _months_span(year, month, month + 2)


def _read_months_of_year(match: re.Match, text: str) -> _Reading | None:
    """"the first seven months of 2025" -> January..July 2025."""
    count = _count_value(match.group("count"))
    if not 1 <= count <= 12:
        return None
    first, last = (1, count) if match.group("which").lower() == "first" else (13 - count, 12)
    return _explicit("month", _months_span(int(match.group("year")), first, last))


def _read_year_range(match: re.Match, text: str) -> _Reading | None:
    """"2024–2025", "2022-23"."""
    first, second = int(match.group("first")), match.group("second")
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if last <= first:
        return None
    return _explicit("year", (date(first, 1, 1), date(last, 12, 31)))


def _read_year(match: re.Match, text: str) -> _Reading | None:
    if not _is_calendar_year(text, match.start(), match.end()):
        return None
    return _explicit("year", _year_span(int(match.group("year"))))


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
    if following and _looks_plural(following.group(1)):
        return _word_before(text, start) in _YEAR_CUES
    return True


def _looks_plural(word: str) -> bool:
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and word not in _WORDS_ENDING_IN_S) or word in ("people", "children", "men", "women")


def _read_day_relative_to_publication(match: re.Match, text: str) -> _Reading | None:
    """"yesterday", "today", "last night", "the day before yesterday"."""
    phrase = " ".join(match.group().lower().split())
    if match.group() == "Today" and _is_part_of_a_name(text, match.start()):
        return None
    offset = {"the day before yesterday": -2, "yesterday": -1, "last night": -1}.get(phrase, 0)
    return _Reading("day", "published", lambda published: (published + timedelta(days=offset),) * 2)


def _is_part_of_a_name(text: str, start: int) -> bool:
    """"USA Today", "Russia Today": a capitalised word right before it on the same line makes it a name."""
    return re.search(r"[A-Z][\w.]*[ \t]+$", text[max(0, start - 30) : start]) is not None


def _read_period_relative_to_publication(match: re.Match, text: str) -> _Reading | None:
    """"last week" (the Monday..Sunday before), "this month", "next year". "the last year" is a duration."""
    if _word_before(text, match.start()) == "the":
        return None
    step = {"last": -1, "this": 0, "next": 1}[match.group("relative").lower()]
    unit = match.group("unit").lower()
    if unit == "week":
        return _Reading("week", "published", lambda published: _week_span(published + timedelta(weeks=step)))
    if unit == "month":
        return _Reading("month", "published", lambda published: _month_span_shifted(published, step))
    return _Reading("year", "published", lambda published: _year_span(published.year + step))


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


def _read_time_ago(match: re.Match, text: str) -> _Reading:
    """"two days ago", "a week ago"; "a few days ago" is too vague to date."""
    if match.group("vague"):
        return _Reading("unknown", "none")
    unit = match.group("unit").lower()
    return _Reading(unit, "published", _offset_span(unit, -_count_value(match.group("count"))))


def _read_time_from_previous(match: re.Match, text: str) -> _Reading:
    """"two days earlier", "a week later", counted from the previous mention's day."""
    if match.group("vague"):
        return _Reading("unknown", "none")
    unit = match.group("unit").lower()
    direction = -1 if match.group("direction").lower() == "earlier" else 1
    return _Reading(unit, "previous", _offset_span(unit, direction * _count_value(match.group("count"))))


def _read_next_to_previous(match: re.Match, text: str) -> _Reading | None:
    """"the following night", "the next day", "the previous evening", "the following week"."""
    which = match.group("which").lower()
    unit = "week" if match.group("unit").lower() == "week" else "day"
    if which == "next" and unit == "week":
        return None  # "over the next week" looks ahead from the writer's present, not from the previous date
    direction = -1 if which in ("previous", "preceding") else 1
    return _Reading(unit, "previous", _offset_span(unit, direction))


def _read_same_day_as_previous(match: re.Match, text: str) -> _Reading:
    """"that day", "the same night", "later that day"."""
    return _Reading("day", "previous", _offset_span("day", 0))


def _read_weekday(match: re.Match, text: str) -> _Reading:
    """"on Saturday", "Saturday's abduction", "last Tuesday": the latest such day before publication; on the
    publication weekday itself that is a week earlier unless the text says "today"."""
    weekday = _WEEKDAY_NUMBERS[match.group("weekday").lower()]
    relative = (match.group("relative") or "").lower()
    if relative == "this":
        return _Reading("unknown", "none")  # "this Saturday" may be the coming one or the one just past
    if relative == "next":
        return _Reading("day", "published", lambda published: (published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1),) * 2)
    said_today = not relative and _is_said_today(text, match.start(), match.end())

    def span_from(published: date) -> Span:
        days_back = (published.weekday() - weekday) % 7
        if days_back == 0 and not said_today:
            days_back = 7
        return (published - timedelta(days=days_back),) * 2

    return _Reading("day", "published", span_from)


def _is_said_today(text: str, start: int, end: int) -> bool:
    """"today, Tuesday", "today (Tuesday)", "Tuesday, today"."""
    return (re.search(r"\btoday\W{0,3}$", text[max(0, start - 12) : start], re.IGNORECASE) is not None
            or re.match(r"\W{0,3}today\b", text[end : end + 12], re.IGNORECASE) is not None)


# ---------------------------------------------------------------------------------------------------------------
# Patterns, most specific first (the order only matters for ties; overlaps go to the leftmost-longest)

_PATTERNS: list[tuple[re.Pattern, Callable[[re.Match, str], _Reading | None]]] = [
    (re.compile(rf"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+(?P<day>{_DAY})\s+(?P<month>{_MONTH})\s+(?P<year>{_YEAR})"
                r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|GMT|UTC|Z)\b)?)?"), _read_named_day),
    (re.compile(rf"{_NOT_AFTER}(?P<year>{_YEAR})-(?P<month>\d\d)-(?P<day>\d\d)"
                r"(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])"), _read_iso_date),
    (re.compile(rf"\b(?:{_WEEKDAY},?\s+)?(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:\s*[-–]\s*(?P<last_day>{_DAY}))?"
                rf"{_NOT_BEFORE}(?:,?\s+(?P<year>{_YEAR}){_NOT_BEFORE})?"), _read_named_day),
    (re.compile(rf"(?:\b{_WEEKDAY},?\s+(?:the\s+)?)?{_NOT_AFTER}(?P<day>{_DAY})(?:\s*[-–]\s*(?P<last_day>{_DAY}))?"
                rf"\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}){_NOT_BEFORE})?"), _read_named_day),
    (re.compile(rf"\b(?P<part>(?i:early|late|mid|(?:the\s+)?(?:beginning|start|end|middle)\s+of))(?:\s*-\s*|\s+)"
                rf"(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}){_NOT_BEFORE})?"), _read_part_of_month),
    (re.compile(rf"\b(?P<first>{_MONTH})\s*(?:and|to|through|until|till|[-–—/])\s*(?P<second>{_MONTH})"
                rf"(?!\s+{_DAY})(?:,?\s+(?P<year>{_YEAR}){_NOT_BEFORE})?"), _read_month_range),
    (re.compile(rf"\b(?P<month>{_MONTH})(?:\s+of)?,?\s+(?P<year>{_YEAR}){_NOT_BEFORE}"), _read_month_of_year),
    (re.compile(rf"\b(?:(?P<relative>(?i:last|this|next))\s+)?(?P<month>{_MONTH_FULL})"), _read_month_alone),
    (re.compile(rf"\b(?P<part>(?i:early|late|mid|(?:the\s+)?(?:beginning|start|end|middle|first\s+half|second\s+half)\s+of))"
                rf"(?:\s*-\s*|\s+)(?P<year>{_YEAR}){_NOT_BEFORE}"), _read_part_of_year),
    (re.compile(rf"\b(?P<season>(?i:spring|summer|autumn|fall|winter))(?:\s+of)?,?\s+(?P<year>{_YEAR}){_NOT_BEFORE}"), _read_season),
    (re.compile(rf"\bQ(?P<quarter>[1-4])(?:\s*-\s*|\s+|\s+of\s+)(?P<year>{_YEAR}){_NOT_BEFORE}"), _read_quarter),
    (re.compile(rf"\b(?P<ordinal>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))\s+(?i:quarter)\b"
                rf"(?:(?:\s+of)?,?\s+(?P<year>{_YEAR}){_NOT_BEFORE})?"), _read_quarter),
    (re.compile(rf"\b(?i:the)\s+(?P<which>(?i:first|last))\s+(?P<count>{_COUNT})\s+(?i:months)\s+of\s+(?P<year>{_YEAR})"),
     _read_months_of_year),
    (re.compile(rf"{_NOT_AFTER}(?P<first>{_YEAR})\s*[-–—]\s*(?P<second>{_YEAR}|\d\d(?!\d)){_NOT_BEFORE}"), _read_year_range),
    (re.compile(rf"{_NOT_AFTER}(?P<year>{_YEAR}){_NOT_BEFORE}"), _read_year),
    (re.compile(r"\b(?i:the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b"),
     _read_day_relative_to_publication),
    (re.compile(r"\b(?P<relative>(?i:last|this|next))\s+(?P<unit>(?i:week|month|year))\b(?!\s+of\b)"),
     _read_period_relative_to_publication),
    (re.compile(rf"\b(?:(?P<vague>{_VAGUE_COUNT})|(?P<count>{_COUNT}))\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b"),
     _read_time_ago),
    (re.compile(rf"\b(?:(?P<vague>{_VAGUE_COUNT})|(?P<count>{_COUNT}))\s+(?P<unit>(?i:day|week|month|year))s?\s+"
                r"(?P<direction>(?i:earlier|later))\b"), _read_time_from_previous),
    (re.compile(r"\b(?i:the)\s+(?P<which>(?i:following|next|previous|preceding))\s+(?P<unit>(?i:day|night|morning|afternoon|evening|week))\b"),
     _read_next_to_previous),
    (re.compile(r"\b(?i:(?:later\s+)?that(?:\s+same)?|the\s+same)\s+(?i:day|night|morning|afternoon|evening)\b"),
     _read_same_day_as_previous),
    (re.compile(rf"\b(?:(?P<relative>(?i:last|this|next|past))\s+)?(?P<weekday>{_WEEKDAY})"), _read_weekday),
]
