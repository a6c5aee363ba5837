"""The usual score of boilerplate removal: word shingles of the kept text against the reference text.

Both texts are split into lower-cased word tokens (\\w+) and cut into overlapping 4-token shingles; precision is
the share of kept shingles that are in the reference, recall the share of reference shingles that were kept.
Benchmarks report the mean of the per-page scores.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from statistics import fmean

from pipeline.text.align import tokens

SHINGLE_TOKENS = 4


def shingles(text: str, size: int = SHINGLE_TOKENS) -> set[tuple[str, ...]]:
    words = tokens(text)
    return {tuple(words[index:index + size]) for index in range(len(words) - size + 1)}


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float


def score(kept: str, reference: str) -> Score:
    """Shingle precision, recall and F1 of kept against reference; two texts without shingles agree fully, and
    one without shingles scores 0 against one with."""
    kept_shingles, reference_shingles = shingles(kept), shingles(reference)
    if not kept_shingles or not reference_shingles:
        agree = float(not kept_shingles and not reference_shingles)
        return Score(agree, agree, agree)
    shared = len(kept_shingles & reference_shingles)
    precision, recall = shared / len(kept_shingles), shared / len(reference_shingles)
    f1 = 2 * precision * recall / (precision + recall) if shared else 0.0
    return Score(precision, recall, f1)


def unshared_runs(text: str, other: str, size: int = SHINGLE_TOKENS) -> list[str]:
    """The runs of text's words that lie in no shingle the other text shares: what text has and other lacks.
    For the cleaned text against the article that is what was wrongly kept; the other way round, what was lost."""
    words = tokens(text)
    shared = shingles(text, size) & shingles(other, size)
    covered = [False] * len(words)
    for start in range(len(words) - size + 1):
        if tuple(words[start:start + size]) in shared:
            covered[start:start + size] = [True] * size
    runs, run = [], []
    for word, is_covered in zip(words, covered, strict=True):
        if is_covered:
            if run:
                runs.append(" ".join(run))
            run = []
        else:
            run.append(word)
    return runs + [" ".join(run)] if run else runs


def mean_score(scores: Iterable[Score]) -> Score:
    scores = list(scores)
    return Score(*(fmean(getattr(item, name) for item in scores) for name in ("precision", "recall", "f1")))
