"""One event: a Candidate read into an EventMention by the argument steps, event_actor and event_target
(roles.py) with the sectors of their phrases (sectors.py), event_location (places.py), event_date (dating.py) and
event_mode (mode.py), with its evidence sentence; and the "historical" aux_mode of an event told as background
("previously", or dated over a year before the report)."""

from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from pipeline.text.dates import DateMention
from pipeline.text.events.casualties import Casualties
from pipeline.text.events.context import Candidate, DocumentContext
from pipeline.text.events.dating import event_date, is_background, own_dates, placed_before
from pipeline.text.events.lexicon import HISTORICAL_ADVERBS, SYMMETRIC_TYPES
from pipeline.text.events.mention import EventMention
from pipeline.text.events.mode import event_mode
from pipeline.text.events.places import event_location
from pipeline.text.events.roles import event_actor, event_target
from pipeline.text.events.sectors import named_sector, phrase_sector


def event(candidate: Candidate, sentence: Span, context: DocumentContext, figure_indices: tuple[int, ...]) -> EventMention:
    meaning = candidate.meaning
    actor, partner, actor_token = event_actor(candidate, context)
    target_text, target_country, target_token = event_target(candidate, actor, context)
    if target_text is None and partner is not None and meaning.event_type in SYMMETRIC_TYPES:
        target_text, target_country, target_token = partner.name, partner.country, None
    location = event_location(candidate, context)
    if target_text is not None and target_country is None and target_token is not None and meaning.event_type == "ASSAULT":
        # a target attacked whose words give no country is taken to belong where it was attacked: a building, and
        # most often the people ("civilians", "a journalist"); the schema's description says so
        target_country = location.country
    dated, date_source = event_date(candidate, sentence, context)
    start, end = _stripped(sentence)
    return EventMention(
        start_char=start,
        end_char=end,
        sentence=context.text[start:end],
        event_type=meaning.event_type,
        mode=meaning.mode or event_mode(candidate),
        aux_mode=candidate.aux_mode or _historical(candidate, dated, context),
        actor=actor.name if actor else None,
        actor_country=actor.country if actor else None,
        target=target_text,
        target_country=target_country,
        actor_sector=phrase_sector(actor_token, context) or named_sector(actor.name if actor else None),
        target_sector=phrase_sector(target_token, context) or named_sector(target_text),
        location=location.name,
        admin1=location.admin1,
        country=location.country,
        latitude=location.latitude,
        longitude=location.longitude,
        place_basis=location.basis,
        event_date=dated.start if dated else None,
        date_end=dated.end if dated else None,
        date_precision=dated.precision if dated else "unknown",
        date_text=dated.text if dated else None,
        date_basis=dated.basis if dated else "none",
        date_source=date_source,
        killed=None,
        injured=None,
        trigger=candidate.trigger.text,
        figure_indices=figure_indices,
    )


def _historical(candidate: Candidate, dated: DateMention | None, context: DocumentContext) -> str | None:
    """"historical" for an event told as background: it ended over a year before the report, or the clause
    dates it only as before something that long ago ("Before the Russian invasion in 2022, Baku supplied",
    "were arrested in 2017 after they were captured"), or says "previously", "formerly", "once"."""
    if any(child.dep_ == "advmod" and child.lower_ in HISTORICAL_ADVERBS for child in candidate.predicate.children):
        return "historical"
    if context.report_day is None:
        return None
    ends = [dated.end] if dated is not None and dated.end is not None else _reference_ends(candidate.predicate, context)
    return "historical" if ends and is_background(max(ends), context) else None


def _reference_ends(predicate: Token, context: DocumentContext) -> list[date]:
    """The last days of the dates the clause is placed before or until ("before the invasion in 2022"), and of
    those the verb of the clause it is placed before governs itself ("were arrested in 2017 after they were
    captured"; not "ran on a platform of a return to the Constitution of 1994 after her husband was
    imprisoned", a date of a noun)."""
    ends = []
    for prep in predicate.children:
        if prep.dep_ == "prep" and prep.lower_ in {"before", "until", "till", "prior"}:
            span = prep.doc[prep.i : prep.right_edge.i + 1]
            ends += [mention.end for index in context.in_span(context.date_starts, span)
                     if (mention := context.dates[index]).end is not None]
    if (later := placed_before(predicate)) is not None:
        ends += _verb_date_ends(later, context)
    return ends


def _verb_date_ends(verb: Token, context: DocumentContext) -> list[date]:
    """The last days of the dates a verb governs itself, directly ("on Monday") or through a preposition ("in
    2017"), not through a noun of its clause."""
    ends = []
    for mention in own_dates(verb, verb.sent, context, None):
        root = context.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand").root
        if mention.end is not None and (root.head == verb or root.head.dep_ == "prep" and root.head.head == verb):
            ends.append(mention.end)
    return ends


def with_casualties(event: EventMention, casualties: Casualties) -> EventMention:
    """The casualty counts go into killed and injured; their figures stay with their own sentence."""
    return replace(
        event,
        killed=casualties.killed if casualties.killed is not None else event.killed,
        injured=casualties.injured if casualties.injured is not None else event.injured,
    )


def _stripped(sentence: Span) -> tuple[int, int]:
    text = sentence.text
    start = sentence.start_char + (len(text) - len(text.lstrip()))
    return start, max(start, sentence.start_char + len(text.rstrip()))
