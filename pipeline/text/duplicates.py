"""Reposts: documents identical or nearly identical to one seen earlier.

Near-identical means a Jaccard similarity of word 5-shingles at or above a threshold. Comparing every pair
is quadratic, so candidates come from prefix filtering (Chaudhuri et al., 2006): with every shingle set
sorted in one global order, two sets with Jaccard >= t must share a shingle among the first
|x| - ceil(t * |x|) + 1 of each. Rare shingles are put first, so prefixes hit few other documents. Candidates
are then checked exactly, so the result is the same as comparing all pairs, and deterministic.
"""

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping

WORD = re.compile(r"\w+")
SHINGLE_WORDS = 5
NEAR_DUPLICATE_JACCARD = 0.9
_EPSILON = 1e-9  # float slack, always on the side of checking one candidate more


def words(text: str) -> list[str]:
    """Case-folded words: punctuation, spacing and case do not make two texts different."""
    return WORD.findall(text.casefold())


def shingles(tokens: list[str], size: int = SHINGLE_WORDS) -> frozenset[str]:
    """The set of word n-grams; a text shorter than one n-gram is a single shingle of all its words."""
    if len(tokens) < size:
        return frozenset([" ".join(tokens)]) if tokens else frozenset()
    return frozenset(" ".join(tokens[index:index + size]) for index in range(len(tokens) - size + 1))


def jaccard(left: frozenset[str], right: frozenset[str]) -> float:
    shared = len(left & right)
    union = len(left) + len(right) - shared
    return shared / union if union else 1.0


def find_duplicates(
    texts: Mapping[str, str],
    threshold: float = NEAR_DUPLICATE_JACCARD,
    shingle_words: int = SHINGLE_WORDS,
) -> dict[str, str | None]:
    """doc_id -> doc_id of an identical or near-identical document seen earlier (order: sorted doc_id), else None.

    Near-identical = word shingle Jaccard >= threshold. When several earlier documents qualify, the first in
    doc_id order is named, so every copy points at the same original.
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    doc_ids = sorted(texts)
    sets = {doc_id: shingles(words(texts[doc_id]), shingle_words) for doc_id in doc_ids}
    frequency = Counter(shingle for shingle_set in sets.values() for shingle in shingle_set)

    result: dict[str, str | None] = {}
    first_without_words: str | None = None
    prefix_index: dict[str, list[int]] = defaultdict(list)  # shingle -> positions in doc_ids
    for position, doc_id in enumerate(doc_ids):
        shingle_set = sets[doc_id]
        if not shingle_set:  # no words at all: identical to any earlier wordless document
            result[doc_id] = first_without_words
            first_without_words = first_without_words or doc_id
            continue
        # An identical document is found here too: its shingles are the same, so is its prefix.
        ordered = sorted(shingle_set, key=lambda shingle: (frequency[shingle], shingle))
        prefix = ordered[: _prefix_length(len(ordered), threshold)]
        result[doc_id] = _first_near_duplicate(shingle_set, prefix, prefix_index, doc_ids, sets, threshold)
        for shingle in prefix:
            prefix_index[shingle].append(position)
    return result


def _prefix_length(size: int, threshold: float) -> int:
    return size - math.ceil(threshold * size - _EPSILON) + 1


def _first_near_duplicate(
    shingle_set: frozenset[str],
    prefix: list[str],
    prefix_index: Mapping[str, list[int]],
    doc_ids: list[str],
    sets: Mapping[str, frozenset[str]],
    threshold: float,
) -> str | None:
    candidates = sorted({position for shingle in prefix for position in prefix_index.get(shingle, ())})
    size = len(shingle_set)
    for position in candidates:
        other = sets[doc_ids[position]]
        # Jaccard >= t needs the smaller set to hold at least t times the larger one's shingles.
        if min(size, len(other)) < threshold * max(size, len(other)) - _EPSILON:
            continue
        if jaccard(shingle_set, other) >= threshold - _EPSILON:
            return doc_ids[position]
    return None
