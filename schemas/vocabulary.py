"""Closed vocabularies shared by the schemas and the extractors."""

# The 16 PLOVER event types (openeventdata/PLOVER), grouped by quad class.
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",  # verbal cooperation
    "COOPERATE", "AID", "RETREAT",  # material cooperation
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",  # verbal conflict
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",  # material conflict
)

# Finest first: a lower rank is a more precise date.
DATE_PRECISIONS = ("day", "week", "part_of_month", "month", "season", "quarter", "year", "unknown")
PRECISION_RANK = {precision: rank for rank, precision in enumerate(DATE_PRECISIONS)}

FIGURE_KINDS = ("money", "count", "percent", "quantity")

FIGURE_QUALIFIERS = ("over", "about", "up to", "at least")

# Where a rejected file or row was stopped.
REJECT_STAGES = ("ingest", "clean", "extract", "documents", "noise", "entities", "figures", "events", "event_clusters")
