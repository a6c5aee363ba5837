"""The lead event of a document (events.is_lead): the one event an analyst who takes one row per article should
take, as GDELT's IsRootEvent marks the events of an article's lead paragraph.

The first event of an article is often not what the article reports: news opens with context or a reaction as
often as with what happened ("Rights groups condemned the arrest of ..."), and a report of an attack tells the
earlier attacks on the same people as background. So the lead is chosen, not taken first:
1. An event that happened: reported (aux_mode null) or told as background ("historical"). What did not happen,
   will or might is the lead only of an article that tells nothing that happened.
2. Violence and repression first: ASSAULT (deliberate physical harm) and COERCE (arrest, seizure, censorship,
   deportation), PLOVER's most severe material conflict. An article that tells an attack is about the attack, not
   about the condemnations, the talks or the protests it set off, and these are the events conflict data sets
   (ACLED, GDELT's material conflict quad class) are read for.
3. Of those, one its own sentence dates (date_source clause or report): the report that tells when the violation
   happened, rather than one that takes its date from its paragraph or the publication week.
4. Of those, the most precisely dated: the report of the attack an article is about gives its day, while a
   violation dated by month or year is more often background or a summary ("among the seven activists arrested in
   December 2020" after "was arrested on December 10, 2020").
5. Ties go to the first in the text, as news tells the most important first.
Without a violation, the first event that happened is the lead.
"""

from dataclasses import replace

from pipeline.text.events.mention import EventMention
from schemas.vocabulary import DATE_SOURCES, HAPPENED, PRECISION_RANK, STATED_DATE_SOURCES

# The event types a lead is preferred from (2.).
VIOLATION_TYPES = ("ASSAULT", "COERCE")
# How much an event's date is its own (3.): stated by its sentence, taken from its paragraph, the publication week,
# none.
_DATE_SOURCE_RANK = {source: 0 if source in STATED_DATE_SOURCES else DATE_SOURCES.index(source) for source in DATE_SOURCES}


def with_lead(events: list[EventMention]) -> list[EventMention]:
    """The document's events, its lead marked (is_lead); none marked when there are none."""
    lead = lead_index(events)
    return [replace(event, is_lead=True) if index == lead else event for index, event in enumerate(events)]


def lead_index(events: list[EventMention]) -> int | None:
    """The position of the document's lead event among its events, by the rules of the module docstring."""
    if not events:
        return None
    happened = [index for index, event in enumerate(events) if event.aux_mode in HAPPENED]
    violations = [index for index in happened if events[index].event_type in VIOLATION_TYPES]
    if violations:
        return min(violations, key=lambda index: (_DATE_SOURCE_RANK[events[index].date_source], PRECISION_RANK[events[index].date_precision]))
    return happened[0] if happened else 0
