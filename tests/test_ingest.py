from pipeline.ingest import IngestReject, RawDocument, discover_inputs, read_input


def test_discovery_is_recursive_sorted_and_skips_hidden_and_other_files(tmp_path):
    for name in ["b.txt", "a.md", "sub/c.html", "sub/deeper/d.HTM", ".hidden.txt", ".git/e.txt", "x.txt~", "f.csv", ".f.txt.swp"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("text", encoding="utf-8")
    assert discover_inputs(tmp_path) == ["a.md", "b.txt", "sub/c.html", "sub/deeper/d.HTM"]


def test_utf8_utf8_bom_and_utf16_are_decoded(tmp_path):
    text = "Kyiv — “quoted” café"
    (tmp_path / "plain.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "wide.txt").write_bytes(text.encode("utf-16"))
    for name, encoding in [("plain.txt", "utf-8"), ("bom.txt", "utf-8-sig"), ("wide.txt", "utf-16")]:
        document = read_input(tmp_path, name, 1_000_000)
        assert isinstance(document, RawDocument)
        assert (document.text, document.encoding) == (text, encoding)


def test_the_same_bytes_in_two_files_are_two_documents(tmp_path):
    (tmp_path / "a.txt").write_text("Same article.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Same article.", encoding="utf-8")
    first, second = read_input(tmp_path, "a.txt", 100), read_input(tmp_path, "b.txt", 100)
    assert first.doc_id != second.doc_id
    assert first.doc_id == read_input(tmp_path, "a.txt", 100).doc_id


def test_rejections_say_why(tmp_path):
    (tmp_path / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Café in Zürich".encode("latin-1"))
    (tmp_path / "big.txt").write_text("x" * 200, encoding="utf-8")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text("secret", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(outside)
    reasons = {name: read_input(tmp_path, name, 100) for name in ["blank.txt", "latin1.txt", "big.txt", "link.txt", "missing.txt"]}
    assert all(isinstance(reason, IngestReject) for reason in reasons.values())
    assert "empty" in reasons["blank.txt"].reason
    assert "UTF-8" in reasons["latin1.txt"].reason and "0xe9" in reasons["latin1.txt"].detail
    assert "limit" in reasons["big.txt"].reason
    assert "outside the seeds folder" in reasons["link.txt"].reason
    assert "cannot be read" in reasons["missing.txt"].reason
