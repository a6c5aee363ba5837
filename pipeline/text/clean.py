"""Step 2: strip page furniture and social-media noise from a raw news text, keeping account of every cut.

Every non-whitespace character of the raw text ends up either in a kept segment (the article) or in exactly
one NoiseSpan that says why it went. The rules themselves live in rules.py; this module runs them:

1. repair Unicode (mojibake, broken quotes) with ftfy, keeping a map back to the raw text (repair.py);
2. split the text into lines (\\n, \\r\\n or \\r), each trimmed of whitespace; for a page rendered from HTML, the
   lines the HTML extractor left out go first, as html_boilerplate;
3. structure rules cut marks and signatures off each line (bullets, **bold** marks, tweet signatures);
4. line rules judge what remains of each line as a whole (share buttons, bylines, feed links, ...);
5. inline rules cut URLs and trailing hashtags out of the kept text;
6. layout rules judge lines by their neighbours: header (title, site, byline echo), dateline, repeated
   block, link list, the teasers under a "Related stories" heading, photo caption;
7. on plain text, the line classifier (line_classifier.py) judges what is left of each line: menus, teasers,
   comment threads and other furniture no rule names go as boilerplate; then the page's title is looked for
   just above the article, where menus hid it from the header rule;
8. the kept segments are joined into paragraphs, and metadata is read from the noise.
"""

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from pipeline.text import rules
from pipeline.text.language import detect_language
from pipeline.text.line_classifier import (
    ARTICLE_THRESHOLD,
    LineClassifier,
    PageLine,
    headline_repeat,
    load_classifier,
)
from pipeline.text.metadata import DocumentMetadata, build_metadata, strip_emphasis
from pipeline.text.repair import LINE, RepairedText, repair_text

__all__ = ["CleanedDocument", "DocumentMetadata", "NoiseSpan", "clean_document", "rule_lines"]


@dataclass(frozen=True)
class NoiseSpan:
    start_char: int  # Python str index into the RAW text
    end_char: int
    text: str  # == raw[start_char:end_char]
    reason: str  # boilerplate, byline, caption, dateline, title, publisher, social_signature, hashtag, link_list,
    #              url, duplicate_block, non_english, blank, markup, html_boilerplate


@dataclass(frozen=True)
class CleanedDocument:
    text: str  # the cleaned article: kept segments, Unicode repaired, paragraphs joined by "\n\n"
    noise: tuple[NoiseSpan, ...]
    metadata: DocumentMetadata
    language: str  # ISO 639-1 of the article, e.g. "en"


LINE_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029]")
DATELINE_SEARCH_LINES = 10  # a dateline opens one of the article's first paragraphs, never a later one
TITLE_SEARCH_LINES = 6  # on a page, the title sits at most this many lines above the article's first paragraph
# The line classifier was fitted on whole web pages, where the rules leave dozens of short kept lines (menus,
# labels, teasers; at least 9 on every benchmark page). An article pasted on its own leaves a few headings
# among its paragraphs: the named rules are enough there, and a model of pages has nothing to judge.
MIN_PAGE_FRAGMENTS = 8


@dataclass
class _Cut:
    start: int
    end: int
    reason: str
    rule: str


@dataclass
class _Line:
    """One non-blank line: its kept pieces and the cuts made so far, as offsets into the repaired text."""

    kept: list[tuple[int, int]]
    cuts: list[_Cut] = field(default_factory=list)

    def rules_applied(self) -> set[str]:
        return {cut.rule for cut in self.cuts}


class _Document:
    def __init__(self, raw: str):
        self.repaired: RepairedText = repair_text(raw)
        self.text = self.repaired.text  # every offset below indexes this repaired text
        self.lines: list[_Line] = []
        self.blank_before: list[bool] = []  # a blank line separates this line from the previous one
        previous_end = 0
        for match in LINE.finditer(self.text):
            start, end = self._trim(*match.span())
            if start < end:
                self.blank_before.append(len(LINE_BREAK.findall(self.text, previous_end, start)) > 1)
                self.lines.append(_Line(kept=[(start, end)]))
                previous_end = end

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def span_text(self, span: tuple[int, int]) -> str:
        return self.text[span[0]:span[1]]

    def kept_text(self, line: _Line) -> str | None:
        """The line's kept pieces joined by spaces, None if nothing of it is kept."""
        return " ".join(self.span_text(piece) for piece in line.kept) if line.kept else None

    def cut(self, line: _Line, start: int, end: int, reason: str, rule: str) -> None:
        """Move text[start:end], which lies inside one kept piece, from the kept text to the noise."""
        for index, (piece_start, piece_end) in enumerate(line.kept):
            if piece_start <= start and end <= piece_end:
                line.kept[index:index + 1] = self._split(line, (piece_start, piece_end), [(start, end)], reason, rule)
                return
        raise ValueError(f"cut {start}:{end} is not inside a kept piece")

    def _split(self, line: _Line, piece: tuple[int, int], spans: list[tuple[int, int]], reason: str,
               rule: str) -> list[tuple[int, int]]:
        """Record the sorted, disjoint spans inside piece as cuts; return what remains of the piece."""
        remaining, position = [], piece[0]
        for span in spans:
            start, end = self._trim(*span)
            if start >= end:
                continue
            remaining.append(self._trim(position, start))
            line.cuts.append(_Cut(start, end, reason, rule))
            position = end
        remaining.append(self._trim(position, piece[1]))
        return [span for span in remaining if span[0] < span[1]]

    def cut_line(self, line: _Line, reason: str, rule: str) -> None:
        for start, end in list(line.kept):
            self.cut(line, start, end, reason, rule)

    def apply_span_rules(self, line: _Line, span_rules: tuple[rules.SpanRule, ...]) -> None:
        # All spans of a piece are cut in one go, which keeps a line with 100,000 links linear.
        for rule in span_rules:
            kept = []
            for piece_start, piece_end in line.kept:
                spans = [(piece_start + start, piece_start + end)
                         for start, end in rule.find(self.text[piece_start:piece_end])]
                if spans:
                    kept.extend(self._split(line, (piece_start, piece_end), spans, rule.reason, rule.name))
                else:
                    kept.append((piece_start, piece_end))
            line.kept = kept

    def apply_line_rules(self, line: _Line, line_rules: tuple[rules.LineRule, ...]) -> None:
        for piece in list(line.kept):
            text = strip_emphasis(self.span_text(piece))
            for rule in line_rules:
                if rule.matches(text):
                    self.cut(line, *piece, rule.reason, rule.name)
                    break


def clean_document(raw: str, extracted_lines: Collection[int] | None = None,
                   classifier: LineClassifier | None = None) -> CleanedDocument:
    """The article in raw with its noise accounted for; see the module docstring for the steps.

    extracted_lines: for a page rendered from HTML, the indices of its non-blank lines that the HTML extractor
    kept as the article. The others go as html_boilerplate, and the line classifier, made for plain text where
    no extractor has judged the page, is not used. None for plain text.
    classifier: the line classifier to use on plain text; None for the fitted one (cross-validation passes others).
    """
    document = _Document(raw)
    if extracted_lines is not None:
        for index, line in enumerate(document.lines):
            if index not in extracted_lines:
                document.cut_line(line, "html_boilerplate", "html_extractor")
    _apply_rules(document)
    if extracted_lines is None:
        _mark_page_furniture(document, classifier or load_classifier())
    else:
        _mark_page_title(document)
    noise = _noise_spans(document)
    text = _assemble_text(document)
    return CleanedDocument(
        text=text,
        noise=noise,
        metadata=build_metadata((span.reason, span.text) for span in noise),
        language=detect_language(text) if text else detect_language(document.text),
    )


def rule_lines(raw: str) -> list[PageLine]:
    """The non-blank lines of raw as the line classifier sees them, after every named rule (for fitting it)."""
    document = _Document(raw)
    _apply_rules(document)
    return _page_lines(document)


def _apply_rules(document: _Document) -> None:
    line_rules = rules.line_rules(detect_language(document.text))
    for line in document.lines:
        document.apply_span_rules(line, rules.STRUCTURE_RULES)
        document.apply_line_rules(line, line_rules)
        document.apply_span_rules(line, rules.INLINE_RULES)
    _mark_byline_echoes(document)
    _mark_tweet_author_names(document)
    body_start = _mark_header(document)
    _mark_dateline(document, body_start)
    _mark_repeated_block(document)
    _mark_link_lists(document)
    _mark_related_teasers(document)
    _mark_captions(document, body_start)


# Layout passes --------------------------------------------------------------------------------------------------

def _mark_byline_echoes(document: _Document) -> None:
    lines = document.lines
    for index, line in enumerate(lines):
        text = document.kept_text(line)
        if text is None or len(line.kept) != 1 or len(text) > 60:
            continue
        neighbours = [lines[other] for other in (index - 1, index + 1) if 0 <= other < len(lines)]
        bylines = [document.span_text((cut.start, cut.end)) for other in neighbours for cut in other.cuts
                   if cut.reason == "byline"]
        if bylines and rules.byline_echo(text, bylines):
            document.cut_line(line, "byline", "byline_echo")


def _mark_tweet_author_names(document: _Document) -> None:
    """A pasted tweet opens with its author's name on one line and the @handle on the next."""
    lines = document.lines
    for line, below in zip(lines, lines[1:]):
        text = document.kept_text(line)
        handle_only = not below.kept and [cut.rule for cut in below.cuts] == ["tweet_author"]
        if handle_only and text is not None and rules.word_count(text) <= 5 and not rules.ends_sentence(text):
            document.cut_line(line, "social_signature", "tweet_author_name")


def _mark_header(document: _Document) -> int:
    """Title and site name in the lines above the article; returns the index of the article's first line."""
    lines = document.lines
    body_start = rules.header_end([document.kept_text(line) for line in lines])
    while body_start and _continues(document, lines[body_start - 1], lines[body_start], body_start):
        body_start -= 1  # a hard-wrapped first sentence is not a header
    header = lines[:body_start]
    candidates = [line for line in header if len(line.kept) == 1]
    title = rules.pick_title([(document.kept_text(line), "markdown_heading" in line.rules_applied())
                              for line in candidates])
    if title is not None:
        document.cut_line(candidates[title], "title", "header_title")
    # A bare host name among the header lines is the site's name, not a link.
    site_names = [cut for line in header for cut in line.cuts
                  if cut.rule == "bare_url" and rules.is_site_name(document.span_text((cut.start, cut.end)))]
    if site_names:
        site_names[0].reason, site_names[0].rule = "publisher", "header_site_name"
    return body_start


def _mark_dateline(document: _Document, body_start: int) -> None:
    for line in document.lines[body_start:body_start + DATELINE_SEARCH_LINES]:
        if not line.kept:
            continue
        start, end = line.kept[0]
        length = rules.dateline_end(document.text[start:end])
        if length is not None:
            document.cut(line, start, start + length, "dateline", "dateline_prefix")
            return


def _mark_repeated_block(document: _Document) -> None:
    """Lines are compared whole, noise included: a pasted copy repeats its furniture too."""
    keys = [rules.line_key(document.span_text(_extent(line))) for line in document.lines]
    words = [rules.word_count(document.kept_text(line) or "") for line in document.lines]
    for index in sorted(rules.repeated_lines(keys, words)):
        document.cut_line(document.lines[index], "duplicate_block", "repeated_block")


def _pieces(line: _Line) -> list[tuple[int, int]]:
    return line.kept + [(cut.start, cut.end) for cut in line.cuts]


def _extent(line: _Line) -> tuple[int, int]:
    """The extent of a line, kept pieces and cuts together."""
    spans = _pieces(line)
    return min(start for start, _ in spans), max(end for _, end in spans)


def _line_kind(document: _Document, line: _Line) -> str:
    text = document.kept_text(line)
    if text is not None:
        return "fragment" if rules.is_fragment(text) else "text"
    return "link" if any(cut.reason in rules.LINK_REASONS for cut in line.cuts) else "noise"


def _mark_link_lists(document: _Document) -> None:
    kinds = [_line_kind(document, line) for line in document.lines]
    for index in sorted(rules.link_list_members(kinds)):
        document.cut_line(document.lines[index], "link_list", "link_list_block")


def _mark_related_teasers(document: _Document) -> None:
    """The headlines of other stories under a "Related stories", "Most read" or "You may also like" heading, up to
    the first line that is no headline. Lines already cut (another heading, "3 comments") do not end the list."""
    lines = document.lines
    for index, line in enumerate(lines):
        if "related_heading" not in line.rules_applied():
            continue
        for below in lines[index + 1:]:
            text = document.kept_text(below)
            if text is None:
                continue
            if below.cuts or not rules.is_fragment(text, rules.TEASER_WORDS):
                break
            document.cut_line(below, "boilerplate", "related_teaser")


def _mark_captions(document: _Document, body_start: int) -> None:
    lines = document.lines
    for index in range(body_start, len(lines)):
        line = lines[index]
        if len(line.kept) != 1 or line.cuts:
            continue
        neighbours = [document.kept_text(lines[other]) for other in (index - 1, index + 1) if 0 <= other < len(lines)]
        beside_prose = any(text is not None and rules.is_paragraph(text) for text in neighbours)
        if beside_prose and rules.is_verbless_caption(document.span_text(line.kept[0])):
            document.cut_line(line, "caption", "verbless_caption")


# The line classifier and the page title ----------------------------------------------------------------------------

def _page_lines(document: _Document) -> list[PageLine]:
    return [PageLine(document.span_text(_extent(line)), document.kept_text(line),
                     frozenset(cut.reason for cut in line.cuts)) for line in document.lines]


def is_whole_page(lines: Sequence[PageLine]) -> bool:
    """Whether the rules left the short non-sentence lines of a whole web page (see MIN_PAGE_FRAGMENTS)."""
    return sum(line.kept is not None and not rules.is_paragraph(line.kept) for line in lines) >= MIN_PAGE_FRAGMENTS


def _mark_page_furniture(document: _Document, classifier: LineClassifier) -> None:
    lines = _page_lines(document)
    if not is_whole_page(lines):
        return
    probabilities = classifier.article_probabilities(lines)
    for line, probability in zip(document.lines, probabilities, strict=True):
        if line.kept and probability < ARTICLE_THRESHOLD:
            document.cut_line(line, "boilerplate", "line_classifier")
    _mark_page_title(document)


_PAGE_FURNITURE_RULES = {"line_classifier", "html_extractor"}


def _mark_page_title(document: _Document) -> None:
    """On a whole page, menus keep the header rule from seeing the title; it is then the headline nearest above
    the article's first paragraph (the line that repeats the page's own title, if one does), among lines that
    are kept or were dropped as page furniture."""
    lines = document.lines
    if any(cut.reason == "title" for line in lines for cut in line.cuts):
        return
    first = next((index for index, line in enumerate(lines)
                  if (text := document.kept_text(line)) is not None and rules.is_paragraph(text)), None)
    if not first:
        return
    candidates = [index for index in range(max(0, first - TITLE_SEARCH_LINES), first)
                  if lines[index].rules_applied() <= _PAGE_FURNITURE_RULES and len(_pieces(lines[index])) == 1
                  and rules.is_headline(document.span_text(_extent(lines[index])))
                  and not _continues(document, lines[index], lines[index + 1], index + 1)]
    if not candidates:
        return
    repeat = headline_repeat(_page_lines(document))
    index = repeat if repeat in candidates else candidates[-1]
    line = lines[index]
    for cut in line.cuts:  # dropped as furniture: it is the title after all
        cut.reason, cut.rule = "title", "page_title"
    document.cut_line(line, "title", "page_title")  # kept: it goes now


# Output ---------------------------------------------------------------------------------------------------------

def _noise_spans(document: _Document) -> tuple[NoiseSpan, ...]:
    """All cuts in order, as spans of the raw text; a repeated block that runs over several lines becomes one."""
    cuts = sorted((cut for line in document.lines for cut in line.cuts), key=lambda cut: cut.start)
    merged: list[_Cut] = []
    for cut in cuts:
        previous = merged[-1] if merged else None
        if (previous and previous.reason == cut.reason == "duplicate_block"
                and not document.text[previous.end:cut.start].strip()):
            previous.end = cut.end
        else:
            merged.append(_Cut(cut.start, cut.end, cut.reason, cut.rule))
    raw = document.repaired.raw
    spans = []
    for cut in merged:
        start, end = document.repaired.raw_span(cut.start, cut.end)
        while start < end and raw[start].isspace():  # a repair may have swallowed a space ("Ã " -> "à")
            start += 1
        while end > start and raw[end - 1].isspace():
            end -= 1
        spans.append(NoiseSpan(start, end, raw[start:end], cut.reason))
    return tuple(spans)


def _paragraph_pieces(document: _Document, line: _Line) -> list[str]:
    """The line's kept text, split where a paragraph break was lost in copying."""
    paragraphs = [""]
    for start, end in line.kept:
        piece = document.text[start:end]
        last = 0
        for position in rules.paragraph_breaks(piece):
            paragraphs[-1] = _join(paragraphs[-1], piece[last:position].strip())
            paragraphs.append("")
            last = position
        paragraphs[-1] = _join(paragraphs[-1], piece[last:].strip())
    return [paragraph for paragraph in paragraphs if paragraph]


def _join(left: str, right: str) -> str:
    """Two kept pieces around a cut: a space between, unless the right one starts with punctuation."""
    if not left or not right:
        return left or right
    return left + right if right[0] in ".,;:!?)]}…" else f"{left} {right}"


def _assemble_text(document: _Document) -> str:
    """Kept pieces of one line are joined by a space (where an inline cut stood), lines by a paragraph break;
    a line that continues a hard-wrapped sentence (no blank line between, the previous line ends mid-sentence,
    this one starts in lowercase) joins the previous paragraph instead."""
    paragraphs: list[str] = []
    previous: _Line | None = None
    for index, line in enumerate(document.lines):
        pieces = _paragraph_pieces(document, line)
        if not pieces:
            previous = None
            continue
        if previous is not None and _continues(document, previous, line, index):
            paragraphs[-1] = _join(paragraphs[-1], pieces[0])
            pieces = pieces[1:]
        paragraphs.extend(pieces)
        previous = line
    return "\n\n".join(paragraphs)


def _continues(document: _Document, previous: _Line, line: _Line, index: int) -> bool:
    """Whether line (at index) continues the sentence of the previous line, hard-wrapped."""
    if not previous.kept or not line.kept:
        return False
    if document.blank_before[index] or any(cut.start < line.kept[0][0] for cut in line.cuts):
        return False  # a paragraph break, or the line opens with a bullet or other mark
    last_text = document.span_text(previous.kept[-1])
    first = document.text[line.kept[0][0]]
    return first.islower() and not rules.ends_sentence(last_text) and not last_text.endswith(":")
