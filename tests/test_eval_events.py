"""The events scorer (pipeline.evaluation.events) on small articles of its own, in the events-dev format."""

import json
from datetime import date

import pytest

from pipeline.evaluation.events import (
    Gold, Guess, country_matches, date_matches, event_sample, gold_of, main, place_matches, read_articles, report, score,
    shared_clusters,
)


def gold(year=None, month=None, day=None, city=None, region=None, country=None) -> Gold:
    return gold_of({"gold": {"year": year, "month": month, "day": day, "city": city, "region": region, "country": country}})


@pytest.mark.parametrize(
    "stated, start, end, matches",
    [
        (dict(year=2019), date(2019, 9, 14), date(2019, 9, 14), True),  # finer than the gold is right
        (dict(year=2019), date(2019, 1, 1), date(2019, 12, 31), True),
        (dict(year=2019, month=9, day=14), date(2019, 9, 14), date(2019, 9, 14), True),
        (dict(year=2019, month=9, day=14), date(2019, 9, 1), date(2019, 9, 30), False),  # coarser is not
        (dict(year=2019, month=9), date(2019, 9, 21), date(2019, 9, 30), True),
        (dict(year=2019, day=2), date(2019, 7, 2), date(2019, 7, 2), True),  # only the stated fields count
        (dict(month=3, day=7), date(2022, 3, 7), date(2022, 3, 7), True),
        (dict(year=2019), None, None, False),
    ],
)
def test_a_date_matches_at_the_golds_precision(stated, start, end, matches):
    assert date_matches(gold(**stated), Guess(start, end)) is matches


def test_places_match_by_name_alias_or_region():
    assert place_matches(gold(city="Kiev"), Guess(location="Kyiv"))
    assert place_matches(gold(region="Ogun State"), Guess(location="Abeokuta", admin1="Ogun"))
    assert place_matches(gold(city="Sana’a"), Guess(location="Sanaa"))
    assert not place_matches(gold(city="Minsk"), Guess(location="Belarus"))
    assert not gold(city="unknown", region="N/a").places  # what annotators did not know is not scored


def test_a_country_typed_as_the_city_states_the_country_not_a_place():
    typed_in_city = gold(city="Myanmar", country="Asia")
    assert (typed_in_city.places, typed_in_city.country) == (frozenset(), "MMR")
    assert gold(city="Egypt", region="Cairo").places == {"cairo"}
    # A country's name that is a region of the gold country, and a territory of it, stay places.
    assert gold(region="Niger", country="Nigeria").places == {"niger"}
    assert gold(city="Hong Kong", country="China").places == {"hong kong"}


@pytest.mark.parametrize(
    "name, iso3",
    [("Nigeria", "NGA"), ("USA", "USA"), ("United States of America", "USA"), ("England", "GBR"),
     ("People's Republic of China", "CHN"), ("Yemeni", "YEM"), ("Africa", None)],
)
def test_gold_countries_become_iso_codes(name, iso3):
    assert gold(country=name).country == iso3
    if iso3:
        assert country_matches(gold(country=name), Guess(country=iso3))


def test_hong_kong_counts_as_the_china_annotators_give():
    assert country_matches(gold(city="Hong Kong", country="China"), Guess(location="Hong Kong", country="HKG"))
    assert country_matches(gold(country="Hong Kong"), Guess(country="HKG"))
    assert not country_matches(gold(country="Taiwan"), Guess(country="CHN"))
    assert not country_matches(gold(country="China"), Guess(country="TWN"))


ARTICLES = [
    {"id": "a1", "split": "train", "title": "t", "publish_date": "2019-09-17 02:48:13",
     "text": "Spread This News\nGunmen abducted the activist Peter Magombeyi from his Harare home on Saturday.\n"
             "The union condemned the abduction.",
     "gold": {"year": 2019, "month": 9, "day": 14, "city": "Harare", "region": None, "country": "Zimbabwe"}},
    {"id": "a2", "split": "dev", "title": "t", "publish_date": "2021-02-19 00:00:00",
     "text": "Police in Lagos arrested three journalists on Monday, their lawyer said.",
     "gold": {"year": 2021, "month": None, "day": None, "city": None, "region": "Lagos", "country": "Nigeria"}},
    {"id": "a3", "split": "dev", "title": "t", "publish_date": "2021-02-19 00:00:00",
     "text": "Rights groups may protest in Abuja next month.",
     "gold": {"year": None, "month": None, "day": None, "city": None, "region": None, "country": "Nigeria"}},
    # a1's abduction, told by another site
    {"id": "a4", "split": "train", "title": "t", "publish_date": "2019-09-17 09:00:00",
     "text": "Peter Magombeyi, a doctors' union leader, was abducted from his home in Harare on Saturday, the union said.",
     "gold": {"year": 2019, "month": 9, "day": 14, "city": "Harare", "region": None, "country": "Zimbabwe"}},
]


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval") / "events.jsonl"
    path.write_text("\n".join(json.dumps(article) for article in ARTICLES), encoding="utf-8")
    return path, read_articles(path)


def test_articles_are_read_by_the_pipeline_and_scored_per_split(articles):
    _, read = articles
    train = [article for article in read if article.split == "train"]
    dev = [article for article in read if article.split == "dev"]
    for measure in ("date", "place", "country"):
        assert score(train, "main event", measure).share == 1.0, measure
    assert score(dev, "main event", "place").share == 1.0
    # a3 states no date and no place: scored on country only. Its only event did not happen, and is its lead all the
    # same (an article that tells nothing that happened leads with its first event): the main event hits, no event
    # that happened does.
    assert (score(dev, "main event", "date").total, score(dev, "main event", "country").hits) == (1, 2)
    assert score(dev, "any event", "country").hits == 1
    # The text names Abuja, whatever its events: the ceiling reading credits the country.
    assert score(dev, "in the text", "country").hits == 2
    assert all(row in report(read) for row in ("baseline", "any event", "in the text"))


def test_command_reports_both_splits(articles, capsys):
    path, _ = articles
    assert main(["--data", str(path)]) == 0
    out = capsys.readouterr().out
    assert "train  main event" in out and "dev    baseline" in out
    assert any(line.endswith("%") and " events, with actor " in line for line in out.splitlines())
    assert main(["--data", str(path.with_name("missing.jsonl"))]) == 2


def test_the_columns_no_gold_scores_are_counted_per_article(articles):
    _, read = articles
    [police_arrest] = [article for article in read if article.article_id == "a2"]
    # "Police in Lagos arrested three journalists on Monday": one event, by the police, on the media.
    assert len(police_arrest.events) == 1
    assert {column: police_arrest.filled[column] for column in ("actor_sector", "target_sector", "event_date")} == {
        "actor_sector": 1, "target_sector": 1, "event_date": 1}


def test_the_clusters_that_join_articles_are_listed_with_their_sentences(articles, capsys):
    path, read = articles
    listing = shared_clusters(read)
    # the abduction of a1 and a4; the union's condemnation (a1) and the arrest in Lagos (a2) are events of one article
    assert listing.splitlines()[0].startswith("1 of ")
    assert "    a1  2019-09-14  Harare  Gunmen abducted the activist Peter Magombeyi" in listing
    assert "    a4  2019-09-14  Harare  Peter Magombeyi, a doctors' union leader, was abducted" in listing
    assert main(["--data", str(path), "--clusters"]) == 0
    assert listing in capsys.readouterr().out


def test_a_sample_of_events_is_the_same_for_the_same_seed(articles):
    _, read = articles
    sample = event_sample(read, 2, seed=1)
    assert sample == event_sample(read, 2, seed=1)
    assert sample.count("\n    ") == 2  # two events, each with its sentence
    assert "actor=None (None, police) target=None (None, media)" in event_sample(read, 10, seed=1)  # the arrest in Lagos
