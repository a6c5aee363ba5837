"""`python -m pipeline.evaluation.clean`: the cleaner scored on the cleaning benchmark, next to two baselines.

The benchmark (../shared/data/cleaning-dev.jsonl, 300 pages; see its README) holds web pages rendered to plain
text, one block a line, and the article a person marked on each. The first 200 pages are the tuning split: the
line classifier was fitted on them and every rule was tuned on them only. The last 100 are held out: they tell
what the cleaner does on pages it has never seen. Each split gets the mean per-page shingle precision, recall
and F1 of the kept text (CleanedDocument.text) against the marked article (shingles.py), as do two baselines:
keeping every line, and keeping the lines shaped like sentences.

`--ceilings` adds what the marked articles allow any line cleaner: the best choice of whole lines (each line kept
when at least half its words are in the article, in order: the labels the line classifier is fitted on), and our
cleaner scored against the articles after the same Unicode repair the cleaner applies to pages (many marked
articles carry mojibake the page text does not, which no cleaner can reproduce).
"""

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TypeVar

from pipeline.evaluation.shingles import Score, mean_score, score
from pipeline.text.align import lines_in_text
from pipeline.text.clean import clean_document
from pipeline.text.repair import repair_text

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
                for row in map(json.loads, filter(str.strip, lines))]


def keep_every_line(page_text: str) -> str:
    return page_text


def keep_sentence_shaped_lines(page_text: str) -> str:
    """The benchmark's rule baseline: lines of at least 3 words that end like a sentence."""
    return "\n".join(line for line in page_text.splitlines()
                     if len(line.split()) >= 3 and line.rstrip().endswith(SENTENCE_ENDINGS))


@cache  # --ceilings scores the same cleaned pages against the repaired articles too
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
        results += split_means(method, [score(keep(page.page_text), page.article_text) for page in pages], tuning_pages)
    return results


def split_means(method: str, scores: Sequence[Score], tuning_pages: int) -> list[Result]:
    """The mean of the per-page scores on each split that has pages."""
    return [Result(method, split, len(members), mean_score(scores[index] for index in members))
            for split, members in split_pages(range(len(scores)), tuning_pages).items() if members]


def best_line_choice(page: BenchmarkPage) -> str:
    """The page's lines a perfect line classifier keeps: those whose words are mostly in the article, in order."""
    lines = page.page_text.splitlines()
    return "\n".join(line for line, kept in zip(lines, lines_in_text(lines, page.article_text), strict=True) if kept)


def ceilings(pages: Sequence[BenchmarkPage], tuning_pages: int = TUNING_PAGES) -> list[Result]:
    """What the marked articles allow: the best choice of whole lines, and our cleaner against repaired articles."""
    repaired = [replace(page, article_text=repair_text(page.article_text).text) for page in pages]
    return [
        *split_means("best line choice", [score(best_line_choice(page), page.article_text) for page in pages], tuning_pages),
        *evaluate(repaired, tuning_pages, {"newsfacts cleaner, against repaired articles": newsfacts_cleaner}),
    ]


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
    parser.add_argument("--ceilings", action="store_true",
                        help="also score the best choice of whole lines, and the cleaner against repaired articles")
    args = parser.parse_args(argv)
    pages = read_pages(args.data)
    results = evaluate(pages, args.tuning_pages)
    if args.ceilings:
        results += ceilings(pages, args.tuning_pages)
    print(format_table(results))


if __name__ == "__main__":
    main()
