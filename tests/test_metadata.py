"""Metadata read from the seeds, and the parsers behind it."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.text.clean import DocumentMetadata, clean_document
from pipeline.text.metadata import (
    build_metadata,
    find_datetime,
    host_of,
    parse_byline,
    parse_dateline,
    parse_datetime,
    parse_publisher,
    parse_source_credit,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_metadata(name: str) -> DocumentMetadata:
    return clean_document((SEEDS / name).read_text(encoding="utf-8")).metadata


def test_seed_000_metadata():
    meta = seed_metadata("000_4d59c4d5d3852b7d.txt")
    assert meta.title == "Azerbaijan May Reconsider Weapons Ban for Ukraine"
    assert meta.publisher == "kyivindependent.com"
    assert meta.author == "AI"
    assert meta.published_at is None


def test_seed_001_has_no_metadata_lines():
    assert seed_metadata("001_06b108c9047581ff.txt") == DocumentMetadata(None, None, None, None, None)


def test_seed_002_metadata():
    meta = seed_metadata("002_bde4429e4e3aca58.txt")
    assert meta.published_at is not None
    assert meta.published_at.date().isoformat() in {"2025-09-04", "2025-09-05"}
    assert meta.published_at.tzinfo is not None
    assert meta.title == "Ukraine and Azerbaijan"


def test_seed_003_metadata():
    meta = seed_metadata("003_1b26b4ebeceedaf2.txt")
    assert meta.published_at == datetime(2025, 8, 11, 16, 11, tzinfo=UTC)
    assert meta.published_at.utcoffset().total_seconds() == 0
    assert meta.title == "Ukraine, Azerbaijan tighten ties amid Russian aggression"
    assert meta.publisher == "global.espreso.tv"


def test_seed_004_metadata():
    meta = seed_metadata("004_b6363775422427f6.txt")
    assert meta.author == "Mark Thompson"
    assert meta.title == "Russia’s Attack on Azerbaijan: Expert Explains Kremlin’s Motives"
    assert meta.dateline == "MOSCOW"


@pytest.mark.parametrize("text, expected", [
    ("Mon, 11 Aug 2025 19:11:00 +0300", "2025-08-11T16:11:00+00:00"),
    ("Day: September 4, 2025", "2025-09-04T00:00:00+00:00"),
    ("Published on 5 September 2025, 10:30 EEST", "2025-09-05T07:30:00+00:00"),
    ("Sept. 4, 2025 at 3:05 pm", "2025-09-04T15:05:00+00:00"),
    ("12:30 PM · Sep 5, 2025", "2025-09-05T12:30:00+00:00"),
    ("2025-08-11T19:11:00+03:00", "2025-08-11T16:11:00+00:00"),
    ("2025-08-11", "2025-08-11T00:00:00+00:00"),
    ("11.08.2025", "2025-08-11T00:00:00+00:00"),
    ("Monday, September 1, 2025 UTC+3", "2025-08-31T21:00:00+00:00"),
])
def test_parse_datetime(text, expected):
    parsed = parse_datetime(text)
    assert parsed is not None and parsed.isoformat() == expected


@pytest.mark.parametrize("text", [
    "31 Feb 2025", "Sep 5, 2025 Kyiv", "In September 2025, reports emerged", "2025", "", "Mon, 11 Aug",
])
def test_parse_datetime_rejects(text):
    assert parse_datetime(text) is None


def test_find_datetime_in_a_signature():
    assert find_datetime("— Michael Novakhov (@mikenov) Sep 5, 2025") == datetime(2025, 9, 5, tzinfo=UTC)
    assert find_datetime("no date here") is None


@pytest.mark.parametrize("line, author", [
    ("by Mark Thompson", "Mark Thompson"),
    ("By AI", "AI"),
    ("Author: Olena Kovalenko", "Olena Kovalenko"),
    ("By Jean-Pierre de Souza", "Jean-Pierre de Souza"),
    ("By Jane Doe | Reuters", "Jane Doe"),
    ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
])
def test_parse_byline(line, author):
    parsed = parse_byline(line)
    assert parsed is not None and parsed[0] == author


def test_byline_with_date():
    assert parse_byline("By Jane Doe – September 5, 2025") == ("Jane Doe", datetime(2025, 9, 5, tzinfo=UTC))
    assert parse_byline("Posted on March 3, 2025 by Anna Smith") == ("Anna Smith", datetime(2025, 3, 3, tzinfo=UTC))
    assert parse_byline("Published 5 September 2025 by Jane Doe and John Roe") == (
        "Jane Doe and John Roe", datetime(2025, 9, 5, tzinfo=UTC))
    assert parse_byline("Posted on Monday by the editors") is None  # no date, no capitalised name


def test_blog_byline_in_a_page():
    meta = clean_document(
        "Posted on March 3, 2025 by Anna Smith\n"
        "Every spring the river rises, and the lower streets of the town go under water for a week or two.\n"
    ).metadata
    assert meta.author == "Anna Smith" and meta.published_at == datetime(2025, 3, 3, tzinfo=UTC)


@pytest.mark.parametrize("line", [
    "By late 2024, diplomatic relations between Azerbaijan and Russia had soured.",
    "By Monday, Russian troops had withdrawn.",
    "By the numbers",
    "Mark Thompson",
])
def test_parse_byline_rejects_sentences(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize("line, publisher", [
    ("Read More @ kyivindependent.com", "kyivindependent.com"),
    ("Source: Reuters", "Reuters"),
    ("Originally published at https://www.example.com/a/b", "example.com"),
    ("via The Kyiv Independent", "The Kyiv Independent"),
])
def test_parse_source_credit(line, publisher):
    assert parse_source_credit(line) == publisher


def test_source_credit_is_not_a_related_headline():
    assert parse_source_credit("Read more: Ukraine Strikes Back") is None
    assert parse_source_credit("Sources said the deal was near") is None


def test_parse_publisher_and_host():
    assert parse_publisher("global.espreso.tv") == "global.espreso.tv"
    assert parse_publisher("Read More @ kyivindependent.com") == "kyivindependent.com"
    assert host_of("https://www.Example.com/news/1") == "example.com"
    assert host_of("8.6%") is None
    assert host_of("Caliber.Az, a Baku-based outlet") is None


@pytest.mark.parametrize("prefix, place", [
    ("MOSCOW –", "MOSCOW"),
    ("KYIV, Ukraine (AP) —", "KYIV, Ukraine"),
    ("MOSCOW, Sept 5 (Reuters) -", "MOSCOW"),
    ("NEW YORK —", "NEW YORK"),
    ("BREAKING –", None),
    ("Mon, 11 Aug 2025 19:11:00 +0300", None),
])
def test_parse_dateline(prefix, place):
    assert parse_dateline(prefix) == place


def test_build_metadata_takes_the_first_usable_line_of_each_kind():
    meta = build_metadata([
        ("title", "**First Title**"),
        ("title", "Second Title"),
        ("byline", "By AI"),
        ("social_signature", "— Jane Doe (@janedoe) Sep 5, 2025"),
        ("dateline", "MOSCOW –"),
        ("dateline", "Day: September 4, 2025"),
        ("publisher", "Read More @ kyivindependent.com"),
    ])
    assert meta == DocumentMetadata(
        title="First Title",
        publisher="kyivindependent.com",
        author="AI",
        published_at=datetime(2025, 9, 4, tzinfo=UTC),  # a date line beats a tweet's date
        dateline="MOSCOW",
    )


def test_build_metadata_falls_back_to_the_signature_date():
    meta = build_metadata([("social_signature", "— Jane Doe (@janedoe) Sep 5, 2025")])
    assert meta.published_at == datetime(2025, 9, 5, tzinfo=UTC)
