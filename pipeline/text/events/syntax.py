"""Parse helpers: small questions to the dependency parse that every step asks (a token's children by dependency,
whether a preposition or a subordinating word of a set hangs off it, a noun with its modifiers)."""

from spacy.tokens import Token


def children(token: Token, dep: str) -> list[Token]:
    return [child for child in token.children if child.dep_ == dep]


def has_prep(token: Token, words: set[str]) -> bool:
    return any(child.dep_ == "prep" and child.lower_ in words for child in token.children)


def has_mark(verb: Token, words: set[str]) -> bool:
    """Whether a subordinating word of the set introduces the verb's clause: "after" in "after she was kidnapped"."""
    return any(child.dep_ == "mark" and child.lower_ in words for child in verb.children)


def noun_phrase(noun: Token) -> list[Token]:
    """The noun and its modifiers, without clauses hanging off it."""
    return [noun, *(child for child in noun.children if child.dep_ in {"compound", "amod", "nmod", "nummod"})]
