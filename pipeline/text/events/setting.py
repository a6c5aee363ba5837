"""The places a document names, and where it is set (DocumentPlaces). A name may mean several places
("Bloomington"): the regions and countries the document names decide which, then the regions of the other places
it names; the surname of a person it names is that person, not a place; a name that is only another name of a
place in a country where the document names no other place is no known place ("a prison in Tora, south of Cairo"
is not in Bedēsa, Ethiopia, which geonames also calls Tora).
An event on the ground that names no place of its own happened where its document is set: the place its dateline
names (cut by the cleaner, or opening the text or one of its first paragraphs: opening_dateline), else its most
named place in its most named country. Location is the place an event takes, whatever its basis."""

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property

import pycountry
from spacy.tokens import Doc

from pipeline.text.entities import Referent, bare_name, resolve_name
from pipeline.text.events.lexicon import PLACE_LABELS
from pipeline.text.gazetteer import BIG_CITY, Place, is_own_name, load_gazetteer, names_a_direction
from pipeline.text.nlp import person_surnames

# A town this small is rarely named without its country or region when it is abroad ("Scarborough, England").
SMALL_TOWN = 100_000


# A dateline the cleaner left at the start of the text: "RIYADH: Saudi Arabia said", "Kampala, Uganda — MPs",
# "HARARE -President", "Colombo (News 1st) – The union", "Nadia, West Bengal, India – A farmer". A dash needs a
# space beside it ("Guinea-Bissau" is a name).
_CAPITALISED = r"[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,2}"
OPENING_DATELINE = re.compile(
    rf"(?P<place>{_CAPITALISED}(?:, {_CAPITALISED}){{0,2}})(?: \([^)\n]{{1,30}}\))?(?:: ?| [–—-]{{1,2}} ?|[–—-]{{1,2}} )(?=\S)"
)

# How many paragraphs a dateline may come after the start of the text: a standfirst and a correction may precede it.
DATELINE_PARAGRAPHS = 4


@dataclass(frozen=True)
class Location:
    name: str | None = None
    admin1: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    basis: str = "none"


def located(referent: Referent, basis: str, country: str | None = None) -> Location:
    place = referent.place
    if place is None:  # a name the gazetteer does not know
        return Location(referent.name, None, country, None, None, basis)
    return Location(referent.name, place.admin1, place.country, place.latitude, place.longitude, basis)


class DocumentPlaces:
    """The places a document names: which of several places of one name it means ("Bloomington" in an article
    that names Indiana), and where it is set: the place its dateline names, else its most named city or region
    in its most named country."""

    def __init__(self, doc: Doc, dateline: str | None = None, title: str | None = None):
        # "Pearl's murder" after "Daniel Pearl": the model may take a surname alone for a place (Pearl, Mississippi).
        self.surnames = person_surnames(doc)
        named = [(ent.text, ent.label_) for ent in doc.ents if ent.label_ in PLACE_LABELS | {"NORP"}]
        stated = [resolve_name(text, label) for text, label in named]
        # The countries of the towns and regions the document names, as written (see referent).
        self.countries_of_places = {referent.place.country for (_, label), referent in zip(named, stated)
                                    if label != "NORP" and referent.kind == "place" and referent.place is not None}
        self.named_countries = {referent.country for referent in stated if referent.is_state}
        # What the document names as a place, its countries too; a demonym ("Honduran asylum seekers") is no place.
        self.named_places = {referent.place for (_, label), referent in zip(named, stated) if label != "NORP" and referent.place is not None}
        self.named_regions = {referent.place.name for referent in stated if referent.place is not None and referent.place.kind == "admin1"}
        self._neighbours = _Neighbours([bare_name(text) for (text, label), referent in zip(named, stated)
                                        if label != "NORP" and referent.kind == "place"])
        # Countries by mentions, in first-named order; demonyms apart: "a Belgian journalist" is no place, and
        # counts only in an article that names no place at all. A place the title names too counts twice: a
        # headline names where the news is, the body also where it comes from and who reacted.
        places: Counter[str] = Counter()
        demonyms: Counter[str] = Counter()
        self.place_mentions: Counter[Place] = Counter()
        for text, label in named:
            referent = self.referent(text, label)
            weight = 2 if title and _names_in(title, bare_name(text)) else 1
            if referent.country:
                (demonyms if label == "NORP" else places)[referent.country] += weight
            if referent.kind == "place" and referent.country:
                self.place_mentions[referent.place] += weight
        mentions = places or demonyms
        self.main_country = max(mentions, key=mentions.__getitem__, default=None)
        dateline = dateline or opening_dateline(doc.text)
        self.dateline = self._dateline_place(dateline) if dateline else None

    def referent(self, text: str, label: str) -> Referent:
        """What a place name denotes here: of the places so named, one in a region or country the document names; a
        country that is also a region of a country whose towns or regions the document names, when it names none of
        its own, is that region ("Niger" in a story about Kagara, Nigeria is Niger State); the surname of a person
        the document names is that person; another name of a place abroad, nothing known."""
        referent = resolve_name(text, label)
        if referent.is_state and (region := self._home_region(text, referent.country)) is not None:
            return Referent(region.name, region.country, "place", region)
        if referent.kind != "place":
            return referent
        name = bare_name(text)
        if name in self.surnames:
            return Referent(name, kind="person")
        best = max(load_gazetteer().places_named(name), key=self._fit, default=referent.place)
        if self._is_other_name_abroad(best, name):
            return Referent(name)
        if best is referent.place or self._fit(best) == self._fit(referent.place) or self._keeps_its_name(referent.place, best):
            return referent
        return Referent(best.name, best.country, "place", best)

    def _home_region(self, name: str, country: str) -> Place | None:
        """The first-level region named like a country in another country whose towns or regions the document
        names, when it names none of the country's own. Not a territory ISO 3166 lists both as a country and as
        a region of another (Hong Kong, CN-HK): that one keeps its country code."""
        if country in self.countries_of_places:
            return None
        return next((place for place in load_gazetteer().places_named(bare_name(name))
                     if place.kind == "admin1" and place.country in self.countries_of_places and not _listed_twice(country, place.country)), None)

    def _is_other_name_abroad(self, place: Place, name: str) -> bool:
        """Whether a name is only a geonames alternate name of a place in a country where the document names no
        other place, while it names places elsewhere: "a prison in Tora, south of Cairo" is not in Bedēsa, Ethiopia,
        which geonames also calls Tora. Such a name is left unknown, and so in the document's country; so is the
        name of a small town in a country the document does not name (_is_unheralded_town), and a region's name
        that only gives a direction (_is_direction_abroad)."""
        others = self.named_places - {place}
        abroad = bool(others) and all(other.country != place.country for other in others)
        return (abroad and not is_own_name(place, name) or self._is_unheralded_town(place, others)
                or self._is_direction_abroad(place, name))

    def _is_direction_abroad(self, place: Place, name: str) -> bool:
        """Whether a name is only words of direction ("the West", "South East") and the region it names lies in a
        country the document does not name: "the West" in a story about Belarus is not Cameroon's West region."""
        return names_a_direction(name) and place.country not in self.named_countries

    def _is_unheralded_town(self, place: Place, others: set[Place]) -> bool:
        """Whether a place is a small town in a country the document names neither by name, nor by its people,
        nor by a region or large city in it, while it names places elsewhere: "Scarborough" in a story about
        Toronto is not the English town ("Scarborough, England" would be), "Silao" in one about Mexico not the
        one in Bihar; nor is a region the curated list leaves out ("Gulf" in a story about Saudi Arabia)."""
        heralded = self.named_countries | {other.country for other in others if not _is_small_town(other)}
        obscure = _is_small_town(place) or _is_uncurated_region(place)
        return obscure and place.country not in heralded and any(other.country != place.country for other in others)

    def _keeps_its_name(self, place: Place, namesake: Place) -> bool:
        """A city of the curated list (those news name most; only geonames cities carry a population) or of a
        million people is what its name means ("Rome", "Alexandria") in an article that names the country of a
        smaller namesake (Rome, Georgia) but not its region."""
        famous = place.kind == "city" and (place.population is None or place.population >= BIG_CITY)
        return famous and not self._fit(namesake)[0]

    def _fit(self, place: Place) -> tuple[bool, bool, int]:
        """How well a place fits the document: it lies in a region it names, in a country it names, in the region
        of most of the other towns it names ("a Mansfield man" in a story that also names Columbus is from
        Mansfield, Ohio, not the English town geonames lists first). The towns count only where the document names
        no region of a namesake: "Portland" in a story that names Oregon, Texas and Houston is still the largest."""
        in_named_region = place.admin1 in self.named_regions
        return in_named_region, place.country in self.named_countries, 0 if in_named_region else self._neighbours.support(place)

    def _dateline_place(self, dateline: str) -> Place | None:
        """The place a dateline names: "LAGOS, Nigeria" is the Lagos in Nigeria, "HARARE" the Harare the
        document's places make likeliest. A town the gazetteer does not know is in the region after the comma
        ("Nadia, West Bengal, India"), as one in running text is (see places.py); else the dateline names the
        country after it."""
        name, *qualifiers = (part.strip() for part in dateline.split(","))
        area = next((place for qualifier in qualifiers if (place := resolve_name(qualifier, "GPE").place) is not None), None)
        places = load_gazetteer().places_named(name.title()) or load_gazetteer().places_named(name)
        if not places and area is not None and area.kind in {"admin1", "admin2"}:
            return town_in(name, area)
        return max(places, key=lambda place: (_is_within(place, area), *self._fit(place)), default=area)

    @cached_property
    def setting(self) -> Location:
        """Where the document is set; max() keeps the first named of equally named places. A dateline in another
        country than the one the document names most is where the reporter filed from, not where it is set."""
        if self.dateline is not None and self.main_country in {None, self.dateline.country}:
            return _place_location(self.dateline, "document")
        if self.main_country is None:
            return Location()
        in_country = [place for place in self.place_mentions if place.country == self.main_country]
        place = max(in_country, key=self.place_mentions.__getitem__, default=load_gazetteer().countries.get(self.main_country))
        if place is None:
            return Location()
        return _place_location(place, "document")


class _Neighbours:
    """The other town names of a document and the first-level regions of the towns they name as written (the
    largest of a name): a name that several places bear most likely means the one in the region of the towns
    the document names beside it. A region the document names is no neighbour: _fit weighs it first."""

    def __init__(self, names: list[str]):
        named = dict.fromkeys(names)
        self.places = [load_gazetteer().places_named(name) for name in named]
        self.regions = [(referent.place.country, referent.place.admin1) if referent.place and referent.place.kind == "city" else None
                        for referent in (resolve_name(name, "GPE") for name in named)]
        self.supports: dict[Place, int] = {}

    def support(self, place: Place) -> int:
        """How many of the document's other place names (those that may not mean the place itself) name a place
        in the place's first-level region."""
        if place not in self.supports:
            region = (place.country, place.admin1) if place.admin1 else None
            self.supports[place] = sum(region is not None and region == named_region
                                       for places, named_region in zip(self.places, self.regions) if place not in places)
        return self.supports[place]


def town_in(name: str, region: Place) -> Place:
    """A town the gazetteer does not know, in the region the text puts it in; where in the region, nobody says."""
    admin1 = region.name if region.kind == "admin1" else region.admin1
    return Place(name, "city", (), admin1, region.country, None, None)


def _is_small_town(place: Place) -> bool:
    """A geonames town of under SMALL_TOWN people (the curated places carry no population: news name them often).
    A city news name without its country is larger: a rule that leaves a city unknown must not reach it."""
    return place.kind == "city" and place.population is not None and place.population < SMALL_TOWN


def _is_uncurated_region(place: Place) -> bool:
    """A region ISO 3166-2 lists that data/places.json does not: news name those with their country ("Gulf", a
    province of Papua New Guinea, is not the Gulf a story about Saudi Arabia names); the regions news name alone
    are curated."""
    return place.kind in {"admin1", "admin2"} and place not in _curated_places()


@cache
def _curated_places() -> frozenset[Place]:
    return frozenset(load_gazetteer().places)


def _listed_twice(territory: str, country: str) -> bool:
    """Whether ISO 3166-2 also lists a territory with a country code of its own as a region of a country: Hong
    Kong is HK and CN-HK."""
    territory_code, country_code = (pycountry.countries.get(alpha_3=iso3).alpha_2 for iso3 in (territory, country))
    return pycountry.subdivisions.get(code=f"{country_code}-{territory_code}") is not None


def opening_dateline(text: str) -> str | None:
    """The place a dateline at the very start of the text names, if it opens the text (see OPENING_DATELINE), or
    one that opens a later paragraph of the first few, after a standfirst or a correction, when it names a town
    with its region or country ("Nadia, West Bengal, India – "): a word and a colon there are a label ("READ:",
    "FILE PHOTO:"), a name and a dash a sentence about someone ("Rukirabashaija — author of ...")."""
    match = OPENING_DATELINE.match(text)
    if match:
        return match["place"]
    paragraphs = [paragraph.strip() for paragraph in text.split("\n") if paragraph.strip()]
    later = (OPENING_DATELINE.match(paragraph) for paragraph in paragraphs[1:DATELINE_PARAGRAPHS])
    return next((match["place"] for match in later if match and "," in match["place"]), None)


def _names_in(title: str, name: str) -> bool:
    """Whether a title names a place as the body writes it: "Kajang" in "In Kajang, four charged"."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title) is not None


def _is_within(place: Place, area: Place | None) -> bool:
    """Whether a place lies in an area, a country or a first-level region."""
    if area is None or place.country != area.country:
        return False
    return area.kind == "country" or (area.kind == "admin1" and place.admin1 == area.name)


def _place_location(place: Place, basis: str) -> Location:
    kind = "country" if place.kind == "country" else "place"
    return located(Referent(place.name, place.country, kind, place), basis)
