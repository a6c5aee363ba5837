import hashlib
import os
import random

import pandas as pd
import pytest

from pipeline.ingest import DEFAULT_MAX_FILE_BYTES, IngestReject, RawDocument, discover_inputs, file_digest, ignored_files, read_input
from pipeline.stages import ingest_files, ingest_seeds

FRENCH = "Le café de la gare, à Zürich : les élèves ont reçu leurs diplômes après une année très chargée."
GERMAN = "Die Bürger in München haben über die Straßenbahn abgestimmt. Größere Änderungen folgen nächste Woche."
RUSSIAN = "Турция выдвинула ультиматум Алиеву. Баку не может поверить в это."
QUOTES = "“Smart quotes” — and a café’s menu: crème brûlée, €5. The chef said it was “très bon”."


def write_files(folder, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)


def test_discovery_is_recursive_sorted_and_accounts_for_every_file(tmp_path):
    inputs = ["a.md", "b.txt", "sub/c.html", "sub/deeper/d.HTM"]
    ignored = [".f.txt.swp", ".git/e.txt", ".hidden.txt", "#x.txt#", "f.csv", "x.txt~"]
    write_files(tmp_path, {name: b"text" for name in inputs + ignored})
    assert discover_inputs(tmp_path) == inputs
    assert ignored_files(tmp_path) == sorted(ignored)


def test_utf8_utf8_bom_utf16_and_utf32_are_decoded(tmp_path):
    text = "Kyiv — “quoted” café"
    encoded = {
        "utf-8": text.encode("utf-8"),
        "utf-8-sig": text.encode("utf-8-sig"),
        "utf-16": text.encode("utf-16"),
        "utf-32": text.encode("utf-32"),
    }
    write_files(tmp_path, {f"{encoding}.txt": data for encoding, data in encoded.items()})
    for encoding in encoded:
        document = read_input(tmp_path, f"{encoding}.txt", 1_000_000)
        assert isinstance(document, RawDocument)
        assert (document.text, document.encoding) == (text, encoding)


@pytest.mark.parametrize(
    ("text", "legacy", "recorded"),
    [
        (RUSSIAN, "cp1251", "cp1251"),
        (FRENCH, "latin-1", "cp1252"),  # "à" and "è": cp1250 would read "ŕ" and "č"
        (GERMAN, "latin-1", "cp1252"),
        (QUOTES, "cp1252", "cp1252"),
    ],
)
def test_other_encodings_are_detected_and_recorded(tmp_path, text, legacy, recorded):
    (tmp_path / "article.txt").write_bytes(text.encode(legacy))
    document = read_input(tmp_path, "article.txt", 1_000_000)
    assert isinstance(document, RawDocument), document
    assert (document.text, document.encoding) == (text, recorded)


def test_the_same_bytes_in_two_files_are_two_documents(tmp_path):
    (tmp_path / "a.txt").write_text("Same article.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Same article.", encoding="utf-8")
    first, second = read_input(tmp_path, "a.txt", 100), read_input(tmp_path, "b.txt", 100)
    assert first.doc_id != second.doc_id
    assert first.doc_id == read_input(tmp_path, "a.txt", 100).doc_id


def test_ids_and_order_do_not_depend_on_discovery_creation_or_place(tmp_path):
    files = {"b.txt": b"Second article.", "a.txt": b"Same article.", "sub/c.md": b"Third article.", "d.txt": b"\xff\xfe"}
    forward, backward = tmp_path / "one" / "seeds", tmp_path / "elsewhere" / "deeper" / "seeds"
    write_files(forward, files)
    write_files(backward, dict(reversed(files.items())))
    os.utime(backward / "a.txt", (0, 0))
    first, second = ingest_seeds(forward, 1_000), ingest_seeds(backward, 1_000)
    for table_one, table_two in zip(first, second, strict=True):
        pd.testing.assert_frame_equal(table_one, table_two)
    assert list(first[0]["source_file"]) == ["a.txt", "b.txt", "sub/c.md"]
    # A digest of the name and bytes only: the same on every machine, today and in ten years.
    assert first[0]["doc_id"].iloc[0] == "5bbf2b683c3e8d5e"


def test_rejections_say_why(tmp_path):
    write_files(
        tmp_path,
        {
            "blank.txt": b"  \n\t\n",
            "short-latin1.txt": "Café in Zürich".encode("latin-1"),  # too little text to tell cp1250 from cp1252
            "damaged.txt": ("Kyiv — “quoted” café " * 5).encode()[:-3] + b"\xff more text",
            "random.txt": bytes(random.Random(1).randrange(128, 256) for _ in range(2000)),
            "image.txt": bytes.fromhex("89504e470d0a1a0a") + bytes(64),
            "bad-bom.txt": b"\xff\xfeA\x00B",
            "big.txt": b"x" * 20_000,
            os.fsdecode(b"caf\xe9.txt"): b"A name in Latin-1.",
        },
    )
    outside = tmp_path.parent / f"{tmp_path.name}-outside.txt"
    outside.write_text("secret", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(outside)
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would wait for a writer forever
    reasons = {name: read_input(tmp_path, name, 10_000) for name in [*discover_inputs(tmp_path), "missing.txt"]}
    assert all(isinstance(reason, IngestReject) for reason in reasons.values()), reasons
    assert "empty" in reasons["blank.txt"].reason
    assert "cannot be told with confidence" in reasons["short-latin1.txt"].reason
    assert "0xe9" in reasons["short-latin1.txt"].detail
    assert "UTF-8 with invalid bytes" in reasons["damaged.txt"].reason and "0xff" in reasons["damaged.txt"].detail
    assert "cannot be told with confidence" in reasons["random.txt"].reason
    assert "binary" in reasons["image.txt"].reason
    assert "byte-order mark" in reasons["bad-bom.txt"].reason
    assert "limit" in reasons["big.txt"].reason
    assert reasons[os.fsdecode(b"caf\xe9.txt")].source_file == "caf\\xe9.txt"
    assert "not valid UTF-8" in reasons[os.fsdecode(b"caf\xe9.txt")].reason
    assert "outside the seeds folder" in reasons["link.txt"].reason
    assert "cannot be read" in reasons["loop.txt"].reason
    assert "not a regular file" in reasons["pipe.txt"].reason
    assert "cannot be read" in reasons["missing.txt"].reason


def test_a_file_over_the_limit_is_never_read(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as file:
        file.truncate(1 << 36)  # a sparse 64 GiB: reading it would take minutes and more memory than there is
    reject = read_input(tmp_path, "huge.txt")
    assert isinstance(reject, IngestReject) and f"{DEFAULT_MAX_FILE_BYTES:,}-byte limit" in reject.reason


def test_the_recorded_digest_is_of_the_bytes_ingested_and_a_link_out_is_never_read(tmp_path):
    article = "Drones struck a gas distribution station in Odesa region on August 6.".encode()
    outside = tmp_path.parent / f"{tmp_path.name}-secret.txt"
    outside.write_text("not for the pipeline", encoding="utf-8")
    (tmp_path / "article.txt").write_bytes(article)
    (tmp_path / "big.txt").write_bytes(b"x" * 101)
    (tmp_path / "link.txt").symlink_to(outside)
    documents, rejects, digests = ingest_files(tmp_path, ["article.txt", "big.txt", "link.txt"], 100)
    assert list(documents["source_file"]) == ["article.txt"] and list(rejects["source_file"]) == ["big.txt", "link.txt"]
    assert digests["article.txt"] == hashlib.sha256(article).hexdigest()
    # The sensor computes the same digest for an unchanged file, so it does not run it again; the link's digest
    # says why it was refused and owes nothing to the bytes outside the seeds folder.
    assert digests == {name: file_digest(tmp_path, name, 100) for name in digests}
    assert "outside the seeds folder" in digests["link.txt"]
    assert digests["link.txt"] != hashlib.sha256(outside.read_bytes()).hexdigest()
