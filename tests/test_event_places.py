"""Where events happened: rules of pipeline/text/events/places.py and the place finding of pipeline/text/nlp.py,
on texts of our own making."""

from datetime import date

import pytest

from pipeline.text.entities import resolve_name
from pipeline.text.extract import extract_facts
from pipeline.text.nlp import load_nlp

PUBLISHED = date(2020, 9, 15)


def events_of(text: str):
    return extract_facts(load_nlp()(text), PUBLISHED, None).events


def ents_of(text: str) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in load_nlp()(text).ents]


@pytest.mark.parametrize("text, village", [
    ("Ten officers were ambushed near the police academy in Udi, Enugu State.", "Udi"),  # the model leaves it unlabelled
    ("A journalist was killed in Mandi Sadiq, Punjab. His family said so.", "Mandi Sadiq"),  # the model says PERSON
])
def test_an_unknown_name_before_a_comma_and_a_region_is_a_town(text, village):
    assert (village, "GPE") in ents_of(text)


def test_an_unknown_name_before_a_comma_and_a_region_is_a_town_in_that_region():
    [ambush] = events_of("The governor spoke in Abuja on Monday.\nTen officers were ambushed near the police academy in Udi, Enugu State.")
    assert (ambush.location, ambush.admin1, ambush.country, ambush.place_basis) == ("Udi", "Enugu", "NGA", "clause")


def test_a_body_named_before_its_town_keeps_its_label():
    assert ("Kenneth Dike Library", "GPE") not in ents_of("Students gathered at Kenneth Dike Library, Ibadan, on Friday.")


@pytest.mark.parametrize("second_sentence, location, basis", [
    # the place of what was going on when it happened
    ("Ten officers were abducted when gunmen attacked their convoy near Kaduna.", "Kaduna", "clause"),
    ("The activist was arrested while filming a protest in Kaduna.", "Kaduna", "clause"),
    # where someone was when it happened says nothing of the event
    ("The activist was arrested when the governor was in Kaduna.", "Abuja", "document"),
])
def test_an_event_without_a_place_of_its_own_takes_the_one_of_its_when_or_while_clause(second_sentence, location, basis):
    events = events_of(f"Police spokesmen spoke to reporters in Abuja and Lagos on Monday.\n{second_sentence}")
    [event] = [event for event in events if event.event_type in {"ASSAULT", "COERCE"}]
    assert (event.location, event.place_basis) == (location, basis)


@pytest.mark.parametrize("name, label, resolved, kind, country", [
    ("Southern California", "LOC", "California", "place", "USA"),  # a part of a place named by a word of direction
    ("Northern Syria", "GPE", "Syria", "country", "SYR"),
    ("Northern Ireland", "GPE", "Northern Ireland", "place", "GBR"),  # a name of its own comes first
    ("Central Asia", "LOC", "Central Asia", "region", None),  # a part of the world is no country
    ("Central Bank", "ORG", "Central Bank", None, None),  # a body
])
def test_a_direction_before_a_place_names_a_part_of_that_place(name, label, resolved, kind, country):
    referent = resolve_name(name, label)
    assert (referent.name, referent.kind, referent.country) == (resolved, kind, country)


def test_a_document_that_names_only_a_part_of_a_region_is_set_in_that_region():
    events = events_of("Deputies said a teacher from Southern California drove off with a girl.\nThey arrested him on Friday.")
    [arrest] = [event for event in events if event.trigger == "arrested"]
    assert (arrest.location, arrest.country, arrest.place_basis) == ("California", "USA", "document")
