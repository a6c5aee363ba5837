"""Whatever lands in the seeds folder, one run completes and accounts for every file.

One pipeline run over one seeds folder holding every hostile case (a run costs about 15 s). Each input ends in
documents (decoded correctly, its encoding recorded) or in rejects with a reason a person understands, and
inputs = documents + rejects + ignored files.
"""

import os
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.ingest import DEFAULT_MAX_FILE_BYTES, ignored_files
from pipeline.io import table_path
from tests.conftest import TABLES, run_pipeline

ARTICLE = (
    "Russian forces launched five Shahed drones at a fuel depot in Odesa Oblast on August 8, officials said. "
    "Four employees were seriously injured, according to the regional governor.\n\n"
    "The attack was the second on the company’s facilities in Ukraine this summer — “deliberate”, Kyiv said.\n"
)
RUSSIAN = (
    "Турция выдвинула ультиматум Алиеву. Баку не может поверить в это.\n\n"
    "Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе в Анкаре.\n"
)
GERMAN = (
    "Die Regierung in Berlin hat am Montag neue Hilfen für die Ukraine angekündigt. Der Bundeskanzler sagte, "
    "dass die Lieferungen noch in diesem Monat beginnen werden.\n\n"
    "Die Opposition kritisierte, dass der Plan zu spät komme und nicht weit genug gehe.\n"
)
# "ñ" and "à" read differently in cp1250 ("ń", "ŕ"): only the windows-1252 reading gives this text back.
LATIN1 = (
    "José Peña, the mayor of Málaga, said the café on the seafront à la Côte d’Azur style would reopen. "
    "Señor Muñoz, his deputy, said the façade had been repaired after the storm.\n"
).replace("’", "'")
HTML_PAGE = (
    '<!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]><html><head><title>Drone strike hits depot</title>'
    "<style>body { background: url(http://127.0.0.1:9/style.png) }</style>"
    "<script>fetch('http://127.0.0.1:9/beacon'); document.write('INJECTED');</script></head><body>"
    '<iframe src="http://127.0.0.1:9/frame"></iframe><article><h1>Drone strike hits depot</h1>'
    "<p>Russian forces launched seven Shahed drones at a fuel depot in Kharkiv Oblast on August 8, officials said.</p>"
    "<p>&secret; Two workers were injured in the attack, according to the regional governor.</p>"
    '<iframe srcdoc="<script>alert(1)</script>"></iframe></article></body></html>'
)
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + bytes(64)
ODD_NAME = "report – Київ 2025 (copy).txt"  # spaces, a dash, Cyrillic, brackets
NEWLINE_NAME = "report\nsecond line.txt"  # cannot be a Dagster partition key
NOT_UTF8_NAME = os.fsdecode(b"legacy-\xe9t\xe9.txt")  # a Latin-1 name; Linux file names are bytes
NOT_UTF8_NAME_SHOWN = "legacy-\\xe9t\\xe9.txt"
SINGLE_LINE = ("Officials in Geneva said the talks would resume on Monday after a short pause. " * 70_000)[:5_000_000].encode()


def damaged_utf8() -> bytes:
    """UTF-8 with one character cut in half, as a copy broken off mid-character and another text glued on."""
    data = ARTICLE.encode()
    cut = data.index("—".encode()) + 1
    return data[:cut] + data[cut + 2 :]


def write_fifty_megabytes(path: Path) -> None:
    """Over the default limit, so rejected from its size alone, unread."""
    with path.open("wb") as file:
        for _ in range(50):
            file.write(b"word " * 200_000 + b"\n")


# name -> (table, what identifies the outcome: the encoding of a document or a phrase of the reject's reason)
EXPECTED = {
    "empty.txt": ("rejects", "empty"),
    "whitespace.txt": ("rejects", "empty"),
    "image.txt": ("rejects", "binary"),
    "damaged-utf8.txt": ("rejects", "UTF-8 with invalid bytes"),
    "russian-cp1251.txt": ("documents", "cp1251"),
    "utf16-bom.txt": ("documents", "utf-16"),
    "latin1-accents.txt": ("documents", "cp1252"),
    "fifty-megabytes.txt": ("rejects", f"larger than the {DEFAULT_MAX_FILE_BYTES:,}-byte limit"),
    "single-line.txt": ("documents", "utf-8"),
    "page.html": ("documents", "utf-8"),
    ODD_NAME: ("documents", "utf-8"),
    NEWLINE_NAME: ("rejects", "file name cannot be a partition key"),
    NOT_UTF8_NAME_SHOWN: ("rejects", "file name is not valid UTF-8"),
    "link-outside.txt": ("rejects", "outside the seeds folder"),
    "dangling-link.txt": ("rejects", "cannot be read"),
    "pipe.txt": ("rejects", "not a regular file"),
    "copy-a.txt": ("documents", "utf-8"),
    "copy-b.txt": ("documents", "utf-8"),
    "dotdot.txt": ("documents", "utf-8"),
    "german.txt": ("documents", "utf-8"),
}
IGNORED = [".hidden.txt", ".draft.txt.swp", "draft.txt~", "#draft.txt#", "documents.parquet", "notes.csv"]


def build_hostile_seeds(seeds: Path, outside: Path) -> None:
    seeds.mkdir(parents=True)
    files = {
        "empty.txt": b"",
        "whitespace.txt": b" \n\t \r\n   \n",
        "image.txt": PNG,
        "damaged-utf8.txt": damaged_utf8(),
        "russian-cp1251.txt": RUSSIAN.encode("cp1251"),
        "utf16-bom.txt": ARTICLE.encode("utf-16"),
        "latin1-accents.txt": LATIN1.encode("latin-1"),
        "single-line.txt": SINGLE_LINE,
        "page.html": HTML_PAGE.encode(),
        ODD_NAME: ARTICLE.encode(),
        NEWLINE_NAME: ARTICLE.encode(),
        NOT_UTF8_NAME: ARTICLE.encode(),
        "copy-a.txt": ARTICLE.encode(),
        "copy-b.txt": ARTICLE.encode(),
        "dotdot.txt": b"../../escaped.parquet\n" + ARTICLE.encode(),
        "german.txt": GERMAN.encode(),
        ".hidden.txt": ARTICLE.encode(),
        ".draft.txt.swp": b"b0VIM 9.0\x00" + bytes(100),
        "draft.txt~": ARTICLE.encode(),
        "#draft.txt#": ARTICLE.encode(),
        "documents.parquet": b"not a table",
        "notes.csv": b"not,an,input\n",
    }
    for name, data in files.items():
        (seeds / name).write_bytes(data)
    write_fifty_megabytes(seeds / "fifty-megabytes.txt")
    outside.write_text("A secret outside the seeds folder.", encoding="utf-8")
    (seeds / "link-outside.txt").symlink_to(outside)
    (seeds / "dangling-link.txt").symlink_to(seeds / "gone.txt")
    os.mkfifo(seeds / "pipe.txt")


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile_run")
    build_hostile_seeds(root / "seeds", root / "outside.txt")
    run = run_pipeline(root / "seeds", root / "data", root / "dagster_home")
    assert run.returncode == 0, run.stderr[-5000:]
    return run


def outcomes(run) -> dict[str, tuple[str, str]]:
    """source_file -> (table, encoding or reason), for files that became documents or were rejected as files."""
    documents = run.table("documents")
    rejects = run.table("rejects").query("stage in ('ingest', 'clean')")
    found = {row.source_file: ("documents", row.encoding) for row in documents.itertuples()}
    for row in rejects.itertuples():
        assert row.source_file not in found, f"{row.source_file!r} is both a document and a reject"
        found[row.source_file] = ("rejects", row.reason)
    return found


def test_every_file_is_a_document_a_reject_or_ignored(hostile_run):
    found = outcomes(hostile_run)
    ignored = ignored_files(hostile_run.seeds_dir)
    files_in_seeds = [path for path in hostile_run.seeds_dir.rglob("*") if not path.is_dir()]
    assert sorted(ignored) == sorted(IGNORED)
    assert len(files_in_seeds) == len(found) + len(ignored)
    assert set(found) == set(EXPECTED)


def test_each_file_ends_where_expected_with_a_reason(hostile_run):
    found = outcomes(hostile_run)
    for name, (table, expected) in EXPECTED.items():
        table_found, encoding_or_reason = found[name]
        assert table_found == table, (name, found[name])
        if table == "rejects":
            assert expected in encoding_or_reason, (name, encoding_or_reason)
        else:
            assert encoding_or_reason == expected, (name, encoding_or_reason)


def test_other_encodings_are_decoded_correctly(hostile_run):
    documents = hostile_run.table("documents").set_index("source_file")
    assert "Министр иностранных дел заявил, что переговоры продолжатся" in documents.loc["russian-cp1251.txt", "text"]
    assert "José Peña, the mayor of Málaga" in documents.loc["latin1-accents.txt", "text"]
    assert "à la Côte" in documents.loc["latin1-accents.txt", "text"]
    assert "seriously injured" in documents.loc["utf16-bom.txt", "text"]
    assert documents.loc["single-line.txt", "raw_chars"] == len(SINGLE_LINE)


def test_html_runs_nothing_fetches_nothing_and_resolves_no_entities(hostile_run):
    page = hostile_run.table("documents").set_index("source_file").loc["page.html"]
    assert page["content_type"] == "html" and page["title"] == "Drone strike hits depot"
    assert "seven Shahed drones" in page["text"]
    for never in ("INJECTED", "fetch(", "alert(", "background", "root:", "127.0.0.1"):
        assert never not in page["text"]


def test_byte_identical_files_are_two_documents_one_a_duplicate(hostile_run):
    documents = hostile_run.table("documents").set_index("source_file")
    copies = documents.loc[["copy-a.txt", "copy-b.txt"]]
    assert copies["doc_id"].nunique() == 2
    assert copies["duplicate_of"].notna().sum() >= 1


def test_a_foreign_article_is_kept_with_its_language(hostile_run):
    documents = hostile_run.table("documents").set_index("source_file")
    assert documents.loc["german.txt", "language"] == "de"
    assert documents.loc["russian-cp1251.txt", "language"] == "ru"


def test_file_names_and_contents_never_become_output_paths(hostile_run):
    root = hostile_run.data_dir.parent
    assert sorted(path.name for path in root.iterdir()) == ["dagster_home", "data", "outside.txt", "seeds"]
    published = {path.name for path in hostile_run.data_dir.iterdir()}
    assert {f"{table}.parquet" for table in TABLES} <= published
    assert not [name for name in published if name.startswith(".")]  # no temporary file left behind
    for table in TABLES:
        pq.read_table(hostile_run.data_dir / f"{table}.parquet")
    assert not (root.parent / "escaped.parquet").exists()


@pytest.mark.parametrize("name", ["../x", "../../x", "/etc/passwd", "a/b", ".hidden", "", "x\n"])
def test_a_table_name_cannot_lead_out_of_the_data_folder(tmp_path, name):
    with pytest.raises(ValueError, match="not a table name"):
        table_path(tmp_path, name)


def test_rejects_keep_the_real_names(hostile_run):
    rejects = hostile_run.table("rejects")
    assert ODD_NAME in set(hostile_run.table("documents")["source_file"])
    assert NOT_UTF8_NAME_SHOWN in set(rejects["source_file"])
    assert NEWLINE_NAME in set(rejects["source_file"])
    assert pd.api.types.is_string_dtype(rejects["source_file"])
