"""`python -m pipeline.evaluation.fit_cleaner`: refit the line classifier's weights on the tuning split.

Reproducible: the same benchmark and code give the same file (Newton's method, fixed folds, no randomness).

1. Each tuning page goes through the cleaner's named rules (clean.rule_lines), and each of its lines is labelled
   article when at least half of its words are in the marked article, in order (align.lines_in_text).
2. The learned evidence (line_classifier.LearnedEvidence) is counted on the lines the rules kept: each word's
   occurrences in article and boilerplate lines, each line's pages as article and as boilerplate. Stage one sees
   each tuning page with the evidence of the other pages only (its own counts taken out), as it will see a new
   page: a word's score counted on the very line it scores would tell stage one the label.
3. Stage one is fitted on the lines the rules kept, on all tuning pages. A line weighs by its words (a long line
   carries more of the score than a menu item) and every page weighs the same in total (the score is a mean
   over pages).
4. Stage two learns from stage one's verdicts as they will look on new pages, not on the pages stage one was
   fitted on: page i's come from a stage one fitted on the pages of the other folds (fold = i mod FOLDS).
5. The weights and the evidence of all tuning pages are written to pipeline/text/data/cleaner/line_classifier.json.

With --cross-validate nothing is written: each fold of the tuning pages is cleaned by a classifier fitted on the
other folds, and the mean score of those pages is printed (the figure to compare changes by). --per-page also
prints each page's score, worst first, with the runs of words it lost (in the article, not kept) and wrongly kept
(kept, not in the article): where to look before tuning.
"""

import argparse
import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields
from pathlib import Path

import numpy as np

from pipeline.evaluation.clean import DEFAULT_DATA, TUNING_PAGES, BenchmarkPage, read_pages
from pipeline.evaluation.shingles import Score, mean_score, score, shingles, unshared_runs
from pipeline.text.align import lines_in_text
from pipeline.text.clean import clean_document, rule_lines
from pipeline.text.line_classifier import (
    EVIDENCE_MIN_PAGES,
    EVIDENCE_VOCABULARY,
    KNOWN_LINE_MIN_PAGES,
    MODEL_PATH,
    OWN_FEATURES,
    LearnedEvidence,
    LineClassifier,
    PageLine,
    context_features,
    evidence_words,
    first_stage,
    line_features,
    line_key,
    own_features,
)
from pipeline.text.logistic import LogisticModel, fit_logistic

FOLDS = 5
L2 = 0.005  # with each page weighing 1: enough to keep rare features from deciding alone


@dataclass(frozen=True)
class LabelledPage:
    lines: list[PageLine]
    labels: np.ndarray  # 1.0 for a line of the article, else 0.0
    kept: np.ndarray  # the lines the rules left for the classifier
    weights: np.ndarray  # each kept line's share of the page's weight


def label_page(page: BenchmarkPage) -> LabelledPage:
    lines = rule_lines(page.page_text)
    labels = np.array(lines_in_text([line.text for line in lines], page.article_text), dtype=float)
    own = own_features(lines)
    kept = own[:, OWN_FEATURES.index("kept")] > 0
    weights = np.expm1(own[:, OWN_FEATURES.index("words_log")]) + 1
    total = weights[kept].sum()
    return LabelledPage(lines, labels, kept, weights / total if total else weights)


WORD_SMOOTHING = 1.0  # added to a word's count in each class
LINE_SMOOTHING = 0.5  # added to a line's pages in each class
EVIDENCE_CLIP = 4.0  # a word's log-odds is held within +-this: no one word decides a line


@dataclass(frozen=True)
class EvidenceCounts:
    """What some tuning pages show of words and whole lines kept by the rules (added up over pages)."""

    article_words: Counter  # word -> occurrences in article lines
    boilerplate_words: Counter  # word -> occurrences in boilerplate lines
    word_pages: Counter  # word -> pages it stands on
    article_lines: Counter  # line_key -> pages where the line is article
    boilerplate_lines: Counter  # line_key -> pages where the line is boilerplate (and never article)

    @classmethod
    def of_page(cls, page: LabelledPage) -> "EvidenceCounts":
        article, boilerplate = Counter(), Counter()
        article_lines, boilerplate_lines = set(), set()
        for line, label, kept in zip(page.lines, page.labels, page.kept, strict=True):
            if kept:
                (article if label else boilerplate).update(evidence_words(line.kept))
                (article_lines if label else boilerplate_lines).add(line_key(line.text))
        return cls(article, boilerplate, Counter(set(article) | set(boilerplate)), Counter(article_lines),
                   Counter(boilerplate_lines - article_lines))

    def __add__(self, other: "EvidenceCounts") -> "EvidenceCounts":
        return EvidenceCounts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def __sub__(self, other: "EvidenceCounts") -> "EvidenceCounts":
        return EvidenceCounts(*(getattr(self, f.name) - getattr(other, f.name) for f in fields(self)))


def vocabulary(counts: EvidenceCounts) -> list[str]:
    """The EVIDENCE_VOCABULARY words seen on most pages (page counts only: no label goes into the choice), ties in
    alphabetical order: Counter.most_common keeps the order words came in, which sets of words make depend on the
    process's hash seed, so that a refit wrote another file."""
    ranked = sorted(counts.word_pages.items(), key=lambda item: (-item[1], item[0]))
    return [word for word, _ in ranked[:EVIDENCE_VOCABULARY]]


def fit_evidence(counts: EvidenceCounts, words_to_score: Sequence[str]) -> LearnedEvidence:
    """Each word of words_to_score seen on EVIDENCE_MIN_PAGES pages or more, its log-odds of standing in an article
    line rather than a boilerplate one, relative to the totals (add-WORD_SMOOTHING, clipped); each line seen on
    KNOWN_LINE_MIN_PAGES pages or more, its log-odds of being article (add-LINE_SMOOTHING)."""
    articles, boilerplate = counts.article_words.total(), counts.boilerplate_words.total()
    words = {}
    for word in words_to_score:
        if counts.word_pages[word] >= EVIDENCE_MIN_PAGES:
            odds = (math.log((counts.article_words[word] + WORD_SMOOTHING) / (articles + WORD_SMOOTHING))
                    - math.log((counts.boilerplate_words[word] + WORD_SMOOTHING) / (boilerplate + WORD_SMOOTHING)))
            words[word] = max(-EVIDENCE_CLIP, min(EVIDENCE_CLIP, odds))
    lines = {}
    for line in sorted(set(counts.article_lines) | set(counts.boilerplate_lines)):
        article, other = counts.article_lines[line], counts.boilerplate_lines[line]
        if article + other >= KNOWN_LINE_MIN_PAGES:
            lines[line] = math.log((article + LINE_SMOOTHING) / (other + LINE_SMOOTHING))
    return LearnedEvidence(words, lines)


def _fit(pages: Sequence[LabelledPage], features: Sequence[tuple[tuple[str, ...], np.ndarray]]) -> LogisticModel:
    names = features[0][0]
    return fit_logistic(
        names,
        np.vstack([matrix[page.kept] for page, (_, matrix) in zip(pages, features, strict=True)]),
        np.concatenate([page.labels[page.kept] for page in pages]),
        np.concatenate([page.weights[page.kept] for page in pages]),
        L2,
    )


def fit_classifier(pages: Sequence[LabelledPage]) -> LineClassifier:
    pages = [page for page in pages if page.kept.any()]
    counts = [EvidenceCounts.of_page(page) for page in pages]
    total = sum(counts[1:], counts[0])
    words = vocabulary(total)
    others = [fit_evidence(total - own, words) for own in counts]  # each page as a new page: without its labels
    first_features = [line_features(page.lines, evidence) for page, evidence in zip(pages, others, strict=True)]
    held_out_first = [np.zeros(0)] * len(pages)
    for fold in range(FOLDS):
        training = [index for index in range(len(pages)) if index % FOLDS != fold]
        model = _fit([pages[index] for index in training], [first_features[index] for index in training])
        for index in range(fold, len(pages), FOLDS):
            held_out_first[index] = first_stage(model, pages[index].lines, others[index])[1]
    context = [context_features(matrix[:, :len(OWN_FEATURES)], first)  # a line's own features come first
               for (_, matrix), first in zip(first_features, held_out_first, strict=True)]
    return LineClassifier(_fit(pages, first_features), _fit(pages, context), fit_evidence(total, words))


def cross_validated_texts(pages: Sequence[BenchmarkPage], labelled: Sequence[LabelledPage]) -> list[str]:
    """Each page's cleaned text, cleaned by a classifier fitted on the pages of the other folds."""
    texts = [""] * len(pages)
    for fold in range(FOLDS):
        classifier = fit_classifier([page for index, page in enumerate(labelled) if index % FOLDS != fold])
        for index in range(fold, len(pages), FOLDS):
            texts[index] = clean_document(pages[index].page_text, classifier=classifier).text
    return texts


def mean_page_score(pages: Sequence[BenchmarkPage], texts: Sequence[str]) -> Score:
    return mean_score(score(text, page.article_text) for page, text in zip(pages, texts, strict=True))


def cross_validate(pages: Sequence[BenchmarkPage], labelled: Sequence[LabelledPage]) -> Score:
    """The mean score of the pages, each cleaned by a classifier fitted on the pages of the other folds."""
    return mean_page_score(pages, cross_validated_texts(pages, labelled))


RUN_CHARS = 120  # a lost or wrongly kept run is shown up to this many characters: enough to recognise it


def _shortened(run: str) -> str:
    return run if len(run) <= RUN_CHARS else f"{run[:RUN_CHARS - 20]} … {run[-15:]} ({len(run.split())} words)"


def page_reports(pages: Sequence[BenchmarkPage], texts: Sequence[str]) -> str:
    """Each page's score and the words it lost or wrongly kept, worst F1 first: where the cleaner's errors are.
    A page is numbered by its place in the benchmark file (from 0)."""
    reports = []
    for number, (page, text) in enumerate(zip(pages, texts, strict=True)):
        result = score(text, page.article_text)
        kept, article = shingles(text), shingles(page.article_text)
        lines = [f"page {number} {page.page_id}: P {result.precision:.3f}  R {result.recall:.3f}  "
                 f"F1 {result.f1:.3f}  shingles lost {len(article - kept)}, wrongly kept {len(kept - article)}"]
        lines += [f"  lost: {_shortened(run)}" for run in unshared_runs(page.article_text, text)]
        lines += [f"  kept: {_shortened(run)}" for run in unshared_runs(text, page.article_text)]
        reports.append((result.f1, number, "\n".join(lines)))
    return "\n".join(report for _, _, report in sorted(reports))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="the benchmark, JSON lines (default: %(default)s)")
    parser.add_argument("--tuning-pages", type=int, default=TUNING_PAGES, help="fit on this many leading pages")
    parser.add_argument("--output", type=Path, default=MODEL_PATH, help="where the weights go (default: %(default)s)")
    parser.add_argument("--cross-validate", action="store_true",
                        help=f"print the {FOLDS}-fold cross-validated score on the tuning pages, write nothing")
    parser.add_argument("--per-page", action="store_true",
                        help="with the cross-validated score, print each page's score and the words it lost or "
                             "wrongly kept, worst first (implies --cross-validate)")
    args = parser.parse_args(argv)
    benchmark = read_pages(args.data)[:args.tuning_pages]
    pages = [label_page(page) for page in benchmark]
    if args.cross_validate or args.per_page:
        texts = cross_validated_texts(benchmark, pages)
        if args.per_page:
            print(page_reports(benchmark, texts))
        result = mean_page_score(benchmark, texts)
        print(f"{FOLDS}-fold cross-validation on {len(pages)} tuning pages: "
              f"P {result.precision:.3f}  R {result.recall:.3f}  F1 {result.f1:.3f}")
        return
    classifier = fit_classifier(pages)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(classifier.to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"{args.output}: fitted on {len(pages)} pages, {sum(len(page.lines) for page in pages)} lines")


if __name__ == "__main__":
    main()
