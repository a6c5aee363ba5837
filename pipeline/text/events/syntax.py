"""Parse helpers: small questions to the dependency parse that every step asks (a token's children by dependency,
whether a preposition or a subordinating word of a set hangs off it, a noun with its modifiers)."""

from spacy.tokens import Token

from pipeline.text.events.lexicon import RELATIVE_PRONOUNS


def children(token: Token, dep: str) -> list[Token]:
    return [child for child in token.children if child.dep_ == dep]


def subjects(verb: Token) -> list[Token]:
    """A verb's own subjects, active or passive."""
    return [child for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"}]


def is_passive_gerund(verb: Token) -> bool:
    """"being detained": a passive whose auxiliary is a gerund."""
    return any(child.dep_ == "auxpass" and child.tag_ == "VBG" for child in verb.children)


def agents(verb: Token) -> list[Token]:
    """Who a passive says did it, after "by": "gunmen" in "was killed by gunmen"."""
    return [doer for agent in children(verb, "agent") for doer in children(agent, "pobj")]


def coordinated_verbs(predicate: Token) -> list[Token]:
    """The verbs coordinated with a predicate that share its subject: "shelled Kharkiv and attacked Sumy on Monday",
    "was imprisoned and tortured in Syria"."""
    return [verb for verb in predicate.conjuncts if verb.pos_ == "VERB" and not (subjects(verb) and subjects(predicate))]


def relative_antecedent(verb: Token, subject: Token) -> Token:
    """The noun a relative clause describes stands for its relative pronoun: "the murder, which happened", "Russian
    attacks that damaged the depot"."""
    return verb.head if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else subject


def has_prep(token: Token, words: set[str]) -> bool:
    return any(child.dep_ == "prep" and child.lower_ in words for child in token.children)


def prep_objects(token: Token, words: set[str]) -> list[Token]:
    """What the token's prepositions of the set take, a day or a time apart: "on Monday" says when, not on what or
    whom ("struck on Monday", "He last called on May 21")."""
    return [thing for prep in children(token, "prep") if prep.lower_ in words
            for thing in children(prep, "pobj") if thing.ent_type_ not in {"DATE", "TIME"}]


def has_mark(verb: Token, words: set[str]) -> bool:
    """Whether a subordinating word of the set introduces the verb's clause: "after" in "after she was kidnapped"."""
    return any(child.dep_ == "mark" and child.lower_ in words for child in verb.children)


def opened_by(clause: Token, words: set[str]) -> bool:
    """Whether a word of the set opens the clause before its verb, as a mark or as the adverb the parser takes
    "when" for: "when they strike up north", "while he was filming"."""
    return any(child.dep_ in {"mark", "advmod"} and child.lower_ in words and child.i < clause.i for child in clause.children)


def first_conjunct(verb: Token) -> Token:
    """The first of coordinated verbs, which carries what opens them all: "when gunmen invaded the site and shot"."""
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return verb


def noun_phrase(noun: Token) -> list[Token]:
    """The noun and its modifiers, without clauses hanging off it."""
    return [noun, *(child for child in noun.children if child.dep_ in {"compound", "amod", "nmod", "nummod"})]
