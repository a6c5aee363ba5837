"""Figures: the rules of pipeline/text/figures.py on our phrases and on the seed articles."""

import time
from pathlib import Path

import pytest

from pipeline.text.figures import extract_figures

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed_text(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def summary(text: str) -> list[tuple]:
    return [(f.text, f.kind, f.value, f.unit, f.currency, f.qualifier) for f in extract_figures(text)]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("a $2-million package", ("$2-million", "money", 2e6, "USD", "USD", None)),
        ("$40m", ("$40m", "money", 4e7, "USD", "USD", None)),
        ("a $40 million package", ("$40 million", "money", 4e7, "USD", "USD", None)),
        ("valued at over $40 million as of mid-2025", ("over $40 million", "money", 4e7, "USD", "USD", "over")),
        ("€5bn", ("€5bn", "money", 5e9, "EUR", "EUR", None)),
        ("5 billion dollars", ("5 billion dollars", "money", 5e9, "USD", "USD", None)),
        ("UAH 100 million", ("UAH 100 million", "money", 1e8, "UAH", "UAH", None)),
        ("100 million hryvnias", ("100 million hryvnias", "money", 1e8, "UAH", "UAH", None)),
        ("more than $1.5 billion", ("more than $1.5 billion", "money", 1.5e9, "USD", "USD", "over")),
        ("around $300,000", ("around $300,000", "money", 3e5, "USD", "USD", "about")),
        ("8.6%", ("8.6%", "percent", 8.6, "percent", None, None)),
        ("8.6 percent", ("8.6 percent", "percent", 8.6, "percent", None, None)),
        ("8.6 per cent", ("8.6 per cent", "percent", 8.6, "percent", None, None)),
        ("five Shahed drones", ("five Shahed drones", "count", 5, "drone", None, None)),
        ("Four SOCAR employees were seriously injured", ("Four SOCAR employees", "count", 4, "employee", None, None)),
        ("nearly 300 people", ("nearly 300 people", "count", 300, "person", None, "about")),
        ("almost twenty-five soldiers", ("almost twenty-five soldiers", "count", 25, "soldier", None, "about")),
        ("at least 2,000 civilians", ("at least 2,000 civilians", "count", 2000, "civilian", None, "at least")),
        ("up to 20 missiles", ("up to 20 missiles", "count", 20, "missile", None, "up to")),
        ("above 40 casualties", ("above 40 casualties", "count", 40, "casualty", None, "over")),
        ("approximately three hundred and fifty refugees", ("approximately three hundred and fifty refugees", "count", 350, "refugee", None, "about")),
        ("a dozen tanks", ("a dozen tanks", "count", 12, "tank", None, None)),
        ("dozens of drones", ("dozens of drones", "count", 24, "drone", None, "at least")),
        ("thousands of residents", ("thousands of residents", "count", 2000, "resident", None, "at least")),
        ("1.5 million people", ("1.5 million people", "count", 1.5e6, "person", None, None)),
        ("one soldier was killed", ("one soldier", "count", 1, "soldier", None, None)),
        ("five police officers", ("five police officers", "count", 5, "officer", None, None)),
        ("100 km", ("100 km", "quantity", 100, "km", None, None)),
        ("5 tonnes", ("5 tonnes", "quantity", 5, "tonne", None, None)),
        ("about 40 kilometres", ("about 40 kilometres", "quantity", 40, "km", None, "about")),
        ("1.2 million barrels per day", ("1.2 million barrels per day", "quantity", 1.2e6, "barrel/day", None, None)),
        ("a 40mm round", ("40mm", "quantity", 40, "mm", None, None)),
        ("five gunmen", ("five gunmen", "count", 5, "gunman", None, None)),
        ("500 hryvnias", ("500 hryvnias", "money", 500, "UAH", "UAH", None)),
        ("5 million Canadian dollars", ("5 million Canadian dollars", "money", 5e6, "CAD", "CAD", None)),
        ("launched 2000 drones", ("2000 drones", "count", 2000, "drone", None, None)),
        # nouns whose plural is themselves count too: the date rules read plurals as the figures do
        ("sent 2000 police to the border", ("2000 police", "count", 2000, "police", None, None)),
        ("bought 2000 aircraft", ("2000 aircraft", "count", 2000, "aircraft", None, None)),
    ],
)
def test_single_figures(text, figure):
    assert summary(text) == [figure]


def test_two_counts_in_one_sentence():
    assert summary("12 militants and seven soldiers were killed") == [
        ("12 militants", "count", 12, "militant", None, None),
        ("seven soldiers", "count", 7, "soldier", None, None),
    ]


@pytest.mark.parametrize(
    "text, value_min, value_max, unit",
    [
        ("2-3 million dollars", 2e6, 3e6, "USD"),
        ("$2-3 million", 2e6, 3e6, "USD"),
        ("between 12 and 15 soldiers", 12, 15, "soldier"),
        ("5–10%", 5, 10, "percent"),
    ],
)
def test_ranges_keep_both_ends_and_take_the_lower_as_value(text, value_min, value_max, unit):
    [figure] = extract_figures(text)
    assert (figure.value, figure.value_min, figure.value_max, figure.unit) == (value_min, value_min, value_max, unit)


def test_numbers_with_thousands_separators_in_a_list():
    assert summary("5,000 troops, 2,000 tanks") == [
        ("5,000 troops", "count", 5000, "troop", None, None),
        ("2,000 tanks", "count", 2000, "tank", None, None),
    ]


def test_single_figures_have_no_range():
    [figure] = extract_figures("$40 million")
    assert figure.value_min is None and figure.value_max is None


@pytest.mark.parametrize(
    "text",
    [
        "On August 8, Russian forces struck.",
        "In 2022 and since 2020, in September 2023, by late 2024 and mid-2025",
        "This marked the second recent Russian attack.",
        "Russian made arms such as the 2S1 Gvozdika and 2S3 Akatsiya",
        "former Azerbaijani MiG-29 fighter jets and S-300 systems",
        "a massive Shahed-136 drone attack by a Pantsir-S1 system",
        "systems like the Bofors 40mm, Oerlikon 35mm, Rheinmetall 20mm, or M45 Quadmount",
        "these sites had not been attacked in more than three years",
        "Ukraine and Azerbaijan, he argues, are now two of Russia’s biggest irritants.",
        "Two days earlier, Aliyev announced plans. In the first seven months of 2025, exports rose.",
        "Mon, 11 Aug 2025 19:11:00 +0300",
        "rss.app/feeds/_26YATRQjU2csD… feeder.co/out/folder/c6e89e0…",
        "a 30-day ceasefire and a five-year plan, at one point",
        "100m from the embassy",
        "500 pounds of explosives",
        "the 93rd brigade",
    ],
)
def test_no_false_figures(text):
    assert extract_figures(text) == []


def test_seed_000():
    assert summary(seed_text("000")) == [
        ("five Shahed drones", "count", 5, "drone", None, None),
        ("Four SOCAR employees", "count", 4, "employee", None, None),
        ("over $40 million", "money", 4e7, "USD", "USD", "over"),
    ]


def test_seed_001():
    assert summary(seed_text("001")) == [
        ("over $40 million", "money", 4e7, "USD", "USD", "over"),
        ("$2-million", "money", 2e6, "USD", "USD", None),
    ]


def test_seed_002_has_no_1944_and_no_2025():
    figures = summary(seed_text("002"))
    assert figures[:3] == [
        ("over $44 million", "money", 4.4e7, "USD", "USD", "over"),
        ("$2 million", "money", 2e6, "USD", "USD", None),
        ("8.6%", "percent", 8.6, "percent", None, None),
    ]
    assert figures == figures[:3] * 2  # the article repeats itself


@pytest.mark.parametrize("prefix", ["003", "004"])
def test_seeds_003_and_004_state_only_the_aid(prefix):
    assert summary(seed_text(prefix)) == [("$2 million", "money", 2e6, "USD", "USD", None)]


def test_figures_are_ordered_slices():
    for path in SEEDS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        figures = extract_figures(text)
        assert [f.start_char for f in figures] == sorted(f.start_char for f in figures)
        for figure in figures:
            assert text[figure.start_char : figure.end_char] == figure.text
            assert figure.kind in ("money", "count", "percent", "quantity")
            assert (figure.currency is not None) == (figure.kind == "money")


def test_a_megabyte_takes_well_under_a_second():
    sample = "".join(path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt")))
    text = (sample * (1_000_000 // len(sample) + 1))[:1_000_000]
    started = time.perf_counter()
    extract_figures(text)
    assert time.perf_counter() - started < 1.0
