"""The sector of an actor or target (schemas.vocabulary.SECTORS): the part of society the phrase that names it
belongs to, whether or not it gives a name. "Russian forces" are Russia's military, "Police arrested" tells a
police action with no named actor, "a journalist" is the media.

Read from the phrase's head token, in this order:
1. a named organization whose data/actors.json entry gives its sector ("SOCAR", "the Kremlin", "NATO");
2. the head noun (lexicon.SECTOR_NOUNS): "forces", "police", "gunmen", "journalist", "a court". A post or part
   of a body (lexicon.ROLE_NOUNS) takes the body's word first: "police officers", "security forces", "opposition
   leader", "members of the opposition"; so does a name, by its title: "President Zelensky", "Zelensky, the
   president";
3. a named organization among its modifiers, whose the thing or people are: "a SOCAR oil depot", "UN experts".
A phrase that names no one itself (a pronoun, "It urged the Huthis" after "the United Nations said") takes the
sector of whom roles.py found it to stand for (named_sector). A person's sector comes only from the title the text gives, since offices change hands; a country or a place
acting ("Russia", "Moscow") has none. What none of these tells stays unknown.
"""

from spacy.tokens import Token

from pipeline.text.entities import bare_name
from pipeline.text.events.context import DocumentContext
from pipeline.text.events.lexicon import ROLE_NOUNS, SECTOR_NOUNS
from pipeline.text.events.syntax import children
from pipeline.text.gazetteer import Actor, load_gazetteer

# The links of a head to the words that say what it is or whose: "Russian forces", "police officers", "the army's
# spokesman", "Zelensky, the president".
MODIFIER_LINKS = {"compound", "amod", "nmod", "poss", "appos"}


def phrase_sector(head: Token | None, context: DocumentContext) -> str | None:
    """The sector of the noun phrase headed by this token; None when the phrase does not say."""
    if head is None:
        return None
    own = _named_sector(head, context)
    if own is not None:
        return own
    modifiers = [child for child in head.children if child.dep_ in MODIFIER_LINKS]
    if head.lower_ in ROLE_NOUNS or head.pos_ == "PROPN":
        # the body the post is in: "members of the opposition", "the head of police"
        modifiers += [pobj for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of" for pobj in children(prep, "pobj")]
        words = [*modifiers, head]
    else:
        words = [head]
    for word in words:
        if word.lower_ in SECTOR_NOUNS:
            return SECTOR_NOUNS[word.lower_]
    return next((sector for modifier in modifiers if (sector := _named_sector(modifier, context)) is not None), None)


def named_sector(name: str | None) -> str | None:
    """The sector data/actors.json gives the organization of this name ("NATO", "United Nations")."""
    entry = load_gazetteer().lookup(name) if name else None
    return entry.sector if isinstance(entry, Actor) else None


def _named_sector(token: Token, context: DocumentContext) -> str | None:
    """The sector of the organization this token is part of the name of."""
    ent = context.entity_of.get(token.i)
    return named_sector(bare_name(ent.text)) if ent is not None else None
