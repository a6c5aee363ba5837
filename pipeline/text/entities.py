"""Named entities of a parsed document, each with one canonical name for all the ways it is written.

"Zelensky", "Zelenskyy's" and "Volodymyr Zelensky" are one person; "Azerbaijani", "Azerbaijan’s" and "Azerbaijani
forces" one country; "Odesa region" and "Odessa Oblast" one region. Names the gazetteer does not know keep
their written form, without a possessive or a leading "the"; a surname alone takes the full name the same
document gives ("Kovalenko" -> "Oleksandr Kovalenko").
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.text.gazetteer import DIRECTION_WORDS, Actor, Place, load_gazetteer, names_a_direction, names_a_world_region

# Named things; dates and numbers are the date and figure extractors' business.
NAMED_LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
# Labels under which a name is a place or a people, never a person ("Georgia", "Washington").
PLACE_OR_PEOPLE_LABELS = {"GPE", "LOC", "FAC", "NORP"}
# Nouns that make a country's name into its state: "Russian forces", "the Ukrainian government".
STATE_BODIES = {
    "forces", "force", "troops", "army", "military", "government", "authorities", "officials", "leadership",
    "navy", "side", "regime", "administration", "state", "ministry", "diplomats", "soldiers", "units",
}
_POSSESSIVE = re.compile(r"(?:['’‘]s|['’])$")
_LEADING_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True)
class EntityMention:
    start_char: int
    end_char: int
    text: str
    label: str
    canonical: str


@dataclass(frozen=True)
class Referent:
    """What a name denotes: its canonical name, the country it belongs to and, for a place, the place."""

    name: str
    country: str | None = None
    kind: str | None = None  # country | place | region (of the world) | person | organization | weapon; None when unknown
    place: Place | None = None

    @property
    def is_state(self) -> bool:
        return self.kind == "country"


def bare_name(text: str) -> str:
    """The name without surrounding space, a possessive ending or a leading "the"."""
    name = " ".join(text.split())
    return _LEADING_ARTICLE.sub("", _POSSESSIVE.sub("", name)).strip()


@lru_cache(maxsize=65536)
def resolve_name(text: str, label: str | None = None) -> Referent:
    """What a written name denotes. The label only keeps a person's name from being read as a place and
    the other way round ("Washington" the president, "Georgia" the person)."""
    gazetteer = load_gazetteer()
    name = bare_name(text)
    if label == "NORP" and names_a_direction(name):
        return Referent(name)  # "Western governments" are of the West, not of a region named Western
    if names_a_world_region(name):
        return Referent(name, kind="region")  # "in Africa": no town, region or country
    entry = gazetteer.lookup(name)
    if entry is not None and _label_fits(entry, label):
        return _referent_of(entry)
    iso3 = gazetteer.country_of_demonym(name)
    if iso3:
        return Referent(gazetteer.country_name(iso3), iso3, "country", gazetteer.countries[iso3])
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in STATE_BODIES:
        state = resolve_name(" ".join(words[:-1]))
        if state.is_state:
            return state
    if (part := _part_of_place(words, label)) is not None:
        return part
    return Referent(name)


def _part_of_place(words: list[str], label: str | None) -> Referent | None:
    """The place a name no gazetteer lists names a part of by a word of direction: "Southern California" is in
    California, "Northern Syria" in Syria, "Eastern Aleppo" in Aleppo; the gazetteer knows no finer place. Names of
    their own come first ("Northern Ireland", "South Sudan", "West Bengal"), and so do parts of the world ("Central
    Asia", "South America"). Only a name the model reads as a place: "Central Bank" and "the Northern Alliance"
    are bodies."""
    if label not in {"GPE", "LOC"} or len(words) < 2 or words[0].casefold() not in DIRECTION_WORDS or names_a_direction(" ".join(words)):
        return None
    whole = resolve_name(" ".join(words[1:]), label)
    return whole if whole.kind in {"place", "country"} else None


def canonical_name(text: str, label: str) -> str:
    """One name for all the ways an entity is written: "Zelenskyy's" -> "Volodymyr Zelensky"."""
    return resolve_name(text, label).name


def extract_entities(doc: Doc) -> list[EntityMention]:
    """The named entities of a parsed document (offsets index doc.text), with canonical names."""
    mentions = [
        EntityMention(ent.start_char, ent.end_char, ent.text, ent.label_, canonical_name(ent.text, ent.label_))
        for ent in doc.ents
        if ent.label_ in NAMED_LABELS and "\n" not in ent.text
    ]
    return _with_full_names(mentions)


def _with_full_names(mentions: list[EntityMention]) -> list[EntityMention]:
    """A one-word person (or a surname the model took for an organization) that ends a longer person name of
    the same document takes that name."""
    full_names = {}
    for mention in mentions:
        words = mention.canonical.split()
        if mention.label == "PERSON" and len(words) > 1:
            full_names.setdefault(words[-1], mention.canonical)
    linked = []
    for mention in mentions:
        full_name = full_names.get(mention.canonical) if mention.label in {"PERSON", "ORG"} else None
        if full_name:
            mention = EntityMention(mention.start_char, mention.end_char, mention.text, "PERSON", full_name)
        linked.append(mention)
    return linked


def _label_fits(entry: Actor | Place, label: str | None) -> bool:
    if label == "PERSON":
        return not isinstance(entry, Place)
    if label in PLACE_OR_PEOPLE_LABELS:
        return not (isinstance(entry, Actor) and entry.kind == "person")
    return True


def _referent_of(entry: Actor | Place) -> Referent:
    gazetteer = load_gazetteer()
    if isinstance(entry, Place):
        kind = "country" if entry.kind == "country" else "place"
        return Referent(entry.name, entry.country, kind, entry)
    if entry.stands_for:
        return Referent(gazetteer.country_name(entry.stands_for), entry.stands_for, "country", gazetteer.countries[entry.stands_for])
    return Referent(entry.name, entry.country, entry.kind)
