"""When an event happened, and where that date comes from (date_source): the most precise date its own clause
governs (for an event noun, also a date right after its phrase that the parser hung higher: "involved in the
killing of 14 civilians in 2007"; for the main clause, also a date that opens the sentence, wherever the parser hung
it: "On July 4, one year after the protests were crushed, his body was discovered"), or the date of the clause at
the other end of a stated gap, shifted by it ("released on Thursday, 124 days after they were arrested"), or the
date of the time its clause tells or is told by ("shot during protests on Monday", "on Monday when gunmen invaded",
"arrested while covering a trial in April", "began shooting"), else the date of the verb of saying that reports it;
once the whole document is coded, the undated take the last date their paragraph gave before them, else the week
that ends on the publication day; but an event whose clause leaves its time open or places it before another one
takes none of these, which only bound it. Dates that are only reference points ("before the invasion in 2022",
"since 2019") date nothing; an event whose date ended over a year before the report is background (is_background:
PLOVER's "historical")."""

from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date
from itertools import takewhile

from spacy.tokens import Span, Token

from pipeline.text.dates import DateMention, exact_period, shifted_span
from pipeline.text.events.context import Candidate, DocumentContext
from pipeline.text.events.lexicon import (
    CARRIER_VERBS, COMPARED_TIME_ADVERBS, CUSTODY_ACTS, CUSTODY_VERBS, EVENT_NOUNS, EVENT_VERBS, GAP_DIRECTIONS,
    HISTORICAL_AGE, PASSAGE_DATE_SOURCES, PAST_REFERENCE_MARKS, PAST_TAGS, PHASE_VERBS, PUBLICATION_WINDOW,
    REFERENCE_TIME_PREPOSITIONS, REPORTED_CLAUSE_LINKS, REPORTING_VERBS, SIMULTANEOUS_MARKS, UNSPECIFIED_TIME_ADVERBS,
)
from pipeline.text.events.mention import EventMention
from pipeline.text.events.syntax import coordinated_verbs, first_conjunct, has_mark, opened_by
from schemas.vocabulary import HAPPENED, PRECISION_RANK

# The date_source event_date gives an event that the dates outside its clause only bound (_only_bounded): only
# until dated_by_passage_or_publication, which skips it and hands it on as "none".
_ONLY_BOUNDED = "only bounded"


def event_date(candidate: Candidate, sentence: Span, context: DocumentContext) -> tuple[DateMention | None, str]:
    """The event's date and where it comes from (schemas.vocabulary.DATE_SOURCES): its own clause's, or the one
    its clause states by a gap from another ("124 days after they were arrested", _date_across_gap), else the
    date of the speech act that reports it, unless that only bounds it (_only_bounded). Events with neither are
    dated later from their passage or the publication (dated_by_passage_or_publication)."""
    own = (_clause_date(candidate.predicate, sentence, context, candidate.event_noun)
           or _date_across_gap(candidate.predicate, sentence, context)
           or _date_while_doing(candidate.predicate, sentence, context)
           or _date_of_the_time_when(candidate.predicate, sentence, context))
    if own is not None:
        return own, "clause"
    if _only_bounded(candidate.predicate):
        return None, _ONLY_BOUNDED
    reported = _report_date(candidate, sentence, context)
    if reported is not None:
        return reported, "report"
    return None, "none"


def _only_bounded(predicate: Token) -> bool:
    """Whether the dates outside the event's clause only bound its time from above: the clause leaves that time
    open ("has already sent", "have repeatedly arrested") or places the event before another one (placed_before).
    The day it is reported, the last date of its paragraph and the publication week then come after it by a span
    the text does not give, and a bound is no date: without a date of its own, such an event has none (precision
    unknown), as an analyst who reads one of these dates as the event's would be wrong by that span."""
    time_left_open = any(child.dep_ == "advmod" and child.lower_ in UNSPECIFIED_TIME_ADVERBS for child in predicate.children)
    return time_left_open or placed_before(predicate) is not None


def placed_before(predicate: Token) -> Token | None:
    """The word heading the clause that the event's clause places it before, if it does: "approached" in
    "approached border agents after she was kidnapped and beaten", "freed" in "was freed after being detained
    for a week", "passed" in "six years have passed since gunmen abducted them". A date of that clause ("was
    freed on Monday after being detained") only bounds the event: it does not date it, but one over a year old
    makes it background (event._reference_ends)."""
    clause = predicate
    while clause.dep_ == "conj":  # of coordinated verbs, the first carries the mark: "after she was arrested and beaten"
        clause = clause.head
    if has_mark(clause, PAST_REFERENCE_MARKS):
        return clause.head
    if clause.dep_ == "pcomp" and clause.head.lower_ in PAST_REFERENCE_MARKS:
        return clause.head.head
    return None


def _report_date(candidate: Candidate, sentence: Span, context: DocumentContext) -> DateMention | None:
    """The date of the verb of saying that reports the event's clause, for an event told in the past: "Police
    said on Saturday they had arrested three activists", "The activist was abducted, his lawyer said on Monday".
    What is reported happened by the day it was reported, and news reports what is new: the report's day is
    the best day the text gives. Only along clause links: "said on Monday they had found the man who killed
    her" does not date the killing."""
    token = candidate.predicate
    if candidate.nominal:
        return report_date_of_noun(token, sentence, context)
    if _tensed_verb(token).tag_ not in PAST_TAGS:
        return None
    while token.dep_ in REPORTED_CLAUSE_LINKS:
        token = token.head
        if token.lower_ in REPORTING_VERBS and (dated := _best_own_date(token, sentence, context)) is not None:
            return dated
    return None


def _tensed_verb(verb: Token) -> Token:
    """The verb whose tense a participle adjunct shares: "arresting" in "Police busted a gang, arresting four
    suspects" is told in the past, as "busted" is."""
    while verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj"} and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return verb


def report_date_of_noun(noun: Token, sentence: Span, context: DocumentContext) -> DateMention | None:
    """The date of the verb of saying whose object an event noun is: "The army yesterday confirmed the arrest of
    the actor" tells an arrest by yesterday, as "said yesterday it had arrested" would."""
    if noun.dep_ != "dobj" or noun.head.lower_ not in REPORTING_VERBS:
        return None
    return _best_own_date(noun.head, sentence, context)


def _best_own_date(predicate: Token, sentence: Span, context: DocumentContext, event_noun: Token | None = None) -> DateMention | None:
    """The most precise resolved date of a predicate's own clause (see own_dates for event_noun)."""
    return _most_precise(own_dates(predicate, sentence, context, event_noun))


def _most_precise(mentions: list[DateMention]) -> DateMention | None:
    """The most precise of the resolved dates, the first of equals."""
    dated = [mention for mention in mentions if mention.start is not None]
    return min(dated, key=lambda mention: PRECISION_RANK[mention.precision]) if dated else None


def _sentence_dates(sentence: Span, context: DocumentContext) -> list[tuple[DateMention, Span]]:
    """The date expressions of a sentence, each with the tokens it covers."""
    spans = []
    for index in context.in_span(context.date_starts, sentence):
        mention = context.dates[index]
        span = context.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        if span is not None:
            spans.append((mention, span))
    return spans


@dataclass(frozen=True)
class _Gap:
    """A stated time between the event of a clause and the one of the clause or noun under its "after" or
    "before": "They were released on Thursday, 124 days after they were arrested"."""

    main: Token  # "released"
    subordinate: Token  # "arrested"; or a noun: "two days before the vote on May 3"
    unit: str  # day, week, month or year
    steps: int  # how many units the main event comes after the subordinate one: 124; -2 for "two days before"
    words: Span  # "124 days after"


def _gap_at(link: Token) -> _Gap | None:
    """The gap an "after" or "before" ends, when an exact count of units comes right before it: "124 days
    after", "a week after", "just two days after"; not "a few days after" or "almost 20 years after" (a vague
    count puts no date at the other end), nor "bedridden for a year after a surgery" (a duration, not a gap)."""
    direction = GAP_DIRECTIONS.get(link.lower_)
    if direction is None or link.i == link.sent.start or link.nbor(-1).dep_ != "npadvmod":
        return None
    count_start = link.nbor(-1).left_edge.i
    period = exact_period(link.doc[count_start : link.i].text)
    if period is None:
        return None
    if link.dep_ == "mark":  # "after they were arrested"
        subordinate, main = link.head, link.head.head
    elif link.dep_ == "prep":  # "after being detained", "before the vote"
        subordinate, main = next((child for child in link.children if child.dep_ in {"pcomp", "pobj"}), None), link.head
    else:
        return None
    if subordinate is None or subordinate == main:
        return None
    unit, count = period
    return _Gap(main, subordinate, unit, direction * count, link.doc[count_start : link.i + 1])


def _date_across_gap(predicate: Token, sentence: Span, context: DocumentContext) -> DateMention | None:
    """The date a stated gap gives an event from the date of the clause at the other end of the gap: "They
    were released on Thursday, 124 days after they were arrested" dates the arrest 124 days before that
    Thursday, "Police arrested the suspect two days after the activist was abducted on 3 May" the arrest on May
    5, and "raided the office yesterday and detained three staff, a day after another journalist was detained"
    the other detention the day before yesterday. Only a date the other clause states (_clause_date) is counted
    from: one it takes from its paragraph or its publication is a guess already.
    The date is as precise as the gap: a day for days; for weeks, months and years, the Monday..Sunday week, the
    month or the year that holds the shifted day, as dates.py reads "two weeks earlier". "A week after" is loose
    in news (six days, nine), so a week is all it tells; a month or a year counted from a day is as loose. And
    only a date within one unit of the gap is counted from (shifted_span): a day for days, a day or a week for
    weeks, and so on.
    A date of the subordinate side must come after its "after" or "before": one before the gap ("On July 4,
    one year after the protests were crushed, his body was discovered") is the main clause's, whatever the
    parser hung it on."""
    for gap in filter(None, map(_gap_at, sentence)):
        # verbs coordinated with an end of the gap share it, as they share its date (_clause_date): "two days
        # after gunmen abducted a lawyer and killed his driver"
        if predicate in [gap.main, *coordinated_verbs(gap.main)]:
            other, steps = gap.subordinate, gap.steps
        elif predicate in [gap.subordinate, *coordinated_verbs(gap.subordinate)]:
            other, steps = gap.main, -gap.steps
        else:
            continue
        anchor = _clause_date(other, sentence, context)
        if anchor is None or other == gap.subordinate and anchor.start_char < gap.words.end_char:
            return None
        shifted = shifted_span(anchor.start, anchor.end, gap.unit, steps)
        if shifted is None:
            return None
        # its words run from the date counted from to the gap, and it rests on what that date was resolved against
        start, end = min(anchor.start_char, gap.words.start_char), max(anchor.end_char, gap.words.end_char)
        return DateMention(start, end, context.text[start:end], *shifted, gap.unit, anchor.basis)
    return None


def dated_by_passage_or_publication(events: list[EventMention], context: DocumentContext, published: date | None) -> list[EventMention]:
    """Dates for the events that happened and whose sentence gives none, in this order:
    - "passage": the last date its paragraph gave before it, as a paragraph tells one episode: that of the
      nearest event before it that happened and has one ("Gunmen abducted two activists on Saturday. They beat
      them."), else the last date of an earlier sentence that is no reference point ("On Saturday, masked men
      stopped their car. They abducted two activists.", not "Since 2019, ...");
    - "publication": the week that ends on the publication day. News reports its news cycle: ACLED codes such
      events at the report's date with a coarser precision, GDELT at the publication date. An analyst can
      filter these out by date_source.
    Neither is given to what the text tells as background, as future, possible or not done (aux_mode), nor to
    an event that they would only bound (_only_bounded): "Azerbaijan has already sent $2 million in aid",
    "approached border agents after she was kidnapped"."""
    paragraph_starts = [0, *(index + 1 for index, character in enumerate(context.text) if character == "\n")]
    dated: list[EventMention] = []
    for position, event in enumerate(events):
        if event.date_source == _ONLY_BOUNDED:
            events[position] = replace(event, date_source="none")
            continue
        if event.date_source == "none" and event.aux_mode is None:
            passage = _passage_date(event, dated, context, paragraph_starts)
            if passage is not None:
                event = events[position] = _with_date(event, passage, "passage", context)
            elif published is not None:
                window = _TakenDate(published - PUBLICATION_WINDOW, published, "week", None, "published")
                event = events[position] = _with_date(event, window, "publication", context)
        if event.date_source in PASSAGE_DATE_SOURCES and event.aux_mode in HAPPENED:
            dated.append(event)
    return events


@dataclass(frozen=True)
class _TakenDate:
    """A date an event takes from outside its sentence."""

    start: date
    end: date
    precision: str
    text: str | None
    basis: str


def _passage_date(event: EventMention, dated_before: list[EventMention], context: DocumentContext, paragraph_starts: list[int]) -> _TakenDate | None:
    """The last date the event's paragraph gave before it: an earlier event's, else an earlier sentence's."""
    paragraph_start = paragraph_starts[bisect_right(paragraph_starts, event.start_char) - 1]
    donor = next((earlier for earlier in reversed(dated_before) if earlier.start_char >= paragraph_start), None)
    if donor is not None:
        return _TakenDate(donor.event_date, donor.date_end, donor.date_precision, donor.date_text, donor.date_basis)
    before = range(bisect_right(context.date_starts, paragraph_start - 1), bisect_right(context.date_starts, event.start_char - 1))
    mention = next((context.dates[index] for index in reversed(before)
                    if context.dates[index].start is not None and not _is_reference_point(context.dates[index], context)), None)
    return _TakenDate(mention.start, mention.end, mention.precision, mention.text, mention.basis) if mention else None


def _is_reference_point(mention: DateMention, context: DocumentContext) -> bool:
    """A date that something else is placed against: "since 2019", "before the vote in May"."""
    span = context.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span is None or any(token.dep_ == "prep" and _is_reference(token, REFERENCE_TIME_PREPOSITIONS) for token in span.root.ancestors)


def _with_date(event: EventMention, taken: _TakenDate, source: str, context: DocumentContext) -> EventMention:
    """An event dated from outside its sentence, and background when that date is."""
    return replace(
        event, event_date=taken.start, date_end=taken.end, date_precision=taken.precision, date_text=taken.text,
        date_basis=taken.basis, date_source=source, aux_mode="historical" if is_background(taken.end, context) else None,
    )


def is_background(last_day: date, context: DocumentContext) -> bool:
    return context.report_day is not None and last_day < context.report_day - HISTORICAL_AGE


def _clause_date(predicate: Token, sentence: Span, context: DocumentContext, event_noun: Token | None = None) -> DateMention | None:
    """The most precise date of a predicate's clause: one that this predicate governs, not one under "before",
    "since" or "as of", and never one from another sentence."""
    # a date that ends "shelled Kharkiv and attacked Sumy on Monday" dates both
    verbs = [predicate, *coordinated_verbs(predicate)]
    for sharing in filter(None, (_phase_verb(predicate), _participle_head(predicate))):
        verbs += [sharing, *coordinated_verbs(sharing)]
    for verb in verbs:
        if (dated := _best_own_date(verb, sentence, context, event_noun)) is not None:
            return dated
    return None


def _phase_verb(predicate: Token) -> Token | None:
    """The verb that says when the event began or went on, whose date is then the event's: "began" in "gunmen broke
    through the fence on the evening of January 8 and began shooting", "started" in "the army broke into rooms last
    night and started beating them"."""
    head = predicate.head
    return head if predicate.dep_ == "xcomp" and head.lower_ in PHASE_VERBS and head.pos_ == "VERB" else None


def _participle_head(predicate: Token) -> Token | None:
    """The verb a participle adjunct tells the outcome or manner of, at the same time: "battered" in "When Cyclone
    Nargis battered Burma on May 2, 2008, killing as many as 138,000 people". Not under a word that places it
    ("after leaving", "while covering": _date_while_doing), nor with a subject of its own."""
    if predicate.tag_ != "VBG" or predicate.dep_ != "advcl" or predicate.head.pos_ != "VERB":
        return None
    return None if any(child.dep_ in {"mark", "nsubj", "nsubjpass"} for child in predicate.children) else predicate.head


def _date_while_doing(predicate: Token, sentence: Span, context: DocumentContext) -> DateMention | None:
    """For an event whose clause has no date, the date of the clause under "while" that tells what was being done
    when it happened: "was arrested at the airport while taking her daughter to see her parents in April 2016".
    Only a date of that clause's verbs, not of a noun in it ("while covering the trial of a man charged in 2015"),
    nor across another event's word ("while reporting on the killing of a farmer in 2010"). Verbs coordinated with
    the one the clause hangs on share it, as they share its date (_clause_date): "stopped him while he was covering
    a trial in April, detained him for five days and beat him"."""
    clauses = [clause for verb in [predicate, *coordinated_verbs(predicate)] for clause in verb.children
               if clause.dep_ == "advcl" and has_mark(clause, SIMULTANEOUS_MARKS)]
    return _most_precise([
        mention for mention, span in _sentence_dates(sentence, context) for clause in clauses
        if clause.is_ancestor(span.root) and all(_on_clause_spine(token) for token in takewhile(lambda token: token != clause, span.root.ancestors))
    ])


# The words that open a clause telling what happened at the time of the clause it hangs on: "was supervising work
# on Monday when gunmen invaded the site", "were transferred last October as Turkey invaded Syria"
_AT_THE_TIME_WORDS = SIMULTANEOUS_MARKS | {"when", "as"}


def _date_of_the_time_when(predicate: Token, sentence: Span, context: DocumentContext) -> DateMention | None:
    """For an event whose clause has no date, the date of the clause its clause tells the time of: "Smith was
    supervising work in Ajah on Monday when masked gunmen invaded the place and shot into the air" dates the
    invasion and the shooting to Monday, "heard him screaming as he was being tortured, in November 2016" the
    torture. The reverse of _date_while_doing; the clause above must state its date itself (_clause_date). Not a
    clause told in the past perfect, which places it before the other: "arrested him on Monday as he had criticized
    the governor"."""
    clause = first_conjunct(predicate)
    opened = opened_by(clause, _AT_THE_TIME_WORDS)
    earlier = any(child.dep_ == "aux" and child.lower_ in {"had", "'d"} for child in [*predicate.children, *clause.children])
    if clause.dep_ != "advcl" or not opened or earlier:
        return None
    return _clause_date(clause.head, sentence, context)


def _on_clause_spine(token: Token) -> bool:
    """A preposition or a verb the clause above governs ("taking her daughter to see"), which names no event."""
    names_event = token.lower_ in EVENT_VERBS or token.lower_ in REPORTING_VERBS
    spine = token.dep_ == "prep" and not _is_reference(token, REFERENCE_TIME_PREPOSITIONS) or token.dep_ in {"advcl", "xcomp"}
    return spine and not names_event


def own_dates(predicate: Token, sentence: Span, context: DocumentContext, event_noun: Token | None) -> list[DateMention]:
    """The date expressions of a sentence that date the predicate's clause (resolved or not), and the one a
    clause modifies: "in February, when 279 girls were abducted"."""
    references = REFERENCE_TIME_PREPOSITIONS - {"since"} if _tells_custody_state(predicate) else REFERENCE_TIME_PREPOSITIONS
    dated = []
    for mention, span in _sentence_dates(sentence, context):
        if _opens_sentence(span, sentence, references) and not _dates_clause(span.root, sentence.root, None, references):
            # an opening date the parser hung on a later clause: the main clause's, not that clause's
            if predicate == sentence.root:
                dated.append(mention)
            if predicate == sentence.root or has_mark(predicate, set(GAP_DIRECTIONS)):
                continue
        modified = predicate.dep_ == "relcl" and span.start <= predicate.head.i < span.end
        if modified or _dates_clause(span.root, predicate, event_noun, references) or _dates_noun_before(span, predicate, references):
            dated.append(mention)
    return dated


def _opens_sentence(span: Span, sentence: Span, references: set[str]) -> bool:
    """Whether a date opens its sentence, set off by a comma, as the time of what the sentence tells: "On July 4,
    one year after the protests were crushed, his body was discovered", "On February 24, the day before the report
    was published, police arrested a suspect". The parser may hang it on the clause that follows, but that
    clause is placed against the main one ("after", "before"): it is not that clause's date. Not a reference point
    ("Since 2019, ...")."""
    start = sentence.start
    after_preposition = span.start == start + 1 and sentence.doc[start].dep_ == "prep"
    if span.start != start and not after_preposition:
        return False
    if after_preposition and _is_reference(sentence.doc[start], references):
        return False
    return span.end < sentence.end and sentence.doc[span.end].text == ","


def _dates_noun_before(span: Span, noun: Token, references: set[str]) -> bool:
    """Whether a date that directly follows an event noun's phrase dates the noun although the parser hung it
    higher: "denounced the reporting of mass rapes in 1991", "were involved in the killing of 14 civilians in
    Baghdad in 2007", "leading up to his death on 5 February 1982". A date's preposition right after a noun
    phrase is the noun's unless the word the parser hung it on may own it (_may_own_date)."""
    if noun.lower_ not in EVENT_NOUNS or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    preposition = span.root.head
    phrase = noun.head if noun.dep_ == "conj" else noun  # "an armed robbery and kidnapping in Scarborough on Tuesday"
    return (span.root.dep_ == "pobj" and preposition.dep_ == "prep" and not _is_reference(preposition, references)
            and preposition.i == phrase.right_edge.i + 1 and preposition.head.is_ancestor(noun)
            and not _may_own_date(preposition.head, preposition))


def _may_own_date(word: Token, preposition: Token) -> bool:
    """Whether a word names an event that a date under the preposition may be of: "staged a protest on the arrest
    of Dr Castro at the hospital in Manila on February 21" dates the protest. Not when the word has a date
    already: "In 2014, the council denounced the reporting of mass rapes in 1991"."""
    names_event = any(word.lower_ in words for words in (EVENT_VERBS, CARRIER_VERBS, EVENT_NOUNS, REPORTING_VERBS))
    return names_event and not any(
        child.ent_type_ == "DATE" or any(object_.dep_ == "pobj" and object_.ent_type_ == "DATE" for object_ in child.children)
        for child in word.children if child != preposition
    )


def _is_reference(preposition: Token, references: set[str]) -> bool:
    """Whether a preposition makes the date under it a point something else is placed against ("as of May",
    "since 2019"). After an adverb of time it compares, "as" tells when: "As recently as 2014, the authorities
    executed him", "as early as 2009"."""
    compares_time = preposition.lower_ == "as" and preposition.head.lower_ in COMPARED_TIME_ADVERBS
    return preposition.lower_ in references and not compares_time


# What a clause says happened within an event noun's time: "killed during protests in Kabul on Tuesday"
_WITHIN_PREPOSITIONS = {"during"}


def _spans_predicate(noun: Token) -> bool:
    """Whether an event noun is the time the predicate's clause happened within, so that the noun's date is the
    clause's too: "shot two men during demonstrations in Kabul Tuesday", "was arrested during a raid on his home
    on 3 May". "After" or "before" a noun only bound the clause ("arrested after the protests on Monday"), and a
    noun that is the object of the clause is another event ("condemned Saturday's abduction")."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in _WITHIN_PREPOSITIONS


def _tells_custody_state(predicate: Token) -> bool:
    """Whether the predicate tells someone's custody as a state, which its "since" dates from: "has been detained
    since February 15", "has been held since", "has been in prison since 2009"; not the acts of a period,
    "have detained 2,900 people since the coup"."""
    if predicate.lower_ not in CUSTODY_VERBS:
        return False
    return predicate.lower_ not in CUSTODY_ACTS or not any(child.dep_ == "nsubj" for child in predicate.children)


def _dates_clause(root: Token, predicate: Token, event_noun: Token | None, references: set[str]) -> bool:
    """Whether a date belongs to the predicate's clause: not to a clause below it, nor to an event noun below it
    ("condemned Saturday's abduction" does not date the condemnation), unless that noun is the predicate's own
    ("launched an attack on Monday") or the time the clause happened within ("shot during protests on Monday",
    _spans_predicate)."""
    token = root
    while token != predicate:
        if token.dep_ == "prep" and _is_reference(token, references):
            return False
        if token != root and (token.pos_ in {"VERB", "AUX"} or token.lower_ in EVENT_NOUNS and token != event_noun and not _spans_predicate(token)):
            return False
        if token.head == token:
            return False
        token = token.head
    return True
