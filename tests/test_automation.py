"""The new-file sensor with a real instance (new, changed, deleted files, restarts), and the incremental path it
drives: one new file, one run of one partition, then the eager rebuild of the curated tables."""

import os
import shutil
import time
from pathlib import Path

import dagster as dg
import pandas as pd
import pytest

from pipeline.automation import SeedsCursor, apply_partition_requests, documents_job, new_seed_files, tables_job, tick_in_process
from pipeline.definitions import build_definitions
from pipeline.partitions import SOURCE_FILES
from pipeline.resources import PipelineSettings
from tests.conftest import TABLES

ARTICLE = "On August 8, Russian forces launched seven Shahed drones at a fuel depot in Kharkiv Oblast, officials said.\n"
ODESA = "On August 8, Russian drones struck an oil depot in Odesa Oblast, injuring four workers, the governor said.\n"
KYIV = "Ukraine and Azerbaijan signed an agreement on energy cooperation in Kyiv on September 4, officials said.\n"


@pytest.fixture
def instance():
    with dg.instance_for_test() as instance:
        yield instance


def tick(instance: dg.DagsterInstance, seeds: Path, cursor: str | None = None) -> dg.SensorResult:
    """Evaluate the sensor and apply its partition requests, as the daemon does (without launching runs)."""
    context = dg.build_sensor_context(instance=instance, cursor=cursor, resources={"settings": PipelineSettings(seeds_dir=str(seeds))})
    result = new_seed_files(context)
    apply_partition_requests(instance, result)
    return result


def runs(result: dg.SensorResult) -> list[tuple[str, str | None]]:
    return [(request.job_name, request.partition_key) for request in result.run_requests]


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_each_new_file_gets_a_partition_and_a_run_of_its_own(instance, tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "news" / "b.md", ARTICLE + "More.")
    result = tick(instance, tmp_path)
    assert sorted(instance.get_dynamic_partitions(SOURCE_FILES.name)) == ["a.txt", "news/b.md"]
    assert runs(result) == [(documents_job.name, "a.txt"), (documents_job.name, "news/b.md")]
    assert len({request.run_key for request in result.run_requests}) == 2


def test_unchanged_and_touched_files_do_not_run_again(instance, tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    first = tick(instance, tmp_path)
    later = time.time() + 60
    os.utime(tmp_path / "a.txt", (later, later))  # a new mtime, the same bytes
    second = tick(instance, tmp_path, first.cursor)
    assert runs(second) == []
    assert second.skip_reason


def test_changed_file_runs_its_partition_again_also_when_changed_back(instance, tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", ARTICLE)
    cursor = tick(instance, tmp_path).cursor
    write(tmp_path / "a.txt", ARTICLE + "Two workers were injured.")
    changed = tick(instance, tmp_path, cursor)
    assert runs(changed) == [(documents_job.name, "a.txt")]
    write(tmp_path / "a.txt", ARTICLE)
    back = tick(instance, tmp_path, changed.cursor)
    assert runs(back) == [(documents_job.name, "a.txt")]
    assert back.run_requests[0].run_key != changed.run_requests[0].run_key  # not deduplicated away by the daemon


def test_deleted_file_loses_its_partition_and_the_tables_are_refreshed(instance, tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", ARTICLE)
    cursor = tick(instance, tmp_path).cursor
    (tmp_path / "b.txt").unlink()
    result = tick(instance, tmp_path, cursor)
    assert instance.get_dynamic_partitions(SOURCE_FILES.name) == ["a.txt"]
    assert runs(result) == [(tables_job.name, None)]


def test_restarted_sensor_neither_skips_nor_repeats(instance, tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    cursor = tick(instance, tmp_path).cursor
    stored = SeedsCursor.from_json(cursor).to_json()  # what the daemon keeps across a restart
    assert stored == cursor
    write(tmp_path / "b.txt", ARTICLE)  # arrives while the daemon is down
    after_restart = tick(instance, tmp_path, stored)
    assert runs(after_restart) == [(documents_job.name, "b.txt")]
    assert runs(tick(instance, tmp_path, after_restart.cursor)) == []


def test_missing_seeds_folder_deletes_nothing(instance, tmp_path):
    write(tmp_path / "seeds" / "a.txt", ARTICLE)
    cursor = tick(instance, tmp_path / "seeds").cursor
    shutil.rmtree(tmp_path / "seeds")
    result = tick(instance, tmp_path / "seeds", cursor)
    assert "does not exist" in str(result.skip_reason) and instance.get_dynamic_partitions(SOURCE_FILES.name) == ["a.txt"]


def test_file_name_that_cannot_be_a_partition_key_goes_to_the_tables_run(instance, tmp_path):
    write(tmp_path / "two\nlines.txt", ARTICLE)
    write(tmp_path / "fine.txt", ARTICLE)
    result = tick(instance, tmp_path)
    assert instance.get_dynamic_partitions(SOURCE_FILES.name) == ["fine.txt"]
    assert runs(result) == [(documents_job.name, "fine.txt"), (tables_job.name, None)]


def test_sensor_without_cursor_skips_files_already_processed(seed_run):
    """First start of the daemon after `newsfacts run`: nothing is processed twice."""
    with dg.DagsterInstance.from_config(str(seed_run.data_dir.parent / "dagster_home")) as instance:
        context = dg.build_sensor_context(instance=instance, resources={"settings": PipelineSettings(seeds_dir=str(seed_run.seeds_dir))})
        result = new_seed_files(context)
    assert runs(result) == [] and not result.dynamic_partitions_requests


def test_new_file_is_processed_alone_and_deleted_file_leaves_the_tables(instance, tmp_path):
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    write(seeds / "odesa.txt", ODESA)
    write(seeds / "kyiv.txt", KYIV)
    defs = build_definitions(PipelineSettings(seeds_dir=str(seeds), data_dir=str(data)))

    automation = dg.evaluate_automation_conditions(defs=defs, instance=instance)  # the daemon's first evaluation

    def rebuild_tables() -> None:
        """What the eager conditions ask for once the documents' runs are done, then the daemon's next evaluation."""
        nonlocal automation
        automation = dg.evaluate_automation_conditions(defs=defs, instance=instance, cursor=automation.cursor)
        assert automation.get_requested_partitions(dg.AssetKey("documents")) == {None}
        assert defs.resolve_job_def(tables_job.name).execute_in_process(instance=instance).success
        automation = dg.evaluate_automation_conditions(defs=defs, instance=instance, cursor=automation.cursor)

    first, first_runs = tick_in_process(defs, instance, None)
    assert len(first_runs) == 2 and all(run.success for run in first_runs)
    rebuild_tables()
    assert len(pd.read_parquet(data / "documents.parquet")) == 2

    write(seeds / "late" / "kharkiv.txt", ARTICLE + "Two workers were injured in the attack, the governor said.\n")
    second, second_runs = tick_in_process(defs, instance, first.cursor)
    assert [run.dagster_run.tags.get("dagster/partition") for run in second_runs] == ["late/kharkiv.txt"]
    materialized = {event.event_specific_data.materialization.partition for event in second_runs[0].get_asset_materialization_events()}
    assert materialized == {"late/kharkiv.txt"}
    rebuild_tables()
    documents = pd.read_parquet(data / "documents.parquet")
    assert "late/kharkiv.txt" in set(documents["source_file"]) and len(documents) == 3

    gone = "odesa.txt"
    gone_id = documents.set_index("source_file").loc[gone, "doc_id"]
    assert gone_id in set(pd.read_parquet(data / "events.parquet")["doc_id"])  # it has rows to lose
    (seeds / gone).unlink()
    _, third_runs = tick_in_process(defs, instance, second.cursor)
    assert [run.dagster_run.job_name for run in third_runs] == [tables_job.name] and third_runs[0].success
    for table in TABLES:
        stored = pd.read_parquet(data / f"{table}.parquet")
        assert gone not in set(stored.get("source_file", [])) and gone_id not in set(stored.get("doc_id", [])), table
    staged = list((data / "_staging").glob("*/*.parquet"))  # the deleted article's text does not linger either
    assert all(gone not in set(pd.read_parquet(path)["source_file"]) for path in staged)
    assert len(list((data / "_staging" / "raw_documents").glob("*.parquet"))) == 2  # kyiv.txt and late/kharkiv.txt


def test_pipes_links_and_large_files_are_seen_without_being_read(instance, tmp_path):
    write(tmp_path / "a.txt", ARTICLE)
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block the sensor for ever
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "big.txt").write_bytes(b"word " * 1000)
    context = dg.build_sensor_context(instance=instance, resources={"settings": PipelineSettings(seeds_dir=str(tmp_path), max_file_bytes=1000)})
    result = new_seed_files(context)
    assert sorted(key for _, key in runs(result)) == ["a.txt", "big.txt", "dangling.txt", "pipe.txt"]
