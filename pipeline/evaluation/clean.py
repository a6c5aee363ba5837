"""`python -m pipeline.evaluation.clean`: the cleaner scored on the cleaning benchmark, next to two baselines.

The benchmark (../shared/data/cleaning-dev.jsonl, 300 pages; see its README) holds web pages rendered to plain
text, one block a line, and the article a person marked on each. The first 200 pages are the tuning split: the
line classifier was fitted on them and every rule was tuned on them only. The last 100 are held out: they tell
what the cleaner does on pages it has never seen. Each split gets the mean per-page shingle precision, recall
and F1 of the kept text (CleanedDocument.text) against the marked article (shingles.py), as do two baselines:
keeping every line, and keeping the lines shaped like sentences.
"""

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pipeline.evaluation.shingles import Score, mean_score, score
from pipeline.text.clean import clean_document

PROJECT_DIR = Path(__file__).resolve().parents[2]
DEFAULT_DATA = PROJECT_DIR.parent / "shared" / "data" / "cleaning-dev.jsonl"
TUNING_PAGES = 200
SENTENCE_ENDINGS = (".", "!", "?", '"', "'", ":", "”", "’")


@dataclass(frozen=True)
class BenchmarkPage:
    page_id: str
    page_text: str  # the whole page as plain text
    article_text: str  # the part a person marked as the article


def read_pages(path: Path) -> list[BenchmarkPage]:
    with path.open(encoding="utf-8") as lines:
        return [BenchmarkPage(row["id"], row["page_text"], row["article_text"])
                for row in map(json.loads, lines) if row]


def keep_every_line(page_text: str) -> str:
    return page_text


def keep_sentence_shaped_lines(page_text: str) -> str:
    """The benchmark's rule baseline: lines of at least 3 words that end like a sentence."""
    return "\n".join(line for line in page_text.splitlines()
                     if len(line.split()) >= 3 and line.rstrip().endswith(SENTENCE_ENDINGS))


def newsfacts_cleaner(page_text: str) -> str:
    return clean_document(page_text).text


METHODS: dict[str, Callable[[str], str]] = {
    "keep every line": keep_every_line,
    "sentence-shape rule": keep_sentence_shaped_lines,
    "newsfacts cleaner": newsfacts_cleaner,
}


@dataclass(frozen=True)
class Result:
    method: str
    split: str
    pages: int
    score: Score


Item = TypeVar("Item")


def split_pages(pages: Sequence[Item], tuning_pages: int) -> dict[str, Sequence[Item]]:
    """The tuning split (the leading pages) and the held-out split (the rest)."""
    return {"tuning": pages[:tuning_pages], "held-out": pages[tuning_pages:]}


def evaluate(pages: Sequence[BenchmarkPage], tuning_pages: int = TUNING_PAGES,
             methods: dict[str, Callable[[str], str]] = METHODS) -> list[Result]:
    """Each method's mean score on each split (a split without pages is left out)."""
    results = []
    for method, keep in methods.items():
        scores = [score(keep(page.page_text), page.article_text) for page in pages]
        for split, members in split_pages(range(len(pages)), tuning_pages).items():
            if members:
                results.append(Result(method, split, len(members), mean_score(scores[index] for index in members)))
    return results


def format_table(results: Sequence[Result]) -> str:
    lines = [f"{'split':<9} {'pages':>5}  {'P':>5}  {'R':>5}  {'F1':>5}  method"]
    for result in sorted(results, key=lambda result: result.split != "tuning"):
        value = result.score
        lines.append(f"{result.split:<9} {result.pages:>5}  {value.precision:.3f}  {value.recall:.3f}  "
                     f"{value.f1:.3f}  {result.method}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="the benchmark, JSON lines (default: %(default)s)")
    parser.add_argument("--tuning-pages", type=int, default=TUNING_PAGES,
                        help="how many leading pages form the tuning split; the rest are held out "
                             "(default: %(default)s)")
    args = parser.parse_args(argv)
    print(format_table(evaluate(read_pages(args.data), args.tuning_pages)))


if __name__ == "__main__":
    main()
