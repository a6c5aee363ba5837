"""Faults: a run killed mid-write, one document that breaks a step, two runs at once on the same folders."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from spacy.language import Language

from pipeline import stages
from pipeline.io import partition_path, publishing, read_table, replacing, table_path, write_table, write_tables
from pipeline.locking import exclusive_lock
from pipeline.stages import RAW_COLUMNS, clean_documents, extract_documents, frame
from pipeline.text.nlp import load_nlp
from tests.conftest import PROJECT_DIR, TABLES, PipelineRun

RUN_TIMEOUT_SECONDS = 600


def start_run(seeds_dir: Path, data_dir: Path, dagster_home: Path) -> subprocess.Popen:
    env = {**os.environ, "PIPELINE_SEEDS_DIR": str(seeds_dir), "PIPELINE_DATA_DIR": str(data_dir), "DAGSTER_HOME": str(dagster_home)}
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "run"], cwd=PROJECT_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def temporary_files(data_dir: Path) -> list[Path]:
    return sorted(data_dir.rglob(".*.tmp*"))


def tables_being_written(data_dir: Path) -> set[str]:
    with os.scandir(data_dir) as entries:
        return {entry.name for entry in entries if entry.name.startswith(".") and entry.name.endswith(".tmp")}


def kill_while_writing(process: subprocess.Popen, data_dir: Path, leftovers: set[str]) -> None:
    """SIGKILL the run as soon as a new temporary file of a published table shows up (not one of the leftovers)."""
    deadline = time.monotonic() + RUN_TIMEOUT_SECONDS
    while process.poll() is None and time.monotonic() < deadline:
        if tables_being_written(data_dir) - leftovers:
            process.send_signal(signal.SIGKILL)
            process.communicate()
            return
    process.kill()
    process.communicate()
    pytest.fail("the run ended before it was seen writing a table")


def assert_tables_equal(data_dir: Path, expected: PipelineRun) -> None:
    for table in TABLES:
        stored = pq.read_table(data_dir / f"{table}.parquet").to_pandas()  # readable, whole
        pd.testing.assert_frame_equal(stored, expected.table(table), obj=table)


@pytest.fixture(scope="module")
def killed_run(seed_run, tmp_path_factory) -> tuple[Path, Path]:
    """(data folder, DAGSTER_HOME) after a run on seed_run's seeds and a copy of its tables was killed mid-write."""
    root = tmp_path_factory.mktemp("killed_run")
    data_dir, dagster_home = root / "data", root / "dagster_home"
    shutil.copytree(seed_run.data_dir, data_dir)
    killed = start_run(seed_run.seeds_dir, data_dir, dagster_home)
    kill_while_writing(killed, data_dir, leftovers=set())
    assert killed.returncode == -signal.SIGKILL
    return data_dir, dagster_home


def test_a_run_killed_while_writing_leaves_the_previous_tables_whole(killed_run, seed_run):
    data_dir, _ = killed_run
    assert_tables_equal(data_dir, seed_run)


def test_after_a_kill_two_runs_at_once_both_finish_and_leave_the_same_tables(killed_run, seed_run):
    data_dir, dagster_home = killed_run
    half_written = data_dir / ".documents.0123456789abcdef.tmp"  # for sure: the kill may have come after a rename
    half_written.write_bytes((seed_run.data_dir / "documents.parquet").read_bytes()[:100])
    runs = [start_run(seed_run.seeds_dir, data_dir, dagster_home) for _ in range(2)]
    for run in runs:
        _, stderr = run.communicate(timeout=RUN_TIMEOUT_SECONDS)
        assert run.returncode == 0, stderr[-5000:]
    assert_tables_equal(data_dir, seed_run)
    assert temporary_files(data_dir) == []


def test_a_run_writes_no_table_while_another_run_is_publishing_them(seed_run, tmp_path):
    """The published tables are written as one set: while another run holds the publishing lock, a run processes
    every document but writes none of the tables; once the lock is free it writes all of them."""
    data_dir = tmp_path / "data"
    staged = data_dir / "_staging" / "event_mentions"
    with publishing(data_dir):
        run = start_run(seed_run.seeds_dir, data_dir, tmp_path / "dagster_home")
        deadline = time.monotonic() + RUN_TIMEOUT_SECONDS
        while len(list(staged.glob("*.parquet"))) < len(list(seed_run.seeds_dir.iterdir())) and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(5)  # the tables job starts within a second or two, and writes the tables in a few more
        assert run.poll() is None and sorted(data_dir.glob("*.parquet")) == []
    _, stderr = run.communicate(timeout=RUN_TIMEOUT_SECONDS)
    assert run.returncode == 0, stderr[-5000:]
    assert_tables_equal(data_dir, seed_run)


def test_the_next_write_of_a_table_removes_what_killed_writers_left_of_it(tmp_path):
    path = table_path(tmp_path, "documents")
    leftovers = [tmp_path / ".documents.dead1.tmp", tmp_path / ".documents.dead2.tmp.wal"]
    other_table = tmp_path / ".noise.dead3.tmp"
    for leftover in [*leftovers, other_table]:
        leftover.write_bytes(b"PAR1 half a table")
    write_table(pd.DataFrame({"doc_id": ["a"]}), path)
    assert sorted(entry.name for entry in tmp_path.iterdir()) == [".noise.dead3.tmp", "documents.parquet"]


def test_a_failed_write_keeps_the_old_table_and_leaves_no_temporary_file(tmp_path):
    path = table_path(tmp_path, "documents")
    old = pd.DataFrame({"doc_id": ["a", "b"]})
    write_table(old, path)
    with pytest.raises(OSError, match="disk full"):
        with replacing(path) as temporary:
            temporary.write_bytes(b"PAR1 half a table")
            raise OSError("disk full")
    pd.testing.assert_frame_equal(read_table(path), old)
    assert temporary_files(tmp_path) == []


def test_a_batch_of_partition_files_is_replaced_whole_or_not_at_all(tmp_path):
    first, second = partition_path(tmp_path, "raw_documents", "a.txt"), partition_path(tmp_path, "raw_documents", "b.txt")
    old = pd.DataFrame({"source_file": ["a.txt"], "text": ["old"]})
    write_tables({first: old, second: old.assign(source_file="b.txt")})
    unwritable = pd.DataFrame({"source_file": ["b.txt"], "text": [object()]})  # pyarrow cannot store an object
    with pytest.raises(Exception, match="object"):
        write_tables({first: old.assign(text="new"), second: unwritable})
    assert read_table(first)["text"].tolist() == ["old"] and read_table(second)["source_file"].tolist() == ["b.txt"]
    assert temporary_files(first.parent) == []


def test_a_locked_folder_makes_another_process_wait(tmp_path):
    taken = tmp_path / "taken"
    script = f"from pathlib import Path; from pipeline.locking import exclusive_lock\nwith exclusive_lock(Path({str(tmp_path)!r})): Path({str(taken)!r}).touch()"
    with exclusive_lock(tmp_path):
        other = subprocess.Popen([sys.executable, "-c", script], cwd=PROJECT_DIR)
        time.sleep(1)  # ample for a bare Python to start and take a free lock
        assert not taken.exists()
    assert other.wait(timeout=30) == 0
    assert taken.exists()


# One document that breaks a step is rejected; the others go on. The failure is forced (monkeypatch): no real
# text is known to break cleaning or extraction, which is the point of those steps' tests.

ARTICLES = {
    "a.txt": "Russian forces launched five Shahed drones at a fuel depot in Odesa on August 8. Four workers were injured.",
    "poison.txt": "Ukrainian forces shelled a bridge near Kherson on August 9, officials said. Two people were killed.",
    "c.txt": "A missile strike on Kharkiv on August 10 damaged a power plant, the mayor said. Three people were injured.",
}


def raw_documents() -> pd.DataFrame:
    rows = [
        {"doc_id": f"{index:016x}", "source_file": name, "text": text, "encoding": "utf-8", "content_type": "text"}
        for index, (name, text) in enumerate(ARTICLES.items())
    ]
    return frame(rows, RAW_COLUMNS)


def failing_on_poison(step):
    def step_or_failure(value, *args):
        if "Kherson" in (value if isinstance(value, str) else value.text):
            raise RuntimeError("broken on purpose")
        return step(value, *args)

    return step_or_failure


def without(table: pd.DataFrame, doc_id: str) -> pd.DataFrame:
    return table[table["doc_id"] != doc_id].reset_index(drop=True)


def comparable(table: pd.DataFrame) -> pd.DataFrame:
    """Missing values as None: without the failed document's rows, a column may hold only missing values and so
    be inferred as object rather than float."""
    return table.astype(object).where(table.notna(), None)


def test_a_document_that_breaks_cleaning_is_rejected_and_the_others_cleaned(monkeypatch):
    intact = clean_documents(raw_documents())
    monkeypatch.setattr(stages, "clean_document", failing_on_poison(stages.clean_document))
    documents, noise, rejects = clean_documents(raw_documents())
    poison = raw_documents().set_index("source_file").loc["poison.txt", "doc_id"]
    assert rejects[["source_file", "stage", "reason", "doc_id"]].values.tolist() == [["poison.txt", "clean", "cleaning failed", poison]]
    assert "RuntimeError: broken on purpose" in rejects["detail"].iloc[0]
    pd.testing.assert_frame_equal(documents, without(intact[0], poison))
    pd.testing.assert_frame_equal(noise, without(intact[1], poison))


def test_a_document_that_breaks_extraction_is_rejected_and_the_others_extracted(monkeypatch):
    documents, _, _ = clean_documents(raw_documents())
    intact = extract_documents(documents, load_nlp())
    monkeypatch.setattr(stages, "extract_facts", failing_on_poison(stages.extract_facts))
    *facts, rejects = extract_documents(documents, load_nlp())
    poison = documents.set_index("source_file").loc["poison.txt", "doc_id"]
    assert rejects[["source_file", "stage", "reason", "doc_id"]].values.tolist() == [["poison.txt", "extract", "extraction failed", poison]]
    assert "RuntimeError: broken on purpose" in rejects["detail"].iloc[0]
    for table, intact_table in zip(facts, intact, strict=False):  # entities, figures, events
        assert not intact_table.empty
        pd.testing.assert_frame_equal(comparable(table), comparable(without(intact_table, poison)))


@Language.component("breaks_on_kherson")
def breaks_on_kherson(doc):
    if "Kherson" in doc.text:
        raise RuntimeError("component broken on purpose")
    return doc


@pytest.mark.parametrize("batch_size", [1, 2, 32])
def test_a_document_that_breaks_the_language_model_is_rejected_and_the_others_extracted(batch_size):
    """A spaCy component that raises stops nlp.pipe for every later text; the one it failed on is rejected, its
    batch-mates and every later text still extracted."""
    documents, _, _ = clean_documents(raw_documents())
    intact = extract_documents(documents, load_nlp())
    breaking = load_nlp.__wrapped__()  # a pipeline of its own: the cached one stays whole for the other tests
    breaking.add_pipe("breaks_on_kherson", after="ner")
    *facts, rejects = extract_documents(documents, breaking, batch_size=batch_size)
    poison = documents.set_index("source_file").loc["poison.txt", "doc_id"]
    assert rejects[["source_file", "stage", "reason", "doc_id"]].values.tolist() == [["poison.txt", "extract", "the language model failed", poison]]
    assert "RuntimeError: component broken on purpose" in rejects["detail"].iloc[0]
    for table, intact_table in zip(facts, intact, strict=False):  # entities, figures, events
        pd.testing.assert_frame_equal(comparable(table), comparable(without(intact_table, poison)))
