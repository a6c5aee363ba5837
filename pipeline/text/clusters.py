"""Merge event mentions that report the same real-world event, across documents.

Two mentions are the same event when their types are equal, nothing they state contradicts (a different place,
non-overlapping dates, a different actor, an unrelated target), at least two things they both state agree, and one
of those is where or when. Who and to whom alone are not enough: "Zelensky and Aliyev held a phone call" happened
on several dates; nor are who and where: Russia strikes Odesa on many days. What did not happen (aux_mode future,
hypothetical, negation) is never the same event as what did, nor as what did not happen in another way; an event
told as background (historical) is still one that happened. A place a mention takes from where its document is set
(place_basis "document") is not stated by it: it neither agrees nor contradicts; nor does a date it takes from an
earlier event of its paragraph or from its publication (date_source "passage", "publication").
"""

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from pipeline.ids import stable_id
from schemas.vocabulary import PLACE_BASES, PRECISION_RANK, STATED_DATE_SOURCES

# Auxiliary modes of events that did not happen.
UNREAL_MODES = {"future", "hypothetical", "negation"}
# Day-precise reports of one event may differ by a day (night strikes, time zones).
DAY_SLACK = timedelta(days=1)
REQUIRED_AGREEMENTS = 2
# The shortest word that a compound ending in it names a kind of: "schoolgirl" is a "girl"; not "man", which ends
# "chairman" and "policeman".
COMPOUND_HEAD_LETTERS = 4
# Words two targets may share without being the same: function words, kinds of thing, people named by no more
# than being people ("at least 10 people were killed in Lagos" and "Egypt executed 57 people"), and the particles
# of Arabic names ("Mahienour El-Masry" and "Abdel Fattah El Sisi").
_TARGET_STOPWORDS = {
    "a", "an", "the", "of", "in", "on", "at", "to", "and", "its", "their", "near", "belonging", "owned",
    "state", "s", "company", "facility", "facilities", "site", "sites", "infrastructure",
    "people", "persons", "individuals", "men", "women", "children", "members", "others",
    "el", "al", "bin", "ibn", "abu", "abdel", "abdul",
}


@dataclass(frozen=True)
class EventRecord:
    event_id: str
    doc_id: str
    event_type: str
    aux_mode: str | None
    event_date: date | None
    date_end: date | None
    date_precision: str
    date_source: str
    location: str | None
    admin1: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    place_basis: str
    actor: str | None
    target: str | None
    published_at: datetime | None


@dataclass
class Cluster:
    cluster_id: str
    members: list[EventRecord] = field(default_factory=list)

    @property
    def founder(self) -> EventRecord:
        """The first report: the one later reports are compared with (clustering_order puts the best-dated first)."""
        return self.members[0]

    @property
    def best_dated(self) -> EventRecord:
        """The member with the most precise date its text states, else the most precise of any: its date stands
        for the cluster."""
        return min(self.members, key=date_rank)

    @property
    def aux_mode(self) -> str | None:
        """The members' unreal mode (they share it), "historical" when all tell it as background, else None."""
        modes = {event.aux_mode for event in self.members}
        return modes.pop() if len(modes) == 1 else None

    @property
    def located(self) -> EventRecord:
        """The member whose place is best stated: its own clause's before a sentence's before its document's."""
        return min(self.members, key=lambda event: PLACE_BASES.index(event.place_basis))

    @property
    def date_conflict(self) -> bool:
        dated = [event for event in self.members if stated_dates(event) is not None]
        return any(not dates_overlap(a, b) for i, a in enumerate(dated) for b in dated[i + 1 :])


def target_words(target: str | None) -> frozenset[str]:
    if not target:
        return frozenset()
    words = re.findall(r"[a-z0-9]+", target.lower())
    return frozenset(word for word in words if word not in _TARGET_STOPWORDS and len(word) > 1)


def targets_agree(a: str, b: str) -> bool:
    """Whether two targets share a word, or a common noun and a compound ending in it ("schoolgirls" are "girls",
    "photojournalists" "journalists"). Names are compared whole: "Gretchen" is no "Chen"."""
    if target_words(a) & target_words(b):
        return True
    nouns_a, nouns_b = _common_nouns(a), _common_nouns(b)
    return any(min(len(x), len(y)) >= COMPOUND_HEAD_LETTERS and (x.endswith(y) or y.endswith(x)) for x in nouns_a for y in nouns_b)


def _common_nouns(target: str) -> set[str]:
    return {word for word in re.findall(r"[a-z0-9]+", target) if word not in _TARGET_STOPWORDS}


def places(event: EventRecord) -> set[str]:
    """The places a mention states itself."""
    if event.place_basis == "document":
        return set()
    return {place for place in (event.location, event.admin1) if place}


def stated_country(event: EventRecord) -> str | None:
    return None if event.place_basis == "document" else event.country


def stated_dates(event: EventRecord) -> tuple[date, date] | None:
    """(first, last day) of the date a mention states itself: not one taken from its paragraph or publication."""
    if event.event_date is None or event.date_source not in STATED_DATE_SOURCES:
        return None
    return event.event_date, event.date_end or event.event_date


def date_rank(event: EventRecord) -> tuple[bool, int]:
    """Stated dates before taken ones, then the most precise first."""
    return stated_dates(event) is None, PRECISION_RANK.get(event.date_precision, 99)


def same_reality(a: EventRecord, b: EventRecord) -> bool:
    """Both happened (aux_mode None or historical), or both did not in the same way."""
    if a.aux_mode in UNREAL_MODES or b.aux_mode in UNREAL_MODES:
        return a.aux_mode == b.aux_mode
    return True


def dates_overlap(a: EventRecord, b: EventRecord) -> bool:
    """Whether the dates both mentions state overlap; true when one states none."""
    a_dates, b_dates = stated_dates(a), stated_dates(b)
    if a_dates is None or b_dates is None:
        return True
    (a_start, a_end), (b_start, b_end) = a_dates, b_dates
    return a_start <= b_end + DAY_SLACK and b_start <= a_end + DAY_SLACK


def agreements(a: EventRecord, b: EventRecord) -> int | None:
    """How many stated facts agree, or None when one contradicts, neither place nor date agrees, or only the place
    and the actor do (one army strikes one city on many days)."""
    if a.event_type != b.event_type or not same_reality(a, b):
        return None
    if stated_country(a) and stated_country(b) and stated_country(a) != stated_country(b):
        return None
    if a.actor and b.actor and a.actor != b.actor:
        return None
    agreed = set()
    if places(a) and places(b):
        if not places(a) & places(b):
            return None
        agreed.add("place")
    if stated_dates(a) is not None and stated_dates(b) is not None:
        if not dates_overlap(a, b):
            return None
        agreed.add("date")
    if not agreed:
        return None
    if target_words(a.target) and target_words(b.target):
        if not targets_agree(a.target, b.target):
            return None
        agreed.add("target")
    if a.actor and b.actor:
        agreed.add("actor")
    return None if agreed == {"place", "actor"} else len(agreed)


def blocking_keys(event: EventRecord) -> set[tuple[str, str]]:
    """Keys under which a candidate match must share at least one: place, target word or month."""
    keys = {("place", place) for place in places(event)}
    keys |= {("target", word) for word in target_words(event.target)}
    if (dates := stated_dates(event)) is not None:
        first, end = dates
        month = first.replace(day=1)
        while month <= end:
            keys.add(("month", month.isoformat()[:7]))
            month = (month + timedelta(days=32)).replace(day=1)
    return {(event.event_type, *key) for key in keys}


def clustering_order(event: EventRecord) -> tuple:
    """Reports with the most precise stated date found clusters first, of those the ones that state their place
    (later reports are compared with the founder); ties broken by ids, so the result never depends on input
    order."""
    return (*date_rank(event), PLACE_BASES.index(event.place_basis), event.doc_id, event.event_id)


def cluster_events(events: Iterable[EventRecord]) -> list[Cluster]:
    clusters: list[Cluster] = []
    index: dict[tuple, set[int]] = defaultdict(set)
    for event in sorted(events, key=clustering_order):
        keys = blocking_keys(event)
        candidates = sorted({position for key in keys for position in index[key]})
        best, best_score = None, REQUIRED_AGREEMENTS - 1
        for position in candidates:
            score = agreements(clusters[position].founder, event)
            if score is not None and score > best_score:
                best, best_score = position, score
        if best is None:
            clusters.append(Cluster(stable_id("cluster", event.event_id)))
            best = len(clusters) - 1
        clusters[best].members.append(event)
        for key in keys:
            index[key].add(best)
    return clusters


def first_reported(members: Sequence[EventRecord]) -> datetime | None:
    published = [event.published_at for event in members if event.published_at is not None]
    return min(published) if published else None
