"""Actor and target: who did it, and to whom. The actor is the subject (also one shared with the verb above) or the
agent of a passive; the target the object, or what an at/on/against, with or (for aid) to phrase names. Names
resolve through the gazetteer; a named modifier or owner says whose a thing is ("a SOCAR oil depot"), a pronoun
points to who the discourse is about, a capital acting stands for its state ("Baku supplied"). A victim told by
its state ("went missing", "died in custody") names no doer; has_doer tells the coding loop whether a killing
says who did it ("Russian strikes killed two", not "the strikes killed two")."""

from dataclasses import replace

from spacy.tokens import Span, Token

from pipeline.text.entities import Referent, resolve_name
from pipeline.text.events.context import Candidate, DocumentContext
from pipeline.text.events.lexicon import (
    ACTOR_LABELS, AID_NOUNS, AIMED_TYPES, CONTEST_VERBS, EVENT_NOUNS, IDIOM_OBJECTS, OBJECT_DOER_PREPOSITIONS, OWNERSHIP_WORDS, PARTNER_PREPOSITIONS,
    PERSONAL_PRONOUNS, PLACE_LABELS, POSSESSIVE_PRONOUNS, QUANTITY_NOUNS, RECIPIENT_PREPOSITIONS, RELATIVE_PRONOUNS, REPORTING_VERBS,
    SUBJECT_SHARING, TARGET_PREPOSITIONS, THIRD_PERSON_PRONOUNS,
)
from pipeline.text.events.mode import weapon_mode
from pipeline.text.events.syntax import agents, children, is_passive_gerund, prep_objects, relative_antecedent, subjects
from pipeline.text.gazetteer import load_gazetteer


def event_actor(candidate: Candidate, context: DocumentContext) -> tuple[Referent | None, Referent | None, Token | None]:
    """(actor, partner, the actor's head token): who acts, and who acts with them ("Zelenskyy and Aliyev held a
    call"). The head token is also given for a doer with no name ("Police arrested"), whose sector it tells."""
    predicate = candidate.predicate
    if candidate.victim_state:
        return None, None, None
    by = agents(predicate)
    subject = by[0] if by else (_doer_of_noun(predicate, context) if candidate.nominal else _subject(predicate))
    if subject is not None and subject == candidate.event_noun:
        subject = _doer_of_noun(subject, context)  # "Pearl's murder took place": the noun's doer, not its owner
    if subject is None:
        return None, None, None
    subject = counted(_reporter_of(subject) or subject)
    participants = _participants(subject, context)
    if participants:
        return _as_actor(participants[0]), (participants[1] if len(participants) > 1 else None), None
    actor = _phrase_referent(subject, context)
    partner = next((_phrase_referent(conj, context) for conj in children(subject, "conj")), None)
    return (_as_actor(actor) if actor else None), partner, subject


def counted(noun: Token) -> Token:
    """What a quantity noun counts: "students" in "a large number of students", "protesters" in "thousands of
    protesters"; any other noun itself."""
    while noun.lower_ in QUANTITY_NOUNS and (counted_nouns := [pobj for prep in children(noun, "prep") if prep.lower_ == "of"
                                                               for pobj in children(prep, "pobj")]):
        noun = counted_nouns[0]
    return noun


def _reporter_of(pronoun: Token) -> Token | None:
    """Whom a "they" or "it" subject stands for when the clause is what a body says of itself: "police" in
    "Hong Kong police said they had arrested nine men", "Beijing" in "Beijing said it supported the arrest".
    Not when a person speaks, or a quote comes before its speaker: "they" is then someone the speaker tells of
    ("They also kidnapped 12 family members," Idris said)."""
    clause = pronoun.head
    if pronoun.lower_ not in THIRD_PERSON_PRONOUNS or pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" \
            or clause.head.lower_ not in REPORTING_VERBS:
        return None
    reporter = next(iter(children(clause.head, "nsubj")), None)
    if reporter is None or reporter.i > pronoun.i or reporter.ent_type_ == "PERSON" \
            or reporter.lower_ in THIRD_PERSON_PRONOUNS | PERSONAL_PRONOUNS:
        return None
    return reporter


def _doer_of_noun(noun: Token, context: DocumentContext) -> Token | None:
    """Who did what a noun names: "the arrest by police", "Russia's attack", "a Russian missile strike"; "his arrest"
    and "Pearl's murder" are whom it was done to."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            return next(iter(children(prep, "pobj")), None)
    owners = [child for child in noun.children if child.dep_ in {"poss", "amod", "compound", "nmod"}]
    return next((owner for owner in owners
                 if (referent := _entity_referent(owner, context)) is not None and referent.kind in {"country", "organization"}), None)


def _subject(predicate: Token) -> Token | None:
    """The active subject, also of a verb that shares it with the verb above ("attacked Kyiv and shelled
    Kharkiv", "escalated its actions, striking energy facilities", "retaliating by targeting"); a passive
    without an agent names no actor; a gerund the verb above tells its object did has that object for doer
    ("accused the police of torturing", "the army was accused of killing"). Of two subjects the one nearest the verb is its own: in
    "Attacks on energy: In July, Russia targeted ..." the first is a run-in heading."""
    token = predicate
    while True:
        if token.dep_ == "pcomp" and token.head.lower_ in OBJECT_DOER_PREPOSITIONS and (
                objects := children(token.head.head, "dobj") or children(token.head.head, "nsubjpass")):
            return objects[0]  # "accused the police of torturing", "the army was accused of killing"
        active = children(token, "nsubj")
        if active:
            return relative_antecedent(token, max(active, key=lambda subject: subject.i if subject.i < token.i else -1))
        if children(token, "nsubjpass") or token.dep_ not in SUBJECT_SHARING or token.head == token:
            return None
        token = token.head


def event_target(candidate: Candidate, actor: Referent | None, context: DocumentContext) -> tuple[str | None, str | None, Token | None]:
    """(target, its country, the target's head token). A target with no name ("arrested three activists") gives its
    head token alone, whose sector it tells."""
    predicate, event_type = candidate.predicate, candidate.meaning.event_type
    if candidate.nominal:
        return _target_of_noun(predicate, actor, context)
    # "Pearl's murder took place": whom the noun says it was done to; "the drone attacks took out the oil facilities"
    if (candidate.event_noun is not None and candidate.event_noun.dep_ in {"nsubj", "nsubjpass"}
            and (of_noun := _target_of_noun(candidate.event_noun, actor, context))[0] is not None):
        return of_noun
    phrases = (children(predicate, "nsubjpass") or _shared_passive_subject(predicate)) + (children(predicate, "nsubj") if candidate.victim_state else [])
    if predicate.dep_ == "acl" and predicate.tag_ == "VBN":
        phrases.append(predicate.head)  # "a union organiser arrested on 10 December"
    phrases = [relative_antecedent(predicate, phrase) for phrase in phrases]  # "the lawyer, who was arrested in 2018"
    heads = [predicate] + ([candidate.event_noun] if candidate.event_noun is not None else [])
    if event_type == "AID":
        heads += children(predicate, "dobj")  # "provided humanitarian aid to Ukraine"
    # "fired at protesters" aims at them, but "arrested at the airport" tells where
    aimed = TARGET_PREPOSITIONS if event_type in AIMED_TYPES else TARGET_PREPOSITIONS - {"at"}
    # "clashed with police" against whom, but "beat me with an iron rod" with what
    partners = PARTNER_PREPOSITIONS if event_type != "ASSAULT" or predicate.lower_ in CONTEST_VERBS else set()
    prepositions = aimed | partners | (RECIPIENT_PREPOSITIONS if event_type == "AID" else set())
    for head in heads:
        phrases += [child for child in head.children if child.dep_ in {"dobj", "dative", "iobj"} and child != candidate.event_noun
                    and child.lower_ not in IDIOM_OBJECTS.get(head.lower_, ())]
        phrases += prep_objects(head, prepositions)
    phrases += _shared_object(predicate)
    unnamed = None  # the first phrase that names nobody: "three activists"
    for phrase in map(counted, phrases):
        if phrase == candidate.event_noun:
            continue  # "the raids were conducted", "torture is used": the event, not whom it was done to
        if event_type in {"ASSAULT", "AID"} and (weapon_mode(phrase) or phrase.lower_ in AID_NOUNS or phrase.like_num):
            continue  # what is launched or sent, not whom it is aimed at
        if event_type == "ASSAULT" and phrase.pos_ == "NOUN" and _entity_referent(phrase, context) is None and _apposed_name(phrase, context) is None:
            # a thing hit, named by what it is and whose: "SOCAR oil depot"
            owner = _phrase_referent(phrase, context)
            return _facility(phrase, owner), owner.country if owner else None, phrase
        referent = _phrase_referent(phrase, context)
        if referent is not None and referent != actor:
            if event_type != "ASSAULT":
                referent = _as_actor(referent)
            return referent.name, referent.country, phrase
        if referent is None and unnamed is None:
            unnamed = phrase
    if event_type == "AID":
        return _recipient_in_purpose(predicate, actor, context)
    return None, None, unnamed


def _shared_passive_subject(predicate: Token) -> list[Token]:
    """The subject a participle shares with the passive it is coordinated after: "Pearl was abducted and
    beheaded" (which the tagger may read as a past tense), "was arrested, beaten and detained"; and the one a
    passive gerund shares with the clause it hangs on: "He was released after being detained for a week", "She
    fled after being threatened"."""
    token = predicate
    while token.dep_ == "conj" and token.tag_ in {"VBN", "VBD"} and not subjects(token) and not children(token, "dobj"):
        token = token.head
        if passive := children(token, "nsubjpass"):
            return passive
    if is_passive_gerund(predicate) and not subjects(predicate):
        clause = predicate.head.head if predicate.dep_ == "pcomp" else predicate.head if predicate.dep_ == "advcl" else None
        # "a journalist who was killed after being kidnapped": the one the relative clause describes
        return [relative_antecedent(clause, subject) for subject in subjects(clause)] if clause is not None else []
    return []


def _shared_object(predicate: Token) -> list[Token]:
    """The object a verb without one shares with the verb coordinated after it, which the parser hangs it on:
    "police arrested and beat three activists"."""
    if children(predicate, "dobj") or children(predicate, "nsubjpass"):
        return []
    following = [verb for verb in predicate.children if verb.dep_ == "conj" and verb.pos_ == "VERB" and not subjects(verb)]
    return children(following[0], "dobj") if following else []


def _target_of_noun(noun: Token, actor: Referent | None, context: DocumentContext) -> tuple[str | None, str | None, Token | None]:
    """Whom what a noun names was done to: "the abduction of Peter Magombeyi", "an attack on the depot",
    "Saturday's abduction of ...", "his arrest" (the last person named)."""
    phrases = [pobj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in {"of", *TARGET_PREPOSITIONS}
               for pobj in children(prep, "pobj")]
    phrases += [owner for owner in children(noun, "poss") if owner.lower_ in POSSESSIVE_PRONOUNS or owner.ent_type_ == "PERSON"]
    for phrase in map(counted, phrases):
        if phrase.lower_ in POSSESSIVE_PRONOUNS:
            referent = _last_person_before(phrase, context)
        else:
            referent = _phrase_referent(phrase, context)
        if referent is not None and referent != actor:
            return referent.name, referent.country, phrase
        if referent is None and phrase.pos_ == "NOUN" and phrase.ent_type_ == "":
            return _facility(phrase, None), None, phrase  # "the killing of two activists" -> "activists"
    return None, None, None


def _recipient_in_purpose(predicate: Token, actor: Referent | None, context: DocumentContext) -> tuple[str | None, str | None, Token | None]:
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


def _phrase_referent(head: Token, context: DocumentContext) -> Referent | None:
    """Who a noun phrase names: its own entity, a named modifier ("Russian forces", "Azerbaijan’s government",
    "a SOCAR oil depot"), an owner ("belonging to SOCAR") or, for a pronoun, who the discourse is about."""
    if head.lower_ in PERSONAL_PRONOUNS:
        return _last_person_before(head, context)
    if head.lower_ in THIRD_PERSON_PRONOUNS:
        return context.previous_subject
    if (apposed := _apposed_name(head, context)) is not None:
        return apposed
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
                if (referent := _phrase_referent(owner, context)) is not None and (child.lower_ != "of" or not _home_of(referent, head)):
                    return referent
    return None


def _home_of(place: Referent, head: Token) -> bool:
    """Whether what "of" names is where a noun's referent belongs, not who owns it: a state ("the people of Iran"
    are no Iran), or a place after a name set off by a comma ("Mr Okafor, of north London," is no London)."""
    return place.is_state or head.pos_ == "PROPN" and place.kind == "place"


def _apposed_name(noun: Token, context: DocumentContext) -> Referent | None:
    """The person or body an apposition names, which the noun only describes, of the country a demonym in the
    description gives: "a Belgian journalist, Tom Smith" (Belgium), "another Nigerian, Anthony Okolie" (Nigeria,
    not the state itself). A name the noun is itself keeps: "the Arewa Consultative Forum (ACF)"."""
    if (own := context.entity_of.get(noun.i)) is not None and own.label_ != "NORP":
        return None
    for child in children(noun, "appos"):
        ent = context.entity_of.get(child.i)
        if ent is None or ent.label_ not in {"PERSON", "ORG"} or (named := _entity_referent(child, context)) is None:
            continue
        if named.country is None and (nationality := _nationality(noun, context)) is not None:
            return replace(named, country=nationality)
        return named
    return None


def _nationality(noun: Token, context: DocumentContext) -> str | None:
    """The country a demonym that is the noun or qualifies it names: "a Nigerian", "a Belgian journalist"."""
    for token in [noun, *children(noun, "amod")]:
        ent = context.entity_of.get(token.i)
        if ent is not None and ent.label_ == "NORP" and (referent := _entity_referent(token, context)) is not None and referent.is_state:
            return referent.country
    return None


def _participants(noun: Token, context: DocumentContext) -> list[Referent]:
    """Who takes part in what a noun names: "a phone call between Zelensky and Aliyev" -> [Zelensky, Aliyev]."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"between", "among"}:
            for first in children(prep, "pobj"):
                named = [first, *[token for token in first.subtree if token.dep_ == "conj"]]
                referents = [referent for token in named if (referent := _phrase_referent(token, context)) is not None]
                if referents:
                    return referents
    return []


def _entity_referent(token: Token, context: DocumentContext) -> Referent | None:
    ent = context.entity_of.get(token.i)
    if ent is None or ent.label_ not in ACTOR_LABELS | PLACE_LABELS:
        return None
    if ent.label_ in PLACE_LABELS | {"NORP"}:
        return context.places.referent(ent.text, ent.label_)
    return _body_of_a_place(ent, context) or resolve_name(ent.text, ent.label_)


def _body_of_a_place(ent: Span, context: DocumentContext) -> Referent | None:
    """An organization whose name the model cut before the place it is of: the gazetteer's ruler labels "Nigeria"
    before the model runs, which can then only label "The Socialist Party of" around it. The body is named whole
    and belongs to the state it is of ("the Press Council of India", "the University of the Philippines")."""
    words = [token.lower_ for token in ent]
    if ent.label_ != "ORG" or len(words) < 2 or not (words[-1] == "of" or words[-2:] == ["of", "the"]):
        return None
    following = context.entity_of.get(ent.end)
    if following is None or following.start != ent.end:
        return None
    place = context.places.referent(following.text, following.label_) if following.label_ in PLACE_LABELS else None
    country = place.country if place is not None and place.is_state else None
    return Referent(resolve_name(ent.doc[ent.start : following.end].text, "ORG").name, country, "organization")


def _as_actor(referent: Referent) -> Referent:
    """A capital acting stands for its state: "Baku supplied Ukraine", "Moscow denied"."""
    gazetteer = load_gazetteer()
    if referent.kind == "place" and referent.name in gazetteer.capitals:
        iso3 = gazetteer.capitals[referent.name]
        return Referent(gazetteer.country_name(iso3), iso3, "country", gazetteer.countries[iso3])
    return referent


def _last_person_before(token: Token, context: DocumentContext) -> Referent | None:
    """Whom a "he", "him" or "his" refers to. A subject pronoun refers to the subject of its sentence when that is
    a person ("Ko Swe Win battled the monk Wirathu, whom he criticized"); any pronoun, else, to the last person its
    sentence names before it ("yelled at Hussain before shooting him"); else to the person the sentence before has
    for subject ("Xu Zhiyong called Xi clueless. He was detained", not Xi); else to the last person named."""
    people = [ent for ent in context.person_entities if ent.end <= token.i]
    if not people:
        return None
    sentence_start = token.sent.start
    own = [ent for ent in people if ent.start >= sentence_start]
    previous = [ent for ent in people if _previous_sentence_start(token) <= ent.start < sentence_start and _is_subject_name(ent)]
    own_subjects = [ent for ent in own if _is_subject_name(ent)] if token.dep_ in {"nsubj", "nsubjpass"} else []
    candidates = own_subjects or own or previous or people
    return resolve_name(candidates[-1].text, "PERSON")


def _is_subject_name(ent: Span) -> bool:
    """Whether a name is the subject of its clause, also as an apposition ("The editor, Doug Burton, said")."""
    root = ent.root
    if root.dep_ == "appos":
        root = root.head
    return root.dep_ in {"nsubj", "nsubjpass"}


def _previous_sentence_start(token: Token) -> int:
    start = token.sent.start
    return token.doc[start - 1].sent.start if start > 0 else 0


def main_subject(sentence: Span, context: DocumentContext) -> Referent | None:
    """Whom a "they" or "it" in the next sentence refers to: the named state or organization the sentence's main
    verb has for subject, also through a pronoun ("It also urged" goes on about the same body). A subject that
    names someone else ("Former detainees said", "Zhang said") ends the chain: a "they" after it is no longer
    the body named sentences before, as in a rights group's report that quotes its witnesses ("Human Rights
    Watch interviewed four detainees. ... They beat me")."""
    subject = next((child for child in sentence.root.children if child.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ in THIRD_PERSON_PRONOUNS:
        return context.previous_subject
    referent = _phrase_referent(subject, context)
    return referent if referent is not None and referent.kind in {"country", "organization"} else None


def has_doer(verb: Token) -> bool:
    """Whether a subject or agent says who did it, and is no event told before: "Russian strikes killed",
    "gunmen killed", "killed by gunmen"; not "the strikes damaged" nor "it killed"."""
    by = agents(verb)
    doer = by[0] if by else _subject(verb)
    if doer is None:
        return False
    named = [doer, *(child for child in doer.children if child.dep_ in {"compound", "amod", "poss", "nmod"})]
    if any(token.ent_type_ in ACTOR_LABELS for token in named):
        return True
    return doer.lower_ not in EVENT_NOUNS and doer.lower_ not in THIRD_PERSON_PRONOUNS | RELATIVE_PRONOUNS
