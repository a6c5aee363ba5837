"""What the steps share: a Candidate is a trigger found in a sentence, before its arguments are read; the
DocumentContext is what one document's events share (its dates, figures and entities by position, its places,
the subject of the discourse so far). Both sit below the steps, so that each step takes them without importing
the coding loop that calls it."""

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from pipeline.text.dates import find_dates
from pipeline.text.entities import Referent
from pipeline.text.events.mention import Trigger
from pipeline.text.events.setting import DocumentPlaces
from pipeline.text.figures import Figure


@dataclass
class Candidate:
    """A trigger found in a sentence, before its arguments are read."""

    predicate: Token  # the verb whose clause is the event's; for a named event, the noun
    trigger: Token  # the word whose meaning gave the type
    meaning: Trigger
    event_noun: Token | None = None  # "attack" in "launched an attack"
    aux_mode: str | None = None
    # A state told of its victim names no doer: the subject of "went missing", "died in custody", "has been in
    # prison" is the target, and the agent of "was reported missing by her parents" is no actor.
    victim_state: bool = False

    @property
    def nominal(self) -> bool:
        """An event named by a noun with a date of its own: "Saturday's abduction"."""
        return self.predicate is self.event_noun


class DocumentContext:
    """What one document's events share: dates, figures and entities by position, the places it names, and
    the discourse so far."""

    def __init__(self, doc: Doc, figures: Sequence[Figure], published: date | None, reference_year: int | None,
                 dateline: str | None = None, title: str | None = None):
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token anew on each call
        self.figures = figures
        self.dates = find_dates(self.text, published, reference_year)
        self.date_starts = [mention.start_char for mention in self.dates]
        self.figure_starts = [figure.start_char for figure in figures]
        self.entity_of = {token_index: ent for ent in doc.ents for token_index in range(ent.start, ent.end)}
        self.person_entities = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        self.previous_subject: Referent | None = None
        # The day the report speaks from: its publication, else the first day of the latest year it states.
        self.report_day = published or (date(reference_year, 1, 1) if reference_year else None)
        self.places = DocumentPlaces(doc, dateline, title)

    def in_span(self, starts: list[int], span: Span) -> range:
        return range(bisect_right(starts, span.start_char - 1), bisect_right(starts, span.end_char - 1))
