"""`python -m pipeline.evaluation.events`: do the events carry the date, place and country annotators gave?

Scored on events-dev.jsonl (shared/data; HRDsAttack articles about attacks on human-rights defenders, each
with the gold year/month/day, city, region and country of the attack). Every article goes through the code
the assets use: clean_document, the spaCy pipeline, extract_facts with the publication date, the dateline and the title.

Per article and per measure, a hit is one event that matches the gold; the score is the share of articles
with a hit among the articles whose gold states that measure. Four readings of an article are scored:
- "main event": the article's lead event, as the events table marks it (is_lead; see
  pipeline/text/events/lead.py): one guess per article, as an analyst taking one row per article would;
- "any event": any event that happened; an upper bound that credits a match anywhere in the article;
- "baseline": the first date in the text resolved against the publication date, and the first place the
  model labels, resolved through the same gazetteer;
- "in the text": any date in the text and any place the model labels, resolved alike: what the text allows a
  coder that reads dates and places as we do, whatever the events; a ceiling for the other readings (the gold
  year of a background attack matches any mention of that year, so it is a loose one).
Matching:
- date: every field the gold states (year, month, day; some are null) equals that field of both the first
  and the last day of the event's date, so a date is right only at the gold's precision or finer;
- place: the event's location or admin1 names the gold city or region, compared without accents, case and
  words such as "State" or "Province", or as the same gazetteer entry ("Kiev" is "Kyiv");
- a gold city that is a country's name, beside a continent or no country, states that country and no place
  (gold_of);
- country: the event's ISO alpha-3 code is the gold country's; Hong Kong and Macao (HKG, MAC in ISO 3166, as the
  pipeline codes them) count as China, which is what annotators give for every event there.
Below the scores, the share of all events that have an actor, a target, their sectors, a place and a date: no gold
scores those columns, but an analyst filters on them.

--clusters lists the clusters (pipeline/text/clusters.py) that join events of several articles, each event with its
sentence: no gold says which articles report the same event, so merges are judged by reading them. --sample N
prints N events drawn at random (the same ones for the same --seed, whatever other events a change adds or drops)
with their columns and sentence, for judging by eye the columns no gold scores (actor, target, their sectors,
type).
"""

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path

import pycountry

from pipeline.ids import stable_id
from pipeline.text.clean import clean_document
from pipeline.text.clusters import EventRecord, cluster_events
from pipeline.text.dates import find_dates
from pipeline.text.entities import resolve_name
from pipeline.text.events.lexicon import PLACE_LABELS
from pipeline.text.events.mention import EventMention
from pipeline.text.extract import DocumentFacts, extract_facts
from pipeline.text.gazetteer import REGION_WORDS, plain
from pipeline.text.nlp import load_nlp
from schemas.vocabulary import HAPPENED

PROJECT_DIR = Path(__file__).resolve().parents[2]
DEFAULT_DATA = PROJECT_DIR.parent / "shared" / "data" / "events-dev.jsonl"
SPLITS = ("train", "dev")
MEASURES = ("date", "place", "country")
READINGS = ("baseline", "main event", "any event", "in the text")
# Columns of the events table whose fill rate the report gives: no gold scores them, but an analyst filters on them.
FILLED_COLUMNS = ("actor", "actor_sector", "target", "target_sector", "location", "country", "event_date")
# What annotators wrote when they did not know.
UNKNOWN_GOLD = {"", "unknown", "n/a", "none", "not mentioned"}
# The annotators' country names that are no country or that no gazetteer spells so.
GOLD_COUNTRY_NAMES = {
    "england": "GBR", "scotland": "GBR", "wales": "GBR", "northern ireland": "GBR", "columbia": "COL",
    "bosnia": "BIH", "yemeni": "YEM", "people's republic of china": "CHN", "burma": "MMR",
}
# Special administrative regions: ISO 3166 codes them apart, annotators as China.
SOVEREIGN_STATES = {"HKG": "CHN", "MAC": "CHN"}
# Words that say what kind of region or city a name is, not which.
GENERIC_PLACE_WORDS = REGION_WORDS | {"city", "the", "of"}


@dataclass(frozen=True)
class Gold:
    year: int | None
    month: int | None
    day: int | None
    places: frozenset[str]  # keys of the gold city and region
    country: str | None  # ISO alpha-3


@dataclass(frozen=True)
class Guess:
    """What one event (or the baseline) says about when and where."""

    start: date | None = None
    end: date | None = None
    location: str | None = None
    admin1: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class Article:
    article_id: str
    split: str
    gold: Gold
    readings: dict[str, list[Guess]]  # reading name -> its guesses
    filled: dict[str, int]  # column of FILLED_COLUMNS -> how many of the article's events have it (not null)
    events: list[EventMention]


# Gold ------------------------------------------------------------------------------------------------------------

def known(value):
    if isinstance(value, str) and value.strip().casefold() in UNKNOWN_GOLD:
        return None
    return value


def place_key(name: str) -> str:
    """"Lagos State" and "lagos" -> "lagos"; "Sana’a" and "Sanaa" -> "sanaa"."""
    letters = plain(name.casefold())
    words = re.findall(r"[a-z0-9]+", letters.replace("’", "").replace("'", ""))
    return " ".join(word for word in words if word not in GENERIC_PLACE_WORDS)


def place_keys(name: str | None) -> set[str]:
    """The name's key and, when the gazetteer knows the name, its canonical name's key."""
    if not name:
        return set()
    return {place_key(name), place_key(resolve_name(name, "GPE").name)} - {""}


def gold_country(name: str | None) -> str | None:
    if not name:
        return None
    if name.casefold() in GOLD_COUNTRY_NAMES:
        return GOLD_COUNTRY_NAMES[name.casefold()]
    referent = resolve_name(name, "GPE")
    if referent.is_state:
        return referent.country
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


def gold_of(record: dict) -> Gold:
    """Annotators sometimes typed the country in the city field and a continent, or nothing, as the country
    ("Myanmar", "Asia"): such a city states the country and no place. A country's name that is the region of
    another gold country stays a place ("Niger" in Nigeria is Niger State), as does Hong Kong in China."""
    gold = record["gold"]
    country = gold_country(known(gold["country"]))
    places = []
    for name in (known(gold["city"]), known(gold["region"])):
        named_country = gold_country(name)
        if named_country is not None and country in (None, named_country):
            country = named_country
        else:
            places.append(name)
    return Gold(
        year=gold["year"], month=gold["month"], day=gold["day"],
        places=frozenset(key for name in places for key in place_keys(name)),
        country=country,
    )


# Matching --------------------------------------------------------------------------------------------------------

def states(gold: Gold, measure: str) -> bool:
    if measure == "date":
        return any(value is not None for value in (gold.year, gold.month, gold.day))
    if measure == "place":
        return bool(gold.places)
    return gold.country is not None


def date_matches(gold: Gold, guess: Guess) -> bool:
    if guess.start is None or guess.end is None:
        return False
    stated = [(field, value) for field, value in (("year", gold.year), ("month", gold.month), ("day", gold.day)) if value is not None]
    return all(getattr(day, field) == value for day in (guess.start, guess.end) for field, value in stated)


def place_matches(gold: Gold, guess: Guess) -> bool:
    return bool(gold.places & (place_keys(guess.location) | place_keys(guess.admin1)))


def country_matches(gold: Gold, guess: Guess) -> bool:
    return guess.country is not None and gold.country in {guess.country, SOVEREIGN_STATES.get(guess.country)}


MATCHERS: dict[str, Callable[[Gold, Guess], bool]] = {"date": date_matches, "place": place_matches, "country": country_matches}


# Readings --------------------------------------------------------------------------------------------------------

def event_guess(event) -> Guess:
    return Guess(event.event_date, event.date_end, event.location, event.admin1, event.country)


def lead_event(facts: DocumentFacts):
    return next((event for event in facts.events if event.is_lead), None)


def date_guesses(doc, published: date | None) -> list[Guess]:
    """Every date of the text, resolved against the publication date."""
    return [Guess(start=found.start, end=found.end) for found in find_dates(doc.text, published)]


def place_guesses(doc) -> list[Guess]:
    """Every place the model labels, resolved through the gazetteer."""
    guesses = []
    for referent in (resolve_name(ent.text, ent.label_) for ent in doc.ents if ent.label_ in PLACE_LABELS):
        admin1 = referent.place.admin1 if referent.place is not None else None
        guesses.append(Guess(location=referent.name, admin1=admin1, country=referent.country))
    return guesses


def baseline_guess(dates: list[Guess], places: list[Guess]) -> Guess:
    """The first date of the text and the first place the model labels."""
    first_date, first_place = next(iter(dates), Guess()), next(iter(places), Guess())
    return Guess(first_date.start, first_date.end, first_place.location, first_place.admin1, first_place.country)


def readings(doc, facts: DocumentFacts, published: date | None) -> dict[str, list[Guess]]:
    lead = lead_event(facts)
    dates, places = date_guesses(doc, published), place_guesses(doc)
    return {
        "baseline": [baseline_guess(dates, places)],
        "main event": [event_guess(lead)] if lead is not None else [],
        "any event": [event_guess(event) for event in facts.events if event.aux_mode in HAPPENED],
        "in the text": [*dates, *places],
    }


def publication_date(value: str | None) -> date | None:
    return datetime.fromisoformat(value).date() if value else None


def read_articles(path: Path, with_published: bool = True, batch_size: int = 32) -> list[Article]:
    """Every article of the file, read by the pipeline."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    cleaned = [clean_document(record["text"]) for record in records]
    texts = [document.text for document in cleaned]
    articles = []
    for record, document, doc in zip(records, cleaned, load_nlp().pipe(texts, batch_size=batch_size), strict=True):
        published = publication_date(record["publish_date"]) if with_published else None
        title = record["title"] or document.metadata.title  # the page's own title wins, as in the documents table
        facts = extract_facts(doc, published, document.metadata.dateline, title)
        filled = {column: sum(getattr(event, column) is not None for event in facts.events) for column in FILLED_COLUMNS}
        articles.append(Article(record["id"], record["split"], gold_of(record), readings(doc, facts, published),
                                filled, facts.events))
    return articles


# Scores ----------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Score:
    hits: int
    total: int

    @property
    def share(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.share:.3f} ({self.hits}/{self.total})"


def hit(article: Article, reading: str, measure: str) -> bool:
    return any(MATCHERS[measure](article.gold, guess) for guess in article.readings[reading])


def score(articles: Iterable[Article], reading: str, measure: str) -> Score:
    scored = [article for article in articles if states(article.gold, measure)]
    return Score(sum(hit(article, reading, measure) for article in scored), len(scored))


def report(articles: list[Article]) -> str:
    lines = [f"{'split':<6} {'reading':<11} " + " ".join(f"{measure:<18}" for measure in MEASURES)]
    for split in SPLITS:
        in_split = [article for article in articles if article.split == split]
        for reading in READINGS:
            cells = " ".join(f"{str(score(in_split, reading, measure)):<18}" for measure in MEASURES)
            lines.append(f"{split:<6} {reading:<11} {cells}")
    return "\n".join(lines)


def filled_report(articles: list[Article]) -> str:
    """The share of all events (both splits) that have each of FILLED_COLUMNS."""
    total = sum(len(article.events) for article in articles)
    shares = ", ".join(f"{column} {sum(article.filled[column] for article in articles) / max(total, 1):.1%}" for column in FILLED_COLUMNS)
    return f"{total} events, with {shares}"


def misses(articles: list[Article], reading: str, measure: str, split: str) -> str:
    """The articles of a split whose reading misses a measure, with the gold and the guesses: for tuning."""
    lines = []
    for article in articles:
        if article.split == split and states(article.gold, measure) and not hit(article, reading, measure):
            guesses = [(str(guess.start), str(guess.end), guess.location, guess.admin1, guess.country) for guess in article.readings[reading]]
            lines.append(f"{article.article_id}  gold={article.gold}  guesses={guesses[:6]}")
    return "\n".join(lines)


# Clusters ---------------------------------------------------------------------------------------------------------

_RECORD_FIELDS = [field.name for field in fields(EventRecord) if field.name in {field.name for field in fields(EventMention)}]


def shared_clusters(articles: list[Article]) -> str:
    """The clusters that join events of several articles, largest first, each event with its article and sentence."""
    records, sentences = [], {}
    for article in articles:
        for index, event in enumerate(article.events):
            event_id = f"{article.article_id}:{index}"
            records.append(EventRecord(event_id=event_id, doc_id=article.article_id, published_at=None,
                                       **{name: getattr(event, name) for name in _RECORD_FIELDS}))
            sentences[event_id] = event.sentence
    clusters = cluster_events(records)
    shared = [cluster for cluster in clusters if len({event.doc_id for event in cluster.members}) > 1]
    shared.sort(key=lambda cluster: (-len({event.doc_id for event in cluster.members}), cluster.cluster_id))
    lines = [f"{len(shared)} of {len(clusters)} clusters join events of several articles:"]
    for cluster in shared:
        founder = cluster.founder
        lines.append(f"{founder.event_type} {founder.event_date}..{founder.date_end} {founder.location} | {founder.actor} -> {founder.target}")
        lines += [f"    {event.doc_id}  {event.event_date}  {event.location}  {sentences[event.event_id][:120]}" for event in cluster.members]
    return "\n".join(lines)


def event_sample(articles: list[Article], size: int, seed: int) -> str:
    """size events drawn at random from all articles' events, each with its columns and sentence. An event is
    drawn by a digest of the seed, its article and where it stands there, so that a change that adds or drops a
    few events leaves the rest of the draw as it was, and two versions of the code can be read on the same events."""
    events = [(article.article_id, event) for article in articles for event in article.events]
    drawn = sorted(events, key=lambda item: stable_id("sample", seed, item[0], item[1].start_char, item[1].trigger))[:size]
    return "\n".join(
        f"{number}. {article_id} {event.event_type}/{event.mode} aux={event.aux_mode} [{event.trigger}] "
        f"actor={event.actor} ({event.actor_country}, {event.actor_sector}) target={event.target} ({event.target_country}, "
        f"{event.target_sector}) at={event.location}, {event.country} on={event.event_date}..{event.date_end} "
        f"{event.date_precision}/{event.date_source}\n    {event.sentence}"
        for number, (article_id, event) in enumerate(drawn, 1)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluation.events", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="events-dev.jsonl (default: %(default)s)")
    parser.add_argument("--without-published", action="store_true",
                        help="withhold the publication dates, to measure dates resolved against the text's own years")
    parser.add_argument("--misses", choices=MEASURES, help="list the articles of --split that --reading misses on this measure")
    parser.add_argument("--reading", default="main event", choices=READINGS, help="reading --misses lists")
    parser.add_argument("--split", default="train", choices=SPLITS, help="split --misses lists (tune on train)")
    parser.add_argument("--clusters", action="store_true", help="list the clusters that join events of several articles")
    parser.add_argument("--sample", type=int, metavar="N", help="print N events drawn at random, to judge by eye")
    parser.add_argument("--seed", type=int, default=0, help="the draw --sample makes (default: %(default)s)")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"{args.data} not found (see --data)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    articles = read_articles(args.data, with_published=not args.without_published)
    if args.misses:
        print(misses(articles, args.reading, args.misses, args.split))
    if args.clusters:
        print(shared_clusters(articles))
    if args.sample:
        print(event_sample(articles, args.sample, args.seed))
    print(report(articles))
    print(filled_report(articles))
    print(f"{len(articles)} articles in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
