"""Date expressions: the rules of pipeline/text/dates.py on our phrases and on the seed articles."""

import time
from datetime import date
from pathlib import Path

import pytest

from pipeline.text.dates import document_reference_year, exact_period, find_dates, resolve_relative_date, shifted_span
from schemas.vocabulary import DATE_PRECISIONS

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PUBLISHED_TUESDAY = date(2025, 8, 12)


def seed_text(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def reading(mention) -> tuple:
    """What a test compares of a date mention: its text, first and last day, precision and basis."""
    return mention.text, mention.start, mention.end, mention.precision, mention.basis


def only_mention(text, published=None, reference_year=None):
    mentions = find_dates(text, published, reference_year)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    "phrase, text, start, end, precision",
    [
        ("On August 8", "August 8", date(2025, 8, 8), date(2025, 8, 8), "day"),
        ("8 August", "8 August", date(2025, 8, 8), date(2025, 8, 8), "day"),
        ("Aug. 8", "Aug. 8", date(2025, 8, 8), date(2025, 8, 8), "day"),
        ("on July 21", "July 21", date(2025, 7, 21), date(2025, 7, 21), "day"),
        ("in the early hours of August 6", "August 6", date(2025, 8, 6), date(2025, 8, 6), "day"),
        ("In late June", "late June", date(2025, 6, 21), date(2025, 6, 30), "part_of_month"),
        ("in early July", "early July", date(2025, 7, 1), date(2025, 7, 10), "part_of_month"),
        ("by mid-July", "mid-July", date(2025, 7, 11), date(2025, 7, 20), "part_of_month"),
        ("in mid July", "mid July", date(2025, 7, 11), date(2025, 7, 20), "part_of_month"),
        ("At the end of July", "the end of July", date(2025, 7, 21), date(2025, 7, 31), "part_of_month"),
        ("by end of July", "end of July", date(2025, 7, 21), date(2025, 7, 31), "part_of_month"),
        ("at the beginning of July", "the beginning of July", date(2025, 7, 1), date(2025, 7, 10), "part_of_month"),
        ("In July,Azerbaijan", "July", date(2025, 7, 1), date(2025, 7, 31), "month"),
        ("in June", "June", date(2025, 6, 1), date(2025, 6, 30), "month"),
    ],
)
def test_phrases_without_a_year_take_the_publication_year(phrase, text, start, end, precision):
    mention = resolve_relative_date(phrase, date(2025, 8, 11))
    assert reading(mention) == (text, start, end, precision, "published")
    assert phrase[mention.start_char : mention.end_char] == mention.text


@pytest.mark.parametrize(
    "phrase, text, start, end, precision",
    [
        ("August 8, 2025", "August 8, 2025", date(2025, 8, 8), date(2025, 8, 8), "day"),
        ("Mon, 11 Aug 2025 19:11:00 +0300", "Mon, 11 Aug 2025 19:11:00 +0300", date(2025, 8, 11), date(2025, 8, 11), "day"),
        ("Michael Novakhov (@mikenov) Sep 5, 2025", "Sep 5, 2025", date(2025, 9, 5), date(2025, 9, 5), "day"),
        ("Day: September 4, 2025", "September 4, 2025", date(2025, 9, 4), date(2025, 9, 4), "day"),
        ("Monday, August 11, 2025", "Monday, August 11, 2025", date(2025, 8, 11), date(2025, 8, 11), "day"),
        ("2025-08-11", "2025-08-11", date(2025, 8, 11), date(2025, 8, 11), "day"),
        ("in 2016, May 13, we documented", "2016, May 13", date(2016, 5, 13), date(2016, 5, 13), "day"),  # year first
        ("In June 2025, officials met", "June 2025", date(2025, 6, 1), date(2025, 6, 30), "month"),
        ("in September 2023", "September 2023", date(2023, 9, 1), date(2023, 9, 30), "month"),
        ("In July and August 2025, Russia", "July and August 2025", date(2025, 7, 1), date(2025, 8, 31), "month"),
        ("the first seven months of 2025", "the first seven months of 2025", date(2025, 1, 1), date(2025, 7, 31), "month"),
        ("as of mid-2025", "mid-2025", date(2025, 5, 1), date(2025, 8, 31), "season"),
        ("summer 2025", "summer 2025", date(2025, 6, 1), date(2025, 8, 31), "season"),
        ("By late 2024", "late 2024", date(2024, 9, 1), date(2024, 12, 31), "season"),
        ("Q3 2025", "Q3 2025", date(2025, 7, 1), date(2025, 9, 30), "quarter"),
        ("in the third quarter of 2025", "third quarter of 2025", date(2025, 7, 1), date(2025, 9, 30), "quarter"),
        ("in 2022", "2022", date(2022, 1, 1), date(2022, 12, 31), "year"),
        ("since 2020.", "2020", date(2020, 1, 1), date(2020, 12, 31), "year"),
        ("over the 2024 downing of an AZAL passenger jet", "2024", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("In 2022 sanctions were imposed", "2022", date(2022, 1, 1), date(2022, 12, 31), "year"),
        ("Escalating tensions with Russia (2024–2025)", "2024–2025", date(2024, 1, 1), date(2025, 12, 31), "year"),
    ],
)
def test_stated_years_are_explicit_even_without_a_publication_date(phrase, text, start, end, precision):
    mention = resolve_relative_date(phrase, None)
    assert reading(mention) == (text, start, end, precision, "explicit")


def test_a_date_without_a_year_is_on_or_before_publication():
    assert resolve_relative_date("on August 20", date(2025, 8, 11)).start == date(2024, 8, 20)
    assert resolve_relative_date("in late August", date(2025, 8, 11)).start == date(2024, 8, 21)
    assert resolve_relative_date("on August 11", date(2025, 8, 11)).start == date(2025, 8, 11)
    assert resolve_relative_date("in December and January", date(2025, 8, 11)).start == date(2024, 12, 1)


def test_a_date_without_a_year_or_context_is_unknown():
    mention = resolve_relative_date("On August 8", None)
    assert reading(mention) == ("August 8", None, None, "unknown", "none")


def test_reference_year_is_used_without_publication_date():
    mention = resolve_relative_date("In late June", None, 2025)
    assert (mention.start, mention.end, mention.precision, mention.basis) == (date(2025, 6, 21), date(2025, 6, 30), "part_of_month", "document_year")


@pytest.mark.parametrize(
    "phrase, text, start, end, precision",
    [
        ("Saturday's abduction", "Saturday", date(2025, 8, 9), date(2025, 8, 9), "day"),
        ("on Saturday", "Saturday", date(2025, 8, 9), date(2025, 8, 9), "day"),
        ("last Tuesday", "last Tuesday", date(2025, 8, 5), date(2025, 8, 5), "day"),
        ("today, Tuesday, officials said", "today", date(2025, 8, 12), date(2025, 8, 12), "day"),
        ("yesterday", "yesterday", date(2025, 8, 11), date(2025, 8, 11), "day"),
        ("Today", "Today", date(2025, 8, 12), date(2025, 8, 12), "day"),
        ("the day before yesterday", "the day before yesterday", date(2025, 8, 10), date(2025, 8, 10), "day"),
        ("last night", "last night", date(2025, 8, 11), date(2025, 8, 11), "day"),
        ("two days ago", "two days ago", date(2025, 8, 10), date(2025, 8, 10), "day"),
        ("thirty days ago", "thirty days ago", date(2025, 7, 13), date(2025, 7, 13), "day"),
        ("last week", "last week", date(2025, 8, 4), date(2025, 8, 10), "week"),
        ("abducted over the weekend", "over the weekend", date(2025, 8, 9), date(2025, 8, 10), "week"),
        ("last weekend", "last weekend", date(2025, 8, 9), date(2025, 8, 10), "week"),
        ("this week", "this week", date(2025, 8, 11), date(2025, 8, 17), "week"),
        ("last month", "last month", date(2025, 7, 1), date(2025, 7, 31), "month"),
        ("last year", "last year", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("last August", "last August", date(2024, 8, 1), date(2024, 8, 31), "month"),
        # the day of the month is last year's even when this year's has passed
        ("on August 3 last year", "August 3 last year", date(2024, 8, 3), date(2024, 8, 3), "day"),
    ],
)
def test_expressions_relative_to_publication(phrase, text, start, end, precision):
    mention = resolve_relative_date(phrase, PUBLISHED_TUESDAY)
    assert reading(mention) == (text, start, end, precision, "published")


def test_last_before_a_day_of_a_month_is_no_last_month():
    mention = resolve_relative_date("Last August 17, 2020, police raided the office", PUBLISHED_TUESDAY)
    assert (mention.text, mention.start, mention.precision) == ("August 17, 2020", date(2020, 8, 17), "day")


def test_the_weekday_of_publication_is_the_publication_day_unless_said_last():
    # wire copy says "on Tuesday", not "today", for what happened on the Tuesday it is filed
    assert resolve_relative_date("police said on Tuesday", PUBLISHED_TUESDAY).start == date(2025, 8, 12)
    assert resolve_relative_date("last Tuesday", PUBLISHED_TUESDAY).start == date(2025, 8, 5)


def test_a_weekend_that_may_be_the_coming_one_is_no_date():
    assert find_dates("a rally this weekend, and another on the weekend of the vote", PUBLISHED_TUESDAY) == []


@pytest.mark.parametrize("phrase", ["the Easter Sunday bombings", "since Bloody Sunday", "on Good Friday"])
def test_a_weekday_that_names_a_feast_or_a_day_in_history_is_no_recent_day(phrase):
    mention = resolve_relative_date(phrase, PUBLISHED_TUESDAY)
    assert (mention.start, mention.precision) == (None, "unknown")


def test_a_date_without_a_year_follows_the_date_its_sentence_stated_before_it():
    found = find_dates("He was abducted on 25 October 2010, and on November 18 his body was found. On March 3 we marched.", PUBLISHED_TUESDAY)
    assert [(mention.text, mention.start, mention.basis) for mention in found] == [
        ("25 October 2010", date(2010, 10, 25), "explicit"),
        ("November 18", date(2010, 11, 18), "relative_to_previous"),
        ("March 3", date(2025, 3, 3), "published"),  # another sentence: the latest March 3 before publication
    ]
    [_, january] = find_dates("Arrested on 25 October 2010, he was freed on January 3.", PUBLISHED_TUESDAY)
    assert january.start == date(2011, 1, 3)


def test_a_weekday_that_begins_a_newspapers_name_is_no_day():
    found = find_dates("The Sunday Times editor was shot on May 3, 2011, and the Monday News reported it", PUBLISHED_TUESDAY)
    assert [(mention.text, mention.start) for mention in found if mention.start is not None] == [("May 3, 2011", date(2011, 5, 3))]


@pytest.mark.parametrize("phrase", ["Saturday's abduction", "yesterday", "last week", "two days ago"])
def test_expressions_relative_to_publication_need_it(phrase):
    mention = resolve_relative_date(phrase, None, 2025)
    assert (mention.start, mention.end, mention.precision, mention.basis) == (None, None, "unknown", "none")


@pytest.mark.parametrize(
    "phrase, previous, start",
    [
        ("The following night", date(2025, 8, 7), date(2025, 8, 8)),
        ("the next day", date(2025, 8, 7), date(2025, 8, 8)),
        ("the following day", date(2025, 8, 7), date(2025, 8, 8)),
        ("Two days earlier", date(2025, 7, 21), date(2025, 7, 19)),
        ("three days earlier", date(2025, 7, 21), date(2025, 7, 18)),
        ("that day", date(2025, 7, 21), date(2025, 7, 21)),
    ],
)
def test_expressions_relative_to_the_previous_date(phrase, previous, start):
    mention = resolve_relative_date(phrase, date(2025, 8, 11), None, previous)
    assert reading(mention) == (phrase, start, start, "day", "relative_to_previous")
    unanchored = resolve_relative_date(phrase, date(2025, 8, 11))
    assert (unanchored.start, unanchored.precision, unanchored.basis) == (None, "unknown", "none")


@pytest.mark.parametrize("phrase", ["a few days ago", "winter 2025", "this Saturday"])
def test_vague_or_ambiguous_expressions_are_unknown(phrase):
    mention = resolve_relative_date(phrase, PUBLISHED_TUESDAY)
    assert mention.text == phrase and (mention.start, mention.end, mention.precision) == (None, None, "unknown")


@pytest.mark.parametrize("words, period", [
    ("124 days", ("day", 124)), ("a week", ("week", 1)), ("just two days", ("day", 2)), ("Ten years", ("year", 10)),
    # a vague count states no period
    ("a few days", None), ("almost 20 years", None), ("more than five years", None), ("weeks", None), ("two nights", None),
])
def test_a_stated_period_needs_an_exact_count(words, period):
    assert exact_period(words) == period


@pytest.mark.parametrize("first, last, unit, steps, span", [
    (date(2019, 9, 12), date(2019, 9, 12), "day", -124, (date(2019, 5, 11), date(2019, 5, 11))),
    (date(2019, 3, 1), date(2019, 3, 1), "week", 1, (date(2019, 3, 4), date(2019, 3, 10))),  # the week holding March 8
    (date(2019, 6, 1), date(2019, 6, 30), "month", -2, (date(2019, 4, 1), date(2019, 4, 30))),
    (date(2019, 6, 3), date(2019, 6, 3), "year", -4, (date(2015, 1, 1), date(2015, 12, 31))),
    # a date that spans more than one unit gives nothing to count from
    (date(2019, 8, 6), date(2019, 8, 7), "day", 2, None),
    (date(2019, 1, 1), date(2019, 12, 31), "month", 2, None),
])
def test_a_date_shifted_by_a_period_is_as_precise_as_the_period(first, last, unit, steps, span):
    assert shifted_span(first, last, unit, steps) == span


@pytest.mark.parametrize(
    "text",
    [
        "valued at over $40 million",
        "a $2-million package",
        "five Shahed drones and 12 militants",
        "artillery systems such as the 2S1 Gvozdika and 2S3 Akatsiya",
        "former Azerbaijani MiG-29 fighter jets",
        "a massive Shahed-136 drone attack",
        "the Bofors 40mm, Oerlikon 35mm, Rheinmetall 20mm, or M45 Quadmount",
        "exports increased by 8.6%.",
        "had not been attacked in more than three years of Russia’s full-scale invasion",
        "Azerbaijan May Reconsider Weapons Ban for Ukraine",
        "They launched 2000 drones over a 2000 km front.",
        "1,000 troops and $2025 in cash",
        "see rss.app/feeds/_26YATRQjU2csD and 19:11 +0300",
        "in recent weeks, and over the past week",
        "USA Today reported",
    ],
)
def test_no_false_dates(text):
    assert find_dates(text, date(2025, 8, 11), 2025) == []


def test_money_next_to_a_date_is_not_a_year():
    mentions = find_dates("totaling over $44 million by August 2025.", None)
    assert [(m.text, m.start, m.end, m.precision) for m in mentions] == [("August 2025", date(2025, 8, 1), date(2025, 8, 31), "month")]


def test_seed_000_sentences_resolve_against_the_document_year():
    text = seed_text("000")
    assert document_reference_year(text) == 2025
    strike = only_mention("On August 8, Russian forces launched five Shahed drones at a SOCAR oil depot in Odesa Oblast", None, 2025)
    assert (strike.text, strike.start, strike.end, strike.precision, strike.basis) == ("August 8", date(2025, 8, 8), date(2025, 8, 8), "day", "document_year")
    june = only_mention("In late June, Russian forces targeted a gas distribution station near Orlivka", None, 2025)
    assert date(2025, 6, 1) <= june.start <= june.end <= date(2025, 6, 30) and june.precision == "part_of_month"
    aid = only_mention("valued at over $40 million as of mid-2025.", None, 2025)
    assert aid.text == "mid-2025" and aid.precision != "day"


def test_seed_003_narrative_chains_relative_dates():
    text = seed_text("003")
    mentions = find_dates(text, date(2025, 8, 11))
    found = [(m.text, m.start, m.end, m.precision, m.basis) for m in mentions]
    assert found == [
        ("Mon, 11 Aug 2025 19:11:00 +0300", date(2025, 8, 11), date(2025, 8, 11), "day", "explicit"),
        ("the end of July", date(2025, 7, 21), date(2025, 7, 31), "part_of_month", "published"),
        ("August 6", date(2025, 8, 6), date(2025, 8, 6), "day", "published"),
        ("August 7", date(2025, 8, 7), date(2025, 8, 7), "day", "published"),
        ("The following night", date(2025, 8, 8), date(2025, 8, 8), "day", "relative_to_previous"),
        ("July 21", date(2025, 7, 21), date(2025, 7, 21), "day", "published"),
        ("Two days earlier", date(2025, 7, 19), date(2025, 7, 19), "day", "relative_to_previous"),
        ("2024", date(2024, 1, 1), date(2024, 12, 31), "year", "explicit"),
        ("2020", date(2020, 1, 1), date(2020, 12, 31), "year", "explicit"),
        ("July 10", date(2025, 7, 10), date(2025, 7, 10), "day", "published"),
    ]


def test_seed_002_dates():
    mentions = find_dates(seed_text("002"), None, 2025)
    texts = {m.text for m in mentions}
    assert {"late 2024", "mid-2025", "2022", "September 2023", "2024–2025", "July and August 2025", "September 2025",
            "August 2025", "August and September 2025", "June 2025", "the first seven months of 2025", "Sep 5, 2025",
            "September 4, 2025", "Sep 4, 2025"} == texts
    assert all(m.basis == "explicit" for m in mentions)


def test_reference_year():
    assert document_reference_year(seed_text("000")) == 2025
    # seed 004 states 2022 only as background ("since 2022"): its "In July" is left unresolved, not put in 2022
    assert document_reference_year(seed_text("004")) is None
    assert document_reference_year("Since the 2022 invasion ... On August 8, 2025, drones hit a depot.") == 2025
    assert document_reference_year("Since 2014 ... in 2022 ... in mid-2024.") == 2024
    assert document_reference_year("They paid $2025 for 1999 drones.") is None
    assert document_reference_year("No dates here.") is None


def test_mentions_are_ordered_slices_with_known_precisions():
    for path in SEEDS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        mentions = find_dates(text, date(2025, 9, 10))
        assert [m.start_char for m in mentions] == sorted(m.start_char for m in mentions)
        for mention in mentions:
            assert text[mention.start_char : mention.end_char] == mention.text
            assert mention.precision in DATE_PRECISIONS
            assert (mention.start is None) == (mention.precision == "unknown")


def test_a_megabyte_takes_well_under_a_second():
    sample = "".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    text = (sample * (1_000_000 // len(sample) + 1))[:1_000_000]
    started = time.perf_counter()
    find_dates(text, date(2025, 8, 11))
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    "text, first_year, last_year",
    [
        ("The army held the valley from 2010 to 2014.", 2010, 2014),
        ("Between 1989 and 2003, thousands were killed in the war.", 1989, 2003),
        ("He was jailed from 2016 until 2019.", 2016, 2019),
    ],
)
def test_two_years_joined_by_words_are_one_period(text, first_year, last_year):
    assert reading(only_mention(text))[1:] == (date(first_year, 1, 1), date(last_year, 12, 31), "year", "explicit")


def test_two_years_joined_by_and_without_between_are_two_years():
    mentions = find_dates("Elections in 2019 and 2020 were marred by arrests.", PUBLISHED_TUESDAY)
    assert [(m.text, m.start, m.end) for m in mentions] == [
        ("2019", date(2019, 1, 1), date(2019, 12, 31)), ("2020", date(2020, 1, 1), date(2020, 12, 31))]
