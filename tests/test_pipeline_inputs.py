"""Bad input ends in rejects with a clear reason; the other files still go through; re-runs are identical."""

import os
import shutil

import pandas as pd
import pytest

from tests.conftest import SEEDS_DIR, TABLES, run_pipeline

RUSSIAN_SENTENCE = "Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе в Анкаре."
CP1251_RUSSIAN = f"Турция выдвинула ультиматум Алиеву.\n\n{RUSSIAN_SENTENCE}\n".encode("cp1251")
NEWLINE_NAME = "two\nlines.txt"
PNG_BYTES = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + bytes(64)


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("mixed_run")
    seeds = root / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "image.txt").write_bytes(PNG_BYTES)
    (seeds / "russian-cp1251.txt").write_bytes(CP1251_RUSSIAN)
    (seeds / "locked.txt").write_text("A locked article that nobody may read.", encoding="utf-8")
    os.chmod(seeds / "locked.txt", 0)
    nested = seeds / "more" / "html"
    nested.mkdir(parents=True)
    (nested / "page.html").write_text(
        "<html><head><title>Drone strike hits Kharkiv depot</title><script>alert('x')</script>"
        '<meta property="article:published_time" content="2025-08-09T10:00:00+03:00"></head><body>'
        "<nav>Home | World | Sport</nav><article><h1>Drone strike hits Kharkiv depot</h1>"
        "<p>On August 8, Russian forces launched seven Shahed drones at a fuel depot in Kharkiv Oblast, officials said.</p>"
        "<p>Two workers were injured in the attack, according to the regional governor.</p></article></body></html>",
        encoding="utf-8",
    )
    (seeds / NEWLINE_NAME).write_text("A file whose name cannot be a partition key.", encoding="utf-8")
    (seeds / ".hidden.txt").write_text("Hidden files are not inputs.", encoding="utf-8")
    (seeds / "notes.csv").write_text("not,an,input\n", encoding="utf-8")
    run = run_pipeline(seeds, root / "data", root / "dagster_home")
    os.chmod(seeds / "locked.txt", 0o644)
    assert run.returncode == 0, run.stderr[-5000:]
    return run


def rejected(run, name: str) -> pd.Series:
    rejects = run.table("rejects")
    rows = rejects[rejects["source_file"] == name]
    assert len(rows) == 1, rejects
    return rows.iloc[0]


def test_bad_files_are_rejected_with_a_reason(mixed_run):
    assert "empty" in rejected(mixed_run, "empty.txt")["reason"]
    assert "binary" in rejected(mixed_run, "image.txt")["reason"]
    if os.geteuid() != 0:  # root reads any file whatever its mode
        assert "cannot be read" in rejected(mixed_run, "locked.txt")["reason"]


def test_file_name_that_cannot_be_a_partition_key_is_rejected(mixed_run):
    reject = rejected(mixed_run, NEWLINE_NAME)
    assert "partition key" in reject["reason"] and "\\n" in reject["detail"]


def test_every_input_ends_in_documents_or_rejects(mixed_run):
    documents = set(mixed_run.table("documents")["source_file"])
    rejects = set(mixed_run.table("rejects").query("stage == 'ingest' or stage == 'clean'")["source_file"])
    inputs = {"empty.txt", "image.txt", "russian-cp1251.txt", "locked.txt", "more/html/page.html", NEWLINE_NAME}
    inputs |= {path.name for path in SEEDS_DIR.iterdir()}
    assert documents | rejects == inputs
    assert not documents & rejects


def test_a_cp1251_file_is_decoded_and_its_encoding_recorded(mixed_run):
    documents = mixed_run.table("documents").set_index("source_file")
    russian = documents.loc["russian-cp1251.txt"]
    assert russian["encoding"] == "cp1251"
    assert RUSSIAN_SENTENCE in russian["text"]


def test_html_page_goes_through(mixed_run):
    documents = mixed_run.table("documents").set_index("source_file")
    page = documents.loc["more/html/page.html"]
    assert page["content_type"] == "html"
    assert page["title"] == "Drone strike hits Kharkiv depot"
    assert page["published_at"] == pd.Timestamp("2025-08-09 07:00", tz="UTC")
    assert "alert(" not in page["text"] and "seven Shahed drones" in page["text"]
    events = mixed_run.table("events")
    assert (events[events["doc_id"] == page["doc_id"]]["event_type"] == "ASSAULT").any()


def test_rerun_gives_identical_tables(seed_run, tmp_path):
    again = run_pipeline(seed_run.seeds_dir, tmp_path / "data", tmp_path / "dagster_home")
    assert again.returncode == 0, again.stderr[-5000:]
    for table in TABLES:
        pd.testing.assert_frame_equal(seed_run.table(table), again.table(table), obj=table)
        # Byte for byte, so a BI tool's cache or a checksum sees no change either.
        assert (seed_run.data_dir / f"{table}.parquet").read_bytes() == (again.data_dir / f"{table}.parquet").read_bytes(), table


def test_seed_documents_keep_their_ids_among_other_files(seed_run, mixed_run):
    columns = ["doc_id", "source_file", "text"]
    seeds_alone = seed_run.table("documents")[columns].sort_values("doc_id", ignore_index=True)
    mixed = mixed_run.table("documents")[columns]
    mixed = mixed[mixed["source_file"].isin(seeds_alone["source_file"])].sort_values("doc_id", ignore_index=True)
    pd.testing.assert_frame_equal(seeds_alone, mixed)
