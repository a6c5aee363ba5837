"""Names of countries, places, organizations, people and weapons that news about a conflict uses.

Every entry knows its country (ISO 3166 alpha-3); places also know their first-level region (admin1) and
coordinates. The data lives in data/*.json; country codes are checked against pycountry, whose names for a
country are added as aliases.
"""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry

DATA_DIR = Path(__file__).with_name("data")

# Words that name a place but are also ordinary English words when written in lower case.
_COMMON_WORDS = {"turkey", "chad", "china", "jordan", "georgia", "niger", "sofia", "rada", "taurus", "lancet"}
# How news name a first-level region after its short name: "Odesa Oblast", "Odesa region".
_REGION_SUFFIXES = ("Oblast", "oblast", "region", "Region", "province", "Province")


@dataclass(frozen=True)
class Place:
    """A country or a place inside one. For a country, admin1 is None and country is its own code."""

    name: str
    kind: str  # country | admin1 | city | area | sea
    aliases: tuple[str, ...]
    admin1: str | None
    country: str | None
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Actor:
    """An organization, person or weapon; stands_for is the country an organization is shorthand for."""

    name: str
    kind: str  # organization | person | weapon
    aliases: tuple[str, ...]
    country: str | None
    stands_for: str | None = None
    mode: str | None = None  # for weapons: the PLOVER ASSAULT mode


Entry = Place | Actor


def _key(name: str) -> str:
    """Index key: acronyms ("US", "U.S.", "EU") keep their case so that the pronoun "us" stays a pronoun."""
    letters = [character for character in name if character.isalpha()]
    return name if letters and all(character.isupper() for character in letters) else name.casefold()


class Gazetteer:
    def __init__(self, places: list[Place], actors: list[Actor], demonyms: dict[str, str], capitals: dict[str, str]):
        self.places = places
        self.actors = actors
        self.demonyms = demonyms  # demonym -> ISO3
        self.capitals = capitals  # capital city name -> ISO3
        self.countries = {place.country: place for place in places if place.kind == "country"}
        self._index: dict[str, Entry] = {}
        # First entry wins a shared name: people and organizations before places, countries before cities.
        for entry in [*actors, *places]:
            for name in (entry.name, *entry.aliases):
                self._index.setdefault(_key(name), entry)
        self._demonym_index = {_key(demonym): iso3 for demonym, iso3 in demonyms.items()}

    def lookup(self, name: str) -> Entry | None:
        """The entry a name or alias denotes ("Odessa", "Odesa region", "Zelenskyy", "SOCAR"), else None."""
        name = " ".join(name.split())
        return self._index.get(name) or self._index.get(name.casefold())

    def country_of_demonym(self, word: str) -> str | None:
        """ISO3 of the country a demonym names: "Azerbaijani" -> "AZE"."""
        return self._demonym_index.get(word) or self._demonym_index.get(word.casefold())

    def country_name(self, iso3: str | None) -> str | None:
        country = self.countries.get(iso3) if iso3 else None
        return country.name if country else None

    def ruler_patterns(self) -> list[dict]:
        """EntityRuler phrase patterns that label every known name with its spaCy entity label."""
        patterns = []
        for label, name, entry in self._labelled_names():
            for variant in _written_variants(name, entry):
                patterns.append({"label": label, "pattern": variant, "id": entry.name})
        return patterns

    def _labelled_names(self) -> Iterator[tuple[str, str, Entry]]:
        actor_labels = {"organization": "ORG", "person": "PERSON", "weapon": "PRODUCT"}
        for actor in self.actors:
            for name in (actor.name, *actor.aliases):
                yield actor_labels[actor.kind], name, actor
        for place in self.places:
            label = "LOC" if place.kind == "sea" else "GPE"
            for name in (place.name, *place.aliases):
                yield label, name, place
        for demonym, iso3 in self.demonyms.items():
            yield "NORP", demonym, self.countries[iso3]


def _written_variants(name: str, entry: Entry) -> set[str]:
    """Places are often written in lower case in sloppy copy ("against azerbaijan"); names of people,
    organizations and demonyms are matched as written, and so are places that are also common words."""
    variants = {name}
    if isinstance(entry, Place) and name.casefold() not in _COMMON_WORDS and _key(name) != name:
        variants.add(name.lower())
    return variants


def _read(file_name: str) -> dict:
    return json.loads((DATA_DIR / file_name).read_text(encoding="utf-8"))


def _pycountry_names(iso3: str) -> tuple[str, ...]:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        raise ValueError(f"{iso3} is not an ISO 3166 alpha-3 code")
    names = (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None))
    # "Iran, Islamic Republic of" is a catalogue form no text writes.
    return tuple(name for name in names if name and "," not in name)


def _region_aliases(record: dict) -> tuple[str, ...]:
    short_names = record.get("short_names", [])
    generated = [f"{short} {suffix}" for short in short_names for suffix in _REGION_SUFFIXES]
    return tuple(dict.fromkeys([*record.get("aliases", []), *generated]))


@cache
def load_gazetteer() -> Gazetteer:
    places, demonyms, capitals = [], {}, {}
    for record in _read("countries.json")["countries"]:
        iso3 = record["iso3"]
        names = dict.fromkeys([*record["aliases"], *_pycountry_names(iso3)])
        aliases = tuple(name for name in names if name != record["name"])
        places.append(Place(record["name"], "country", aliases, None, iso3, record["latitude"], record["longitude"]))
        demonyms.update({demonym: iso3 for demonym in record["demonyms"]})
        if record["capital"]:
            capitals[record["capital"]] = iso3
    for record in _read("places.json")["places"]:
        admin1 = record["name"] if record["kind"] == "admin1" else record.get("admin1")
        places.append(
            Place(
                record["name"], record["kind"], _region_aliases(record), admin1, record["country"],
                record["latitude"], record["longitude"],
            )
        )
    actors_data = _read("actors.json")
    actors = [
        Actor(record["name"], kind, tuple(record["aliases"]), record.get("country"), record.get("stands_for"), record.get("mode"))
        for kind, section in (("person", "people"), ("organization", "organizations"), ("weapon", "weapons"))
        for record in actors_data[section]
    ]
    return Gazetteer(places, actors, demonyms, capitals)
