"""Reposts: documents identical or nearly identical to one seen earlier.

Near-identical means a Jaccard similarity of word 5-shingles at or above a threshold. Comparing every pair is
quadratic, so candidates come from MinHash signatures in a locality-sensitive hash index (datasketch): two
documents become candidates when their signatures agree on every row of one band. The bands are chosen so that
a pair at the threshold is missed with a probability below MAX_MISS; candidates are then checked exactly, so
no false duplicate is ever reported. The hash seed is fixed, so the result is the same on every run.
"""

import re
from collections.abc import Mapping

from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"\w+")
SHINGLE_WORDS = 5
NEAR_DUPLICATE_JACCARD = 0.9
PERMUTATIONS = 128  # signature length: more bands sharpen the index at a linear cost per document
MINHASH_SEED = 1
MAX_MISS = 1e-6  # chance that the index misses a pair exactly at the threshold (higher similarity: less)
_EPSILON = 1e-9  # float slack, always on the side of reporting the pair


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


def lsh_bands(threshold: float, permutations: int = PERMUTATIONS) -> tuple[int, int]:
    """(bands, rows per band) with the most rows (the fewest false candidates) that still misses a pair of
    Jaccard threshold with a probability of at most MAX_MISS: (1 - threshold ** rows) ** bands."""
    for rows in range(permutations, 0, -1):
        bands = permutations // rows
        if (1 - threshold ** rows) ** bands <= MAX_MISS:
            return bands, rows
    return permutations, 1


def signature(shingle_set: frozenset[str]) -> MinHash:
    minhash = MinHash(num_perm=PERMUTATIONS, seed=MINHASH_SEED)
    minhash.update_batch(shingle.encode("utf-8") for shingle in sorted(shingle_set))
    return minhash


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
    order = {doc_id: position for position, doc_id in enumerate(doc_ids)}
    index = MinHashLSH(num_perm=PERMUTATIONS, params=lsh_bands(threshold))
    result: dict[str, str | None] = {}
    sets: dict[str, frozenset[str]] = {}
    first_without_words: str | None = None
    for doc_id in doc_ids:
        shingle_set = shingles(words(texts[doc_id]), shingle_words)
        if not shingle_set:  # no words at all: identical to any earlier wordless document
            result[doc_id] = first_without_words
            first_without_words = first_without_words or doc_id
            continue
        minhash = signature(shingle_set)
        # An identical document has the same signature, so it is always among the candidates.
        candidates = sorted(index.query(minhash), key=order.__getitem__)
        result[doc_id] = next(
            (other for other in candidates if jaccard(shingle_set, sets[other]) >= threshold - _EPSILON), None
        )
        sets[doc_id] = shingle_set
        index.insert(doc_id, minhash)
    return result
