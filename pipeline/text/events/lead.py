"""The lead event of a document (events.is_lead): the one event an analyst who takes one row per article should
take, as GDELT's IsRootEvent marks the events of an article's lead paragraph.

The first event of an article is often not what the article reports: news opens with context or a reaction as
often as with what happened ("Rights groups condemned the arrest of ..."), and a report of an attack tells the
earlier attacks on the same people as background. So the lead is chosen, not taken first:
1. An event that happened: reported (aux_mode null) or told as background ("historical"). What did not happen,
   will or might is the lead only of an article that tells nothing that happened: its first event.
2. By type, what was done before what was said, and violence and repression first:
   - ASSAULT (deliberate physical harm) and COERCE (arrest, seizure, censorship, deportation), PLOVER's most
     severe material conflict. An article that tells an attack is about the attack, not about the
     condemnations, the talks or the protests it set off, and these are the events conflict data sets (ACLED,
     GDELT's material conflict quad class) are read for;
   - then the other material events (PLOVER's material quad classes: protests, sanctions, mobilizations, aid,
     cooperation, retreats): an article that reports a protest and the demands around it is about the protest;
   - then the verbal ones (statements, demands, accusations, talks).
3. Of those, one its own sentence dates (date_source clause or report): the report that tells when it happened,
   rather than one that takes its date from its paragraph or the publication week.
4. Of those, the most precisely dated: the report of the attack an article is about gives its day, while a
   violation dated by month or year is more often background or a summary ("among the seven activists arrested in
   December 2020" after "was arrested on December 10, 2020").
5. Ties go to the first in the text, as news tells the most important first.
"""

from dataclasses import replace

from pipeline.text.events.mention import EventMention
from schemas.vocabulary import DATE_SOURCES, HAPPENED, MATERIAL_TYPES, PRECISION_RANK, STATED_DATE_SOURCES

# The event types a lead is preferred from above all (2.).
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
    if not happened:
        return 0
    return min(happened, key=lambda index: _lead_rank(events[index]))


def _lead_rank(event: EventMention) -> tuple[int, int, int]:
    """Lower is more the lead: by type (2.), where the date comes from (3.), how precise it is (4.)."""
    type_rank = 0 if event.event_type in VIOLATION_TYPES else 1 if event.event_type in MATERIAL_TYPES else 2
    return type_rank, _DATE_SOURCE_RANK[event.date_source], PRECISION_RANK[event.date_precision]
