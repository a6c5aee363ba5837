"""Mode: how an event was done. The weapon of an attack ("five Shahed drones", "with artillery"), the phone of a
consultation, what kind of aid a delivery is ("$2 million in humanitarian aid" is humanitarian). The coding loop
also asks it to find triggers: a carrier verb with a weapon is an attack, a verb of delivery with aid is aid."""

from spacy.tokens import Token

from pipeline.text.events.context import Candidate
from pipeline.text.events.lexicon import AID_MODES, AID_NOUNS, WEAPON_MODES
from pipeline.text.events.syntax import noun_phrase
from pipeline.text.gazetteer import Actor, load_gazetteer


def event_mode(candidate: Candidate) -> str | None:
    """The weapon named by the event noun, the object, the subject or an instrument ("with artillery")."""
    phrases = [candidate.event_noun] if candidate.event_noun is not None else []
    phrases += [child for child in candidate.predicate.children if child.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    phrases += [grandchild for child in candidate.predicate.children if child.dep_ == "prep" and child.lower_ in {"with", "using", "by"}
                for grandchild in child.children if grandchild.dep_ == "pobj"]
    if candidate.meaning.event_type == "ASSAULT":
        for phrase in phrases:
            if (mode := weapon_mode(phrase)) is not None:
                return mode
    if candidate.meaning.event_type == "CONSULT":
        for phrase in phrases:
            if any(token.lower_ in {"phone", "telephone", "call"} for token in noun_phrase(phrase)):
                return "phone"
    return None


def weapon_mode(noun: Token) -> str | None:
    """The attack mode of the weapon a noun phrase names ("five Shahed drones", "a missile strike")."""
    gazetteer = load_gazetteer()
    for token in noun_phrase(noun):
        if token.lower_ in WEAPON_MODES:
            return WEAPON_MODES[token.lower_]
        if token.ent_type_ == "PRODUCT" and isinstance(weapon := gazetteer.lookup(token.text), Actor) and weapon.mode:
            return weapon.mode
    return None


def aid_delivered(verb: Token, objects: list[Token]) -> list[Token]:
    """The words of what a verb delivers when it is aid, arms or money ("sent $2 million in humanitarian aid",
    "supplied Ukraine with military equipment"), else none."""
    delivered = list(objects) + [grandchild for child in verb.children if child.dep_ == "prep" and child.lower_ == "with"
                                 for grandchild in child.children if grandchild.dep_ == "pobj"]
    words = [token for thing in delivered for token in thing.subtree]
    return words if any(token.lower_ in AID_NOUNS for token in words) else []


def aid_mode(delivered: list[Token]) -> str | None:
    modes = [AID_MODES[token.lower_] for token in delivered if token.lower_ in AID_MODES]
    # "$2 million in humanitarian aid" is humanitarian: money says how much, not what kind.
    return next((mode for mode in modes if mode != "economic"), modes[0] if modes else None)
