"""Closed vocabularies shared by the schemas and the extractors."""

# The 16 PLOVER event types (openeventdata/PLOVER), grouped by quad class.
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",  # verbal cooperation
    "COOPERATE", "AID", "RETREAT",  # material cooperation
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",  # verbal conflict
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",  # material conflict
)
# What is done rather than said: the types of PLOVER's material quad classes.
MATERIAL_TYPES = ("COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

# PLOVER's auxiliary modes: an event told as background (historical), or one that did not happen (negation),
# will (future) or might (hypothetical). Null for an event the text reports as having happened.
AUX_MODES = ("historical", "future", "hypothetical", "negation")
# The aux_mode of an event that happened: reported as news (null), or told as background.
HAPPENED = (None, "historical")

# Where an event's place comes from: its own clause, a clause above it in its sentence, or the place its
# document is set in; "none" when there is none.
PLACE_BASES = ("clause", "sentence", "document", "none")

# Where an event's date comes from, most to least its own: its own clause; the verb of saying that reports it
# ("police said on Saturday they had arrested"); the last date its paragraph gives before it; the last-resort
# window of a week ending at publication; "none" when it has none (it did not happen, or it is background or told
# as before another clause and its own clause states no date, or there is no publication date).
DATE_SOURCES = ("clause", "report", "passage", "publication", "none")
# The sources whose date the event's own sentence states.
STATED_DATE_SOURCES = ("clause", "report")

# Finest first: a lower rank is a more precise date.
DATE_PRECISIONS = ("day", "week", "part_of_month", "month", "season", "quarter", "year", "unknown")
PRECISION_RANK = {precision: rank for rank, precision in enumerate(DATE_PRECISIONS)}

# Who an actor or target is, by the part of society it belongs to (GDELT's actor type codes, POLECAT's sectors), in
# words an analyst can filter on; the CAMEO code each corresponds to is in brackets.
SECTORS = (
    "government",  # executives, ministries, officials, diplomats, heads of state and of regions or cities [GOV]
    "military",  # armies, troops, soldiers, navies, a military junta [MIL]
    "police",  # police and security forces, gendarmes, riot units [COP]
    "judiciary",  # courts, judges, prosecutors, magistrates [JUD]
    "legislature",  # parliaments, lawmakers, senators, members of parliament [LEG]
    "rebels",  # armed non-state groups: rebels, militants, insurgents, militias, gunmen, bandits [REB, INS, SEP, UAF]
    "criminals",  # gangs, cartels, smugglers, traffickers, robbers [CRM]
    "opposition",  # the political opposition and dissidents [OPP]
    "civilians",  # ordinary people: protesters, villagers, residents, refugees, farmers [CVL, REF, AGR]
    "activists",  # human-rights defenders, activists, campaigners, advocates [HRI]
    "media",  # journalists, reporters, newspapers, broadcasters, bloggers [MED]
    "labor",  # workers and trade unions [LAB]
    "business",  # companies, firms, banks, businesspeople [BUS]
    "education",  # students, teachers, schools, universities [EDU]
    "religion",  # clergy, churches, mosques, believers [REL]
    "health",  # doctors, nurses, hospitals, medics [HLH]
    "ngo",  # non-governmental and humanitarian organizations, charities [NGO]
    "igo",  # intergovernmental organizations: the UN, the EU, NATO, the IMF [IGO]
)

FIGURE_KINDS = ("money", "count", "percent", "quantity")

FIGURE_QUALIFIERS = ("over", "about", "up to", "at least")

# Where a rejected file or row was stopped.
REJECT_STAGES = ("ingest", "clean", "extract", "documents", "noise", "entities", "figures", "events", "event_clusters")
