"""Where one event happened: the most precise place under a locative preposition of its clause (or the place
attacked, or a town qualifying or naming its subject, object or agent), else one its clause under "when" or "while"
gives ("abducted when gunmen attacked their buses near Udi"), else one that a clause above it gives,
else, for an event on the ground (SETTLED_TYPES), one that the words describing its participants give ("a
journalist who worked in Mogadishu"), else where its document is set (setting.py). A place the text names only by
its country, or a street, is made precise by that setting."""


from spacy.tokens import Span, Token

from pipeline.text.entities import Referent
from pipeline.text.events.context import Candidate, DocumentContext
from pipeline.text.events.lexicon import (
    EVENT_VERBS, LOCATIVE_PREPOSITIONS, NATIONAL_PLACE_NOUNS, PLACE_LABELS, PLACE_NOUNS, PLACE_RANK, SIMULTANEOUS_MARKS,
)
from pipeline.text.gazetteer import Place, load_gazetteer
from pipeline.text.events.setting import Location, located, town_in
from pipeline.text.events.syntax import coordinated_verbs, first_conjunct, opened_by, prep_objects
from pipeline.text.nlp import title_words_after_comma


# Events that happen on the ground, where their document is set when they say nothing else; a statement,
# a call or aid sent from abroad happens elsewhere.
SETTLED_TYPES = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "RETREAT"}
# Event types whose "from" phrase names where they happened: "abducted from his Harare home", "withdrew from".
FROM_PLACE_TYPES = {"ASSAULT", "COERCE", "RETREAT"}
# Last words of the names of streets and squares, which lie inside a town.
STREET_WORDS = {"street", "road", "avenue", "lane", "boulevard", "square", "highway", "drive"}
# Dependencies of the nouns a place name may qualify in a clause: "a Minsk court sentenced", "raided a Lagos office".
QUALIFIED_ROLES = {"nsubj", "nsubjpass", "dobj"}
# Words that open an adverbial clause of what was going on where and when an event happened: "were abducted when
# gunmen attacked their buses near Udi", "was kidnapped while caring for civilians in Syria". Not "after" or
# "before": that clause happened at another time, maybe elsewhere.
CIRCUMSTANCE_WORDS = SIMULTANEOUS_MARKS | {"when"}


def event_location(candidate: Candidate, context: DocumentContext) -> Location:
    """The most precise place the event's clause puts it in ("in Odesa Oblast", "near Orlivka", "a Minsk
    court"; for an attack on a place, the place attacked); else one a clause above it gives ("In Harare, police
    said they had arrested"); else, for an event on the ground, one the description of its participants gives,
    else where the document is set. A place the gazetteer does not know (a village) is taken to be in the
    document's country."""
    # a place that ends coordinated acts on the ground places them all: "was imprisoned and tortured in Syria"; not
    # one that ends another kind of clause ("visited Mongolia and was met by protesters angry over Inner Mongolia")
    later = [verb for verb in coordinated_verbs(candidate.predicate) if verb.i > candidate.predicate.i and verb.lower_ in EVENT_VERBS]
    for verb in [candidate.predicate, *(later if candidate.meaning.event_type in SETTLED_TYPES else [])]:
        if (clause := _clause_place(verb, candidate, context, own_clause=True)) is not None:
            return _precise(clause, "clause", context)
    if (where := _where_antecedent(candidate.predicate, context)) is not None:
        return _precise(where, "clause", context)
    if (circumstance := _circumstance_place(candidate, context)) is not None:
        return _precise(circumstance, "clause", context)
    for ancestor in candidate.predicate.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"} and (above := _clause_place(ancestor, candidate, context, own_clause=False)) is not None:
            return _precise(above, "sentence", context)
    if candidate.meaning.event_type not in SETTLED_TYPES:
        return Location()
    if (described := _described_place(candidate.predicate, context)) is not None:
        return _precise(described, "sentence", context)
    return context.places.setting


def _precise(referent: Referent, basis: str, context: DocumentContext) -> Location:
    """Where a place the clause names puts the event. One the text places only in a country ("arrested in
    Nigeria") is put where the document is set, when that is a place in the same country: the text's country,
    made precise by the document. A street ("held at a house in the town's Graham Street") is in the town the
    document is set in."""
    setting = context.places.setting
    if referent.is_state and setting.country == referent.country and setting.name != referent.name:
        return setting
    if referent.place is None and _is_street(referent.name) and setting.country == (referent.country or context.places.main_country):
        return setting
    return located(referent, basis, referent.country or context.places.main_country)


def _is_street(name: str) -> bool:
    return name.rpartition(" ")[2].casefold() in STREET_WORDS


def _clause_place(predicate: Token, candidate: Candidate, context: DocumentContext, own_clause: bool) -> Referent | None:
    """The most precise place a predicate's clause locates it at."""
    places: list[tuple[int, int, Referent]] = []
    seen = set()
    for token in predicate.subtree:
        ent = context.entity_of.get(token.i)
        # "arrested by the San Juan City Police": a body the clause's own subject, object or agent names after its town
        if (own_clause and ent is not None and ent.start not in seen and _is_participant(ent.root, predicate)
                and (town := _town_of_body(ent, context)) is not None):
            seen.add(ent.start)
            places.append((PLACE_RANK[town.place.kind], ent.start, town))
            continue
        if ent is None or ent.start in seen:
            continue
        # the name after "the city of" is read as a place even when the model took it for a person
        label = "GPE" if _names_a_place_noun(ent.root) else ent.label_
        national = _national_place(ent, context) if label == "NORP" else None
        if label not in PLACE_LABELS and national is None:
            continue
        seen.add(ent.start)
        root, referent = national or (ent.root, context.places.referent(ent.text, label))
        if referent.kind not in {"place", "country", None} or not _is_locative(root, referent, predicate, candidate, own_clause):
            continue
        kind = referent.place.kind if referent.place else None
        places.append((PLACE_RANK[kind], ent.start, referent))
    if not places:
        return None
    _, start, best = min(places, key=lambda place: place[:2])
    if best.place is None:
        if (region := _region_named_after(context.entity_of[start], context)) is not None:
            return Referent(best.name, region.country, "place", town_in(best.name, region))
        country = next((referent.country for _, _, referent in places if referent.is_state), None)
        return Referent(best.name, country, None)
    return best


def _where_antecedent(predicate: Token, context: DocumentContext) -> Referent | None:
    """The place a relative clause of "where" that holds the event describes: "in Bulawayo, where two activists
    were arrested", "Evin, a prison where dissidents are held", "the town of Gweru, where he lived until he was
    arrested". The place named in the clause above may be another ("he returned to Gweru" is no locative)."""
    clause = next((token for token in (predicate, *predicate.ancestors)
                   if token.dep_ == "relcl" and any(child.dep_ == "advmod" and child.lower_ == "where" for child in token.children)), None)
    if clause is None:
        return None
    antecedent = clause.head
    named = [antecedent, antecedent.head] if antecedent.dep_ == "appos" else [antecedent, *prep_objects(antecedent, {"of"})]
    for noun in named:
        ent = context.entity_of.get(noun.i)
        if ent is not None and ent.root == noun and ent.label_ in PLACE_LABELS:
            referent = context.places.referent(ent.text, ent.label_)
            if referent.kind in {"place", "country", None}:
                return referent
    return None


def _circumstance_place(candidate: Candidate, context: DocumentContext) -> Referent | None:
    """The place where an adverbial clause under "when" or "while" (CIRCUMSTANCE_WORDS) of the event's verb, or of
    the first verb it is coordinated with, puts what was going on as the event happened: "ten personnel were
    abducted when gunmen attacked their buses near Udi". Only that clause's own locatives, not a clause's below it;
    and not a clause of "to be", which says where someone was, maybe someone else ("imposing sanctions when
    Erdogan is in Washington")."""
    verb = first_conjunct(candidate.predicate)
    clauses = [child for child in verb.children if child.dep_ == "advcl" and child.pos_ == "VERB" and opened_by(child, CIRCUMSTANCE_WORDS)]
    return next((place for clause in clauses if (place := _clause_place(clause, candidate, context, own_clause=False)) is not None), None)


def _region_named_after(ent: Span, context: DocumentContext) -> Place | None:
    """The region a comma after a place's name gives: "in Jangebe, Zamfara state", "in Kankara, Katsina State"
    (which the model may leave unlabelled: its capitalised words are looked up)."""
    if (words := title_words_after_comma(ent)) is None:
        return None
    after = context.entity_of.get(ent.end + 1)
    if after is not None and after.start == ent.end + 1 and after.label_ in PLACE_LABELS:
        name, label = after.text, after.label_
    else:
        name, label = " ".join(token.text for token in words), "GPE"
    region = context.places.referent(name, label).place if name else None
    return region if region is not None and region.kind in {"admin1", "admin2"} else None


def _national_place(ent: Span, context: DocumentContext) -> tuple[Token, Referent] | None:
    """A demonym that qualifies a word for a country's land, its custody or its capital names a place: "in the
    Kenyan capital" is Nairobi, "in Iranian jails" and "in Nigerian waters" are in Iran and Nigeria. Returns the
    noun, which stands in the clause where a place's name would, and the place."""
    noun = ent.root.head
    if ent.root.dep_ not in {"amod", "compound", "nmod"} or noun.lower_ not in NATIONAL_PLACE_NOUNS:
        return None
    country = context.places.referent(ent.text, "NORP")
    if not country.is_state:
        return None
    if noun.lower_ != "capital":
        return noun, country
    capital = load_gazetteer().capital_cities.get(country.country)
    return (noun, Referent(capital.name, capital.country, "place", capital)) if capital else None


def _described_place(predicate: Token, context: DocumentContext) -> Referent | None:
    """The most precise place that the words describing the event's participants put them in: "the hostage-taking
    of Lindhout, who was working near Mogadishu". Only under a locative preposition ("critical of Tehran" names
    no place where anything happened), and not in a clause the event is placed against ("arrested after he had
    been spotted near Interstate 10")."""
    places = []
    for token in predicate.subtree:
        ent = context.entity_of.get(token.i)
        if (ent is None or ent.label_ not in PLACE_LABELS or token.i != ent.root.i or token.dep_ != "pobj"
                or token.head.lower_ not in LOCATIVE_PREPOSITIONS or _in_adverbial_clause(token, predicate)):
            continue
        referent = context.places.referent(ent.text, ent.label_)
        if referent.kind in {"place", "country", None}:
            places.append((PLACE_RANK[referent.place.kind if referent.place else None], ent.start, referent))
    return min(places, key=lambda place: place[:2])[2] if places else None


def _in_adverbial_clause(token: Token, predicate: Token) -> bool:
    """Whether a token lies in an adverbial clause ("after ...", "while ...") below the predicate."""
    return any(ancestor.dep_ == "advcl" for ancestor in token.ancestors if predicate.is_ancestor(ancestor))


def _is_participant(noun: Token, predicate: Token) -> bool:
    """Whether a noun is the subject, object or agent of the predicate: a place that qualifies it ("a Minsk
    court", "the court of Shenzhen") is where the event happened."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        return noun.head.head == predicate  # "by the court"
    return noun.dep_ in QUALIFIED_ROLES and noun.head == predicate


def _town_of_body(ent: Span, context: DocumentContext) -> Referent | None:
    """The town a body's name begins with, when the name is no place the gazetteer knows and the document names that
    town as a place elsewhere: "the San Juan City Police", "the Kano Police Command". A body named after its town is
    there, as "a Minsk court" is; the model reads such a name whole, so that rule cannot see the town in it. The
    document must name the town itself: "Human Rights Watch" does not begin with Uman, Ukraine (geonames' Human)."""
    if context.places.referent(ent.text, ent.label_).kind is not None:
        return None
    words = [token for token in ent if not (token.i == ent.start and token.lower_ == "the")]
    for length in range(min(3, len(words) - 1), 0, -1):
        referent = context.places.referent(" ".join(token.text for token in words[:length]), "GPE")
        if referent.kind == "place" and referent.place in context.places.named_places:
            return referent
    return None


def _names_a_place_noun(root: Token) -> bool:
    """"the city of Hama": a name that says which city, town or region is a place, whatever label the model gave
    it (it may take "Hama" there for an organization)."""
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in PLACE_NOUNS


def _is_locative(root: Token, referent: Referent, predicate: Token, candidate: Candidate, own_clause: bool) -> bool:
    """Whether a place is where the predicate's event happened: under a locative preposition (or "the city of")
    that belongs to this clause, the object of an attack, or a city qualifying the clause's subject, object or
    agent ("a Minsk court", "by the court of Shenzhen"), when the gazetteer knows it: a name it does not know
    qualifying a participant is more often a people, a party or a man than a village ("Tamil journalists", "the
    Verdi union members", "the Buhari junta"), while one qualifying a noun under a locative preposition is a place
    ("in Kabarore commune", "at Kicukiro police station")."""
    event_type = candidate.meaning.event_type
    if root.dep_ == "appos":
        root = root.head  # "in the capital, Amsterdam" is where "in the capital" is
    # "at Tehran's Imam Khomeini Airport"; only a place the gazetteer knows owns one ("over Khashoggi's murder")
    owned = root.dep_ == "poss" and root.head.pos_ in {"NOUN", "PROPN"} and referent.place is not None
    if (root.dep_ in {"compound", "nmod"} and root.head.pos_ == "NOUN" or owned) and not referent.is_state:
        root = root.head  # "his Harare home", "a Minsk court"
        if _is_participant(root, predicate) and referent.kind == "place":
            return True
    elif (root.dep_ == "pobj" and root.head.lower_ == "of" and referent.kind == "place" and _is_participant(root.head.head, predicate)
          and root.head.nbor(-1).text != ","):
        # "sentenced by the court of Shenzhen"; a name the gazetteer does not know may be no place ("of Uyghurs"), and
        # "Mrs Smith, of north London, was arrested" tells where she lives, not where she was arrested
        return True
    head = root.head
    if _names_a_place_noun(root):
        head = head.head.head
    elif root.dep_ == "dobj" and head == predicate and own_clause and event_type == "ASSAULT":
        return True
    elif not (root.dep_ == "pobj" and (head.lower_ in LOCATIVE_PREPOSITIONS or _taken_from(head, predicate, event_type))):
        return False
    token = head
    while token != predicate:
        if token.pos_ in {"VERB", "AUX"} or token.head == token:
            return False
        token = token.head
    return True


def _taken_from(preposition: Token, predicate: Token, event_type: str) -> bool:
    """Whether a "from" phrase says where the event happened: where it took its victim from ("abducted from his
    Harare home"), or where its subject or object comes from ("a journalist from Lahore was shot", "killed Qais,
    a journalist from Dera Ismail Khan"), who is most often attacked at home. Not where someone further off comes
    from: "the murder of Dulcie September, a teacher from the Cape Flats who was killed in exile in France"."""
    if preposition.lower_ != "from" or event_type not in FROM_PLACE_TYPES:
        return False
    noun = preposition.head.head if preposition.head.dep_ == "appos" else preposition.head
    return preposition.head == predicate or _is_participant(noun, predicate)
