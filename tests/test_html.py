"""HTML pages: rendered to blocks safely, judged by trafilatura offline, cleaned with offsets into the rendering."""

import socket

import pytest

from pipeline.text.align import lines_in_text
from pipeline.text.clean import clean_document
from pipeline.text.html import extract_article, render_blocks, render_html

PAGE = """<!doctype html><html><head><title> Strike on  depot </title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Example News">
<style>p {color: red}</style><script>document.write("tracking")</script></head>
<body><nav>Home</nav><article><h1>Strike on depot</h1><p>Russian drones hit a depot &amp; a pipeline.</p>
<iframe src="https://ads.example"></iframe><p>Four workers<br>were injured.</p></article></body></html>"""

NEWS_PAGE = """<!doctype html><html><head><title>Drone strike hits Kharkiv depot | Example News</title>
<meta property="article:published_time" content="2025-08-09T10:00:00+03:00">
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Example News"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<aside><h3>Most read</h3><ul><li><a href="/a">Markets slide as oil prices jump</a></li>
<li><a href="/b">Ten recipes for the summer</a></li></ul></aside>
<article><h1>Drone strike hits Kharkiv depot</h1>
<p>On August 8, Russian forces launched seven Shahed drones at a fuel depot in Kharkiv Oblast, the regional
governor said on Saturday, adding that fire crews worked through the night to contain the blaze.</p>
<p>Two workers were injured in the attack and taken to hospital, according to the regional administration,
which said the depot had been hit twice since the start of the summer.</p>
<p>Share this article</p>
<p>Officials said repairs would take several weeks and that fuel supplies in the city were not at risk.</p>
</article>
<footer><p>© 2025 Example News. All rights reserved.</p><p>Privacy Policy | Terms of Use</p></footer>
</body></html>"""


def test_page_renders_to_blocks_without_scripts_styles_or_frames():
    page = render_blocks(PAGE)
    assert page.text.splitlines() == ["Home", "Strike on depot", "Russian drones hit a depot & a pipeline.", "Four workers", "were injured."]
    assert page.title == "Strike on depot"
    assert page.meta == {"author": "Jane Roe", "publisher": "Example News"}


def test_entities_are_not_resolved_from_outside():
    page = render_blocks('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><p>&e; stays text</p>')
    assert "root:" not in page.text


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("no network access is allowed")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_extractor_keeps_the_article_and_reads_metadata_offline(no_network):
    page = render_html(NEWS_PAGE)
    lines = page.text.split("\n")
    kept = [lines[index] for index in sorted(page.article_lines)]
    assert any(line.startswith("On August 8, Russian forces") for line in kept)
    assert any(line.startswith("Officials said repairs") for line in kept)
    for furniture in ("Home", "World", "Most read", "Markets slide as oil prices jump", "Privacy Policy | Terms of Use"):
        assert furniture not in kept
    assert page.meta["title"] == "Drone strike hits Kharkiv depot"
    assert page.meta["author"] == "Jane Roe"
    assert page.meta["publisher"] == "Example News"
    assert page.meta["published"] == "2025-08-09T10:00:00+03:00"  # the page's own time, not the extractor's day


def test_extractor_resolves_no_external_entity(no_network):
    html = ('<!DOCTYPE html [<!ENTITY e SYSTEM "file:///etc/passwd">]><html><body><article><h1>A headline here</h1>'
            "<p>&e; The governor said the depot was hit twice overnight and two workers were injured in the strike."
            "</p></article></body></html>")
    article = extract_article(html)
    assert article is not None and "root:" not in article.text
    assert "root:" not in render_html(html).text


def test_what_the_extractor_dropped_is_noise_with_offsets_into_the_rendering():
    page = render_html(NEWS_PAGE)
    document = clean_document(page.text, page.article_lines)
    for span in document.noise:
        assert page.text[span.start_char:span.end_char] == span.text
    dropped = {span.text for span in document.noise if span.reason == "html_boilerplate"}
    assert {"Home", "Most read", "Markets slide as oil prices jump"} <= dropped
    assert [span.reason for span in document.noise if span.text == "Share this article"] == ["boilerplate"]
    assert [span.reason for span in document.noise if span.text == "Drone strike hits Kharkiv depot"] == ["title"]
    assert "seven Shahed drones" in document.text and "fuel supplies in the city" in document.text
    assert "Share this article" not in document.text and "Sport" not in document.text


def test_a_page_without_an_article_is_left_to_the_plain_text_cleaner():
    page = render_html("<html><head><title>Nothing here</title></head><body><script>x()</script></body></html>")
    assert page.article_lines is None and page.text == "" and page.meta == {"title": "Nothing here"}


def test_lines_are_matched_by_words_in_order():
    lines = ["Home", "Russian drones hit a depot & a pipeline.", "Four workers", "were injured.", "Share"]
    assert lines_in_text(lines, "Russian drones hit a depot and a pipeline. Four workers were injured.") == [
        False, True, True, True, False]
    assert lines_in_text(["–", ""], "anything") == [False, False]
