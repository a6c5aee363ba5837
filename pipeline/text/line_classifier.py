"""Which lines of a web page copied as plain text are the article: a two-stage logistic regression over lines.

The named rules (rules.py) catch furniture that says what it is ("Share this article", "© 2025"). What they
cannot name (menus of section names, teasers of other stories, comment threads, sidebars) is told apart from
the article by what the boilerplate literature found to work, measured on lines alone:

* a line's own shape: length, whether it ends like a sentence, the share of function words (prose is full of
  "the", "of", "and"; menus and headlines are not), capitalised words, punctuation, digits, dates;
* its neighbours: the same for the lines around it, and how much of the text near it is prose;
* its place on the page: before the page repeats its own title, inside the longest run of prose, below a
  comment heading, among lines of one repeated template (comment signatures, teaser lists), below or between
  comment signatures (short lines with a time of day or a "Reply": a thread stamps every comment);
* learned evidence (LearnedEvidence): how much more often each common word stands in article lines than in
  boilerplate lines of the tuning pages, averaged over the line and its neighbours, and whether the exact line
  stood on other tuning pages and as what (template text such as "Leave a Reply", "Newer Post Older Post Home",
  menu items): what the hand-picked word lists above cannot name;
* second stage: the first stage's verdicts on the neighbours, smoothed over windows and compared with the
  page's best lines, so that a short heading inside the article stays and a lone long teaser in a sidebar goes.

The weights and the learned evidence come from data/cleaner/line_classifier.json, fitted on the tuning pages of
the cleaning benchmark by `python -m pipeline.evaluation.fit_cleaner`; nothing is learned at run time. Lines the
rules already cut are context, never judged again.
"""

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from pipeline.text import rules
from pipeline.text.logistic import LogisticModel
from pipeline.text.metadata import DATE_EXPRESSION

MODEL_PATH = Path(__file__).with_name("data") / "cleaner" / "line_classifier.json"
ARTICLE_THRESHOLD = 0.5  # a line whose article probability falls below goes as boilerplate
FEATURE_CHARS = 5_000  # a line's shape shows in its first characters; reading more of a huge line only costs


@dataclass(frozen=True)
class PageLine:
    """One non-blank line of a page as the rules left it."""

    text: str  # the whole line, kept and cut parts
    kept: str | None  # what the rules kept of it, None if they cut all of it
    cut_reasons: frozenset[str]  # why the rules cut the parts they cut (NoiseSpan reasons)


# Per-line features ------------------------------------------------------------------------------------------------

WORD = re.compile(r"[\w'’-]+")
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*(?:\s|$)")
SEPARATOR = re.compile(r"[|»›·•]|\s/\s")
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
# Comment threads: "Jane says:", "Jane said...", "Reply", "Permalink", "Report abuse".
COMMENT_MARKER = re.compile(
    r"\b(?:says|said|wrote|writes)\s*(?::|\.\.\.|…)?$|\b(?:reply|permalink|report abuse|quote)\b", re.IGNORECASE
)
COUNT_OR_TAG_END = re.compile(r"\(\d+\)$|\[\w+\]$")  # "Slide – Should teachers choose? (12)", "... [VIDEOS]"
WEB_ADDRESS = re.compile(r"\.(?:com|org|net)\b|@|www", re.IGNORECASE)
ENGLISH_FUNCTION_WORDS = frozenset(
    "a about above after again against all am an and any are as at be because been before being below between "
    "both but by can could did do does doing down during each few for from further had has have having he her "
    "here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not "
    "now of off on once only or other our ours out over own same she should so some such than that the their "
    "theirs them then there these they this those through to too under until up very was we were what when "
    "where which while who whom why will with would you your yours yourself also said says".split()
)
FURNITURE_WORDS = frozenset(
    "comment comments reply replies share shares login log sign subscribe posted tags tag menu home archive "
    "archives rss email e-mail print next previous prev related advertisement advertise copyright privacy terms "
    "policy contact follow facebook twitter newsletter click read more permalink trackback pingback votes vote "
    "rating rated views loading search sponsored".split()
)
COMMENT_HEADING_WORDS = ("comment", "repl", "respons")


@dataclass(frozen=True)
class _Line:
    """A kept line's text (its first FEATURE_CHARS) and words, for the feature functions."""

    text: str
    words: list[str]
    lower: list[str]


def _share(count: float, words: list[str]) -> float:
    return count / max(1, len(words))


def ends_sentence(line: _Line) -> float:
    return float(rules.ends_sentence(line.text))


LINE_FEATURES: tuple[tuple[str, Callable[[_Line], float]], ...] = (
    ("words_log", lambda line: math.log1p(len(line.words))),
    ("ends_sentence", ends_sentence),
    ("ends_colon", lambda line: float(line.text.endswith(":"))),
    ("function_word_share", lambda line: _share(sum(w in ENGLISH_FUNCTION_WORDS for w in line.lower), line.words)),
    ("capitalised_share", lambda line: _share(sum(w[0].isupper() for w in line.words), line.words)),
    ("starts_lowercase", lambda line: float(line.text[0].islower())),
    ("comma_rate", lambda line: min(1.0, 3 * _share(line.text.count(",") + line.text.count(";"), line.words))),
    ("digit_share", lambda line: sum(c.isdigit() for c in line.text) / len(line.text)),
    ("has_separator", lambda line: float(SEPARATOR.search(line.text) is not None)),
    ("furniture_word_share", lambda line: min(1.0, 2 * _share(sum(w in FURNITURE_WORDS for w in line.lower),
                                                                line.words))),
    ("all_capitals", lambda line: float(line.text.isupper() and len(line.text) > 3)),
    ("at_most_three_words", lambda line: float(len(line.words) <= 3)),
    ("paragraph", lambda line: float(len(line.words) >= 10 and ends_sentence(line) == 1.0)),
    ("mean_word_length", lambda line: min(12.0, _share(len(line.text) - line.text.count(" "), line.words)) / 12),
    ("date_or_time", lambda line: float(bool(DATE_EXPRESSION.search(line.text) or CLOCK.search(line.text)))),
    ("comment_marker", lambda line: float(COMMENT_MARKER.search(line.text) is not None)),
    ("sentences_log", lambda line: math.log1p(len(SENTENCE_BREAK.findall(line.text)))),
    ("starts_with_quote", lambda line: float(line.text[0] in "\"“‘'")),
    ("comment_heading", lambda line: float(len(line.words) <= 6 and any(
        word.startswith(COMMENT_HEADING_WORDS) for word in line.lower))),
    ("ends_with_ellipsis", lambda line: float(line.text.endswith(("...", "…")))),
    ("ends_with_count_or_tag", lambda line: float(COUNT_OR_TAG_END.search(line.text) is not None)),
    ("ends_with_question", lambda line: float(line.text.endswith("?"))),
    ("punctuation_share", lambda line: min(1.0, 4 * sum(not c.isalnum() and not c.isspace() for c in line.text)
                                           / len(line.text))),
    ("web_address", lambda line: float(WEB_ADDRESS.search(line.text) is not None)),
)
# kept, the features above, then the two that depend on the rest of the page.
OWN_FEATURES = ("kept", *(name for name, _ in LINE_FEATURES), "rule_cut", "repeated_on_page", "same_shape_lines_log")
_NEIGHBOUR_SUMMARY = 6  # kept .. capitalised_share: what is looked at three lines away


def line_shape(text: str) -> str:
    """A line's template: capitalised words, lowercase words and numbers collapsed ('by Aa Jul 24, 2012' ->
    'a A A 0, 0'), so comment signatures and teaser lists show up as lines of one shape."""
    shape = re.sub(r"\d+", "0", re.sub(r"[a-z]+", "a", re.sub(r"[A-Z][a-z]+", "A", text)))
    return " ".join(shape.split())[:40]


def own_features(lines: Sequence[PageLine]) -> np.ndarray:
    """One row of OWN_FEATURES per line; a line the rules cut whole is all zeros."""
    repeats = Counter(line.text.casefold() for line in lines)
    shapes = Counter(line_shape(line.kept[:FEATURE_CHARS]) for line in lines if line.kept)
    rows = np.zeros((len(lines), len(OWN_FEATURES)))
    for index, line in enumerate(lines):
        if not line.kept:
            continue
        text = line.kept[:FEATURE_CHARS]
        words = WORD.findall(text)
        view = _Line(text, words, [word.lower() for word in words])
        rows[index] = (
            1.0,
            *(feature(view) for _, feature in LINE_FEATURES),
            float(bool(line.cut_reasons)),
            float(repeats[line.text.casefold()] > 1),
            math.log(shapes[line_shape(text)]),
        )
    return rows


# Page features ------------------------------------------------------------------------------------------------------

def _column(name: str) -> int:
    return OWN_FEATURES.index(name)


def shifted(values: np.ndarray, offset: int) -> np.ndarray:
    """values[i + offset] at row i, zeros past either end."""
    result = np.zeros_like(values)
    if offset > 0:
        result[:-offset] = values[offset:]
    elif offset < 0:
        result[-offset:] = values[:offset]
    else:
        result[:] = values
    return result


def window_sums(values: np.ndarray, radius: int) -> np.ndarray:
    """For each i, the sum of values over i - radius .. i + radius, without i itself."""
    total = np.concatenate([[0.0], np.cumsum(values)])
    index = np.arange(len(values))
    low = np.clip(index - radius, 0, len(values))
    high = np.clip(index + radius + 1, 0, len(values))
    return total[high] - total[low] - values


def marks_above(marks: np.ndarray, count: int) -> np.ndarray:
    """For each line, how many of the count lines just above it are marked."""
    return sum((shifted(marks, -offset) for offset in range(1, count + 1)), np.zeros_like(marks))


def below_a_mark(marks: np.ndarray) -> np.ndarray:
    """1.0 for each line with a marked line somewhere above it."""
    return np.minimum(1.0, np.cumsum(marks) - marks)


def best_run(scores: np.ndarray) -> tuple[int, int]:
    """(start, end) of the contiguous run of lines with the highest total score (maximum subarray)."""
    best, best_span = -math.inf, (0, 0)
    total, start = 0.0, 0
    for index, score in enumerate(scores):
        if total <= 0:
            total, start = score, index
        else:
            total += score
        if total > best:
            best, best_span = total, (start, index + 1)
    return best_span


def run_features(scores: np.ndarray) -> list[np.ndarray]:
    """Inside the best run (1/0), and the log distance in lines to it."""
    start, end = best_run(scores)
    index = np.arange(len(scores))
    distance = np.where(index < start, start - index, np.where(index >= end, index - end + 1, 0))
    return [((index >= start) & (index < end)).astype(float), np.log1p(distance)]


METADATA_REASONS = frozenset({"byline", "dateline", "title"})
_TITLE_PARTS = re.compile(r"\s+[|:»–—-]\s+|\s*\|\s*")


def headline_repeat(lines: Sequence[PageLine]) -> int | None:
    """Index of the line that repeats the page's first line, or a part of it ('Storm hits coast' under
    'Storm hits coast | Daily News'): a saved page opens with its title, and the article sits below its repeat.
    Of several, the first repeat of the longest part: the site's name is a part too ('Daily News'), repeated at
    the top of the page, and only the headline marks the article."""
    if not lines:
        return None
    first = lines[0].text.casefold()
    parts = {part.strip() for part in _TITLE_PARTS.split(first) if len(part.split()) >= 2} | {first}
    repeats = [index for index in range(1, len(lines))
               if len(lines[index].text.split()) >= 2 and lines[index].text.casefold().strip() in parts]
    # the longest repeated part, and of its repeats the first
    return max(repeats, key=lambda index: (len(lines[index].text.split()), -index), default=None)


Columns = list[tuple[str, np.ndarray]]


def _stack(columns: Columns) -> tuple[tuple[str, ...], np.ndarray]:
    return tuple(name for name, _ in columns), np.column_stack([values for _, values in columns])


def _own_columns(own: np.ndarray, suffix: str = "", width: int = len(OWN_FEATURES)) -> Columns:
    return [(name + suffix, own[:, index]) for index, name in enumerate(OWN_FEATURES[:width])]


SIGNATURE_SPAN = 8  # a comment runs at most this many lines from its signature to the next one's
SIGNATURE_WORDS = 12  # "by TaxJoke July 25, 2012 10:55 AM EDT", "Jane says:", "Log in to Reply"


def is_comment_signature(text: str) -> bool:
    """Whether a line is the kind that frames each comment of a thread: a short line with a comment marker or a
    time of day (an article states its date once; a thread stamps every comment)."""
    text = text[:FEATURE_CHARS]
    return (len(WORD.findall(text)) <= SIGNATURE_WORDS and not rules.ends_sentence(text)
            and (COMMENT_MARKER.search(text) is not None or CLOCK.search(text) is not None))


def signature_columns(lines: Sequence[PageLine]) -> Columns:
    """Where a line sits among comment signatures, cut or kept: the text between two signatures is a comment,
    and the article is above the first few."""
    marks = np.array([is_comment_signature(line.text) for line in lines], dtype=float)
    # The first time of day on a page is mostly the article's own date line; the thread's signatures follow.
    above = np.maximum(np.cumsum(marks) - marks - 1, 0)
    below = marks.sum() - np.cumsum(marks)
    signed_above = np.minimum(1.0, marks_above(marks, SIGNATURE_SPAN))
    signed_below = np.minimum(1.0, marks_above(marks[::-1], SIGNATURE_SPAN)[::-1])  # the page read upwards
    between = signed_above * signed_below
    return [("signatures_above_log", np.log1p(above)), ("signatures_below_log", np.log1p(below)),
            ("signatures_nearby", window_sums(marks, 5) / 10), ("between_signatures", between)]


# Learned evidence ---------------------------------------------------------------------------------------------------

# A word is scored when it is among the EVIDENCE_VOCABULARY words seen on most tuning pages, and on
# EVIDENCE_MIN_PAGES of them at least: a rarer word tells one site's pages apart, not article from boilerplate.
EVIDENCE_VOCABULARY = 3_000
EVIDENCE_MIN_PAGES = 3
KNOWN_LINE_MIN_PAGES = 2  # a line is known template text when its exact text stood on this many tuning pages


@dataclass(frozen=True)
class LearnedEvidence:
    """What the tuning pages say of words and whole lines, fitted by fit_cleaner and stored with the weights.

    words: a word's (lower-cased) log-odds of standing in an article line rather than a boilerplate line, relative
    to the two totals (smoothed, clipped), for the EVIDENCE_VOCABULARY words seen on most pages. lines: a line's
    (casefolded) log-odds of being article, for the lines that stood on at least KNOWN_LINE_MIN_PAGES pages. Learned
    rather than listed: FURNITURE_WORDS and ENGLISH_FUNCTION_WORDS name what one thinks of, these what the pages
    show ('notify', 'username', 'blogroll' against 'didn’t', 'although', 'husband')."""

    words: Mapping[str, float] = field(default_factory=dict)
    lines: Mapping[str, float] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"words": {word: _rounded(score) for word, score in self.words.items()},
                "lines": {line: _rounded(score) for line, score in self.lines.items()}}

    @classmethod
    def from_json(cls, data: dict) -> "LearnedEvidence":
        return cls(data["words"], data["lines"])


def _rounded(value: float) -> float:
    return float(f"{value:.4g}")


def line_key(text: str) -> str:
    """How a whole line is looked up among the known lines."""
    return text.casefold().strip()


def evidence_words(kept: str) -> list[str]:
    """The words of a line's kept text as the learned evidence scores them: lower-cased, its first FEATURE_CHARS."""
    return [word.lower() for word in WORD.findall(kept[:FEATURE_CHARS])]


def evidence_columns(lines: Sequence[PageLine], own: np.ndarray, evidence: LearnedEvidence) -> Columns:
    """The learned evidence of each kept line: the mean score of its words (words without a score count 0), the
    same for its neighbours and the text around it, and the score of the line itself if it is known template text."""
    word_score = np.zeros(len(lines))
    known_line = np.zeros(len(lines))
    for index, line in enumerate(lines):
        if not line.kept:
            continue
        words = evidence_words(line.kept)
        word_score[index] = sum(evidence.words.get(word, 0.0) for word in words) / max(1, len(words))
        known_line[index] = evidence.lines.get(line_key(line.text), 0.0)
    words = np.expm1(own[:, _column("words_log")])
    columns = [("word_evidence", word_score)]
    columns += [(f"word_evidence@{offset:+d}", shifted(word_score, offset)) for offset in (-2, -1, 1, 2)]
    columns += [(f"word_evidence_r{radius}",
                 window_sums(word_score * words, radius) / np.maximum(window_sums(words, radius), 1))
                for radius in (2, 5)]
    return columns + [("known_line_logodds", known_line)]


# The stages' inputs -------------------------------------------------------------------------------------------------

NO_EVIDENCE = LearnedEvidence()


def line_features(lines: Sequence[PageLine],
                  evidence: LearnedEvidence = NO_EVIDENCE) -> tuple[tuple[str, ...], np.ndarray]:
    """Stage one's input (names, one row per line): each line's own features, its neighbours', where it sits on
    the page, and the learned evidence on its words and its text."""
    own = own_features(lines)
    count = len(lines)
    index = np.arange(count)
    words = np.expm1(own[:, _column("words_log")])
    prose = own[:, _column("paragraph")] * words
    columns = _own_columns(own)
    for offset in (-2, -1, 1, 2):
        columns += _own_columns(shifted(own, offset), f"@{offset:+d}")
    for offset in (-3, 3):
        columns += _own_columns(shifted(own, offset), f"@{offset:+d}", _NEIGHBOUR_SUMMARY)
    for radius in (2, 5, 15):
        share = window_sums(prose, radius) / np.maximum(window_sums(words, radius), 1)
        columns.append((f"prose_share_r{radius}", share))
    columns.append(("position", index / max(1, count - 1)))
    columns.append(("words_before_share", np.cumsum(words) / max(1.0, words.sum())))
    inside, distance = run_features(np.where(prose > 0, prose, -1.0))
    columns += [("in_prose_run", inside), ("distance_to_prose_run", distance)]
    headline = np.zeros(count)
    if (repeat := headline_repeat(lines)) is not None:
        headline[repeat] = 1.0
    from_headline = np.cumsum(headline)  # 1.0 from the repeat down
    columns += [
        ("above_headline_repeat", headline.any() - from_headline),
        ("headline_repeat", headline),
        ("lines_below_headline_log", np.log1p(np.maximum(np.cumsum(from_headline) - 1, 0))),
    ]
    # The article starts below its byline, date line or title, which the rules cut as metadata.
    metadata = np.array([bool(line.cut_reasons & METADATA_REASONS) for line in lines], dtype=float)
    columns += [("metadata_line", metadata), ("metadata@-1", shifted(metadata, -1)),
                ("metadata_within_5_above", np.minimum(1.0, marks_above(metadata, 5))),
                ("below_metadata_line", below_a_mark(metadata))]
    columns.append(("below_comment_heading", below_a_mark(own[:, _column("comment_heading")])))
    columns += signature_columns(lines)
    columns.append(("dates_nearby", window_sums(own[:, _column("date_or_time")], 5) / 10))
    columns += evidence_columns(lines, own, evidence)
    return _stack(columns)


def context_features(own: np.ndarray, first: np.ndarray) -> tuple[tuple[str, ...], np.ndarray]:
    """Stage two's input (names, one row per line): stage one's article probabilities around each line, relative
    to the page's best lines, and the line's own features."""
    count = len(own)
    kept = own[:, 0] > 0
    weights = (np.expm1(own[:, _column("words_log")]) + 1) * kept
    clipped = np.clip(first, 1e-4, 1 - 1e-4)
    logit = np.log(clipped / (1 - clipped))
    columns = [("first_logit", logit)]
    columns += [(f"first@{offset:+d}", shifted(first, offset)) for offset in (-2, -1, 1, 2)]
    before = np.maximum.accumulate(first) if count else first
    after = np.maximum.accumulate(first[::-1])[::-1] if count else first
    columns.append(("between_article_lines", np.minimum(shifted(before, -1), shifted(after, 1))))
    for radius in (1, 3, 8, 20):
        mean = window_sums(first * weights, radius) / np.maximum(window_sums(weights, radius), 1)
        columns.append((f"first_mean_r{radius}", mean))
    best = float(np.sort(first[kept])[-5:].mean()) if kept.any() else 1.0
    best = min(max(best, 1e-4), 1 - 1e-4)
    columns += [("page_best", np.full(count, best)), ("logit_below_best", logit - math.log(best / (1 - best)))]
    for name, threshold in (("article_run", 0.5), ("relative_run", 0.5 * best)):
        inside, distance = run_features(np.where(kept, (first - threshold) * weights, -threshold))
        columns += [(f"in_{name}", inside), (f"distance_to_{name}", distance)]
    return _stack(columns + _own_columns(own))


# Model --------------------------------------------------------------------------------------------------------------

def first_stage(model: LogisticModel, lines: Sequence[PageLine],
                evidence: LearnedEvidence) -> tuple[np.ndarray, np.ndarray]:
    """(the lines' own features, stage one's article probabilities; 0 for lines the rules cut)."""
    names, features = line_features(lines, evidence)
    kept = features[:, 0] > 0
    return features[:, :len(OWN_FEATURES)], np.where(kept, model.probabilities(names, features), 0.0)


@dataclass(frozen=True)
class LineClassifier:
    lines: LogisticModel  # stage one, over line_features
    context: LogisticModel  # stage two, over context_features
    evidence: LearnedEvidence  # what stage one's learned features look up

    def article_probabilities(self, lines: Sequence[PageLine]) -> np.ndarray:
        """For each line, the probability that it belongs to the article (0 for lines the rules cut)."""
        if not lines:
            return np.zeros(0)
        own, first = first_stage(self.lines, lines, self.evidence)
        names, features = context_features(own, first)
        return np.where(own[:, 0] > 0, self.context.probabilities(names, features), 0.0)

    def to_json(self) -> dict:
        return {"lines": self.lines.to_json(), "context": self.context.to_json(), "evidence": self.evidence.to_json()}

    @classmethod
    def from_json(cls, data: dict) -> "LineClassifier":
        return cls(LogisticModel.from_json(data["lines"]), LogisticModel.from_json(data["context"]),
                   LearnedEvidence.from_json(data["evidence"]))


@cache
def load_classifier(path: Path = MODEL_PATH) -> LineClassifier:
    return LineClassifier.from_json(json.loads(path.read_text(encoding="utf-8")))
