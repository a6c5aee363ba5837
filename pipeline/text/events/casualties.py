"""Figures and casualties: which event's clause holds each figure of a sentence ("launched five Shahed drones"), and
the killed and injured counts a sentence states ("Four SOCAR employees were seriously injured", "killing two and
injuring five"), conjoined victims added up. The coding loop gives the counts to the sentence's last attack that
happened, or to the previous sentence's."""

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.text.events.context import Candidate, DocumentContext
from pipeline.text.events.lexicon import INJURED_WORDS, KILLED_WORDS, SMALL_NUMBERS


@dataclass
class Casualties:
    killed: int | None = None
    injured: int | None = None

    def __bool__(self) -> bool:
        return self.killed is not None or self.injured is not None


def figures_by_predicate(candidates: list[Candidate], sentence: Span, context: DocumentContext) -> dict[int, tuple[int, ...]]:
    """The figures of a sentence by the event whose clause holds them: the nearest event predicate above the
    figure ("launched five Shahed drones", "sent $2 million"). In a sentence with one event, that event also
    takes the figures no event clause holds."""
    predicates = {candidate.predicate.i for candidate in candidates}
    assigned: dict[int, list[int]] = {predicate: [] for predicate in predicates}
    for index in context.in_span(context.figure_starts, sentence):
        figure = context.figures[index]
        span = context.doc.char_span(figure.start_char, figure.end_char, alignment_mode="expand")
        if span is None:
            continue
        holder = next((token.i for token in (span.root, *span.root.ancestors) if token.i in predicates), None)
        if holder is None and len(predicates) == 1:
            holder = next(iter(predicates))
        if holder is not None:
            assigned[holder].append(index)
    return {predicate: tuple(indices) for predicate, indices in assigned.items()}


def sentence_casualties(sentence: Span, context: DocumentContext) -> Casualties:
    """Killed and injured counts a sentence states: "Four SOCAR employees were seriously injured",
    "killing two civilians", "three people died"."""
    found = Casualties()
    for token in sentence:
        if token.lower_ not in KILLED_WORDS and token.lower_ not in INJURED_WORDS:
            continue
        counted = [child for child in token.children if child.dep_ in {"nsubjpass", "nsubj", "dobj"}]
        for victims in counted:
            count = _victim_count(victims, context)
            if count is None:
                continue
            if token.lower_ in KILLED_WORDS and found.killed is None:
                found.killed = count
            elif token.lower_ in INJURED_WORDS and found.injured is None:
                found.injured = count
    return found


def _victim_count(victims: Token, context: DocumentContext) -> int | None:
    """How many a noun phrase of victims counts, adding up its conjuncts ("12 militants and seven soldiers" ->
    19): each one's count figure ("four SOCAR employees"), or a bare number that counts no noun and so is no
    figure ("killing two and injuring five")."""
    counts = [count for noun in (victims, *victims.conjuncts) if (count := _one_count(noun, context)) is not None]
    return sum(counts) if counts else None


def _one_count(victims: Token, context: DocumentContext) -> int | None:
    figure_index = _count_figure(victims, context)
    if figure_index is not None:
        return int(context.figures[figure_index].value)
    number = victims.lower_.replace(",", "")
    if number.isdigit():
        return int(number)
    return SMALL_NUMBERS.get(number)


def _count_figure(victims: Token, context: DocumentContext) -> int | None:
    """The count figure that numbers a noun and the words before it ("seven soldiers"), not its conjuncts."""
    start, end = victims.left_edge.idx, victims.idx + len(victims)
    first = bisect_right(context.figure_starts, start - 1)
    for index in range(first, bisect_right(context.figure_starts, end - 1)):
        if context.figures[index].kind == "count":
            return index
    return None
