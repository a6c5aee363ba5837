"""Closed vocabularies shared by the schemas and the extractors."""

# The 16 PLOVER event types (openeventdata/PLOVER), grouped by quad class.
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",  # verbal cooperation
    "COOPERATE", "AID", "RETREAT",  # material cooperation
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",  # verbal conflict
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",  # material conflict
)

DATE_PRECISIONS = ("day", "week", "month", "part_of_month", "season", "quarter", "year", "unknown")

FIGURE_KINDS = ("money", "count", "percent", "quantity")

FIGURE_QUALIFIERS = ("over", "about", "up to", "at least")

# Where a rejected file or row was stopped.
REJECT_STAGES = ("ingest", "clean", "extract", "documents", "noise", "entities", "figures", "events", "event_clusters")
