"""Render an HTML page to plain text, one block per line, with the metadata its head carries.

Only the standard library's tokenizer is used: it resolves no external entities and fetches nothing.
"""

from dataclasses import dataclass, field
from html.parser import HTMLParser

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


def render_html(html: str) -> HtmlPage:
    renderer = _PageRenderer()
    renderer.feed(html)
    renderer.close()
    title = " ".join("".join(renderer.title_parts).split()) or renderer.meta.get("title")
    return HtmlPage(text="\n".join(renderer.lines), title=title or None, meta=renderer.meta)
