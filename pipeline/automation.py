"""What runs by itself under the Dagster daemon: the new-file sensor, the daily refresh, the eager rebuild.

- new_seed_files (sensor) watches the seeds folder. A new file gets a partition and a run of its own; a file whose
  bytes changed (SHA-256, not mtime) gets a new run of its partition; a deleted file loses its partition and the
  curated tables are refreshed without it. Its cursor holds what it has seen, so a restarted daemon neither skips
  nor repeats a file; without a cursor (first start, e.g. after `newsfacts run`) a file whose partition was already
  ingested with the same bytes is not run again.
- rebuild_tables_when_documents_change (automation sensor) evaluates the curated assets' AutomationCondition.eager():
  after document partitions change, and once none is missing or in progress, the tables are rebuilt.
- refresh_tables_schedule rebuilds the curated tables daily (PIPELINE_REFRESH_CRON, default 06:00 UTC).

PIPELINE_AUTOMATION=off starts all three stopped (they can be switched on in the UI).
"""

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import dagster as dg

from pipeline.ingest import discover_inputs, file_digest
from pipeline.partitions import CONTENT_DIGEST, FILES_PER_RUN, SOURCE_FILES, key_problem, list_seeds, sync_partitions
from pipeline.resources import PipelineSettings

PER_DOCUMENT_GROUPS = ("ingest", "clean", "extract")
TABLE_GROUPS = ("curate", "publish")

documents_job = dg.define_asset_job(
    "process_documents",
    selection=dg.AssetSelection.groups(*PER_DOCUMENT_GROUPS),
    description="Ingest, clean and extract the documents of the selected partitions (input files).",
)
tables_job = dg.define_asset_job(
    "refresh_tables",
    selection=dg.AssetSelection.groups(*TABLE_GROUPS),
    description="Rebuild the published tables, the catalog and the charts from every document partition.",
)

AUTOMATION_ON = os.environ.get("PIPELINE_AUTOMATION", "on") != "off"
SENSOR_STATUS = dg.DefaultSensorStatus.RUNNING if AUTOMATION_ON else dg.DefaultSensorStatus.STOPPED
SCHEDULE_STATUS = dg.DefaultScheduleStatus.RUNNING if AUTOMATION_ON else dg.DefaultScheduleStatus.STOPPED
REFRESH_CRON = os.environ.get("PIPELINE_REFRESH_CRON", "0 6 * * *")
SENSOR_SECONDS = int(os.environ.get("PIPELINE_SENSOR_SECONDS", "30"))
# Dagster's run tags for a run over a range of partitions (what a backfill with a BackfillPolicy launches).
PARTITION_RANGE_START, PARTITION_RANGE_END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"
INFO_LOGS = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}


@dataclass(frozen=True)
class FileState:
    size: int
    mtime_ns: int
    digest: str


@dataclass(frozen=True)
class SeedsCursor:
    """What the sensor has seen: each input file's state. generation counts the ticks that requested runs; it makes
    run keys unique, so a file changed back to earlier bytes still runs, and a retried tick does not run twice."""

    generation: int
    files: dict[str, FileState]

    def to_json(self) -> str:
        return json.dumps({"generation": self.generation, "files": {name: [state.size, state.mtime_ns, state.digest] for name, state in self.files.items()}})

    @classmethod
    def from_json(cls, cursor: str | None) -> "SeedsCursor":
        if not cursor:
            return cls(0, {})
        data = json.loads(cursor)
        return cls(data["generation"], {name: FileState(*state) for name, state in data["files"].items()})


def scan_folder(seeds_dir: Path, seen: dict[str, FileState], max_bytes: int) -> dict[str, FileState]:
    """Every input file's state. A file is hashed again only when its size or mtime moved: a touched file with the
    same bytes keeps its digest, so it is not run again."""
    current = {}
    for source_file in discover_inputs(seeds_dir):
        path = seeds_dir / source_file
        try:
            stat = path.stat()
        except OSError:
            try:
                stat = path.lstat()  # a broken link is an input too: it gets a partition and ingest rejects it
            except OSError:
                continue  # deleted between listing and stat: the next tick sees it gone
        before = seen.get(source_file)
        if before and (before.size, before.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            current[source_file] = before
        else:
            current[source_file] = FileState(stat.st_size, stat.st_mtime_ns, file_digest(seeds_dir, source_file, max_bytes))
    return current


@dataclass(frozen=True)
class Changes:
    add: list[str]  # partitions to create
    delete: list[str]  # partitions whose file is gone
    run: list[str]  # partitions to (re)process: new or changed bytes
    refresh_tables: bool  # rows to drop (deleted files) or rejects to update (files that cannot be partitions)


def plan_changes(
    seen: dict[str, FileState], current: dict[str, FileState], partitions: set[str], ingested_digest: Callable[[str], str | None]
) -> Changes:
    keyable = {name for name in current if key_problem(name) is None}
    unkeyable_before = {name: state.digest for name, state in seen.items() if key_problem(name)}
    unkeyable_now = {name: state.digest for name, state in current.items() if name not in keyable}

    def changed(name: str) -> bool:
        before = seen[name].digest if name in seen else ingested_digest(name) if name in partitions else None
        return before != current[name].digest

    delete = sorted(partitions - keyable)
    return Changes(
        add=sorted(keyable - partitions),
        delete=delete,
        run=sorted(name for name in keyable if changed(name)),
        refresh_tables=bool(delete or set(seen) - set(current) or unkeyable_before != unkeyable_now),
    )


def ingested_digest(instance: dg.DagsterInstance) -> Callable[[str], str | None]:
    """The content digest the latest ingest of a partition recorded, if any."""

    def lookup(partition_key: str) -> str | None:
        records = instance.fetch_materializations(
            dg.AssetRecordsFilter(asset_key=dg.AssetKey("raw_documents"), asset_partitions=[partition_key]), limit=1
        ).records
        entry = records[0].asset_materialization.metadata.get(CONTENT_DIGEST) if records else None
        return entry.value if entry else None

    return lookup


@dg.sensor(
    name="new_seed_files",
    jobs=[documents_job, tables_job],
    minimum_interval_seconds=SENSOR_SECONDS,
    default_status=SENSOR_STATUS,
    description="Adds a partition for each new file in the seeds folder and runs it alone; re-runs changed files; "
    "removes deleted files' partitions and refreshes the tables.",
)
def new_seed_files(context: dg.SensorEvaluationContext, settings: PipelineSettings) -> dg.SensorResult:
    if not settings.seeds_path.is_dir():  # unmounted, say: not a reason to delete every partition
        return dg.SensorResult(skip_reason=f"seeds folder {settings.seeds_path} does not exist (set PIPELINE_SEEDS_DIR)")
    cursor = SeedsCursor.from_json(context.cursor)
    current = scan_folder(settings.seeds_path, cursor.files, settings.max_file_bytes)
    partitions = set(context.instance.get_dynamic_partitions(SOURCE_FILES.name))
    changes = plan_changes(cursor.files, current, partitions, ingested_digest(context.instance))
    generation = cursor.generation + 1 if changes.run or changes.refresh_tables else cursor.generation
    requests = [dg.RunRequest(run_key=f"{generation}:{name}", job_name=documents_job.name, partition_key=name) for name in changes.run]
    if changes.refresh_tables:
        requests.append(dg.RunRequest(run_key=f"{generation}:tables", job_name=tables_job.name))
    partition_requests = []
    if changes.add:
        partition_requests.append(SOURCE_FILES.build_add_request(changes.add))
    if changes.delete:
        partition_requests.append(SOURCE_FILES.build_delete_request(changes.delete))
    context.log.info(f"{len(current)} files: {len(changes.add)} new, {len(changes.run)} to process, {len(changes.delete)} deleted")
    return dg.SensorResult(
        run_requests=requests,
        dynamic_partitions_requests=partition_requests,
        cursor=SeedsCursor(generation, current).to_json(),
        skip_reason=None if requests or partition_requests else "no new, changed or deleted files",
    )


refresh_tables_schedule = dg.ScheduleDefinition(
    name="refresh_tables_schedule",
    job=tables_job,
    cron_schedule=REFRESH_CRON,
    execution_timezone="UTC",
    default_status=SCHEDULE_STATUS,
    description=f"Rebuilds the published tables, catalog and charts ({REFRESH_CRON}, UTC; set PIPELINE_REFRESH_CRON).",
)

rebuild_tables_when_documents_change = dg.AutomationConditionSensorDefinition(
    "rebuild_tables_when_documents_change",
    target=dg.AssetSelection.groups(*TABLE_GROUPS),
    default_status=SENSOR_STATUS,
    minimum_interval_seconds=SENSOR_SECONDS,
    description="Rebuilds the curated tables (AutomationCondition.eager) after document partitions are materialized.",
)


def apply_partition_requests(instance: dg.DagsterInstance, result: dg.SensorResult) -> None:
    """Add and delete the dynamic partitions a sensor result asks for, as the daemon does."""
    for request in result.dynamic_partitions_requests or []:
        if isinstance(request, dg.AddDynamicPartitionsRequest):
            instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
        else:
            for partition_key in request.partition_keys:
                instance.delete_dynamic_partition(request.partitions_def_name, partition_key)


def tick_in_process(defs: dg.Definitions, instance: dg.DagsterInstance, cursor: str | None) -> tuple[dg.SensorResult, list[dg.ExecuteInProcessResult]]:
    """One tick of new_seed_files and the runs it requests, in this process: what the daemon does, for tests and the
    incremental benchmark. Returns the sensor's result (its cursor is the next tick's) and the runs' results."""
    context = dg.build_sensor_context(instance=instance, cursor=cursor, resources={"settings": defs.resources["settings"]})
    result = new_seed_files(context)
    apply_partition_requests(instance, result)
    runs = [
        defs.resolve_job_def(request.job_name).execute_in_process(instance=instance, partition_key=request.partition_key, raise_on_error=False)
        for request in result.run_requests or []
    ]
    return result, runs


def materialize_everything(defs: dg.Definitions, instance: dg.DagsterInstance, seeds_dir: Path, report: Callable[[str], None] = print) -> list[str]:
    """`newsfacts run`, in this process: sync the partitions with the folder (add new files, delete gone ones), run
    every partition FILES_PER_RUN at a time, then the tables. Returns the steps (or checks) that failed."""
    listing = list_seeds(seeds_dir)
    added, deleted = sync_partitions(instance, listing.keys)
    report(f"{len(listing.keys)} input files ({len(added)} new, {len(deleted)} gone since the last run)")
    keys = instance.get_dynamic_partitions(SOURCE_FILES.name)  # a run's partitions are a range in this order
    failed: list[str] = []
    for start in range(0, len(keys), FILES_PER_RUN):
        batch = keys[start : start + FILES_PER_RUN]
        report(f"documents {start + 1}-{start + len(batch)} of {len(keys)}")
        tags = {PARTITION_RANGE_START: batch[0], PARTITION_RANGE_END: batch[-1]}
        failed += step_failures(defs.resolve_job_def(documents_job.name).execute_in_process(instance=instance, raise_on_error=False, run_config=INFO_LOGS, tags=tags))
    failed += step_failures(defs.resolve_job_def(tables_job.name).execute_in_process(instance=instance, raise_on_error=False, run_config=INFO_LOGS))
    return failed


def step_failures(result: dg.ExecuteInProcessResult) -> list[str]:
    failed = [event.step_key for event in result.all_events if event.is_step_failure]
    return failed or ([] if result.success else [f"{result.dagster_run.job_name} (a check)"])
