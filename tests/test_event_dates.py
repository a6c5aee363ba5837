"""Event dates (pipeline/text/events/dating.py) on short texts of our own making, one rule per test."""

from datetime import date

import pytest

from pipeline.text.extract import extract_facts
from pipeline.text.nlp import load_nlp

PUBLISHED_FRIDAY = date(2024, 3, 15)


def dates_by_trigger(text: str, published: date = PUBLISHED_FRIDAY) -> dict[str, tuple]:
    """Each event's trigger with its first and last day, precision and date_source."""
    facts = extract_facts(load_nlp()(text), published, None)
    return {event.trigger: (event.event_date, event.date_end, event.date_precision, event.date_source) for event in facts.events}


TUESDAY = (date(2024, 3, 12), date(2024, 3, 12), "day", "clause")


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Soldiers shot and wounded two students during protests in Mandalay Tuesday, the union said.", "wounded"),
        ("Police detained the editor during a raid on his office on Tuesday.", "detained"),
    ],
)
def test_what_happens_during_an_event_takes_its_date(text, trigger):
    assert dates_by_trigger(text)[trigger] == TUESDAY


def test_what_happens_during_an_event_of_a_month_takes_that_month():
    dated = dates_by_trigger("During the strike in January, police arrested twelve workers at the picket line.")
    assert dated["arrested"] == (date(2024, 1, 1), date(2024, 1, 31), "month", "clause")


def test_what_happens_after_an_event_is_not_dated_by_it():
    dated = dates_by_trigger("Police detained the editor after a raid on his office on Tuesday.")
    assert dated["detained"][3] != "clause"


def test_verbs_coordinated_with_one_done_while_doing_something_share_its_date():
    dated = dates_by_trigger("Police stopped the reporter while he was filming a protest in January, detained him for a week and beat him.")
    assert dated["detained"] == dated["beat"] == (date(2024, 1, 1), date(2024, 1, 31), "month", "clause")


def test_an_opening_date_is_the_main_clause_s_whatever_the_parser_hangs_it_on():
    dated = dates_by_trigger("On February 24, the day before the report was published, police arrested a suspect in the murder.")
    assert dated["arrested"] == (date(2024, 2, 24), date(2024, 2, 24), "day", "clause")


def test_an_opening_date_is_not_that_of_the_clause_placed_a_stated_gap_before_the_main_one():
    dated = dates_by_trigger("On March 4, one year after protesters were beaten by police, his body was discovered inside his home.")
    assert dated["discovered"] == (date(2024, 3, 4), date(2024, 3, 4), "day", "clause")
    assert dated["beaten"] == (date(2023, 1, 1), date(2023, 12, 31), "year", "clause")


@pytest.mark.parametrize(
    "text, trigger, dated",
    [
        ("On the evening of March 8, gunmen broke through the fence and began shooting at the guards.", "shooting",
         (date(2024, 3, 8), date(2024, 3, 8), "day", "clause")),
        ("Italy began requesting their extradition 30 years ago.", "requesting", (date(1994, 1, 1), date(1994, 12, 31), "year", "clause")),
    ],
)
def test_an_event_that_a_verb_says_began_takes_that_verb_s_date(text, trigger, dated):
    assert dates_by_trigger(text)[trigger] == dated


def test_what_happens_at_the_time_a_dated_clause_tells_takes_its_date():
    dated = dates_by_trigger("The engineer was supervising work on a site in Ajah on Tuesday when masked gunmen invaded the place and shot into the air.")
    assert dated["invaded"] == dated["shot"] == TUESDAY


def test_a_clause_in_the_past_perfect_is_not_dated_by_the_clause_it_hangs_on():
    dated = dates_by_trigger("Police arrested him on Tuesday as he had criticized the governor.")
    assert dated["criticized"][3] != "clause"


def test_a_participle_adjunct_takes_the_date_of_the_verb_it_tells_the_outcome_of():
    dated = dates_by_trigger("When the cyclone hit the coast on May 2, 2008, killing thousands of people, the army blocked aid.")
    assert dated["killing"] == (date(2008, 5, 2), date(2008, 5, 2), "day", "clause")
