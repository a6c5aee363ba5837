"""Reading metadata out of the lines the cleaner set aside: title, publisher, author, date, dateline place.

The cleaner decides which lines are metadata (reasons title, publisher, byline, dateline, social_signature);
this module only parses their text, so each parser can be tested on a bare string.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone


@dataclass(frozen=True)
class DocumentMetadata:
    title: str | None
    publisher: str | None
    author: str | None
    published_at: datetime | None  # timezone-aware, converted to UTC
    dateline: str | None  # e.g. "MOSCOW" from "MOSCOW – Russia has ..."


# Dates ------------------------------------------------------------------------------------------------------------

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Zone abbreviations common in news datelines.
ZONE_OFFSETS = {
    "utc": 0, "gmt": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "msk": 3,
    "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
_ZONE = (
    r"\(?(?:utc|gmt)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?|[+-]\d{2}:?\d{2}|"
    + r"\(?\b(?:" + "|".join(sorted(ZONE_OFFSETS, key=len, reverse=True)) + r")\b\)?"
)
DATE_EXPRESSION = re.compile(
    rf"""
    (?:(?P<lead_clock>{_CLOCK})\s*[·•|,-]?\s*)?             # tweet style: "12:30 PM · Sep 5, 2025"
    (?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?      # weekday
    (?:
        (?P<month_first>{_MONTH})\s+(?P<day_second>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year_a>\d{{4}})
      | (?P<day_first>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month_second>{_MONTH}),?\s+(?P<year_b>\d{{4}})
      | (?P<dotted_day>\d{{1,2}})\.(?P<dotted_month>\d{{1,2}})\.(?P<dotted_year>\d{{4}})
    )
    (?:(?:\s*,\s*|\s+at\s+|\s*[·•|-]\s*|\s+)(?P<clock>{_CLOCK}))?
    (?:\s*(?P<zone>{_ZONE}))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?")
DATE_LABEL = re.compile(
    r"^(?:day|date|published|posted|updated|last updated|first published|modified|created)(?:\s+on)?\s*:?\s*",
    re.IGNORECASE,
)


def _clock(text: str | None) -> tuple[int, int, int]:
    if not text:
        return 0, 0, 0
    match = re.match(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?", text, re.IGNORECASE)
    assert match  # text was matched by _CLOCK
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if match[4]:
        hour = hour % 12 + (12 if match[4].lower() == "p" else 0)
    return hour, minute, second


def _zone(text: str | None) -> timezone | None:
    """A tzinfo for '+0300', 'UTC+3', 'GMT', 'EST'; None for unknown words (then the date is not a date)."""
    if not text:
        return UTC  # a dateline without a zone: taken as UTC, the pipeline's one time standard
    cleaned = text.strip("()").replace(" ", "").lower()
    if cleaned in ZONE_OFFSETS:
        return timezone(timedelta(hours=ZONE_OFFSETS[cleaned]))
    offset = re.fullmatch(r"(?:utc|gmt)?([+-])(\d{1,2}):?(\d{2})?", cleaned)
    if not offset:
        return None
    sign = -1 if offset[1] == "-" else 1
    return timezone(sign * timedelta(hours=int(offset[2]), minutes=int(offset[3] or 0)))


def _from_match(match: re.Match[str]) -> datetime | None:
    if match["dotted_year"]:
        year, month, day = int(match["dotted_year"]), int(match["dotted_month"]), int(match["dotted_day"])
    else:
        month_name = (match["month_first"] or match["month_second"]).lower()
        year = int(match["year_a"] or match["year_b"])
        month = MONTHS[month_name[:3]]
        day = int(match["day_second"] or match["day_first"])
    zone = _zone(match["zone"])
    if zone is None:
        return None
    try:
        local = datetime(year, month, day, *_clock(match["clock"] or match["lead_clock"]), tzinfo=zone)
    except ValueError:  # "31 Feb", "25:61"
        return None
    return local.astimezone(UTC)


def _from_iso(text: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed.replace(tzinfo=parsed.tzinfo or UTC).astimezone(UTC)


def parse_datetime(text: str) -> datetime | None:
    """The moment a whole short text names, in UTC, e.g. 'Mon, 11 Aug 2025 19:11:00 +0300', 'Day: September
    4, 2025', '2025-08-11T16:11Z'. A label like 'Published:' may lead; without a zone, UTC is assumed."""
    stripped = DATE_LABEL.sub("", text.strip(), count=1).strip()
    if not stripped or len(stripped) > 80:
        return None
    if ISO_DATE.fullmatch(stripped):
        return _from_iso(stripped)
    match = DATE_EXPRESSION.fullmatch(stripped)
    return _from_match(match) if match else None


def find_datetime(text: str) -> datetime | None:
    """The first date named anywhere in text (e.g. the date ending a tweet signature)."""
    for match in DATE_EXPRESSION.finditer(text):
        found = _from_match(match)
        if found:
            return found
    return None


# Bylines ----------------------------------------------------------------------------------------------------------

_NAME_WORD = r"[A-Z][\w'’.-]*"
_PARTICLE = r"(?:de|da|di|del|der|den|van|von|la|le|al|el|bin|ibn|du|dos)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,3}}"
BYLINE = re.compile(
    rf"(?i:by|written by|words by|reporting by|reported by|story by|posted by|authors?)\s*:?\s+"
    rf"(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}})"
    rf"(?:\s*[|,;•·–—-]\s*(?P<tail>.{{1,80}}))?"
)
# Blogs put the date first: "Posted on March 3, 2025 by Anna Smith".
DATED_BYLINE = re.compile(
    rf"(?i:posted|published|written)(?:\s+on)?\s+(?P<date>.{{6,60}}?)\s+(?i:by)\s+"
    rf"(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}})"
)
_TITLE_CASE_PHRASE = re.compile(r"(?:(?:[A-Z][\w'’.&-]*|of|the|for|and|at|by|in)\s*){1,6}")


def _is_byline_tail(tail: str) -> bool:
    """What may follow a name on a byline: a date, an outlet or role ('Reuters', 'Staff Writer', 'Editing by
    Mark Heinrich'), an address."""
    tail = tail.strip()
    return bool(parse_datetime(tail) or _TITLE_CASE_PHRASE.fullmatch(tail) or re.fullmatch(r"\S+@\S+", tail))


def parse_byline(line: str) -> tuple[str, datetime | None] | None:
    """(author, date if the byline carries one) for a byline like 'by Mark Thompson' or 'Posted on March 3,
    2025 by Anna', else None.

    Only capitalised names count, so sentences such as 'By late 2024, relations had soured.' are not bylines.
    """
    dated = DATED_BYLINE.fullmatch(line.strip())
    if dated and (date := parse_datetime(dated["date"])):
        return dated["names"], date
    match = BYLINE.fullmatch(line.strip())
    if not match:
        return None
    tail = match["tail"]
    if tail and not _is_byline_tail(tail):
        return None
    return match["names"], parse_datetime(tail) if tail else None


# Publishers -------------------------------------------------------------------------------------------------------

# A host name with an alphabetic top-level domain ("kyivindependent.com", "global.espreso.tv"), optionally
# written as a URL; "8.6" or "U.S." are not hosts.
HOST = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
BARE_HOST = re.compile(rf"(?:https?://)?(?:www\.)?(?P<host>{HOST})/?")
_PUBLISHER_NAME = r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4}"
_URL_OR_HOST = rf"(?:https?://)?{HOST}(?:[/?#]\S*)?…?"
# "Read more @ site.com" credits a site; "Read more: <headline>" is a related link, so only a host counts here.
CREDIT_TO_SITE = re.compile(
    r"(?i:read (?:more|the full (?:article|story)|it)|continue reading|full (?:article|story)|"
    r"(?:this (?:article|story) (?:was )?)?(?:originally|first) (?:published|appeared))"
    rf"\s*(?:@|:|\bat\b|\bon\b|\bin\b|-|–|—)?\s*(?P<publisher>{_URL_OR_HOST})\s*\.?"
)
CREDIT_TO_NAME = re.compile(
    r"(?i:source|via|courtesy(?: of)?|(?:originally )?published by)"
    rf"\s*(?::|-|–|—|\bby\b)?\s*(?P<publisher>{_URL_OR_HOST}|{_PUBLISHER_NAME})\s*\.?"
)


def host_of(text: str) -> str | None:
    """'kyivindependent.com' for 'https://www.kyivindependent.com/news/1', None if text is not a host or URL."""
    match = re.match(rf"(?:https?://)?(?:www\.)?(?P<host>{HOST})(?:[/?#:]|…|$)", text.strip())
    return match["host"].lower() if match else None


def parse_source_credit(line: str) -> str | None:
    """The publisher named by a credit line such as 'Read More @ kyivindependent.com' or 'Source: Reuters'."""
    stripped = line.strip()
    match = CREDIT_TO_SITE.fullmatch(stripped) or CREDIT_TO_NAME.fullmatch(stripped)
    if not match:
        return None
    publisher = match["publisher"]
    return host_of(publisher) or publisher


def parse_publisher(line: str) -> str | None:
    """The publisher a publisher line names: a credit line's outlet, or a bare site name like 'global.espreso.tv'."""
    bare = BARE_HOST.fullmatch(line.strip())
    return bare["host"].lower() if bare else parse_source_credit(line)


# Datelines --------------------------------------------------------------------------------------------------------

# Words that open a paragraph in capitals like a place but are kickers, not places.
KICKERS = frozenset(
    "BREAKING UPDATE UPDATED EXCLUSIVE WATCH LIVE OPINION ANALYSIS VIDEO PHOTOS EDITORIAL NEW COMMENTARY "
    "REVIEW INTERVIEW WARNING URGENT ALERT".split()
) | {"FACT CHECK", "BREAKING NEWS", "JUST IN"}
DATELINE = re.compile(
    r"""
    (?P<place>[A-Z][A-Z'’.-]{2,}(?:\s[A-Z][A-Z'’.-]+){0,3})              # MOSCOW, NEW YORK
    (?:,\s(?P<region>[A-Z][\w.'’-]*(?:\s[A-Z0-9][\w.'’-]*){0,3}))?      # , Ukraine   or   , Sept 5
    (?:\s\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?                        # (AP)
    \s?[–—-]{1,2}\s+
    (?=[A-Z0-9“"‘'])
    """,
    re.VERBOSE,
)


def match_dateline(paragraph: str) -> re.Match[str] | None:
    """The dateline opening a paragraph ('MOSCOW – ', 'KYIV, Ukraine (AP) — '), else None."""
    match = DATELINE.match(paragraph)
    if not match or match["place"] in KICKERS:
        return None
    return match


def parse_dateline(prefix: str) -> str | None:
    """The place a dateline names: 'MOSCOW' for 'MOSCOW –', 'KYIV, Ukraine' for 'KYIV, Ukraine (AP) —'."""
    match = match_dateline(prefix.strip() + " X")  # the lookahead wants the sentence that follows
    if not match:
        return None
    region = match["region"]
    has_region = region and not any(char.isdigit() for char in region)
    return f"{match['place']}, {region}" if has_region else match["place"]


# Assembly ---------------------------------------------------------------------------------------------------------

MARKDOWN_EMPHASIS = re.compile(r"\*{1,3}(?=\S)|(?<=\S)\*{1,3}|^#{1,6}\s+")


def strip_emphasis(text: str) -> str:
    """'*By Jane Doe* | 5 September 2025' -> 'By Jane Doe | 5 September 2025': Markdown stars and heading
    marks do not change what a metadata line says."""
    return MARKDOWN_EMPHASIS.sub("", text).strip()


def build_metadata(noise: Iterable[tuple[str, str]]) -> DocumentMetadata:
    """Metadata from the (reason, text) pairs of a document's noise, in document order; the first usable
    line of each kind wins. The publication time comes from a date line, else a byline's date, else the
    date of the first tweet signature (a repost of a tweet is published no earlier than the tweet)."""
    title = publisher = author = place = None
    dated = byline_date = signature_date = None
    for reason, marked_text in noise:
        text = strip_emphasis(marked_text)
        if reason == "title" and title is None:
            title = text or None
        elif reason == "publisher" and publisher is None:
            publisher = parse_publisher(text)
        elif reason == "byline" and author is None:
            byline = parse_byline(text)
            if byline:
                author, byline_date = byline
        elif reason == "dateline":
            dated = dated or parse_datetime(text)
            place = place or parse_dateline(text)
        elif reason == "social_signature" and signature_date is None:
            signature_date = find_datetime(text)
    return DocumentMetadata(
        title=title,
        publisher=publisher,
        author=author,
        published_at=dated or byline_date or signature_date,
        dateline=place,
    )
