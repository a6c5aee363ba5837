"""PLOVER events in a parsed document, coded by rules over the dependency parse, one sentence at a time.

1. Trigger. A verb names the event ("attacked", "condemned", "discussed"); a carrier verb takes an event noun
   ("launched a drone attack", "held a phone call", "signed a deal"), a weapon ("launched five Shahed drones")
   or aid ("sent $2 million in humanitarian aid"); or an event noun is the subject of a verb of arrival
   ("a Russian missile strike landed"). A violation may also be told as the state of its victim ("was found
   dead", "went missing", "died in police custody", "has been in prison since 2009"), or by a noun with a date
   of its own or that a dated report takes ("his death in November 2020", "confirmed the arrest on Monday").
   The lexicons give the type; the words around the trigger the mode.
2. Realis. What did not happen is no event: a negated, modal or conditional clause, the content of an
   intention ("considering lifting", "refrained from supplying") or of another event ("threatened to lift",
   "condemned the attacks, saying they ... targeted"), a descriptive participle ("a jet targeted by"), a clause
   that only dates another one ("before the deal was signed"). A violation a participle describes is news of
   its own when it has a date of its own ("the activists arrested on 10 December").
3. Arguments. The actor is the subject (the agent of a passive), the target the object or what an
   at/on/against, with or to phrase names. Names resolve through the gazetteer; a demonym or possessive names
   the country ("Russian forces" -> Russia); a capital acting stands for its state ("Baku supplied").
   The location is the most precise place under a locative preposition of the clause; else, for an event on
   the ground, where the document is set (DocumentPlaces: its dateline, else its most named place).
4. Date, figures and casualties come from the trigger's clause; a casualty sentence that follows an event and
   has none of its own ("Four SOCAR employees were seriously injured.") counts for that event. An event whose
   clause gives no date takes that of the verb of saying that reports it ("police said on Saturday they had
   arrested"), else the last date of its paragraph before it, else, if it happened, the week that ends on the
   publication day; date_source says which (schemas.vocabulary.DATE_SOURCES).
"""

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from pipeline.text.dates import DateMention, find_dates
from pipeline.text.entities import Referent, bare_name, resolve_name
from pipeline.text.figures import Figure
from pipeline.text.gazetteer import BIG_CITY, Actor, Place, load_gazetteer
from pipeline.text.nlp import person_surnames
from schemas.vocabulary import PRECISION_RANK


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


@dataclass(frozen=True)
class Trigger:
    """What a word means when it names an event."""

    event_type: str
    mode: str | None = None


# Word forms ------------------------------------------------------------------------------------------------------
# The lemmatizer is not in the pipeline (see nlp.py), so every lexicon lists the forms of its words.

# Forms of the lexicons' verbs that no spelling rule gives.
_IRREGULAR_FORMS = {
    "hit": ("hit",), "strike": ("struck", "stricken"), "shoot": ("shot",), "send": ("sent",), "hold": ("held",),
    "meet": ("met",), "give": ("gave", "given"), "withdraw": ("withdrew", "withdrawn"), "beat": ("beat", "beaten"),
    "make": ("made",), "have": ("had",), "begin": ("began", "begun"), "take": ("took", "taken"), "hurt": ("hurt",),
    "slay": ("slew", "slain"), "find": ("found",), "go": ("went", "gone"), "die": ("died",),
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
}
# Verbs that double their last consonant before -ed and -ing.
_DOUBLING = {"ban", "kidnap", "expel", "commit", "slam", "ship", "hit", "stab", "gun"}


def verb_forms(base: str) -> set[str]:
    """The forms of an English verb: base, third person, past, participles."""
    if base in _IRREGULAR_FORMS:
        past = set(_IRREGULAR_FORMS[base])
    elif base in _DOUBLING:
        past = {base + base[-1] + "ed"}
    elif base.endswith("e"):
        past = {base + "d"}
    elif base.endswith("y") and base[-2] not in "aeiou":
        past = {base[:-1] + "ied"}
    else:
        past = {base + "ed"}
    if base in _DOUBLING:
        present_participle = base + base[-1] + "ing"
    elif base.endswith("ie"):
        present_participle = base[:-2] + "ying"
    elif base.endswith("e") and not base.endswith("ee"):
        present_participle = base[:-1] + "ing"
    else:
        present_participle = base + "ing"
    return {base, _third_person(base), *past, present_participle}


def _third_person(base: str) -> str:
    if base == "have":
        return "has"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def noun_forms(base: str) -> set[str]:
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return {base, base + "es"}
    if base.endswith("y") and base[-2:-1] not in set("aeiou"):
        return {base, base[:-1] + "ies"}
    return {base, base + "s"}


def _verbs(entries: dict[str, tuple[str, str | None]]) -> dict[str, Trigger]:
    return {form: Trigger(*meaning) for base, meaning in entries.items() for form in verb_forms(base)}


def _nouns(entries: dict[str, tuple[str, str | None]]) -> dict[str, Trigger]:
    return {form: Trigger(*meaning) for base, meaning in entries.items() for form in noun_forms(base)}


def _verb_set(*bases: str) -> frozenset[str]:
    return frozenset(form for base in bases for form in verb_forms(base))


def _noun_set(*bases: str) -> frozenset[str]:
    return frozenset(form for base in bases for form in noun_forms(base))


# Lexicons --------------------------------------------------------------------------------------------------------

# Verbs that name an event by themselves.
EVENT_VERBS = _verbs({
    "attack": ("ASSAULT", None), "strike": ("ASSAULT", None), "hit": ("ASSAULT", None), "target": ("ASSAULT", None),
    "bomb": ("ASSAULT", "aerial"), "shell": ("ASSAULT", "heavy-weapons"), "shoot": ("ASSAULT", "firearms"),
    "raid": ("ASSAULT", None), "storm": ("ASSAULT", None), "ambush": ("ASSAULT", None), "pound": ("ASSAULT", None),
    "assassinate": ("ASSAULT", "targeted"), "torture": ("ASSAULT", "torture"), "abduct": ("ASSAULT", "abduct"),
    "kidnap": ("ASSAULT", "abduct"), "beat": ("ASSAULT", "beat"), "destroy": ("ASSAULT", "destroy"),
    "kill": ("ASSAULT", None), "injure": ("ASSAULT", None), "wound": ("ASSAULT", None), "damage": ("ASSAULT", None),
    "murder": ("ASSAULT", "targeted"), "execute": ("ASSAULT", "targeted"), "slay": ("ASSAULT", None),
    "massacre": ("ASSAULT", None), "behead": ("ASSAULT", "primitive"), "stab": ("ASSAULT", "primitive"),
    "lynch": ("ASSAULT", "beat"), "assault": ("ASSAULT", "beat"), "rape": ("ASSAULT", "sexual"),
    "gun": ("ASSAULT", "firearms"), "strangle": ("ASSAULT", None),
    "meet": ("CONSULT", None), "discuss": ("CONSULT", None), "negotiate": ("CONSULT", None),
    "consult": ("CONSULT", None), "confer": ("CONSULT", None), "visit": ("CONSULT", "visit"),
    "host": ("CONSULT", "visit"), "mediate": ("CONSULT", "third-party"), "phone": ("CONSULT", "phone"),
    "telephone": ("CONSULT", "phone"),
    "support": ("SUPPORT", None), "endorse": ("SUPPORT", None), "praise": ("SUPPORT", None),
    "welcome": ("SUPPORT", None), "recognize": ("SUPPORT", None), "recognise": ("SUPPORT", None),
    "ratify": ("SUPPORT", None), "affirm": ("SUPPORT", None), "reaffirm": ("SUPPORT", None),
    "agree": ("AGREE", None), "promise": ("AGREE", None), "pledge": ("AGREE", None), "assure": ("AGREE", None),
    "reassure": ("AGREE", None), "vow": ("AGREE", None), "guarantee": ("AGREE", None), "offer": ("AGREE", None),
    "concede": ("CONCEDE", None), "apologize": ("CONCEDE", None), "apologise": ("CONCEDE", None),
    "cooperate": ("COOPERATE", None), "collaborate": ("COOPERATE", None),
    "withdraw": ("RETREAT", None), "retreat": ("RETREAT", None), "release": ("RETREAT", None),
    "evacuate": ("RETREAT", None), "resign": ("RETREAT", None), "disarm": ("RETREAT", None),
    "request": ("REQUEST", None), "demand": ("REQUEST", None), "urge": ("REQUEST", None),
    "appeal": ("REQUEST", None), "plead": ("REQUEST", None),
    "accuse": ("ACCUSE", None), "condemn": ("ACCUSE", None), "blame": ("ACCUSE", None),
    "criticize": ("ACCUSE", None), "criticise": ("ACCUSE", None), "denounce": ("ACCUSE", None),
    "allege": ("ACCUSE", None), "suspect": ("ACCUSE", None), "sue": ("ACCUSE", None),
    "investigate": ("ACCUSE", None), "slam": ("ACCUSE", None), "decry": ("ACCUSE", None),
    "reject": ("REJECT", None), "refuse": ("REJECT", None), "deny": ("REJECT", None), "veto": ("REJECT", None),
    "rebuff": ("REJECT", None), "dismiss": ("REJECT", None),
    "threaten": ("THREATEN", None), "warn": ("THREATEN", None),
    "protest": ("PROTEST", "demo"), "demonstrate": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"),
    "riot": ("PROTEST", "riot"), "boycott": ("PROTEST", "boycott"),
    "sanction": ("SANCTION", None), "expel": ("SANCTION", "expel"), "convict": ("SANCTION", "convict"),
    "sentence": ("SANCTION", "convict"),
    "mobilize": ("MOBILIZE", "troops"), "mobilise": ("MOBILIZE", "troops"), "deploy": ("MOBILIZE", None),
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"), "jail": ("COERCE", "arrest"),
    "imprison": ("COERCE", "arrest"), "seize": ("COERCE", "seize"), "confiscate": ("COERCE", "seize"),
    "deport": ("COERCE", "deport"), "ban": ("COERCE", "restrict"), "restrict": ("COERCE", "restrict"),
    "censor": ("COERCE", "censor"), "hack": ("COERCE", "cyber"), "capture": ("COERCE", "arrest"),
    "extradite": ("COERCE", "deport"), "harass": ("COERCE", None), "persecute": ("COERCE", None),
    "intimidate": ("THREATEN", None), "indict": ("ACCUSE", None), "prosecute": ("ACCUSE", None),
}) | {"hanged": Trigger("ASSAULT", "targeted")}  # an execution; not the other forms of "hang" ("hangs over", "hung")
# "killed himself", "hanged themselves": what one does to oneself is no violation.
REFLEXIVE_PRONOUNS = {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"}
# Objects with which a verb of force names no violation: "seized power", "captured international attention",
# "executed five search warrants".
_NOT_SEIZABLE = {"power", "control", "attention", "imagination", "headlines", "opportunity", "initiative", "momentum", "spotlight"}
_NOT_EXECUTABLE = _noun_set("warrant", "order", "plan", "contract", "strategy", "project", "program", "programme", "transaction", "agreement")
NOT_VIOLATED = {
    **dict.fromkeys(_verb_set("seize", "capture"), _NOT_SEIZABLE),
    **dict.fromkeys(_verb_set("execute"), _NOT_EXECUTABLE),
}
# Verbs that are events only with a doer that is not itself an event: "Russian strikes killed two", "he was
# killed by gunmen"; "two were killed" or "the strikes damaged" only tell more of an event already told.
DOER_REQUIRED = _verb_set("kill", "injure", "wound", "damage")

# Nouns that name an event when a carrier verb takes them, or when they are the subject of a verb of arrival.
EVENT_NOUNS = _nouns({
    "attack": ("ASSAULT", None), "strike": ("ASSAULT", None), "airstrike": ("ASSAULT", "aerial"),
    "bombardment": ("ASSAULT", None), "shelling": ("ASSAULT", "heavy-weapons"), "raid": ("ASSAULT", None),
    "assault": ("ASSAULT", None), "barrage": ("ASSAULT", None), "offensive": ("ASSAULT", None),
    "fighting": ("ASSAULT", None), "clash": ("ASSAULT", None), "hostility": ("ASSAULT", None),
    "counteroffensive": ("ASSAULT", None), "bombing": ("ASSAULT", "explosives"), "ambush": ("ASSAULT", None),
    "assassination": ("ASSAULT", "targeted"),
    "abduction": ("ASSAULT", "abduct"), "kidnapping": ("ASSAULT", "abduct"), "killing": ("ASSAULT", None),
    "murder": ("ASSAULT", "targeted"), "execution": ("ASSAULT", "targeted"), "lynching": ("ASSAULT", "beat"),
    "torture": ("ASSAULT", "torture"), "beating": ("ASSAULT", "beat"), "shooting": ("ASSAULT", "firearms"),
    "stabbing": ("ASSAULT", "primitive"), "massacre": ("ASSAULT", None), "rape": ("ASSAULT", "sexual"),
    "arrest": ("COERCE", "arrest"), "detention": ("COERCE", "arrest"), "imprisonment": ("COERCE", "arrest"),
    "deportation": ("COERCE", "deport"), "crackdown": ("COERCE", None), "disappearance": ("ASSAULT", "abduct"),
    "death": ("ASSAULT", None),  # a death the text dates is news of a killing: "his death in custody on 5 May"
    "call": ("CONSULT", "phone"), "talk": ("CONSULT", None), "meeting": ("CONSULT", None),
    "visit": ("CONSULT", "visit"), "consultation": ("CONSULT", None), "conversation": ("CONSULT", None),
    "negotiation": ("CONSULT", None), "summit": ("CONSULT", "multilateral"),
    "deal": ("COOPERATE", None), "contract": ("COOPERATE", None),
    "agreement": ("SUPPORT", None), "treaty": ("SUPPORT", None), "accord": ("SUPPORT", None),
    "declaration": ("SUPPORT", None), "memorandum": ("SUPPORT", None),
    "pledge": ("AGREE", None), "promise": ("AGREE", None),
    "ceasefire": ("CONCEDE", None), "truce": ("CONCEDE", None),
    "request": ("REQUEST", None), "appeal": ("REQUEST", None), "demand": ("REQUEST", None),
    "threat": ("THREATEN", None), "ultimatum": ("THREATEN", None), "warning": ("THREATEN", None),
    "investigation": ("ACCUSE", None), "lawsuit": ("ACCUSE", None), "probe": ("ACCUSE", None),
    "action": ("ACCUSE", None),  # only as "legal action": see LEGAL_ACTION
    "protest": ("PROTEST", "demo"), "demonstration": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"),
    "boycott": ("PROTEST", "boycott"),
    "sanction": ("SANCTION", None), "embargo": ("SANCTION", None),
    "ban": ("COERCE", "restrict"), "blockade": ("COERCE", "restrict"), "curfew": ("COERCE", "curfew"),
})
# A strike is an attack unless a modifier says workers or a hunger striker hold it (PLOVER PROTEST strike, hunger):
# "a hunger strike", "a 48-hour strike", "a general strike", "a teachers' strike".
STRIKE_NOUNS = _noun_set("strike")
WORKERS_STRIKE_WORDS = {
    "general", "labour", "labor", "industrial", "nationwide", "national", "union", "workers", "worker", "teachers",
    "doctors", "nurses", "hour", "day", "week", "indefinite", "sit",
}
# Verbs whose meaning is the event noun, weapon or aid they take.
CARRIER_VERBS = _verb_set(
    "launch", "carry", "conduct", "stage", "mount", "unleash", "hold", "have", "host", "sign", "conclude", "reach",
    "strike", "seal", "ink", "impose", "introduce", "declare", "announce", "issue", "make", "file", "open",
    "begin", "start", "fire", "use", "take", "bring",
)
# "action" is an event noun only when it is legal: "take legal action", "court action".
LEGAL_ACTION = {"legal", "court", "judicial"}
# Verbs that fire a weapon at whatever: "launched five Shahed drones".
FIRING_VERBS = _verb_set("launch", "fire", "use")
# "called on Baku to", "called for talks".
CALL_FORMS = _verb_set("call")
# Verbs of arrival whose subject is the event: "a missile strike landed near the embassy", "fighting resumed".
ARRIVAL_VERBS = _verb_set("land", "occur", "happen", "take", "rock", "resume", "erupt", "emerge", "break")
# Verbs that deliver material aid when what they deliver is aid, arms or money.
AID_VERBS = _verb_set("send", "provide", "deliver", "supply", "give", "donate", "allocate", "transfer", "ship", "offer", "grant")
AID_NOUNS = _noun_set(
    "aid", "assistance", "equipment", "weapon", "arm", "ammunition", "package", "tranche", "funding", "fund",
    "loan", "grant", "money", "fuel", "food", "medicine", "generator", "vehicle", "shipment", "support", "million",
    "billion", "donation",
)
# What an aid delivery is, by the first of these words in what is delivered.
AID_MODES = {
    **dict.fromkeys(_noun_set("humanitarian", "food", "medicine", "medical", "relief", "shelter", "generator"), "humanitarian"),
    **dict.fromkeys(_noun_set("military", "weapon", "arm", "ammunition", "missile", "tank", "artillery", "lethal"), "military"),
    **dict.fromkeys(_noun_set("financial", "loan", "budget", "economic", "grant", "funding", "million", "billion"), "economic"),
}
# Weapons and what they make an attack (PLOVER ASSAULT modes).
WEAPON_MODES = {
    **dict.fromkeys(_noun_set("drone", "uav", "shahed", "geran", "kamikaze"), "drone"),
    **dict.fromkeys(_noun_set("missile", "rocket", "artillery", "shell", "mortar", "howitzer", "mlrs", "ballistic", "cruise", "tank"), "heavy-weapons"),
    **dict.fromkeys(_noun_set("airstrike", "air", "aircraft", "warplane", "jet", "helicopter", "bomber", "glide"), "aerial"),
    **dict.fromkeys(_noun_set("gun", "gunfire", "rifle", "sniper", "gunman", "gunmen"), "firearms"),
    **dict.fromkeys(_noun_set("explosive", "ied", "grenade", "landmine", "bomb"), "explosives"),
    **dict.fromkeys(_noun_set("knife", "machete", "stabbing"), "primitive"),
    **dict.fromkeys(_noun_set("teargas", "tear", "pellet", "baton", "truncheon", "cannon"), "crowd-control"),
    **dict.fromkeys(("chemical", "nerve", "biological", "radiological"), "unconventional"),
}
# "held two directors captive", "was held hostage", "held against his will": an abduction.
HOLDING_VERBS = _verb_set("hold", "keep")
CAPTIVITY_WORDS = {"captive", "hostage", "hostages", "will", "incommunicado"}
# Verbs that report a violation by the state they leave someone in, the state word being their complement: "was
# found dead", "went missing", "was reported missing". A body found is a killing, a person missing an abduction.
STATE_VERBS = _verb_set("find", "go", "report", "declare")
VIOLATION_STATES = {"dead": Trigger("ASSAULT"), "missing": Trigger("ASSAULT", "abduct")}
# How the parser attaches the state word: "found dead" (oprd), "went missing" (acomp, xcomp, or advcl).
STATE_COMPLEMENTS = {"oprd", "acomp", "xcomp", "advcl"}
# "died in police custody", "died in detention": a death in custody is a violation, a death alone is not.
DEATH_VERBS = _verb_set("die")
CUSTODY_NOUNS = _noun_set("custody", "detention", "prison", "jail", "cell")
# Verbs of custody, "missing", and the "been" of "has been in prison", whose "since" gives the day it began: "has
# been detained since February 15", "has been missing since March 13", "has been behind bars since 1999".
CUSTODY_VERBS = _verb_set("detain", "hold", "jail", "imprison", "keep") | {"missing", "been"}
# "lift the ban", "ease sanctions": giving up a restriction is a RETREAT.
RESTRICTION_NOUNS = _noun_set("ban", "embargo", "sanction", "restriction", "blockade", "siege")
RELIEF_VERBS = _verb_set("lift", "ease", "end")

# Nouns that name an event by themselves when they have a date of their own or a dated report takes them:
# "Saturday's abduction", "the arrest of the actor on Monday", "his death in November 2020", "confirmed the
# arrest yesterday". Not "strike" (a walkout, too) nor "call".
NOMINAL_TYPES = {"ASSAULT", "COERCE", "PROTEST", "CONSULT", "SANCTION"}
NOT_NOMINAL = _noun_set("strike", "call", "ban", "sanction", "visit")
# Modifiers that say a named event did not (yet) happen: "a foiled abduction", "the planned arrest".
NOMINAL_AUX_MODES = {
    **dict.fromkeys(("averted", "prevented", "no"), "negation"),  # a foiled or aborted abduction was attempted: it happened
    **dict.fromkeys(("planned", "intended", "proposed", "upcoming", "future"), "future"),
    **dict.fromkeys(("possible", "potential", "threatened", "feared", "hypothetical"), "hypothetical"),
}

# Realis: what did not (yet) happen keeps an event with PLOVER's auxiliary mode; what is no event is dropped.
MODALS = {
    **dict.fromkeys(("will", "shall", "'ll", "wo"), "future"),
    **dict.fromkeys(("could", "may", "might", "would", "should", "can", "must", "'d", "ca"), "hypothetical"),
}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
# A clause under these only dates another one: "just before the deal was signed".
REFERENCE_MARKS = {"before", "after", "since", "until", "till", "once"}
HEDGES = {"possibly", "potentially", "perhaps", "maybe", "hypothetically"}
# Words above a clause that say its event did not happen, will happen, or might.
INTENTIONS = {
    **dict.fromkeys(_verb_set("refrain", "fail", "avoid", "decline") | {"unable"}, "negation"),
    **dict.fromkeys(
        _verb_set("plan", "intend", "want", "seek", "aim", "hope", "propose", "prepare", "expect", "wish")
        | _noun_set("plan", "intention", "readiness", "bid", "policy", "plot", "scheme", "conspiracy")
        | {"ready", "willing", "poised", "going"}, "future"),
    **dict.fromkeys(
        _verb_set("consider", "need", "try", "attempt", "mull", "weigh", "hint")
        | _noun_set("possibility", "option", "attempt") | {"likely", "possible"}, "hypothetical"),
}
# The violations a participle describing a noun reports when it has a date of its own (see _is_dated_violation).
DATED_PARTICIPLE_TYPES = {"ASSAULT", "COERCE"}
# Why a clause reports no event at all: it is dropped.
NO_EVENT_REASONS = {"descriptive participle", "content of another event", "reference clause"}
# An event that ended this long before the report is background: PLOVER's "historical".
HISTORICAL_AGE = timedelta(days=365)
# Adverbs that put an event in the past of the story: "had previously detained".
HISTORICAL_ADVERBS = {"previously", "formerly", "once"}
# Links along which a verb without a subject of its own shares the one of the verb above.
SUBJECT_SHARING = {"conj", "xcomp", "advcl", "pcomp", "prep"}
# Links along which a clause belongs to the one above it, and shares its negation, modality or intention.
CLAUSE_CHAIN = {"xcomp", "ccomp", "pcomp", "advcl", "conj", "prep", "pobj", "dobj", "acomp", "attr", "oprd", "agent"}
DESCRIPTIVE = {"acl", "amod"}

# Arguments.
TARGET_PREPOSITIONS = {"at", "on", "against", "upon", "onto"}
PARTNER_PREPOSITIONS = {"with"}
RECIPIENT_PREPOSITIONS = {"to", "for"}
LOCATIVE_PREPOSITIONS = {"in", "near", "at", "outside", "around", "inside", "across", "over", "within", "off"}
PLACE_NOUNS = _noun_set("city", "town", "village", "region", "oblast", "province", "district", "port", "settlement", "area")
OWNERSHIP_WORDS = {"belonging", "owned", "operated", "run", "controlled", "linked", "of"}
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "AGREE", "SUPPORT"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# A place's rank when several are named: the most precise wins.
PLACE_RANK = {"city": 0, None: 1, "area": 2, "admin2": 3, "admin1": 4, "sea": 5, "country": 6}
# Time expressions under these prepositions do not date the event: "before the invasion in 2022", "as of mid-2025".
REFERENCE_TIME_PREPOSITIONS = {"before", "after", "since", "until", "till", "by", "as", "prior"}
# Verbs of saying, whose date dates the past events of the clauses they report (see _report_date).
REPORTING_VERBS = _verb_set(
    "say", "tell", "report", "announce", "confirm", "state", "add", "claim", "note", "disclose", "reveal",
    "explain", "tweet", "write", "inform",
)
# Links along which a clause is what the verb above it reports: "said (that) they had arrested" (ccomp), "said
# they raided the office and arrested" (conj), "had been abducted, his lawyer said" (ccomp of "said").
REPORTED_CLAUSE_LINKS = {"ccomp", "conj", "advcl", "xcomp", "parataxis"}
# Past tense and past participle: what the event's own verb must be for a report to date it.
PAST_TAGS = {"VBD", "VBN"}
# The last-resort window of an event whose paragraph gives no date: the week that ends on the publication day.
PUBLICATION_WINDOW = timedelta(days=6)
# The events whose date a later event of their paragraph may take: not a last-resort window.
PASSAGE_DATE_SOURCES = {"clause", "report", "passage"}

# Casualties, and the events they count for.
CASUALTY_TYPES = {"ASSAULT", "COERCE", "PROTEST"}
KILLED_WORDS = _verb_set("kill", "die") | {"dead"}
INJURED_WORDS = _verb_set("injure", "wound", "hurt")
# Victims counted by a bare number word, which is no figure: "killing two and injuring five".
SMALL_NUMBERS = {
    word: number for number, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
}
RELATIVE_PRONOUNS = {"that", "which", "who"}
THIRD_PERSON_PRONOUNS = {"they", "it", "them"}
PERSONAL_PRONOUNS = {"he", "she", "him", "her"}
POSSESSIVE_PRONOUNS = {"his", "her"}


# Coding ----------------------------------------------------------------------------------------------------------

@dataclass
class _Candidate:
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


@dataclass
class _Casualties:
    killed: int | None = None
    injured: int | None = None

    def __bool__(self) -> bool:
        return self.killed is not None or self.injured is not None


class _DocumentContext:
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


def extract_events(doc: Doc, figures: Sequence[Figure], published: date | None, reference_year: int | None,
                   dateline: str | None = None, title: str | None = None) -> list[EventMention]:
    """dateline: the place the article's dateline names ("LAGOS, Nigeria"), which the cleaner cut from its text;
    title: the article's headline. Both say where the article is set."""
    context = _DocumentContext(doc, figures, published, reference_year, dateline, title)
    events: list[EventMention] = []
    previous_sentence_events: list[EventMention] = []
    for sentence in doc.sents:
        candidates = _candidates(sentence, context)
        casualties = _casualties(sentence, context)
        if not candidates and casualties and (index := _casualty_bearer(previous_sentence_events)) is not None:
            # "Four SOCAR employees were seriously injured." reports on the attack just told.
            told = len(events) - len(previous_sentence_events)
            events[told + index] = _with_casualties(events[told + index], casualties)
        figures_of = _figures_by_predicate(candidates, sentence, context)
        sentence_events = [_event(candidate, sentence, context, figures_of[candidate.predicate.i]) for candidate in candidates]
        if casualties and (index := _casualty_bearer(sentence_events)) is not None:
            sentence_events[index] = _with_casualties(sentence_events[index], casualties)
        events.extend(sentence_events)
        previous_sentence_events = sentence_events
        context.previous_subject = _main_subject(sentence, context) or context.previous_subject
    return _dated_by_passage_or_publication(events, context, published)


def _casualty_bearer(events: list[EventMention]) -> int | None:
    """Which of a sentence's events the casualties are of: its last attack that happened; none without one
    (people "injured when police fired tear gas" after "may open an investigation" are no investigation's)."""
    assaults = [index for index, event in enumerate(events) if event.event_type in CASUALTY_TYPES and event.aux_mode in (None, "historical")]
    return assaults[-1] if assaults else None


def _candidates(sentence: Span, context: "_DocumentContext") -> list[_Candidate]:
    """The sentence's events in text order, each with its auxiliary mode; clauses that report no event dropped."""
    found: dict[int, _Candidate] = {}
    for token in sentence:
        if token.pos_ == "VERB":
            candidate = _classify(token, sentence, context)
        else:
            candidate = _custody_state(token, sentence, context) or _named_event(token, sentence, context)
        if candidate is not None:
            found[token.i] = candidate
    carried = {candidate.event_noun.i for candidate in found.values() if candidate.event_noun is not None and not candidate.nominal}
    kept = []
    for candidate in found.values():
        if candidate.nominal and candidate.predicate.i in carried:
            continue  # "launched an attack on Monday": the verb's event
        realis = _nominal_aux_mode(candidate.predicate) if candidate.nominal else _realis(candidate, found)
        if realis == "descriptive participle" and _is_dated_violation(candidate, sentence, context):
            realis = None
        if realis not in NO_EVENT_REASONS:
            candidate.aux_mode = realis
            kept.append(candidate)
    return sorted(kept, key=lambda candidate: candidate.trigger.i)


def _is_dated_violation(candidate: _Candidate, sentence: Span, context: "_DocumentContext") -> bool:
    """"the seven activists arrested on 10 December": a violation a participle describes is news of its own when
    it has a date of its own; "a report released on Tuesday" stays a description."""
    return candidate.meaning.event_type in DATED_PARTICIPLE_TYPES and bool(_own_dates(candidate.predicate, sentence, context, None))


def _classify(verb: Token, sentence: Span, context: "_DocumentContext") -> _Candidate | None:
    """The event a verb's clause reports, by the first rule that applies."""
    word = verb.lower_
    objects = [child for child in verb.children if child.dep_ in {"dobj", "attr"}]
    if word in CARRIER_VERBS:
        for thing in [*objects, *_children(verb, "nsubjpass")]:  # "launched an attack", "raids were conducted"
            if thing.lower_ in EVENT_NOUNS and _is_event_noun(thing):
                return _Candidate(verb, thing, _noun_meaning(thing), thing)
            if (weapon := _weapon_mode(thing)) and (word in FIRING_VERBS or _has_prep(verb, TARGET_PREPOSITIONS)):
                return _Candidate(verb, verb, Trigger("ASSAULT", weapon))
    if word in AID_VERBS and (delivered := _aid_delivered(verb, objects)):
        return _Candidate(verb, verb, Trigger("AID", _aid_mode(delivered)))
    if word in RELIEF_VERBS and any(thing.lower_ in RESTRICTION_NOUNS for thing in objects):
        return _Candidate(verb, verb, Trigger("RETREAT"))
    if word in HOLDING_VERBS and _held_captive(verb):
        return _Candidate(verb, verb, Trigger("ASSAULT", "abduct"))
    if word in STATE_VERBS and (state := _violation_state(verb)) is not None:
        return _Candidate(verb, verb, state, victim_state=True)
    if word == "missing" and any(child.lower_ == "been" for child in verb.children):
        return _Candidate(verb, verb, VIOLATION_STATES[word], victim_state=True)  # "has been missing since March 13"
    if word in DEATH_VERBS and _in_custody(verb):
        return _Candidate(verb, verb, Trigger("ASSAULT"), victim_state=True)
    if word in CALL_FORMS and _has_prep(verb, {"on", "for"}):
        return _Candidate(verb, verb, Trigger("REQUEST"))
    if word in ARRIVAL_VERBS:
        for subject in _children(verb, "nsubj"):
            if subject.lower_ in EVENT_NOUNS and _is_event_noun(subject):
                return _Candidate(verb, subject, _noun_meaning(subject), subject)
    if any(thing.lower_ in NOT_VIOLATED.get(word, ()) or thing.lower_ in REFLEXIVE_PRONOUNS for thing in objects):
        return None
    if word in EVENT_VERBS:
        if word in DOER_REQUIRED and not _has_doer(verb) and not _own_dates(verb, sentence, context, None):
            return None  # a killing with a date of its own is news of its own: "were killed in January 2019"
        return _Candidate(verb, verb, EVENT_VERBS[word])
    return None


def _held_captive(verb: Token) -> bool:
    """"held two directors captive", "was held hostage", "held against his will"."""
    return any(token.lower_ in CAPTIVITY_WORDS and token.dep_ != "aux" for token in verb.subtree if verb in (token.head, token.head.head))


def _violation_state(verb: Token) -> Trigger | None:
    """The violation a state complement reports: "found dead", "went missing"."""
    return next((VIOLATION_STATES[child.lower_] for child in verb.children
                 if child.dep_ in STATE_COMPLEMENTS and child.lower_ in VIOLATION_STATES), None)


def _custody_state(verb: Token, sentence: Span, context: "_DocumentContext") -> _Candidate | None:
    """"has been in prison since 2009", "who has been behind bars since 1999": a detention, dated from its "since";
    without a date ("has been in custody ever since") a state, not news."""
    if verb.lower_ != "been" or verb.pos_ != "AUX" or not _in_custody(verb) or not _own_dates(verb, sentence, context, None):
        return None
    return _Candidate(verb, verb, Trigger("COERCE", "arrest"), victim_state=True)


def _in_custody(verb: Token) -> bool:
    """"died in police custody", "died in detention", "died while handcuffed and in custody", "behind bars": a
    custody noun under "in", "under" or "behind" in the verb's own clause."""
    return any(token.dep_ == "pobj" and (token.lower_ in CUSTODY_NOUNS and token.head.lower_ in {"in", "under"}
                                         or token.lower_ == "bars" and token.head.lower_ == "behind")
               and _in_clause_of(token, verb) for token in verb.subtree)


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Whether no other verb stands between a token and the verb above it."""
    return all(ancestor.pos_ not in {"VERB", "AUX"} for ancestor in token.ancestors if ancestor.i != verb.i and verb.is_ancestor(ancestor))


def _named_event(noun: Token, sentence: Span, context: "_DocumentContext") -> _Candidate | None:
    """An event noun with a date of its own ("Saturday's abduction", "the arrest on Monday of ..."), or that a
    dated verb of saying takes ("confirmed the arrest yesterday")."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lower_ not in EVENT_NOUNS or noun.lower_ in NOT_NOMINAL:
        return None
    meaning = _noun_meaning(noun)
    if not _is_event_noun(noun) or meaning.event_type not in NOMINAL_TYPES:
        return None
    if not _own_dates(noun, sentence, context, noun) and _report_date_of_noun(noun, sentence, context) is None:
        return None
    return _Candidate(noun, noun, meaning, noun)


def _noun_meaning(noun: Token) -> Trigger:
    """What an event noun names; a strike that workers or a hunger striker hold is a protest: "a hunger strike",
    "a 48-hour strike", "a general strike"."""
    if noun.lower_ in STRIKE_NOUNS:
        modifiers = {token.lower_ for child in noun.children if child.dep_ in {"compound", "amod", "nmod"} for token in child.subtree}
        if "hunger" in modifiers:
            return Trigger("PROTEST", "hunger")
        if modifiers & WORKERS_STRIKE_WORDS:
            return Trigger("PROTEST", "strike")
    return EVENT_NOUNS[noun.lower_]


def _is_event_noun(noun: Token) -> bool:
    return noun.lower_ not in {"action", "actions"} or any(child.lower_ in LEGAL_ACTION for child in noun.children)


def _nominal_aux_mode(noun: Token) -> str | None:
    """"a foiled abduction", "no arrests", "the planned raid"."""
    return next((NOMINAL_AUX_MODES[child.lower_] for child in noun.children
                 if child.dep_ in {"amod", "det", "compound"} and child.lower_ in NOMINAL_AUX_MODES), None)


def _realis(candidate: _Candidate, triggers: dict[int, _Candidate]) -> str | None:
    """None when the clause reports what happened; an auxiliary mode (negation, future, hypothetical) when it
    reports what did not or not yet; a NO_EVENT_REASONS reason when it reports no event at all. The nearest
    word that says so wins: "will not attack" is a negation."""
    predicate = candidate.predicate
    if predicate.dep_ in DESCRIPTIVE:
        return "descriptive participle"
    token, under_another_clause = predicate, False
    while True:
        if token != predicate and under_another_clause and token.i in triggers:
            return "content of another event"
        if token != predicate and token.lower_ in INTENTIONS:
            return INTENTIONS[token.lower_]
        if any(child.dep_ == "neg" for child in token.children):
            return "negation"
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in MODALS:
                return MODALS[child.lower_]
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                return "hypothetical"
            if child.dep_ == "mark" and child.lower_ in REFERENCE_MARKS and token == predicate:
                return "reference clause"
            if child.dep_ == "advmod" and child.lower_ in HEDGES:
                return "hypothetical"
        if token.dep_ not in CLAUSE_CHAIN or token.head == token:
            return None
        under_another_clause = under_another_clause or token.dep_ != "conj"
        token = token.head


# One event -------------------------------------------------------------------------------------------------------

def _event(candidate: _Candidate, sentence: Span, context: _DocumentContext, figure_indices: tuple[int, ...]) -> EventMention:
    meaning = candidate.meaning
    actor, partner = _actor(candidate, context)
    target_text, target_country, target_token = _target(candidate, actor, context)
    if target_text is None and partner is not None and meaning.event_type in SYMMETRIC_TYPES:
        target_text, target_country = partner.name, partner.country
    location = _location(candidate, context)
    if target_text is not None and target_country is None and target_token is not None and meaning.event_type == "ASSAULT":
        target_country = location.country  # infrastructure without a named owner belongs where it stands
    dated, date_source = _event_date(candidate, sentence, context)
    start, end = _stripped(sentence)
    return EventMention(
        start_char=start,
        end_char=end,
        sentence=context.text[start:end],
        event_type=meaning.event_type,
        mode=meaning.mode or _mode(candidate),
        aux_mode=candidate.aux_mode or _historical(candidate, dated, context),
        actor=actor.name if actor else None,
        actor_country=actor.country if actor else None,
        target=target_text,
        target_country=target_country,
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


def _historical(candidate: _Candidate, dated: DateMention | None, context: _DocumentContext) -> str | None:
    """"historical" for an event told as background: it ended over a year before the report, or the clause
    dates it only as before something that long ago ("Before the Russian invasion in 2022, Baku supplied"),
    or says "previously", "formerly", "once"."""
    if any(child.dep_ == "advmod" and child.lower_ in HISTORICAL_ADVERBS for child in candidate.predicate.children):
        return "historical"
    if context.report_day is None:
        return None
    ends = [dated.end] if dated is not None and dated.end is not None else _reference_ends(candidate.predicate, context)
    return "historical" if ends and _is_background(max(ends), context) else None


def _is_background(last_day: date, context: _DocumentContext) -> bool:
    return context.report_day is not None and last_day < context.report_day - HISTORICAL_AGE


def _reference_ends(predicate: Token, context: _DocumentContext) -> list[date]:
    """The last days of the dates the clause is placed before or until: "before the invasion in 2022"."""
    ends = []
    for prep in predicate.children:
        if prep.dep_ == "prep" and prep.lower_ in {"before", "until", "till", "prior"}:
            span = prep.doc[prep.i : prep.right_edge.i + 1]
            ends += [mention.end for index in context.in_span(context.date_starts, span)
                     if (mention := context.dates[index]).end is not None]
    return ends


def _with_casualties(event: EventMention, casualties: _Casualties) -> EventMention:
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


# Mode ------------------------------------------------------------------------------------------------------------

def _mode(candidate: _Candidate) -> str | None:
    """The weapon named by the event noun, the object, the subject or an instrument ("with artillery")."""
    phrases = [candidate.event_noun] if candidate.event_noun is not None else []
    phrases += [child for child in candidate.predicate.children if child.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    phrases += [grandchild for child in candidate.predicate.children if child.dep_ == "prep" and child.lower_ in {"with", "using", "by"}
                for grandchild in child.children if grandchild.dep_ == "pobj"]
    if candidate.meaning.event_type == "ASSAULT":
        for phrase in phrases:
            if (mode := _weapon_mode(phrase)) is not None:
                return mode
    if candidate.meaning.event_type == "CONSULT":
        for phrase in phrases:
            if any(token.lower_ in {"phone", "telephone", "call"} for token in _noun_phrase(phrase)):
                return "phone"
    return None


def _weapon_mode(noun: Token) -> str | None:
    """The attack mode of the weapon a noun phrase names ("five Shahed drones", "a missile strike")."""
    gazetteer = load_gazetteer()
    for token in _noun_phrase(noun):
        if token.lower_ in WEAPON_MODES:
            return WEAPON_MODES[token.lower_]
        if token.ent_type_ == "PRODUCT" and isinstance(weapon := gazetteer.lookup(token.text), Actor) and weapon.mode:
            return weapon.mode
    return None


def _aid_delivered(verb: Token, objects: list[Token]) -> list[Token]:
    """The words of what a verb delivers when it is aid, arms or money ("sent $2 million in humanitarian aid",
    "supplied Ukraine with military equipment"), else none."""
    delivered = list(objects) + [grandchild for child in verb.children if child.dep_ == "prep" and child.lower_ == "with"
                                 for grandchild in child.children if grandchild.dep_ == "pobj"]
    words = [token for thing in delivered for token in thing.subtree]
    return words if any(token.lower_ in AID_NOUNS for token in words) else []


def _aid_mode(delivered: list[Token]) -> str | None:
    modes = [AID_MODES[token.lower_] for token in delivered if token.lower_ in AID_MODES]
    # "$2 million in humanitarian aid" is humanitarian: money says how much, not what kind.
    return next((mode for mode in modes if mode != "economic"), modes[0] if modes else None)


# Actor and target ------------------------------------------------------------------------------------------------

def _actor(candidate: _Candidate, context: _DocumentContext) -> tuple[Referent | None, Referent | None]:
    """(actor, partner): who acts, and who acts with them ("Zelenskyy and Aliyev held a call")."""
    predicate = candidate.predicate
    if candidate.victim_state:
        return None, None
    agents = [pobj for agent in _children(predicate, "agent") for pobj in _children(agent, "pobj")]
    subject = agents[0] if agents else (_doer_of_noun(predicate, context) if candidate.nominal else _subject(predicate))
    if subject is None:
        return None, None
    participants = _participants(subject, context)
    if participants:
        return _as_actor(participants[0]), (participants[1] if len(participants) > 1 else None)
    actor = _phrase_referent(subject, context)
    partner = next((_phrase_referent(conj, context) for conj in _children(subject, "conj")), None)
    return (_as_actor(actor) if actor else None), partner


def _doer_of_noun(noun: Token, context: _DocumentContext) -> Token | None:
    """Who did what a noun names: "the arrest by police", "Russia's attack"; "his arrest" is whom it was done to."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            return next(iter(_children(prep, "pobj")), None)
    owner = next(iter(_children(noun, "poss")), None)
    if owner is not None and (referent := _entity_referent(owner, context)) is not None and referent.kind in {"country", "organization"}:
        return owner
    return None


def _subject(predicate: Token) -> Token | None:
    """The active subject, also of a verb that shares it with the verb above ("attacked Kyiv and shelled
    Kharkiv", "escalated its actions, striking energy facilities", "retaliating by targeting"); a passive
    without an agent names no actor. Of two subjects the one nearest the verb is its own: in
    "Attacks on energy: In July, Russia targeted ..." the first is a run-in heading."""
    token = predicate
    while True:
        subjects = _children(token, "nsubj")
        if subjects:
            subject = max(subjects, key=lambda subject: subject.i if subject.i < token.i else -1)
            # "Russian attacks that damaged the depot": a relative pronoun stands for the noun it hangs on
            return token.head if subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl" else subject
        if _children(token, "nsubjpass") or token.dep_ not in SUBJECT_SHARING or token.head == token:
            return None
        token = token.head


def _target(candidate: _Candidate, actor: Referent | None, context: _DocumentContext) -> tuple[str | None, str | None, Token | None]:
    """(target, its country, the target's head token)."""
    predicate, event_type = candidate.predicate, candidate.meaning.event_type
    if candidate.nominal:
        return _target_of_noun(predicate, actor, context)
    phrases = _children(predicate, "nsubjpass") + (_children(predicate, "nsubj") if candidate.victim_state else [])
    if predicate.dep_ == "acl" and predicate.tag_ == "VBN":
        phrases.append(predicate.head)  # "a union organiser arrested on 10 December"
    if predicate.dep_ == "relcl":  # "the lawyer, who was arrested in 2018": "who" stands for the noun it hangs on
        phrases = [predicate.head if phrase.lower_ in RELATIVE_PRONOUNS else phrase for phrase in phrases]
    heads = [predicate] + ([candidate.event_noun] if candidate.event_noun is not None else [])
    if event_type == "AID":
        heads += _children(predicate, "dobj")  # "provided humanitarian aid to Ukraine"
    prepositions = TARGET_PREPOSITIONS | PARTNER_PREPOSITIONS | (RECIPIENT_PREPOSITIONS if event_type == "AID" else set())
    for head in heads:
        phrases += [child for child in head.children if child.dep_ in {"dobj", "dative", "iobj"} and child != candidate.event_noun]
        phrases += [pobj for prep in head.children if prep.dep_ == "prep" and prep.lower_ in prepositions for pobj in _children(prep, "pobj")]
    for phrase in phrases:
        if event_type in {"ASSAULT", "AID"} and (_weapon_mode(phrase) or phrase.lower_ in AID_NOUNS or phrase.like_num):
            continue  # what is launched or sent, not whom it is aimed at
        if event_type == "ASSAULT" and phrase.pos_ == "NOUN" and _entity_referent(phrase, context) is None:
            # a thing hit, named by what it is and whose: "SOCAR oil depot"
            owner = _phrase_referent(phrase, context)
            return _facility(phrase, owner), owner.country if owner else None, phrase
        referent = _phrase_referent(phrase, context)
        if referent is not None and referent != actor:
            if event_type != "ASSAULT":
                referent = _as_actor(referent)
            return referent.name, referent.country, phrase
    if event_type == "AID":
        return _recipient_in_purpose(predicate, actor, context)
    return None, None, None


def _target_of_noun(noun: Token, actor: Referent | None, context: _DocumentContext) -> tuple[str | None, str | None, Token | None]:
    """Whom what a noun names was done to: "the abduction of Peter Magombeyi", "an attack on the depot",
    "Saturday's abduction of ...", "his arrest" (the last person named)."""
    phrases = [pobj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in {"of", *TARGET_PREPOSITIONS}
               for pobj in _children(prep, "pobj")]
    phrases += [owner for owner in _children(noun, "poss") if owner.lower_ in POSSESSIVE_PRONOUNS or owner.ent_type_ == "PERSON"]
    for phrase in phrases:
        if phrase.lower_ in POSSESSIVE_PRONOUNS:
            referent = _last_person_before(phrase, context)
        else:
            referent = _phrase_referent(phrase, context)
        if referent is not None and referent != actor:
            return referent.name, referent.country, phrase
        if referent is None and phrase.pos_ == "NOUN" and phrase.ent_type_ == "":
            return _facility(phrase, None), None, phrase  # "the killing of two activists" -> "activists"
    return None, None, None


def _recipient_in_purpose(predicate: Token, actor: Referent | None, context: _DocumentContext) -> tuple[str | None, str | None, Token | None]:
    """Aid "to support Ukraine’s energy infrastructure" goes to Ukraine."""
    for clause in predicate.children:
        if clause.dep_ in {"advcl", "xcomp"}:
            for token in clause.subtree:
                referent = _entity_referent(token, context)
                if referent is not None and referent.is_state and referent != actor:
                    return referent.name, referent.country, token
    return None, None, None


def _facility(noun: Token, owner: Referent | None) -> str:
    """A thing named by whose and what kind it is: "a SOCAR oil depot" and "an oil depot belonging to
    Azerbaijan’s SOCAR" are both "SOCAR oil depot"."""
    words = [token.text for token in _compounds(noun) if token.ent_type_ == ""]
    return " ".join(([owner.name] if owner else []) + words + [noun.text])


def _compounds(noun: Token) -> list[Token]:
    """The nouns that say what kind a noun is, in text order: "gas distribution" in "gas distribution station",
    "oil and gas" in "oil and gas facilities"."""
    found = []
    for child in noun.lefts:
        if child.dep_ in {"compound", "nmod"}:
            found += [*_compounds(child), child, *(token for token in child.rights if token.dep_ in {"cc", "conj"})]
    return sorted(found, key=lambda token: token.i)


def _phrase_referent(head: Token, context: _DocumentContext) -> Referent | None:
    """Who a noun phrase names: its own entity, a named modifier ("Russian forces", "Azerbaijan’s government",
    "a SOCAR oil depot"), an owner ("belonging to SOCAR") or, for a pronoun, who the discourse is about."""
    if head.lower_ in PERSONAL_PRONOUNS:
        return _last_person_before(head, context)
    if head.lower_ in THIRD_PERSON_PRONOUNS:
        return context.previous_subject
    own = _entity_referent(head, context)
    if own is not None:
        return own
    modifiers = sorted(
        (child for child in head.children if child.dep_ in {"compound", "amod", "poss", "nmod", "appos"}),
        key=lambda child: child.ent_type_ not in {"PERSON", "ORG"},
    )
    for modifier in modifiers:
        if (referent := _entity_referent(modifier, context)) is not None:
            return referent
        if modifier.lower_ in OWNERSHIP_WORDS:  # "Azerbaijani-owned facilities"
            for owner in modifier.children:
                if (referent := _entity_referent(owner, context)) is not None:
                    return referent
    for child in head.children:
        if child.lower_ in OWNERSHIP_WORDS:
            owners = [token for token in child.subtree if token.dep_ == "pobj" and token.head.head in (child, head)]
            for owner in owners:
                if (referent := _phrase_referent(owner, context)) is not None and (child.lower_ != "of" or not referent.is_state):
                    return referent
    return None


def _participants(noun: Token, context: _DocumentContext) -> list[Referent]:
    """Who takes part in what a noun names: "a phone call between Zelensky and Aliyev" -> [Zelensky, Aliyev]."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"between", "among"}:
            for first in _children(prep, "pobj"):
                named = [first, *[token for token in first.subtree if token.dep_ == "conj"]]
                referents = [referent for token in named if (referent := _phrase_referent(token, context)) is not None]
                if referents:
                    return referents
    return []


def _entity_referent(token: Token, context: _DocumentContext) -> Referent | None:
    ent = context.entity_of.get(token.i)
    if ent is None or ent.label_ not in ACTOR_LABELS | PLACE_LABELS:
        return None
    return resolve_name(ent.text, ent.label_)


def _as_actor(referent: Referent) -> Referent:
    """A capital acting stands for its state: "Baku supplied Ukraine", "Moscow denied"."""
    gazetteer = load_gazetteer()
    if referent.kind == "place" and referent.name in gazetteer.capitals:
        iso3 = gazetteer.capitals[referent.name]
        return Referent(gazetteer.country_name(iso3), iso3, "country", gazetteer.countries[iso3])
    return referent


def _last_person_before(token: Token, context: _DocumentContext) -> Referent | None:
    people = [ent for ent in context.person_entities if ent.end <= token.i]
    return resolve_name(people[-1].text, "PERSON") if people else None


def _main_subject(sentence: Span, context: _DocumentContext) -> Referent | None:
    """The named subject of a sentence's main verb, which a "they" in the next sentence refers to."""
    subject = next((child for child in sentence.root.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ in THIRD_PERSON_PRONOUNS | PERSONAL_PRONOUNS:
        return None
    referent = _phrase_referent(subject, context)
    return referent if referent is not None and referent.kind in {"country", "organization"} else None


def _has_doer(verb: Token) -> bool:
    """Whether a subject or agent says who did it, and is no event told before: "Russian strikes killed",
    "gunmen killed", "killed by gunmen"; not "the strikes damaged" nor "it killed"."""
    agents = [pobj for agent in _children(verb, "agent") for pobj in _children(agent, "pobj")]
    doer = agents[0] if agents else _subject(verb)
    if doer is None:
        return False
    named = [doer, *(child for child in doer.children if child.dep_ in {"compound", "amod", "poss", "nmod"})]
    if any(token.ent_type_ in ACTOR_LABELS for token in named):
        return True
    return doer.lower_ not in EVENT_NOUNS and doer.lower_ not in THIRD_PERSON_PRONOUNS | RELATIVE_PRONOUNS


# Place -----------------------------------------------------------------------------------------------------------

# Events that happen on the ground, where their document is set when they say nothing else; a statement,
# a call or aid sent from abroad happens elsewhere.
SETTLED_TYPES = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "RETREAT"}
# Event types whose "from" phrase names where they happened: "abducted from his Harare home", "withdrew from".
FROM_PLACE_TYPES = {"ASSAULT", "COERCE", "RETREAT"}
# Last words of the names of streets and squares, which lie inside a town.
STREET_WORDS = {"street", "road", "avenue", "lane", "boulevard", "square", "highway", "drive"}
# Dependencies of the nouns a place name may qualify in a clause: "a Minsk court sentenced", "raided a Lagos office".
QUALIFIED_ROLES = {"nsubj", "nsubjpass", "dobj"}
# A dateline the cleaner left at the start of the text: "RIYADH: Saudi Arabia said", "Kampala, Uganda — MPs",
# "HARARE -President", "Colombo (News 1st) – The union". A dash needs a space beside it ("Guinea-Bissau" is a name).
_CAPITALISED = r"[A-Z][\w'’.]*(?: [A-Z][\w'’.]*){0,2}"
OPENING_DATELINE = re.compile(
    rf"(?P<place>{_CAPITALISED}(?:, {_CAPITALISED})?)(?: \([^)\n]{{1,30}}\))?(?:: ?| [–—-]{{1,2}} ?|[–—-]{{1,2}} )(?=\S)"
)


@dataclass(frozen=True)
class _Location:
    name: str | None = None
    admin1: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    basis: str = "none"


def _located(referent: Referent, basis: str, country: str | None = None) -> _Location:
    place = referent.place
    if place is None:  # a name the gazetteer does not know
        return _Location(referent.name, None, country, None, None, basis)
    return _Location(referent.name, place.admin1, place.country, place.latitude, place.longitude, basis)


class DocumentPlaces:
    """The places a document names: which of several places of one name it means ("Bloomington" in an article
    that names Indiana), and where it is set: the place its dateline names, else its most named city or region
    in its most named country."""

    def __init__(self, doc: Doc, dateline: str | None = None, title: str | None = None):
        # "Pearl's murder" after "Daniel Pearl": the model may take a surname alone for a place (Pearl, Mississippi).
        self.surnames = person_surnames(doc)
        named = [(ent.text, ent.label_) for ent in doc.ents if ent.label_ in PLACE_LABELS | {"NORP"}]
        stated = [resolve_name(text, label) for text, label in named]
        self.named_countries = {referent.country for referent in stated if referent.is_state}
        self.named_regions = {referent.place.name for referent in stated if referent.place is not None and referent.place.kind == "admin1"}
        # Countries by mentions, in first-named order; demonyms apart: "a Belgian journalist" is no place, and
        # counts only in an article that names no place at all. A place the title names too counts twice: a
        # headline names where the news is, the body also where it comes from and who reacted.
        places: Counter[str] = Counter()
        demonyms: Counter[str] = Counter()
        self.place_mentions: Counter[Place] = Counter()
        for text, label in named:
            referent = self.referent(text, label)
            weight = 2 if title and _names_in(title, bare_name(text)) else 1
            if referent.country:
                (demonyms if label == "NORP" else places)[referent.country] += weight
            if referent.kind == "place" and referent.country:
                self.place_mentions[referent.place] += weight
        mentions = places or demonyms
        self.main_country = max(mentions, key=mentions.__getitem__, default=None)
        dateline = dateline or opening_dateline(doc.text)
        self.dateline = self._dateline_place(dateline) if dateline else None

    def referent(self, text: str, label: str) -> Referent:
        """What a place name denotes here: of the places so named, one in a region or country the document names;
        the surname of a person the document names is that person."""
        referent = resolve_name(text, label)
        if referent.kind != "place":
            return referent
        if bare_name(text) in self.surnames:
            return Referent(bare_name(text), kind="person")
        best = max(load_gazetteer().places_named(bare_name(text)), key=self._fit, default=referent.place)
        if best is referent.place or self._fit(best) == self._fit(referent.place) or self._keeps_its_name(referent.place, best):
            return referent
        return Referent(best.name, best.country, "place", best)

    def _keeps_its_name(self, place: Place, namesake: Place) -> bool:
        """A city of the curated list (those news name most; only geonames cities carry a population) or of a
        million people is what its name means ("Rome", "Alexandria") in an article that names the country of a
        smaller namesake (Rome, Georgia) but not its region."""
        famous = place.kind == "city" and (place.population is None or place.population >= BIG_CITY)
        return famous and not self._fit(namesake)[0]

    def _fit(self, place: Place) -> tuple[bool, bool]:
        return place.admin1 in self.named_regions, place.country in self.named_countries

    def _dateline_place(self, dateline: str) -> Place | None:
        """The place a dateline names: "LAGOS, Nigeria" is the Lagos in Nigeria, "HARARE" the Harare the
        document's places make likeliest; a town the gazetteer does not know leaves the region or country
        after the comma."""
        name, _, qualifier = (part.strip() for part in dateline.partition(","))
        area = resolve_name(qualifier, "GPE").place if qualifier else None
        places = load_gazetteer().places_named(name.title()) or load_gazetteer().places_named(name)
        return max(places, key=lambda place: (_is_within(place, area), *self._fit(place)), default=area)

    @cached_property
    def setting(self) -> _Location:
        """Where the document is set; max() keeps the first named of equally named places. A dateline in another
        country than the one the document names most is where the reporter filed from, not where it is set."""
        if self.dateline is not None and self.main_country in {None, self.dateline.country}:
            return _place_location(self.dateline, "document")
        if self.main_country is None:
            return _Location()
        in_country = [place for place in self.place_mentions if place.country == self.main_country]
        place = max(in_country, key=self.place_mentions.__getitem__, default=load_gazetteer().countries.get(self.main_country))
        if place is None:
            return _Location()
        return _place_location(place, "document")


def opening_dateline(text: str) -> str | None:
    """The place a dateline at the very start of the text names, if it opens the text (see OPENING_DATELINE)."""
    match = OPENING_DATELINE.match(text)
    return match["place"] if match else None


def _names_in(title: str, name: str) -> bool:
    """Whether a title names a place as the body writes it: "Kajang" in "In Kajang, four charged"."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title) is not None


def _is_within(place: Place, area: Place | None) -> bool:
    """Whether a place lies in an area, a country or a first-level region."""
    if area is None or place.country != area.country:
        return False
    return area.kind == "country" or (area.kind == "admin1" and place.admin1 == area.name)


def _place_location(place: Place, basis: str) -> _Location:
    kind = "country" if place.kind == "country" else "place"
    return _located(Referent(place.name, place.country, kind, place), basis)


def _location(candidate: _Candidate, context: _DocumentContext) -> _Location:
    """The most precise place the event's clause puts it in ("in Odesa Oblast", "near Orlivka", "a Minsk
    court"; for an attack on a place, the place attacked); else one a clause above it gives ("In Harare, police
    said they had arrested"); else, for an event on the ground, where the document is set. A place the gazetteer
    does not know (a village) is taken to be in the document's country."""
    clause = _clause_place(candidate.predicate, candidate, context, own_clause=True)
    if clause is not None:
        return _precise(clause, "clause", context)
    for ancestor in candidate.predicate.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"} and (above := _clause_place(ancestor, candidate, context, own_clause=False)) is not None:
            return _precise(above, "sentence", context)
    return context.places.setting if candidate.meaning.event_type in SETTLED_TYPES else _Location()


def _precise(referent: Referent, basis: str, context: _DocumentContext) -> _Location:
    """Where a place the clause names puts the event. One the text places only in a country ("arrested in
    Nigeria") is put where the document is set, when that is a place in the same country: the text's country,
    made precise by the document. A street ("held at a house in the town's Graham Street") is in the town the
    document is set in."""
    setting = context.places.setting
    if referent.is_state and setting.country == referent.country and setting.name != referent.name:
        return setting
    if referent.place is None and _is_street(referent.name) and setting.country == (referent.country or context.places.main_country):
        return setting
    return _located(referent, basis, referent.country or context.places.main_country)


def _is_street(name: str) -> bool:
    return name.rpartition(" ")[2].casefold() in STREET_WORDS


def _clause_place(predicate: Token, candidate: _Candidate, context: _DocumentContext, own_clause: bool) -> Referent | None:
    """The most precise place a predicate's clause locates it at."""
    places: list[tuple[int, int, Referent]] = []
    seen = set()
    for token in predicate.subtree:
        ent = context.entity_of.get(token.i)
        if ent is None or ent.label_ not in PLACE_LABELS or ent.start in seen:
            continue
        seen.add(ent.start)
        referent = context.places.referent(ent.text, ent.label_)
        if referent.kind not in {"place", "country", None} or not _is_locative(ent.root, referent, predicate, candidate, own_clause):
            continue
        kind = referent.place.kind if referent.place else None
        places.append((PLACE_RANK[kind], ent.start, referent))
    if not places:
        return None
    _, _, best = min(places, key=lambda place: place[:2])
    if best.place is None:
        country = next((referent.country for _, _, referent in places if referent.is_state), None)
        return Referent(best.name, country, None)
    return best


def _is_locative(root: Token, referent: Referent, predicate: Token, candidate: _Candidate, own_clause: bool) -> bool:
    """Whether a place is where the predicate's event happened: under a locative preposition (or "the city of")
    that belongs to this clause, the object of an attack, or a city qualifying the clause's subject or object."""
    event_type = candidate.meaning.event_type
    if root.dep_ == "appos":
        root = root.head  # "in the capital, Amsterdam" is where "in the capital" is
    if root.dep_ in {"compound", "nmod"} and not referent.is_state and root.head.pos_ == "NOUN":
        root = root.head  # "his Harare home", "a Minsk court"
        if root.dep_ in QUALIFIED_ROLES and root.head == predicate:
            return True
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PLACE_NOUNS:
        head = head.head.head
    elif root.dep_ == "dobj" and head == predicate and own_clause and event_type == "ASSAULT":
        return True
    elif not (root.dep_ == "pobj" and (head.lower_ in LOCATIVE_PREPOSITIONS or head.lower_ == "from" and event_type in FROM_PLACE_TYPES)):
        return False
    token = head
    while token != predicate:
        if token.pos_ in {"VERB", "AUX"} or token.head == token:
            return False
        token = token.head
    return True


# Date ------------------------------------------------------------------------------------------------------------

def _event_date(candidate: _Candidate, sentence: Span, context: _DocumentContext) -> tuple[DateMention | None, str]:
    """The event's date and where it comes from (schemas.vocabulary.DATE_SOURCES): its own clause's, else the
    date of the speech act that reports it. Events with neither are dated later from their passage or the
    publication (_dated_by_passage_or_publication)."""
    own = _date(candidate, sentence, context)
    if own is not None:
        return own, "clause"
    reported = _report_date(candidate, sentence, context)
    if reported is not None:
        return reported, "report"
    return None, "none"


def _report_date(candidate: _Candidate, sentence: Span, context: _DocumentContext) -> DateMention | None:
    """The date of the verb of saying that reports the event's clause, for an event told in the past: "Police
    said on Saturday they had arrested three activists", "The activist was abducted, his lawyer said on Monday".
    What is reported happened by the day it was reported, and news reports what is new: the report's day is
    the best day the text gives. Only along clause links: "said on Monday they had found the man who killed
    her" does not date the killing."""
    token = candidate.predicate
    if candidate.nominal:
        return _report_date_of_noun(token, sentence, context)
    if _tensed_verb(token).tag_ not in PAST_TAGS:
        return None
    while token.dep_ in REPORTED_CLAUSE_LINKS:
        token = token.head
        if token.lower_ in REPORTING_VERBS and (dated := _best_own_date(token, sentence, context)) is not None:
            return dated
    return None


def _tensed_verb(verb: Token) -> Token:
    """The verb whose tense a participle adjunct shares: "arresting" in "Police busted a gang, arresting four
    suspects" is told in the past, as "busted" is."""
    while verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj"} and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return verb


def _report_date_of_noun(noun: Token, sentence: Span, context: _DocumentContext) -> DateMention | None:
    """The date of the verb of saying whose object an event noun is: "The army yesterday confirmed the arrest of
    the actor" tells an arrest by yesterday, as "said yesterday it had arrested" would."""
    if noun.dep_ != "dobj" or noun.head.lower_ not in REPORTING_VERBS:
        return None
    return _best_own_date(noun.head, sentence, context)


def _best_own_date(predicate: Token, sentence: Span, context: _DocumentContext, event_noun: Token | None = None) -> DateMention | None:
    """The most precise resolved date of a predicate's own clause (see _own_dates for event_noun)."""
    dated = [mention for mention in _own_dates(predicate, sentence, context, event_noun) if mention.start is not None]
    return min(dated, key=lambda mention: PRECISION_RANK[mention.precision]) if dated else None


def _dated_by_passage_or_publication(events: list[EventMention], context: _DocumentContext, published: date | None) -> list[EventMention]:
    """Dates for the events that happened and whose sentence gives none, in this order:
    - "passage": the last date its paragraph gave before it, as a paragraph tells one episode: that of the
      nearest event before it that happened and has one ("Gunmen abducted two activists on Saturday. They beat
      them."), else the last date of an earlier sentence that is no reference point ("On Saturday, masked men
      stopped their car. They abducted two activists.", not "Since 2019, ...");
    - "publication": the week that ends on the publication day. News reports its news cycle: ACLED codes such
      events at the report's date with a coarser precision, GDELT at the publication date. An analyst can
      filter these out by date_source.
    Neither is given to what the text tells as background, as future, possible or not done (aux_mode)."""
    paragraph_starts = [0, *(index + 1 for index, character in enumerate(context.text) if character == "\n")]
    dated: list[EventMention] = []
    for position, event in enumerate(events):
        if event.date_source == "none" and event.aux_mode is None:
            passage = _passage_date(event, dated, context, paragraph_starts)
            if passage is not None:
                event = events[position] = _with_date(event, passage, "passage", context)
            elif published is not None:
                window = _TakenDate(published - PUBLICATION_WINDOW, published, "week", None, "published")
                event = events[position] = _with_date(event, window, "publication", context)
        if event.date_source in PASSAGE_DATE_SOURCES and event.aux_mode in (None, "historical"):
            dated.append(event)
    return events


@dataclass(frozen=True)
class _TakenDate:
    """A date an event takes from outside its sentence."""

    start: date
    end: date
    precision: str
    text: str | None
    basis: str


def _passage_date(event: EventMention, dated_before: list[EventMention], context: _DocumentContext, paragraph_starts: list[int]) -> _TakenDate | None:
    """The last date the event's paragraph gave before it: an earlier event's, else an earlier sentence's."""
    paragraph_start = paragraph_starts[bisect_right(paragraph_starts, event.start_char) - 1]
    donor = next((earlier for earlier in reversed(dated_before) if earlier.start_char >= paragraph_start), None)
    if donor is not None:
        return _TakenDate(donor.event_date, donor.date_end, donor.date_precision, donor.date_text, donor.date_basis)
    before = range(bisect_right(context.date_starts, paragraph_start - 1), bisect_right(context.date_starts, event.start_char - 1))
    mention = next((context.dates[index] for index in reversed(before)
                    if context.dates[index].start is not None and not _is_reference_point(context.dates[index], context)), None)
    return _TakenDate(mention.start, mention.end, mention.precision, mention.text, mention.basis) if mention else None


def _is_reference_point(mention: DateMention, context: _DocumentContext) -> bool:
    """A date that something else is placed against: "since 2019", "before the vote in May"."""
    span = context.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span is None or any(token.dep_ == "prep" and token.lower_ in REFERENCE_TIME_PREPOSITIONS for token in span.root.ancestors)


def _with_date(event: EventMention, taken: _TakenDate, source: str, context: _DocumentContext) -> EventMention:
    """An event dated from outside its sentence, and background when that date is."""
    return replace(
        event, event_date=taken.start, date_end=taken.end, date_precision=taken.precision, date_text=taken.text,
        date_basis=taken.basis, date_source=source, aux_mode="historical" if _is_background(taken.end, context) else None,
    )


def _date(candidate: _Candidate, sentence: Span, context: _DocumentContext) -> DateMention | None:
    """The most precise date of the trigger's clause: one that this predicate governs, not one under "before",
    "since" or "as of", and never one from another sentence."""
    predicates = [candidate.predicate, *_conjoined(candidate.predicate)]
    for predicate in predicates:  # a date that ends "shelled Kharkiv and attacked Sumy on Monday" dates both
        if (dated := _best_own_date(predicate, sentence, context, candidate.event_noun)) is not None:
            return dated
    return None


def _own_dates(predicate: Token, sentence: Span, context: _DocumentContext, event_noun: Token | None) -> list[DateMention]:
    """The date expressions of a sentence that date the predicate's clause (resolved or not), and the one a
    clause modifies: "in February, when 279 girls were abducted"."""
    references = REFERENCE_TIME_PREPOSITIONS - {"since"} if predicate.lower_ in CUSTODY_VERBS else REFERENCE_TIME_PREPOSITIONS
    dated = []
    for index in context.in_span(context.date_starts, sentence):
        mention = context.dates[index]
        span = context.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        if span is None:
            continue
        modified = predicate.dep_ == "relcl" and span.start <= predicate.head.i < span.end
        if modified or _dates_clause(span.root, predicate, event_noun, references):
            dated.append(mention)
    return dated


def _conjoined(predicate: Token) -> list[Token]:
    """The verbs coordinated with a predicate that share its subject."""
    return [verb for verb in predicate.conjuncts if verb.pos_ == "VERB" and not (_has_subject(verb) and _has_subject(predicate))]


def _has_subject(verb: Token) -> bool:
    return any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children)


def _dates_clause(root: Token, predicate: Token, event_noun: Token | None, references: set[str]) -> bool:
    """Whether a date belongs to the predicate's clause: not to a clause below it, nor to an event noun below it
    ("condemned Saturday's abduction" does not date the condemnation), unless that noun is the predicate's own
    ("launched an attack on Monday")."""
    token = root
    while token != predicate:
        if token.dep_ == "prep" and token.lower_ in references:
            return False
        if token != root and (token.pos_ in {"VERB", "AUX"} or token.lower_ in EVENT_NOUNS and token != event_noun):
            return False
        if token.head == token:
            return False
        token = token.head
    return True


# Figures and casualties ------------------------------------------------------------------------------------------

def _figures_by_predicate(candidates: list[_Candidate], sentence: Span, context: _DocumentContext) -> dict[int, tuple[int, ...]]:
    """The figures of a sentence by the event whose clause holds them: the nearest event predicate above the
    figure ("launched five Shahed drones", "sent $2 million"). In a sentence with one event, that event also
    takes the figures no event clause holds."""
    predicates = {candidate.predicate.i for candidate in candidates}
    assigned: dict[int, list[int]] = {predicate: [] for predicate in predicates}
    for index in context.in_span(context.figure_starts, sentence):
        figure = context.figures[index]
        span = context.doc.char_span(figure.start_char, figure.end_char, alignment_mode="expand")
        if span is None:
            continue
        holder = next((token.i for token in (span.root, *span.root.ancestors) if token.i in predicates), None)
        if holder is None and len(predicates) == 1:
            holder = next(iter(predicates))
        if holder is not None:
            assigned[holder].append(index)
    return {predicate: tuple(indices) for predicate, indices in assigned.items()}


def _casualties(sentence: Span, context: _DocumentContext) -> _Casualties:
    """Killed and injured counts a sentence states: "Four SOCAR employees were seriously injured",
    "killing two civilians", "three people died"."""
    found = _Casualties()
    for token in sentence:
        if token.lower_ not in KILLED_WORDS and token.lower_ not in INJURED_WORDS:
            continue
        counted = [child for child in token.children if child.dep_ in {"nsubjpass", "nsubj", "dobj"}]
        for victims in counted:
            count = _victim_count(victims, context)
            if count is None:
                continue
            if token.lower_ in KILLED_WORDS and found.killed is None:
                found.killed = count
            elif token.lower_ in INJURED_WORDS and found.injured is None:
                found.injured = count
    return found


def _victim_count(victims: Token, context: _DocumentContext) -> int | None:
    """How many a noun phrase of victims counts, adding up its conjuncts ("12 militants and seven soldiers" ->
    19): each one's count figure ("four SOCAR employees"), or a bare number that counts no noun and so is no
    figure ("killing two and injuring five")."""
    counts = [count for noun in (victims, *victims.conjuncts) if (count := _one_count(noun, context)) is not None]
    return sum(counts) if counts else None


def _one_count(victims: Token, context: _DocumentContext) -> int | None:
    figure_index = _count_figure(victims, context)
    if figure_index is not None:
        return int(context.figures[figure_index].value)
    number = victims.lower_.replace(",", "")
    if number.isdigit():
        return int(number)
    return SMALL_NUMBERS.get(number)


def _count_figure(victims: Token, context: _DocumentContext) -> int | None:
    """The count figure that numbers a noun and the words before it ("seven soldiers"), not its conjuncts."""
    start, end = victims.left_edge.idx, victims.idx + len(victims)
    first = bisect_right(context.figure_starts, start - 1)
    for index in range(first, bisect_right(context.figure_starts, end - 1)):
        if context.figures[index].kind == "count":
            return index
    return None


# Parse helpers ---------------------------------------------------------------------------------------------------

def _children(token: Token, dep: str) -> list[Token]:
    return [child for child in token.children if child.dep_ == dep]


def _has_prep(token: Token, words: set[str]) -> bool:
    return any(child.dep_ == "prep" and child.lower_ in words for child in token.children)


def _noun_phrase(noun: Token) -> list[Token]:
    """The noun and its modifiers, without clauses hanging off it."""
    return [noun, *(child for child in noun.children if child.dep_ in {"compound", "amod", "nmod", "nummod"})]
