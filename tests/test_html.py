from pipeline.text.html import render_html

PAGE = """<!doctype html><html><head><title> Strike on  depot </title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Example News">
<style>p {color: red}</style><script>document.write("tracking")</script></head>
<body><nav>Home</nav><article><h1>Strike on depot</h1><p>Russian drones hit a depot &amp; a pipeline.</p>
<iframe src="https://ads.example"></iframe><p>Four workers<br>were injured.</p></article></body></html>"""


def test_page_renders_to_blocks_without_scripts_styles_or_frames():
    page = render_html(PAGE)
    assert page.text.splitlines() == ["Home", "Strike on depot", "Russian drones hit a depot & a pipeline.", "Four workers", "were injured."]
    assert page.title == "Strike on depot"
    assert page.meta == {"author": "Jane Roe", "publisher": "Example News"}


def test_entities_are_not_resolved_from_outside():
    page = render_html('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><p>&e; stays text</p>')
    assert "root:" not in page.text
