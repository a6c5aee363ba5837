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

    from pipeline.automation import materialize_everything
    from pipeline.definitions import defs, settings
    from pipeline.io import table_path
    from schemas import TABLE_MODELS

    if not settings.seeds_path.is_dir():
        print(f"seeds folder {settings.seeds_path} does not exist (set PIPELINE_SEEDS_DIR)", file=sys.stderr)
        return 1
    with dg.DagsterInstance.get() as instance:
        failed = materialize_everything(defs, instance, settings.seeds_path, report=lambda line: print(line, file=sys.stderr))
    for table in TABLE_MODELS:
        path = table_path(settings.data_path, table)
        rows = pq.ParquetFile(path).metadata.num_rows if path.exists() else "missing"
        print(f"{path}\t{rows} rows")
    if failed:
        print(f"run failed in: {', '.join(failed)}; see the Dagster UI (make ui) for logs", file=sys.stderr)
        return 1
    return 0


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

    model = SpacyModel(model_name=args.model) if args.model else SpacyModel()
    try:
        nlp = model.load()
    except OSError as error:  # spaCy's "Can't find model": a typo or a package not installed
        print(f"newsfacts: cannot load the spaCy model {model.model_name!r}: {error}", file=sys.stderr)
        return 2
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
        entities, figures, mentions, _ = extract_documents(documents.assign(duplicate_of=None), nlp, noise=noise)
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
    one.add_argument("--model", help="spaCy model package name (default: the pinned en_core_web_sm)")
    one.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_FILE_BYTES)
    one.add_argument("--pretty", action="store_true", help="indent the JSON")
    one.set_defaults(handler=extract)
    args = parser.parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
