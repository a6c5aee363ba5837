"""What the coder says and what its words mean: an EventMention is one event as one sentence tells it (a row of the
events table); a Trigger is what a word means when it names an event, its PLOVER type and mode, which the lexicons
map words to. Plain records at the bottom of the package, so that every step can take them."""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class EventMention:
    start_char: int
    end_char: int
    sentence: str  # the evidence sentence; == doc.text[start_char:end_char]
    event_type: str
    mode: str | None
    aux_mode: str | None  # one of schemas.vocabulary.AUX_MODES; None for an event the text reports as having happened
    actor: str | None
    actor_country: str | None
    target: str | None
    target_country: str | None
    actor_sector: str | None  # one of schemas.vocabulary.SECTORS; also for a doer with no name ("Police arrested")
    target_sector: str | None
    location: str | None
    admin1: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    place_basis: str  # one of schemas.vocabulary.PLACE_BASES
    event_date: date | None
    date_end: date | None
    date_precision: str
    date_text: str | None
    date_basis: str
    date_source: str  # one of schemas.vocabulary.DATE_SOURCES
    killed: int | None
    injured: int | None
    trigger: str
    figure_indices: tuple[int, ...]
    is_lead: bool = False  # the document's lead event (lead.py); set once all its events are coded


@dataclass(frozen=True)
class Trigger:
    """What a word means when it names an event."""

    event_type: str
    mode: str | None = None
