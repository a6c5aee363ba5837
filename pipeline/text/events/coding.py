"""The coding loop and its triggers. extract_events walks a document sentence by sentence: it finds the candidates
(a verb that names an event; a carrier verb with an event noun, a weapon or aid; an event noun that arrives; the
state of a victim or where it is taken ("taken into custody", "taken to a police station", "taken from her home by
officers", "disappeared in 2014", "is being held without bond"); what someone is subjected to ("subjected to
torture"); fire opened or fired at someone; an event noun with a date of its own), drops what did not happen or is
no event (realis: the auxiliary mode, or a reason for no event), reads each candidate into an EventMention
(event.py), gives a sentence's casualties to its attack, and at the end dates the undated from their passage or the
publication and marks the document's lead event (lead.py)."""

from collections.abc import Sequence, Set
from datetime import date

from spacy.tokens import Doc, Span, Token

from pipeline.text.events.casualties import figures_by_predicate, sentence_casualties
from pipeline.text.events.context import Candidate, DocumentContext
from pipeline.text.events.dating import dated_by_passage_or_publication, own_dates, placed_before, report_date_of_noun
from pipeline.text.events.event import event, with_casualties
from pipeline.text.events.lead import VIOLATION_TYPES, with_lead
from pipeline.text.events.lexicon import (
    AID_ITSELF, AID_NOUNS, AID_VERBS, ARMED_TAKERS, ARRIVAL_VERBS, ASSENTING_VERBS, BODY_NOUNS, CALL_FORMS,
    CAPTIVITY_WORDS, CARRIER_VERBS, CASUALTY_TYPES, CHARGE_TYPES, CHARGE_VERBS, CLAUSE_CHAIN, COMMITMENT_LINKS,
    CONDITIONAL_MARKS, COOPERATIVE_OFFERS, CUSTODY_NOUNS, DATED_PARTICIPLE_TYPES, DATED_VIOLATION_REASONS,
    DEATH_VERBS, DESCRIPTIVE, DETENTION_PLACES, DISAPPEARING_VERBS, DOER_REQUIRED, EVENT_NOUNS, EVENT_VERBS,
    FACTIVE_VERBS, FINDING_VERBS, FINITE_TAGS, FIRED_ROUNDS, FIRE_NOUNS, FIRING_VERBS, FORCE_PRONOUNS,
    FORCING_VERBS, GENERIC_SUBJECTS, GOING_VERBS, HABITUAL_ADVERBS, HEDGES, HOLDING_VERBS, HOSTAGE_WORDS, ILL_WORDS,
    IMPERATIVE_OPENERS, IMPERATIVE_TAGS, INTENTIONS, JUDGING_VERBS, LEGAL_ACTION, LIFE_NOUNS, LOSING_VERBS, MODALS,
    NAMING_LABELS, NATURAL_FORCES, NEGATING_ADVERBS, NEGATING_PREPOSITIONS, NEGATIVE_DETERMINERS, NEGATIVE_SUBJECTS,
    NOMINAL_AUX_MODES, NOMINAL_TYPES, NOT_HELD, NOT_NOMINAL, NO_EVENT_OBJECTS, NO_EVENT_OBJECT_LINKS,
    NO_EVENT_REASONS, OBJECTLESS_PROTEST_VERBS, OFFERING_VERBS, OPENING_VERBS, PAGE_PERSONS, PEOPLE_NOUNS,
    PEOPLE_PRONOUNS, PERFECT_AUXILIARIES, PLURAL_TAGS, POSSESSING_VERBS, PRESENT_TAGS, PREVENTING_VERBS,
    PUBLISHED_CLAUSE_OPENERS, PUBLISHING_VERBS, PUTTING_VERBS, QUANTITY_NOUNS, REASON_MARKS, RECEIVING_VERBS,
    RECIPIENT_PREPOSITIONS, REFERENCE_MARKS, REFLEXIVE_PRONOUNS, REGARD_VERBS, RELATIVE_PRONOUNS, RELIEF_VERBS,
    RESTRICTION_NOUNS, ROUNDING_VERBS, SEEING_VERBS, SEIZING_AUTHORITIES, SEIZING_VERBS, SEXUAL_WORDS,
    SHARED_SUBJECT_LINKS, SHOOTING_PREPOSITIONS, SHOOTING_VERBS, SIDE_CLAUSE_MARKS, SNATCHING_VERBS,
    STATE_COMPLEMENTS, STATE_VERBS, STRIKERS, STRIKE_NOUNS, STRIKING_VERBS, SUBJECTED_NOUNS, SUBJECTING_VERBS,
    SUPPRESSED_NOUNS, SUPPRESSING_VERBS, SUSPECTED_PREPOSITIONS, SUSPECTING_AUTHORITIES, SUSPECTING_VERBS,
    TAKING_VERBS, TARGET_PREPOSITIONS, TREATMENT_NOUNS, VIOLATION_STATES, VOLUNTARY_TYPES, WALKOUT_VERBS,
    WANTED_FORMS, WHENEVER_MARKS, WORKERS_STRIKE_WORDS,
)
from pipeline.text.events.mention import EventMention, Trigger
from pipeline.text.events.mode import aid_delivered, aid_mode, weapon_mode
from pipeline.text.events.roles import counted, has_doer, main_subject
from pipeline.text.events.syntax import (
    agents, children, has_mark, has_prep, is_passive_gerund, noun_phrase, opened_by, prep_objects, relative_antecedent,
    subjects,
)
from pipeline.text.figures import Figure
from pipeline.text.rules import ends_sentence
from schemas.vocabulary import HAPPENED


def extract_events(doc: Doc, figures: Sequence[Figure], published: date | None, reference_year: int | None,
                   dateline: str | None = None, title: str | None = None) -> list[EventMention]:
    """dateline: the place the article's dateline names ("LAGOS, Nigeria"), which the cleaner cut from its text;
    title: the article's headline. Both say where the article is set."""
    context = DocumentContext(doc, figures, published, reference_year, dateline, title)
    events: list[EventMention] = []
    previous_sentence_events: list[EventMention] = []
    for sentence in doc.sents:
        candidates = _candidates(sentence, context)
        casualties = sentence_casualties(sentence, context)
        if not candidates and casualties and (index := _casualty_bearer(previous_sentence_events)) is not None:
            # "Four SOCAR employees were seriously injured." reports on the attack just told.
            told = len(events) - len(previous_sentence_events)
            events[told + index] = with_casualties(events[told + index], casualties)
        figures_of = figures_by_predicate(candidates, sentence, context)
        sentence_events = [event(candidate, sentence, context, figures_of[candidate.predicate.i]) for candidate in candidates]
        if casualties and (index := _casualty_bearer(sentence_events)) is not None:
            sentence_events[index] = with_casualties(sentence_events[index], casualties)
        events.extend(sentence_events)
        previous_sentence_events = sentence_events
        context.previous_subject = main_subject(sentence, context)
    return with_lead(dated_by_passage_or_publication(events, context, published))


def _casualty_bearer(events: list[EventMention]) -> int | None:
    """Which of a sentence's events the casualties are of: its last attack that happened; none without one
    (people "injured when police fired tear gas" after "may open an investigation" are no investigation's)."""
    assaults = [index for index, event in enumerate(events) if event.event_type in CASUALTY_TYPES and event.aux_mode in HAPPENED]
    return assaults[-1] if assaults else None


def _candidates(sentence: Span, context: "DocumentContext") -> list[Candidate]:
    """The sentence's events in text order, each with its auxiliary mode; clauses that report no event dropped."""
    found: dict[int, Candidate] = {}
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
        if realis in DATED_VIOLATION_REASONS and _is_dated_violation(candidate, sentence, context):
            realis = None
        if realis == "generic" and _tells_news(candidate, sentence, context):
            realis = None
        if realis not in NO_EVENT_REASONS:
            candidate.aux_mode = realis
            kept.append(candidate)
    return sorted(kept, key=lambda candidate: candidate.trigger.i)


def _is_dated_violation(candidate: Candidate, sentence: Span, context: "DocumentContext") -> bool:
    """"the seven activists arrested on 10 December", "clashes since 34 people were killed there on May 1, 1977",
    "was accused of abducting Daniel Pearl in Karachi in Jan 2002", "a journalist charged in 2017": a violation or
    charge a participle describes, that another clause is placed before or after, or that a charge or conviction
    tells as done, is an event of its own when it has a date of its own; "a report released on Tuesday" stays a
    description, "before the deal was signed on Monday" a reference point, and "threatened to arrest him on Monday"
    a threat."""
    return candidate.meaning.event_type in DATED_PARTICIPLE_TYPES and bool(own_dates(candidate.predicate, sentence, context, None))


def _tells_news(candidate: Candidate, sentence: Span, context: "DocumentContext") -> bool:
    """A present that a headline or caption tells ("Bangladeshi utility workers demand job permanency", a line
    without a final stop) or that has a date of its own ("Students demonstrate on 1 October") is news."""
    return not ends_sentence(sentence.text.rstrip()) or bool(own_dates(candidate.predicate, sentence, context, None))


def _classify(verb: Token, sentence: Span, context: "DocumentContext") -> Candidate | None:
    """The event a verb's clause reports, by the first rule that applies."""
    if verb.tag_ == "VBN" and (verb.dep_ in {"nsubj", "nsubjpass"} or children(verb, "det")):
        return None  # a participle standing for people: "the accused were punished", "in favour of an accused"
    word = verb.lower_
    objects = [child for child in verb.children if child.dep_ in {"dobj", "attr"}]
    arrangement = word in POSSESSING_VERBS and _simple_present(verb) and not own_dates(verb, sentence, context, None)
    if word in CARRIER_VERBS and not arrangement:  # "have a supply agreement": see POSSESSING_VERBS
        for thing in [*objects, *children(verb, "nsubjpass")]:  # "launched an attack", "raids were conducted"
            if thing.lower_ in EVENT_NOUNS and _is_event_noun(thing):
                return Candidate(verb, thing, _noun_meaning(thing), thing)
            if (weapon := weapon_mode(thing)) and (word in FIRING_VERBS or has_prep(verb, TARGET_PREPOSITIONS)):
                return Candidate(verb, verb, Trigger("ASSAULT", weapon))
    if word in GOING_VERBS and (strike := _strike_gone_on(verb)) is not None:  # "the miners went on strike"
        return Candidate(verb, strike, _noun_meaning(strike), strike)
    if word in AID_VERBS and (delivered := aid_delivered(verb, objects)) and _gives_aid(verb, objects, delivered):
        return Candidate(verb, verb, Trigger("AID", aid_mode(delivered)))
    if word in RELIEF_VERBS and any(thing.lower_ in RESTRICTION_NOUNS for thing in objects):
        return Candidate(verb, verb, Trigger("RETREAT"))
    if word in HOLDING_VERBS and _held_captive(verb):
        return Candidate(verb, verb, Trigger("ASSAULT", "abduct"))
    if word in TAKING_VERBS and _in_custody(verb, {"into"}):
        return Candidate(verb, verb, Trigger("COERCE", "arrest"))
    if word in SEIZING_VERBS and _takes_people(verb) and (seizure := _seizure(verb)) is not None:
        return Candidate(verb, verb, seizure)
    if word in HOLDING_VERBS and _takes_people(verb) and _held_in_detention(verb):
        return Candidate(verb, verb, _holding(verb))
    if word in SUBJECTING_VERBS and (abuse := _subjected_to(verb)) is not None:
        return Candidate(verb, verb, abuse)
    if word in DISAPPEARING_VERBS and (disappearance := _disappearance(verb)) is not None:
        return disappearance
    if word in OPENING_VERBS and (fire := next((thing for thing in objects if thing.lower_ in FIRE_NOUNS), None)) is not None:
        return Candidate(verb, fire, Trigger("ASSAULT", "firearms"), fire)  # "opened fire on the crowd"
    if word in SHOOTING_VERBS and _shoots(verb, objects):
        return Candidate(verb, verb, Trigger("ASSAULT", "firearms"), next(iter(objects), None))
    if word in STATE_VERBS and (state := _violation_state(verb)) is not None:
        return Candidate(verb, verb, state, victim_state=True)
    if word in FINDING_VERBS and children(verb, "auxpass") and (body := _body(verb)) is not None:
        return Candidate(verb, verb, VIOLATION_STATES["dead"], body, victim_state=True)  # "his body was found"
    if _never_seen_again(verb):
        return Candidate(verb, verb, VIOLATION_STATES["missing"], victim_state=True)
    if word == "missing" and any(child.lower_ == "been" for child in verb.children):
        return Candidate(verb, verb, VIOLATION_STATES[word], victim_state=True)  # "has been missing since March 13"
    if word in DEATH_VERBS and _in_custody(verb):
        return Candidate(verb, verb, Trigger("ASSAULT"), victim_state=True)
    if word in CHARGE_VERBS and (children(verb, "auxpass") or verb.dep_ == "acl"):
        return Candidate(verb, verb, Trigger("ACCUSE"))
    if word in CALL_FORMS and _calls_for_something(verb):
        return Candidate(verb, verb, Trigger("REQUEST"))  # not "was called out for spending", a criticism
    if word in ARRIVAL_VERBS:
        for subject in (relative_antecedent(verb, subject) for subject in children(verb, "nsubj")):
            if subject.lower_ in EVENT_NOUNS and _is_event_noun(subject):
                return Candidate(verb, subject, _noun_meaning(subject), subject)
    if word in LOSING_VERBS and any(thing.lower_ in LIFE_NOUNS for thing in objects) and own_dates(verb, sentence, context, None):
        return Candidate(verb, verb, Trigger("ASSAULT"), victim_state=True)
    if _suppresses(verb) and any(thing.lower_ in SUPPRESSED_NOUNS for thing in objects):
        return Candidate(verb, verb, Trigger("COERCE"))
    if word in STRIKING_VERBS and not objects and (_strikers(verb) or _bare_walkout(verb)):
        return Candidate(verb, verb, Trigger("PROTEST", "strike"))
    if any(thing.lower_ in NO_EVENT_OBJECTS.get(word, ()) or thing.lower_ in REFLEXIVE_PRONOUNS for thing in _what_it_takes(verb)):
        return None
    if word in PUBLISHING_VERBS and not objects and _publishes_a_clause(verb):
        return None
    if word in RECEIVING_VERBS and _received_with(verb):
        return None
    if word in ASSENTING_VERBS and not _commits(verb):
        return None
    if word in OFFERING_VERBS and not _offers_cooperation(verb, objects):
        return None
    if word in SUSPECTING_VERBS and not _suspicion_of_wrongdoing(verb):
        return None
    if word in OBJECTLESS_PROTEST_VERBS and _shows_something(verb):
        return None
    if word in EVENT_VERBS:
        if EVENT_VERBS[word].event_type == "ASSAULT" and _done_by_nature(verb):
            return None
        if word in DOER_REQUIRED and not has_doer(verb) and not own_dates(verb, sentence, context, None):
            return None  # a killing with a date of its own is news of its own: "were killed in January 2019"
        return Candidate(verb, verb, EVENT_VERBS[word])
    return None


def _gives_aid(verb: Token, objects: list[Token], delivered: list[Token]) -> bool:
    """PLOVER's AID goes to a recipient. What the text calls aid is given to someone even when it leaves the recipient
    to its context ("has sent multiple shipments of humanitarian aid"); other goods and money only when it names
    one: "sent $2 million to Ukraine", "allocating $2 million for Ukraine's energy sector", "gave them food", "were
    given food", "supplied Ukraine with arms", "delivered equipment to help Ukraine repair its grid"; "he sent money
    back home", "British Gas supplies gas and electric energy" give to nobody."""
    return (any(token.lower_ in AID_ITSELF for token in delivered)
            or any(child.dep_ in {"dative", "iobj"} for child in verb.children)
            or any(subject.lower_ not in AID_NOUNS for subject in children(verb, "nsubjpass"))
            or any(prep_objects(token, RECIPIENT_PREPOSITIONS) for token in [verb, *objects]) or has_prep(verb, {"with"})
            or any(_names_a_beneficiary(clause) for clause in verb.children if clause.dep_ in {"advcl", "xcomp"}))


def _names_a_beneficiary(clause: Token) -> bool:
    """Whether a purpose clause names whom it helps: "to help Ukraine repair", "to support Ukraine's energy
    infrastructure"; not "to pay for school"."""
    return (any(child.dep_ == "aux" and child.lower_ == "to" for child in clause.children)
            and any(token.ent_type_ in {"GPE", "ORG", "NORP"} for token in clause.subtree))


def _done_by_nature(verb: Token) -> bool:
    """"destroyed by Cyclone Kenneth", "Cyclone Kenneth, which hit the country": a subject or agent that is a force of
    nature."""
    doers = [relative_antecedent(verb, subject) for subject in children(verb, "nsubj")]
    doers += agents(verb)
    return any(token.lower_ in NATURAL_FORCES for doer in doers for token in noun_phrase(doer))


def _what_it_takes(verb: Token) -> list[Token]:
    """A verb's objects and complements, the subject of its passive, and the noun its relative clause describes
    when the clause has none of those of its own ("a viral video that NMD released")."""
    taken = [child for child in verb.children if child.dep_ in NO_EVENT_OBJECT_LINKS and child.lower_ not in RELATIVE_PRONOUNS]
    return taken or ([verb.head] if verb.dep_ == "relcl" else [])


def _publishes_a_clause(verb: Token) -> bool:
    """"have not released how he is connected to the case", "released that the victim was 34": a clause that opens
    with a question word or "that"; not the clause a parser hangs on "release" ("release all journalists imprisoned
    for their work", "you'll be released tomorrow")."""
    return any(next(clause.subtree).lower_ in PUBLISHED_CLAUSE_OPENERS for clause in children(verb, "ccomp"))


def _calls_for_something(verb: Token) -> bool:
    """"called on Baku to", "called for talks", "calling for them to be released" (a clause marked "for"); not "was
    called out for spending", a criticism, nor "He last called on May 21", a phone call."""
    wished = any(child.dep_ in {"advcl", "ccomp"} and has_mark(child, {"for"}) for child in verb.children)
    return (bool(prep_objects(verb, {"on"})) or has_prep(verb, {"for"}) or wished) and not children(verb, "prt")


def _received_with(verb: Token) -> bool:
    """"were met with a violent crackdown": a passive with "with"."""
    return bool(children(verb, "auxpass")) and has_prep(verb, {"with"})


def _commits(verb: Token) -> bool:
    """Whether "agree" commits to something rather than shares an opinion or accepts a site's terms."""
    if verb.tag_ == "VBP" and any(subject.lower_ in PAGE_PERSONS for subject in children(verb, "nsubj")):
        return False
    return (any(child.dep_ in COMMITMENT_LINKS for child in verb.children) or has_prep(verb, {"to"})
            or any(_tells_what_will_be(clause) for clause in children(verb, "ccomp")))


def _tells_what_will_be(clause: Token) -> bool:
    """"that it won't be used", "he would plead guilty": a clause whose verb a modal puts ahead."""
    return any(child.dep_ == "aux" and child.lower_ in MODALS for child in clause.children)


def _offers_cooperation(verb: Token, objects: list[Token]) -> bool:
    """"offered to mediate", "offered talks", "offered a series of concessions", "offered a limited degree of
    autonomy"; not "offered no proof", "offering unemployed men a job"."""
    offered = [*objects, *(counted for thing in objects for of in children(thing, "prep") if of.lower_ == "of"
                           for counted in children(of, "pobj"))]
    return bool(children(verb, "xcomp")) or any(thing.lower_ in COOPERATIVE_OFFERS for thing in offered)


def _suspicion_of_wrongdoing(verb: Token) -> bool:
    """"Police suspect five people were involved", "is suspected of being involved in the fraud"."""
    suspected = bool(children(verb, "auxpass")) and has_prep(verb, SUSPECTED_PREPOSITIONS)
    return suspected or any(subject.lower_ in SUSPECTING_AUTHORITIES for subject in children(verb, "nsubj"))


def _shows_something(verb: Token) -> bool:
    """Whether a verb has something for object, a clause, or is passive: "demonstrates that", "demonstrated
    their loyalty", "as demonstrated in many cases". An object the parser finds past punctuation, or a name, is
    mostly a photo credit run into a caption ("Students demonstrate on 1 October ... (Source: Facebook/...)",
    "Protesters demonstrate against the death of George Floyd. Reuters"), not what is shown."""
    return any(child.dep_ in {"ccomp", "nsubjpass", "auxpass"} or child.dep_ == "dobj" and _plain_object(verb, child)
               for child in verb.children) or (verb.tag_ == "VBN" and any(child.dep_ == "mark" for child in verb.children))


def _plain_object(verb: Token, thing: Token) -> bool:
    return thing.pos_ != "PROPN" and not any(token.is_punct for token in verb.doc[verb.i + 1 : thing.i])


def _suppresses(verb: Token) -> bool:
    """"crushed", "quelled", "put down"."""
    return verb.lower_ in SUPPRESSING_VERBS or verb.lower_ in PUTTING_VERBS and any(particle.lower_ == "down" for particle in children(verb, "prt"))


def _strikers(verb: Token) -> bool:
    """Whether workers strike: "the nurses struck on Monday", "Bus drivers voted to strike" (the subject of the
    verb above)."""
    clause = verb.head if verb.dep_ == "xcomp" and not children(verb, "nsubj") else verb
    return any(subject.lower_ in STRIKERS for subject in children(clause, "nsubj"))


def _bare_walkout(verb: Token) -> bool:
    """"may strike", "voted to strike on Monday": the base form with neither passive nor target ("strike at the
    base"); "on" a day is no target."""
    return verb.tag_ == "VB" and not prep_objects(verb, TARGET_PREPOSITIONS) and not children(verb, "auxpass")


def _a_person(noun: Token) -> bool:
    """"Fan Haze", "she", "the students", "dozens of civilians", "4,207 Palestinians": a phrase that stands for
    people."""
    noun = counted(noun)
    nationals = noun.ent_type_ == "NORP" and noun.tag_ in PLURAL_TAGS
    return noun.ent_type_ == "PERSON" or nationals or noun.lower_ in PEOPLE_PRONOUNS or noun.lower_ in PEOPLE_NOUNS


def _takes_people(verb: Token) -> bool:
    """Whether a verb takes people: the subject of its passive ("she was taken", "civilians who were taken") or
    its object ("took him")."""
    taken = [relative_antecedent(verb, subject) for subject in children(verb, "nsubjpass")] or children(verb, "dobj")
    return any(_a_person(thing) for thing in taken)


def _taken_to_detention(verb: Token, prepositions: Set[str] = frozenset({"to"})) -> bool:
    """"was taken to a police station", "were taken to a detention centre"; not "taken to hospital". Or with the
    prepositions given: "disappeared into the prison system"."""
    return any(token.lower_ in DETENTION_PLACES for place in prep_objects(verb, prepositions) for token in noun_phrase(place))


def _seizure(verb: Token) -> Trigger | None:
    """People taken to a place of custody, from somewhere, away, or by armed men: "was taken to a police station",
    "was taken from her home by plainclothes officers", "were taken from their school", "gunmen took them away",
    "was whisked away"; snatched ("were snatched by armed men"), picked up or rounded up ("was picked up by the
    police"): an arrest when an authority takes them, takes them into custody or rounds them up, else an abduction
    ("kidnappers picked up two women"). In the active, the doer must be one who takes by force or the "they" that
    stands for one ("soldiers took him from his house", "they took me to the police station"), not anyone ("she took
    her son from school", "she took me to the police station to file a lawsuit"). The passive needs its "by" to be
    such a doer when it says neither where nor from where ("was taken by gunmen", not "was taken by surprise").
    "taken from us" is a death."""
    passive = bool(children(verb, "auxpass"))
    doers = agents(verb) if passive else [relative_antecedent(verb, subject) for subject in children(verb, "nsubj")]
    doer_words = {token.lower_ for doer in doers for token in noun_phrase(counted(doer))}
    armed = bool(doer_words & ARMED_TAKERS)
    by_force = passive or armed or not doers or doer_words <= FORCE_PRONOUNS
    to_detention = _taken_to_detention(verb)
    rounded_up = verb.lower_ in ROUNDING_VERBS and any(particle.lower_ == "up" for particle in children(verb, "prt"))
    if verb.lower_ in ROUNDING_VERBS and not rounded_up:
        return None
    away = any(child.lower_ == "away" and child.dep_ in {"prt", "advmod"} for child in verb.children)
    from_somewhere = away or any(place.pos_ != "PRON" for place in prep_objects(verb, {"from"}))
    if not by_force or not (to_detention or from_somewhere or rounded_up or verb.lower_ in SNATCHING_VERBS or passive and armed):
        return None
    authority = bool(doer_words & SEIZING_AUTHORITIES)
    arrest = to_detention or authority or rounded_up and not armed  # kidnappers who pick people up abduct them
    return Trigger("COERCE", "arrest") if arrest else Trigger("ASSAULT", "abduct")


def _holding(verb: Token) -> Trigger:
    """People held are detained (COERCE arrest), unless armed men who are no authority hold them: "are still held by
    unknown gunmen" tells hostages (ASSAULT abduct)."""
    holders = {token.lower_ for doer in agents(verb) for token in noun_phrase(counted(doer))}
    hostage_takers = holders & ARMED_TAKERS and not holders & SEIZING_AUTHORITIES
    return Trigger("ASSAULT", "abduct") if hostage_takers else Trigger("COERCE", "arrest")


def _held_in_detention(verb: Token) -> bool:
    """People held are detained: "has been held since August", "is being held without bond", "held them in
    custody", "was held at an interrogation centre for a week". In the active only in custody ("Israel held 4,207
    Palestinians in custody"; "the union held its members together" is none); never "held accountable", "held to
    account", "held up as an example" (NOT_HELD), nor "held hostage" (an abduction: see _held_captive)."""
    said = [*verb.children, *(thing for prep in children(verb, "prep") for thing in children(prep, "pobj"))]
    if any(token.lower_ in NOT_HELD for token in said):
        return False
    return bool(children(verb, "auxpass")) or _in_custody(verb)


def _subjected_to(verb: Token) -> Trigger | None:
    """What someone was subjected to, when it is a violation: "was subjected to torture" (an event noun), "to
    sexual abuse", "to ill-treatment"; not "to criminal proceedings", "to multiple interviews"."""
    for thing in prep_objects(verb, {"to"}):
        modifiers = {token.lower_ for token in thing.subtree if token.i < thing.i}
        if thing.lower_ in EVENT_NOUNS and _is_event_noun(thing):
            abuse = _noun_meaning(thing)
        elif thing.lower_ in SUBJECTED_NOUNS:
            abuse = SUBJECTED_NOUNS[thing.lower_]
        elif thing.lower_ in TREATMENT_NOUNS and modifiers & ILL_WORDS:
            abuse = Trigger("ASSAULT")
        else:
            continue
        return Trigger("ASSAULT", "sexual") if abuse.event_type == "ASSAULT" and modifiers & SEXUAL_WORDS else abuse
    return None


def _disappearance(verb: Token) -> Candidate | None:
    """A person who disappeared, told of the victim ("his friend disappeared in 2014"), or one who was
    disappeared, told with its doer ("were forcibly disappeared by the security services"). Who disappears into
    somewhere other than custody slips away ("allowed many migrants to disappear into the United States",
    "disappeared into the crowd"); "disappeared into the prison system" is a disappearance."""
    if prep_objects(verb, {"into"}) and not _taken_to_detention(verb, {"into"}):
        return None
    if children(verb, "auxpass"):
        victims, victim_state = children(verb, "nsubjpass"), False
    else:
        victims, victim_state = children(verb, "nsubj"), True
    if not any(_a_person(relative_antecedent(verb, victim)) for victim in victims):
        return None
    return Candidate(verb, verb, VIOLATION_STATES["missing"], victim_state=victim_state)


def _shoots(verb: Token, objects: list[Token]) -> bool:
    """"fired into the crowd", "fired at protesters", "fired five shots at him" (the shots are what is fired, not
    its target); not "workers were fired" nor "fired the manager" (dismissed), nor "fired on Monday"."""
    if children(verb, "auxpass"):
        return False
    return any(thing.lower_ in FIRED_ROUNDS for thing in objects) or not objects and bool(prep_objects(verb, SHOOTING_PREPOSITIONS))


def _strike_gone_on(verb: Token) -> Token | None:
    """The strike of "went on strike", "will go on strike"."""
    return next((strike for prep in children(verb, "prep") if prep.lower_ == "on"
                 for strike in children(prep, "pobj") if strike.lower_ in STRIKE_NOUNS), None)


def _body(verb: Token) -> Token | None:
    """The body a passive says was found: "his body was found", "whose body was found", "the remains of the victims
    were exhumed"."""
    return next((found for found in (relative_antecedent(verb, subject) for subject in children(verb, "nsubjpass"))
                 if found.lower_ in BODY_NOUNS), None)


def _never_seen_again(verb: Token) -> bool:
    """"was never seen again", "never to be seen again": someone disappeared."""
    return (verb.lower_ in SEEING_VERBS and bool(children(verb, "auxpass"))
            and any(child.lower_ == "never" for child in verb.children) and any(child.lower_ == "again" for child in verb.children))


def _held_captive(verb: Token) -> bool:
    """"held two directors captive", "was held hostage", "held against his will"."""
    return any(token.lower_ in CAPTIVITY_WORDS and token.dep_ != "aux" for token in verb.subtree if verb in (token.head, token.head.head))


def _violation_state(verb: Token) -> Trigger | None:
    """The violation a state complement reports: "found dead", "went missing"."""
    return next((VIOLATION_STATES[child.lower_] for child in verb.children
                 if child.dep_ in STATE_COMPLEMENTS and child.lower_ in VIOLATION_STATES), None)


def _custody_state(verb: Token, sentence: Span, context: "DocumentContext") -> Candidate | None:
    """"has been in prison since 2009", "who has been behind bars since 1999": a detention, dated from its "since";
    without a date ("has been in custody ever since") a state, not news."""
    if verb.lower_ != "been" or verb.pos_ != "AUX" or not _in_custody(verb) or not own_dates(verb, sentence, context, None):
        return None
    return Candidate(verb, verb, Trigger("COERCE", "arrest"), victim_state=True)


def _in_custody(verb: Token, prepositions: Set[str] = frozenset({"in", "under"})) -> bool:
    """"died in police custody", "died in detention", "died while handcuffed and in custody", "behind bars": a
    custody noun under "in", "under" (or the prepositions given: "into" for "was taken into custody") or "behind"
    in the verb's own clause."""
    return any(token.dep_ == "pobj" and (token.lower_ in CUSTODY_NOUNS and token.head.lower_ in prepositions
                                         or token.lower_ == "bars" and token.head.lower_ == "behind")
               and _in_clause_of(token, verb) for token in verb.subtree)


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Whether no other verb stands between a token and the verb above it."""
    return all(ancestor.pos_ not in {"VERB", "AUX"} for ancestor in token.ancestors if ancestor.i != verb.i and verb.is_ancestor(ancestor))


def _named_event(noun: Token, sentence: Span, context: "DocumentContext") -> Candidate | None:
    """An event noun with a date of its own ("Saturday's abduction", "the arrest on Monday of ..."), or that a
    dated verb of saying takes ("confirmed the arrest yesterday")."""
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lower_ not in EVENT_NOUNS or noun.lower_ in NOT_NOMINAL:
        return None
    meaning = _noun_meaning(noun)
    if not _is_event_noun(noun) or meaning.event_type not in NOMINAL_TYPES:
        return None
    if not own_dates(noun, sentence, context, noun) and report_date_of_noun(noun, sentence, context) is None:
        return None
    return Candidate(noun, noun, meaning, noun)


def _noun_meaning(noun: Token) -> Trigger:
    """What an event noun names; a strike that workers or a hunger striker hold is a protest: "a hunger strike",
    "a 48-hour strike", "a general strike", "the miners' strike", "workers mounted strikes", "the miners went on
    strike", "organised wildcat strikes"."""
    if noun.lower_ in STRIKE_NOUNS:
        modifiers = {token.lower_ for child in noun.children if child.dep_ in {"compound", "amod", "nmod", "poss"} for token in child.subtree}
        if "hunger" in modifiers:
            return Trigger("PROTEST", "hunger")
        held_by_strikers = noun.dep_ == "dobj" and (_strikers(noun.head) or noun.head.lower_ in WALKOUT_VERBS)
        on_strike = noun.dep_ == "pobj" and noun.head.lower_ == "on"  # an attack is "on" its target, never "on" itself
        if modifiers & (WORKERS_STRIKE_WORDS | STRIKERS) or held_by_strikers or on_strike:
            return Trigger("PROTEST", "strike")
    return EVENT_NOUNS[noun.lower_]


def _is_event_noun(noun: Token) -> bool:
    if noun.ent_type_ == "DATE":
        return False  # the month: "in March"
    if noun.lower_ in {"action", "actions"}:
        return any(child.lower_ in LEGAL_ACTION for child in noun.children)
    if noun.lower_ == "taking":
        return noun.pos_ == "NOUN" and any(child.lower_ in HOSTAGE_WORDS for child in noun.children)
    return True


def _nominal_aux_mode(noun: Token) -> str | None:
    """"a foiled abduction", "no arrests", "the planned raid"."""
    return next((NOMINAL_AUX_MODES[child.lower_] for child in noun.children
                 if child.dep_ in {"amod", "det", "compound"} and child.lower_ in NOMINAL_AUX_MODES), None)


def _realis(candidate: Candidate, triggers: dict[int, Candidate]) -> str | None:
    """None when the clause reports what happened; an auxiliary mode (negation, future, hypothetical) when it
    reports what did not or not yet; a NO_EVENT_REASONS reason when it reports no event at all. The nearest
    word that says so wins: "will not attack" is a negation."""
    predicate = candidate.predicate
    infinitive = any(child.dep_ == "aux" and child.lower_ == "to" for child in predicate.children)
    if infinitive and predicate.dep_ in {"acl", "relcl"} and predicate.head.lower_ in NEGATIVE_SUBJECTS:
        return "negation"  # "police did nothing to arrest the killers", "have done nothing to mobilize"
    if predicate.dep_ == "acl" and infinitive:
        # An infinitive on a noun is no report: a plan ("announced plans to take legal action") or a purpose
        # ("the right to protest", "a motion to arrest the minister"), which no date of its own makes happen.
        return INTENTIONS.get(predicate.head.lower_, "purpose")
    if predicate.dep_ in DESCRIPTIVE or _judged_as(predicate):
        return "descriptive participle"
    if _happened_before(candidate):
        return None
    if _demanded(predicate):
        return "imperative"
    token, under_another_clause, shares_subject, tense_apart, conjoined = predicate, False, True, False, True
    below = predicate  # the word of the chain under token
    while True:
        if token != predicate and under_another_clause and token.i in triggers:
            told_as_done = triggers[token.i].meaning.event_type in CHARGE_TYPES
            return "content of a charge" if told_as_done else "content of another event"
        if token != predicate and _presupposes(token, below):
            return None
        if shares_subject and _habitual(token):
            return "habitual"
        if conjoined and _generic(token):
            return "generic"
        # not a verb coordinated with the intention ("ordered a probe and requested the court to appoint a judge",
        # "were tried and jailed"), unless a bare infinitive the parser hung there ("sought to ban NGOs and deny them")
        coordinated = below.dep_ == "conj" and below.tag_ != "VB"
        if token != predicate and _wanted_for(token, below):
            return "content of a charge"
        if token != predicate and token.lower_ in INTENTIONS and not coordinated and not _regards(token):
            return INTENTIONS[token.lower_]
        if token != predicate and token.lower_ in FORCING_VERBS and candidate.meaning.event_type in VOLUNTARY_TYPES:
            return "coerced"
        if (preventer := _preventer(token)) is not None and _negated(preventer):
            return None
        if _negated(token) and not tense_apart and not (token == predicate and _never_seen_again(token)):
            return "negation"
        if shares_subject and _negative_subject(token) or _not_done(token):
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
        if token.dep_ not in CLAUSE_CHAIN or token.head == token or _reason_told_as_past(token):
            return None
        under_another_clause = under_another_clause or token.dep_ != "conj" and not has_mark(token, SIDE_CLAUSE_MARKS)
        shares_subject = shares_subject and token.dep_ in SHARED_SUBJECT_LINKS and not subjects(token)
        # "was not allowed to take her belongings and said she had been denied healthcare", "had not been subjected to
        # abuse and being denied access": a conjoined verb with a tense of its own is not under the other's "not".
        tense_apart = token.dep_ == "conj" and _own_tense(token)
        conjoined = conjoined and token.dep_ == "conj" and not subjects(token)
        below, token = token, token.head


def _reason_told_as_past(clause: Token) -> bool:
    """"how could he have joined the riots, as he has been detained since June", "may be charged because he
    criticized the mayor": a reason told in the past or perfect is a fact, whatever the clause it explains says of
    its own event. In the present it may be no more than that clause ("will be freed because he is ill")."""
    return clause.dep_ == "advcl" and has_mark(clause, REASON_MARKS) and _own_tense(clause) and not _simple_present(clause)


def _wanted_for(verb: Token, below: Token) -> bool:
    """"a fugitive wanted for killing an estate agent": wanted by the police for what he is alleged to have done,
    which no one intends."""
    return verb.lower_ in WANTED_FORMS and below.dep_ == "prep" and below.lower_ == "for"


def _habitual(verb: Token) -> bool:
    """"they are often found dead", "police routinely arrest": a habitual adverb on a verb in the present."""
    return _simple_present(verb) and any(child.dep_ == "advmod" and child.lower_ in HABITUAL_ADVERBS for child in verb.children)


def _simple_present(verb: Token) -> bool:
    """"arrest", "are arrested"; not "have arrested", nor what is going on ("are arresting", "are being detained")."""
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if not auxiliaries:
        return verb.tag_ in PRESENT_TAGS
    progressive = verb.tag_ == "VBG" or any(aux.tag_ == "VBG" for aux in auxiliaries)
    return not progressive and any(aux.tag_ in PRESENT_TAGS and aux.lower_ not in PERFECT_AUXILIARIES for aux in auxiliaries)


def _generic(verb: Token) -> bool:
    """"More journalists are imprisoned in Turkey than anywhere else", "detainees are beaten for talking too loudly",
    "criminal gangs who raid villages", "anyone who criticizes Lukashenko": a simple present in the passive or in a
    relative clause, said of a whole class, tells what happens as a rule. In the active a main clause so said is
    often news ("MEPs demand an investigation", "Police suspect five people were involved"); headlines and dated
    presents are news all the same (see _tells_news). So is a simple present in a "when" clause of a simple present:
    "they are bandits when they strike up north", "when we prosecute a case, we do not have to prove intent"."""
    if not _simple_present(verb):
        return False
    if verb.dep_ == "advcl" and opened_by(verb, WHENEVER_MARKS) and _simple_present(verb.head):
        return True
    if not (verb.dep_ == "relcl" or children(verb, "auxpass")):
        return False
    return any(_class_of_people(relative_antecedent(verb, subject)) for subject in subjects(verb))


def _class_of_people(noun: Token) -> bool:
    """"anyone", a bare plural ("journalists", "security forces"); not a count ("thousands"), nor a group named
    ("Iraqi forces", "the police", "two journalists")."""
    if noun.lower_ in GENERIC_SUBJECTS:
        return True
    determined = any(child.dep_ in {"det", "poss", "nummod"} for child in noun.children)
    named = any(token.ent_type_ in NAMING_LABELS for token in noun_phrase(noun))
    return noun.tag_ in PLURAL_TAGS and not determined and not named and noun.lower_ not in QUANTITY_NOUNS


def _own_tense(verb: Token) -> bool:
    """"said", "was beaten", "being denied"; not "to evacuate", which the verb above governs."""
    return verb.tag_ in FINITE_TAGS or any(child.dep_ in {"aux", "auxpass"} and child.lower_ != "to" for child in verb.children)


def _presupposes(verb: Token, complement: Token) -> bool:
    """Whether a verb tells its clausal complement as true whatever is said of the verb (a factive: "the world
    will never forget how he was executed", "I don't know who kidnapped him"): a finite clause under a factive
    verb with a subject. Not "no one knew how to organise a strike", nor "if the details were known"."""
    infinitive = any(child.dep_ == "aux" and child.lower_ == "to" for child in complement.children)
    return (complement.dep_ == "ccomp" and not infinitive and verb.lower_ in FACTIVE_VERBS
            and bool(children(verb, "nsubj")))


def _negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" for child in verb.children)


def _preventer(verb: Token) -> Token | None:
    """The verb that would keep a gerund from happening: "stop" in "didn't stop the US from invading, humiliating
    and torturing entire populations" (the parser may take the gerund for a noun)."""
    if verb.dep_ not in {"pcomp", "pobj"} or verb.head.lower_ != "from" or verb.head.head.lower_ not in PREVENTING_VERBS:
        return None
    return verb.head.head


def _not_done(verb: Token) -> bool:
    """"without alleging", "instead of releasing him": a gerund under a preposition that says it was not done."""
    if verb.dep_ != "pcomp":
        return False
    preposition = verb.head
    return preposition.lower_ in NEGATING_PREPOSITIONS or any(child.lower_ in NEGATING_ADVERBS for child in preposition.children)


def _negative_subject(verb: Token) -> bool:
    """"None of the officers were ever convicted", "no one was charged"; not a count ("No fewer than 3,547
    suspects have been arrested", "no less than 20 were") nor Downing Street ("No 10 condemned")."""
    return any(subject.lower_ in NEGATIVE_SUBJECTS or _negated_by_determiner(subject) for subject in subjects(verb))


def _negated_by_determiner(subject: Token) -> bool:
    counted = subject.is_digit or any(child.dep_ == "nummod" or child.tag_ == "JJR" for child in subject.children)
    return not counted and any(det.lower_ in NEGATIVE_DETERMINERS for det in children(subject, "det"))


def _demanded(verb: Token) -> bool:
    """"Release all the detainees right now!", "Ratify the Optional Protocol", "Release them and drop the charges":
    a demand, not a report. Only the demanded acts are no report: what the clauses under them tell may be ("Click
    to expand Image Belarusian riot police block the road", "Watch the owner of the tower pleading with an
    officer"), and so may a verb with a subject of its own that the parser joins to one ("Click to expand Image
    Boris Johnson and Paul Kagame meet")."""
    if verb.dep_ == "conj":
        return _bare(verb) and _demanded(verb.head)
    return verb.dep_ == "ROOT" and _bare(verb) and all(
        token.is_punct or token.lower_ in IMPERATIVE_OPENERS for token in verb.doc[verb.sent.start : verb.i])


def _bare(verb: Token) -> bool:
    """A base form without subject or auxiliary: an imperative, where it heads its sentence. The tagger reads some
    as a present ("Welcome to the land of repentant bandits"), which without a subject is an imperative all the same."""
    return verb.tag_ in IMPERATIVE_TAGS and not any(child.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass"} for child in verb.children)


def _happened_before(candidate: Candidate) -> bool:
    """Whether a violation is told in the past in a clause that another one is placed after: "approached border
    agents after she was kidnapped", "six years have passed since gunmen abducted them". Such a clause says its
    event happened, whatever the clause above says of its own ("refused to hand him over after al Qaeda bombed the
    embassy", and the verbs coordinated with it: "after al Qaeda bombed the embassy and killed 200 people"); in the
    present it may not have yet ("they will jail me, but only after they torture me"). A gerund takes the tense of
    the clause it is placed before: "was arrested on April 2, after being detained since March 14". Placed as
    dating.placed_before reads it, which also keeps such an event from a later date."""
    verb = candidate.predicate
    later = placed_before(verb)
    gerund = verb.tag_ == "VBG" or is_passive_gerund(verb)
    in_the_past = _told_in_the_past(verb) or gerund and later is not None and _told_in_the_past(later)
    negated = any(child.dep_ == "neg" for child in verb.children)
    return candidate.meaning.event_type in VIOLATION_TYPES and later is not None and in_the_past and not negated


def _told_in_the_past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or any(child.dep_ in {"aux", "auxpass"} and child.tag_ == "VBD" for child in verb.children)


def _judged_as(verb: Token) -> bool:
    """"pedestrians they deem threatening", "a book the censors judged offending": a participle that says what
    someone is judged to be describes, it does not report."""
    return verb.tag_ == "VBG" and verb.dep_ in {"xcomp", "oprd", "acomp"} and verb.head.lower_ in JUDGING_VERBS


def _regards(verb: Token) -> bool:
    """"were considered the first transhuman creatures": a passive verb of regard says what someone is held to be,
    not what someone means to do ("considering lifting")."""
    return verb.lower_ in REGARD_VERBS and bool(children(verb, "auxpass"))
