"""HTML pages: rendered to plain text, one block per line, and judged by trafilatura's main-content extractor.

The rendered text is what noise offsets index, so it is made with only the standard library's tokenizer, which
resolves no external entities and fetches nothing. trafilatura then says which of those lines are the article,
and reads title, author, date and site name: given the page as a string it fetches nothing either (no URL, no
network), and its lxml HTML parser does not resolve external entities. Its kept text is laid back onto the
rendered lines word by word (align.py), since the two break lines differently.
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser

import trafilatura

from pipeline.text.align import lines_in_text

# Elements whose content is never article text.
_SKIPPED = {"script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "head"}
# Elements that start a new block (line) in the rendered text.
_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "header", "footer", "nav", "aside", "blockquote", "pre", "figure", "figcaption", "main", "hr", "dd", "dt",
}
_META_FIELDS = {
    "author": "author",
    "article:author": "author",
    "og:site_name": "publisher",
    "article:published_time": "published",
    "date": "published",
    "pubdate": "published",
    "og:title": "title",
}


@dataclass
class HtmlPage:
    text: str
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)  # author, publisher, published (raw string), title
    article_lines: frozenset[int] | None = None  # the lines of text the extractor kept; None: it did not judge


class _PageRenderer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            self._read_meta(dict(attrs))
        if tag in _SKIPPED:
            self.skip_depth += 1
        elif tag in _BLOCKS:
            self._end_line()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._read_meta(dict(attrs))
        elif tag in _BLOCKS:
            self._end_line()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCKS:
            self._end_line()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip_depth:
            self.current.append(data)

    def _read_meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        value = (attrs.get("content") or "").strip()
        if key in _META_FIELDS and value:
            self.meta.setdefault(_META_FIELDS[key], value)

    def _end_line(self) -> None:
        line = " ".join("".join(self.current).split())
        if line:
            self.lines.append(line)
        self.current = []

    def close(self) -> None:
        super().close()
        self._end_line()


def render_blocks(html: str) -> HtmlPage:
    """The page as text, one block a line, with the metadata of its <title> and <meta> tags."""
    renderer = _PageRenderer()
    renderer.feed(html)
    renderer.close()
    title = " ".join("".join(renderer.title_parts).split()) or renderer.meta.get("title")
    return HtmlPage(text="\n".join(renderer.lines), title=title or None, meta=renderer.meta)


@dataclass(frozen=True)
class ExtractedArticle:
    text: str  # the main content, one block a line
    meta: dict[str, str]  # title, author, published (YYYY-MM-DD), publisher; only what was found


# trafilatura's metadata field -> ours
_EXTRACTED_FIELDS = {"title": "title", "author": "author", "date": "published", "sitename": "publisher"}


def extract_article(html: str) -> ExtractedArticle | None:
    """The page's main content and metadata by trafilatura, or None when it finds no article. Comments are
    not content."""
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if document is None or not (document.text or "").strip():
        return None
    meta = {ours: value for theirs, ours in _EXTRACTED_FIELDS.items() if (value := getattr(document, theirs, None))}
    return ExtractedArticle(document.text, meta)


def render_html(html: str) -> HtmlPage:
    """The page rendered to text (render_blocks), the lines of it the extractor kept as the article, and its
    metadata.

    The page's own <meta> publication time wins over the extractor's date, which has only the day; for the
    rest the extractor's reading (JSON-LD, bylines, <h1>) wins over <title> and <meta>. When the extractor
    finds no article, or none of its text on the rendered lines, article_lines is None and the plain-text
    cleaner judges the page.
    """
    page = render_blocks(html)
    meta = {**page.meta, **({"title": page.title} if page.title else {})}
    article = extract_article(html)
    if article is None:
        return HtmlPage(page.text, page.title, meta)
    published = meta.get("published")
    meta.update(article.meta)
    if published:
        meta["published"] = published
    kept = lines_in_text(page.text.split("\n"), article.text) if page.text else []
    article_lines = frozenset(index for index, inside in enumerate(kept) if inside) or None
    return HtmlPage(page.text, meta.get("title"), meta, article_lines)
