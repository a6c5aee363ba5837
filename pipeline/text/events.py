"""PLOVER events in a parsed document, coded by rules over the dependency parse, one sentence at a time.

1. Trigger. A verb names the event ("attacked", "condemned", "discussed"); a carrier verb takes an event noun
   ("launched a drone attack", "held a phone call", "signed a deal"), a weapon ("launched five Shahed drones")
   or aid ("sent $2 million in humanitarian aid"); or an event noun is the subject of a verb of arrival
   ("a Russian missile strike landed"). The lexicons give the type; the words around the trigger the mode.
2. Realis. What did not happen is no event: a negated, modal or conditional clause, the content of an
   intention ("considering lifting", "refrained from supplying") or of another event ("threatened to lift",
   "condemned the attacks, saying they ... targeted"), a descriptive participle ("a jet targeted by"), a clause
   that only dates another one ("before the deal was signed").
3. Arguments. The actor is the subject (the agent of a passive), the target the object or what an
   at/on/against, with or to phrase names. Names resolve through the gazetteer; a demonym or possessive names
   the country ("Russian forces" -> Russia); a capital acting stands for its state ("Baku supplied").
   The location is the most precise place under a locative preposition of the clause.
4. Date, figures and casualties come from the trigger's clause; a casualty sentence that follows an event and
   has none of its own ("Four SOCAR employees were seriously injured.") counts for that event.
"""

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from pipeline.text.dates import DateMention, find_dates
from pipeline.text.entities import Referent, resolve_name
from pipeline.text.figures import Figure
from pipeline.text.gazetteer import Actor, load_gazetteer
from schemas.vocabulary import PRECISION_RANK


@dataclass(frozen=True)
class EventMention:
    start_char: int
    end_char: int
    sentence: str  # the evidence sentence; == doc.text[start_char:end_char]
    event_type: str
    mode: str | None
    actor: str | None
    actor_country: str | None
    target: str | None
    target_country: str | None
    location: str | None
    admin1: str | None
    country: str | None
    event_date: date | None
    date_end: date | None
    date_precision: str
    date_text: str | None
    date_basis: str
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
}
# Verbs that double their last consonant before -ed and -ing.
_DOUBLING = {"ban", "kidnap", "expel", "commit", "slam", "ship", "hit"}


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
    "censor": ("COERCE", "censor"), "hack": ("COERCE", "cyber"),
})
# Verbs that are events only with a named doer: "Russian attacks that damaged the depot", "Russian strikes
# killed two"; "two were killed" or "the strikes damaged" only tell more of an event already told.
NAMED_DOER_REQUIRED = _verb_set("kill", "injure", "wound", "damage")

# Nouns that name an event when a carrier verb takes them, or when they are the subject of a verb of arrival.
EVENT_NOUNS = _nouns({
    "attack": ("ASSAULT", None), "strike": ("ASSAULT", None), "airstrike": ("ASSAULT", "aerial"),
    "bombardment": ("ASSAULT", None), "shelling": ("ASSAULT", "heavy-weapons"), "raid": ("ASSAULT", None),
    "assault": ("ASSAULT", None), "barrage": ("ASSAULT", None), "offensive": ("ASSAULT", None),
    "counteroffensive": ("ASSAULT", None), "bombing": ("ASSAULT", "explosives"), "ambush": ("ASSAULT", None),
    "assassination": ("ASSAULT", "targeted"),
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
    "protest": ("PROTEST", "demo"), "demonstration": ("PROTEST", "demo"), "rally": ("PROTEST", "demo"),
    "boycott": ("PROTEST", "boycott"),
    "sanction": ("SANCTION", None), "embargo": ("SANCTION", None),
    "ban": ("COERCE", "restrict"), "blockade": ("COERCE", "restrict"), "curfew": ("COERCE", "curfew"),
})
# Verbs whose meaning is the event noun, weapon or aid they take.
CARRIER_VERBS = _verb_set(
    "launch", "carry", "conduct", "stage", "mount", "unleash", "hold", "have", "host", "sign", "conclude", "reach",
    "strike", "seal", "ink", "impose", "introduce", "declare", "announce", "issue", "make", "file", "open",
    "begin", "start", "fire", "use",
)
# Verbs that fire a weapon at whatever: "launched five Shahed drones".
FIRING_VERBS = _verb_set("launch", "fire", "use")
# "called on Baku to", "called for talks".
CALL_FORMS = _verb_set("call")
# Verbs of arrival whose subject is the event: "a missile strike landed near the embassy".
ARRIVAL_VERBS = _verb_set("land", "occur", "happen", "take", "rock")
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
    **dict.fromkeys(("chemical", "nerve", "biological", "radiological"), "unconventional"),
}
# "lift the ban", "ease sanctions": giving up a restriction is a RETREAT.
RESTRICTION_NOUNS = _noun_set("ban", "embargo", "sanction", "restriction", "blockade", "siege")
RELIEF_VERBS = _verb_set("lift", "ease", "end")

# Realis.
MODALS = {"could", "may", "might", "would", "should", "will", "can", "must", "shall", "'d", "'ll", "wo", "ca"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
# A clause under these only dates another one: "just before the deal was signed".
REFERENCE_MARKS = {"before", "after", "since", "until", "till", "once"}
HEDGES = {"possibly", "potentially", "perhaps", "maybe", "hypothetically"}
INTENTIONS = _verb_set(
    "consider", "plan", "intend", "want", "seek", "aim", "hope", "propose", "prepare", "refrain", "fail",
    "avoid", "decline", "need", "expect", "wish", "try", "attempt", "mull", "weigh", "hint",
) | _noun_set("plan", "intention", "possibility", "option", "readiness", "attempt", "bid", "policy") | {
    "unable", "ready", "willing", "poised", "likely", "possible",
}
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
PLACE_RANK = {"city": 0, None: 1, "area": 2, "admin1": 3, "sea": 4, "country": 5}
# Time expressions under these prepositions do not date the event: "before the invasion in 2022", "as of mid-2025".
REFERENCE_TIME_PREPOSITIONS = {"before", "after", "since", "until", "till", "by", "as", "prior"}

# Casualties.
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


# Coding ----------------------------------------------------------------------------------------------------------

@dataclass
class _Candidate:
    """A trigger found in a sentence, before its arguments are read."""

    predicate: Token  # the verb whose clause is the event's
    trigger: Token  # the word whose meaning gave the type
    meaning: Trigger
    event_noun: Token | None = None  # "attack" in "launched an attack"


@dataclass
class _Casualties:
    killed: int | None = None
    injured: int | None = None

    def __bool__(self) -> bool:
        return self.killed is not None or self.injured is not None


class _DocumentContext:
    """What one document's events share: dates, figures and entities by position, and the discourse so far."""

    def __init__(self, doc: Doc, figures: Sequence[Figure], published: date | None, reference_year: int | None):
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token anew on each call
        self.figures = figures
        self.dates = find_dates(self.text, published, reference_year)
        self.date_starts = [mention.start_char for mention in self.dates]
        self.figure_starts = [figure.start_char for figure in figures]
        self.entity_of = {token_index: ent for ent in doc.ents for token_index in range(ent.start, ent.end)}
        self.person_entities = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        self.previous_subject: Referent | None = None

    def in_span(self, starts: list[int], span: Span) -> range:
        return range(bisect_right(starts, span.start_char - 1), bisect_right(starts, span.end_char - 1))


def extract_events(doc: Doc, figures: Sequence[Figure], published: date | None, reference_year: int | None) -> list[EventMention]:
    context = _DocumentContext(doc, figures, published, reference_year)
    events: list[EventMention] = []
    previous_sentence_events: list[EventMention] = []
    for sentence in doc.sents:
        candidates = _candidates(sentence)
        casualties = _casualties(sentence, context)
        if not candidates and casualties and previous_sentence_events:
            # "Four SOCAR employees were seriously injured." reports on the attack just told.
            told = len(events) - len(previous_sentence_events)
            index = told + _casualty_bearer(previous_sentence_events)
            events[index] = _with_casualties(events[index], casualties)
        figures_of = _figures_by_predicate(candidates, sentence, context)
        sentence_events = [_event(candidate, sentence, context, figures_of[candidate.predicate.i]) for candidate in candidates]
        if sentence_events and casualties:
            index = _casualty_bearer(sentence_events)
            sentence_events[index] = _with_casualties(sentence_events[index], casualties)
        events.extend(sentence_events)
        previous_sentence_events = sentence_events
        context.previous_subject = _main_subject(sentence, context) or context.previous_subject
    return events


def _casualty_bearer(events: list[EventMention]) -> int:
    """Which of a sentence's events the casualties are of: its last attack, else its last event."""
    assaults = [index for index, event in enumerate(events) if event.event_type == "ASSAULT"]
    return assaults[-1] if assaults else len(events) - 1


def _candidates(sentence: Span) -> list[_Candidate]:
    found = {}
    for token in sentence:
        if token.pos_ == "VERB":
            candidate = _classify(token)
            if candidate is not None:
                found[token.i] = candidate
    return [candidate for candidate in found.values() if _unreal_reason(candidate, found) is None]


def _classify(verb: Token) -> _Candidate | None:
    """The event a verb's clause reports, by the first rule that applies."""
    word = verb.lower_
    objects = [child for child in verb.children if child.dep_ in {"dobj", "attr"}]
    if word in CARRIER_VERBS:
        for thing in objects:
            if thing.lower_ in EVENT_NOUNS:
                return _Candidate(verb, thing, EVENT_NOUNS[thing.lower_], thing)
            if (weapon := _weapon_mode(thing)) and (word in FIRING_VERBS or _has_prep(verb, TARGET_PREPOSITIONS)):
                return _Candidate(verb, verb, Trigger("ASSAULT", weapon))
    if word in AID_VERBS and (delivered := _aid_delivered(verb, objects)):
        return _Candidate(verb, verb, Trigger("AID", _aid_mode(delivered)))
    if word in RELIEF_VERBS and any(thing.lower_ in RESTRICTION_NOUNS for thing in objects):
        return _Candidate(verb, verb, Trigger("RETREAT"))
    if word in CALL_FORMS and _has_prep(verb, {"on", "for"}):
        return _Candidate(verb, verb, Trigger("REQUEST"))
    if word in ARRIVAL_VERBS:
        for subject in _children(verb, "nsubj"):
            if subject.lower_ in EVENT_NOUNS:
                return _Candidate(verb, subject, EVENT_NOUNS[subject.lower_], subject)
    if word in EVENT_VERBS:
        if word in NAMED_DOER_REQUIRED and not _has_named_doer(verb):
            return None
        return _Candidate(verb, verb, EVENT_VERBS[word])
    return None


def _unreal_reason(candidate: _Candidate, triggers: dict[int, _Candidate]) -> str | None:
    """Why the clause reports no event that happened, or None when it does."""
    predicate = candidate.predicate
    if predicate.dep_ in DESCRIPTIVE:
        return "descriptive participle"
    token, under_another_clause = predicate, False
    while True:
        if token != predicate and under_another_clause and token.i in triggers:
            return "content of another event"
        if token != predicate and token.lower_ in INTENTIONS:
            return "intention"
        for child in token.children:
            if child.dep_ == "neg":
                return "negated"
            if child.dep_ == "aux" and child.lower_ in MODALS:
                return "modal"
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                return "conditional"
            if child.dep_ == "mark" and child.lower_ in REFERENCE_MARKS and token == predicate:
                return "reference clause"
            if child.dep_ == "advmod" and child.lower_ in HEDGES:
                return "hedged"
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
    dated = _date(candidate, sentence, context)
    start, end = _stripped(sentence)
    return EventMention(
        start_char=start,
        end_char=end,
        sentence=context.text[start:end],
        event_type=meaning.event_type,
        mode=meaning.mode or _mode(candidate),
        actor=actor.name if actor else None,
        actor_country=actor.country if actor else None,
        target=target_text,
        target_country=target_country,
        location=location.name,
        admin1=location.admin1,
        country=location.country,
        event_date=dated.start if dated else None,
        date_end=dated.end if dated else None,
        date_precision=dated.precision if dated else "unknown",
        date_text=dated.text if dated else None,
        date_basis=dated.basis if dated else "none",
        killed=None,
        injured=None,
        trigger=candidate.trigger.text,
        figure_indices=figure_indices,
    )


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
    agents = [pobj for agent in _children(predicate, "agent") for pobj in _children(agent, "pobj")]
    subject = agents[0] if agents else _subject(predicate)
    if subject is None:
        return None, None
    participants = _participants(subject, context)
    if participants:
        return _as_actor(participants[0]), (participants[1] if len(participants) > 1 else None)
    actor = _phrase_referent(subject, context)
    partner = next((_phrase_referent(conj, context) for conj in _children(subject, "conj")), None)
    return (_as_actor(actor) if actor else None), partner


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
    phrases = _children(predicate, "nsubjpass")
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


def _has_named_doer(verb: Token) -> bool:
    """Whether the subject or agent of a verb names who did it ("Russian strikes", "Russia")."""
    agents = [pobj for agent in _children(verb, "agent") for pobj in _children(agent, "pobj")]
    doer = agents[0] if agents else _subject(verb)
    if doer is None:
        return False
    named = [doer, *(child for child in doer.children if child.dep_ in {"compound", "amod", "poss", "nmod"})]
    return any(token.ent_type_ in ACTOR_LABELS for token in named)


# Place -----------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Location:
    name: str | None = None
    admin1: str | None = None
    country: str | None = None


def _location(candidate: _Candidate, context: _DocumentContext) -> _Location:
    """The most precise place the clause puts the event in ("in Odesa Oblast", "near Orlivka", "in Kyiv");
    for an attack on a place, the place attacked."""
    predicate = candidate.predicate
    places: list[tuple[int, int, Referent]] = []
    seen = set()
    for token in predicate.subtree:
        ent = context.entity_of.get(token.i)
        if ent is None or ent.label_ not in PLACE_LABELS or ent.start in seen:
            continue
        seen.add(ent.start)
        if not _is_locative(ent.root, predicate, candidate):
            continue
        referent = resolve_name(ent.text, ent.label_)
        if referent.kind not in {"place", "country", None}:
            continue
        kind = referent.place.kind if referent.place else None
        places.append((PLACE_RANK[kind], ent.start, referent))
    if not places:
        return _Location()
    _, _, best = min(places, key=lambda place: place[:2])
    if best.place is None:
        country = next((referent.country for _, _, referent in places if referent.is_state), None)
        return _Location(best.name, None, country)
    if best.is_state:
        return _Location(best.name, None, best.country)
    return _Location(best.name, best.place.admin1, best.country)


def _is_locative(root: Token, predicate: Token, candidate: _Candidate) -> bool:
    """Whether a place is where the predicate's event happened: under a locative preposition (or "the city of")
    that belongs to this clause, or the object of an attack."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PLACE_NOUNS:
        head = head.head.head
    elif root.dep_ == "dobj" and head == predicate and candidate.meaning.event_type == "ASSAULT":
        return True
    elif not (root.dep_ == "pobj" and (head.lower_ in LOCATIVE_PREPOSITIONS or head.lower_ == "from" and candidate.meaning.event_type == "RETREAT")):
        return False
    token = head
    while token != predicate:
        if token.pos_ in {"VERB", "AUX"} or token.head == token:
            return False
        token = token.head
    return True


# Date ------------------------------------------------------------------------------------------------------------

def _date(candidate: _Candidate, sentence: Span, context: _DocumentContext) -> DateMention | None:
    """The most precise date of the trigger's clause: one that this predicate governs, not one under "before",
    "since" or "as of", and never one from another sentence."""
    predicates = [candidate.predicate, *_conjoined(candidate.predicate)]
    for predicate in predicates:  # a date that ends "shelled Kharkiv and attacked Sumy on Monday" dates both
        dated = []
        for index in context.in_span(context.date_starts, sentence):
            mention = context.dates[index]
            if mention.start is None:
                continue
            span = context.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
            if span is not None and _dates_clause(span.root, predicate):
                dated.append(mention)
        if dated:
            return min(dated, key=lambda mention: PRECISION_RANK[mention.precision])
    return None


def _conjoined(predicate: Token) -> list[Token]:
    """The verbs coordinated with a predicate that share its subject."""
    return [verb for verb in predicate.conjuncts if verb.pos_ == "VERB" and not (_has_subject(verb) and _has_subject(predicate))]


def _has_subject(verb: Token) -> bool:
    return any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children)


def _dates_clause(root: Token, predicate: Token) -> bool:
    token = root
    while token != predicate:
        if token.dep_ == "prep" and token.lower_ in REFERENCE_TIME_PREPOSITIONS:
            return False
        if token != root and token.pos_ in {"VERB", "AUX"}:
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
    """How many a noun phrase of victims counts: its count figure ("four SOCAR employees"), or a bare number
    that counts no noun and so is no figure ("killing two and injuring five")."""
    figure_index = _count_figure(victims, context)
    if figure_index is not None:
        return int(context.figures[figure_index].value)
    number = victims.lower_.replace(",", "")
    if number.isdigit():
        return int(number)
    return SMALL_NUMBERS.get(number)


def _count_figure(victims: Token, context: _DocumentContext) -> int | None:
    """The count figure that numbers a noun phrase of victims."""
    phrase = list(victims.subtree)
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
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
