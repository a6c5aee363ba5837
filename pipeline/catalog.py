"""The DuckDB catalog <data>/newsfacts.duckdb: a view per published table over its Parquet file, plus joined views.

It holds no data, only view definitions, so rebuilding it on every run is cheap and it is never stale.

Where a view finds its Parquet file: DuckDB resolves paths when a view is queried, relative paths against the
reader's working directory, which a BI server does not share. So each table view reads
`<folder>/<table>.parquet`, where <folder> is the reader's `file_search_path` setting when it has one, else the
absolute folder the catalog was built in. Opened in place, it works from any working directory with no setting;
after the data folder is moved, the reader sets `file_search_path` to the new folder (the same place it names the
.duckdb file) or runs `python -m pipeline.catalog NEW_FOLDER` to rebuild it.

Usage: python -m pipeline.catalog [DATA_DIR]   (default: $PIPELINE_DATA_DIR or data)
"""

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipeline.io import replacing, table_path
from schemas import TABLE_MODELS

CATALOG_FILE = "newsfacts.duckdb"

# Readers bundle their own DuckDB (Metabase's and DBeaver's drivers lag behind the Python package); a file in
# DuckDB 2.0's default storage format is unreadable to them, and a catalog of views needs nothing newer than 1.0.
STORAGE_VERSION = "v1.0.0"


@dataclass(frozen=True)
class View:
    name: str
    description: str
    sql: str


JOINED_VIEWS = (
    View(
        "events_with_documents",
        "Each event mention with the document it was found in: title, publisher, published_at, source_file.",
        """
SELECT e.*, d.title, d.publisher, d.published_at, d.source_file
FROM events AS e
LEFT JOIN documents AS d USING (doc_id)
""",
    ),
    View(
        "daily_event_counts",
        "Real-world events (clusters) per day, event type and country; n_events counts the mentions merged into them. "
        "A cluster counts once, on its event_date; one dated only to a week, month or longer counts on the first day it "
        "may have happened, so filter date_precision = 'day' for exact days, and leave out date_source = 'publication' "
        "for the events no report dates (they count on the first day of the week ending on their publication). "
        "Undated clusters have day NULL. "
        "Only events that happened: future, hypothetical and negated ones (aux_mode) are left out.",
        """
SELECT
    event_date AS day,
    event_type,
    country,
    date_precision,
    date_source,
    CAST(sum(n_events) AS BIGINT) AS n_events,
    count(*) AS n_clusters
FROM event_clusters
WHERE aux_mode IS NULL OR aux_mode = 'historical'
GROUP BY ALL
""",
    ),
    View(
        "clusters_with_reports",
        "One row per real-world event (cluster) and document reporting it, with the report's title, publisher and "
        "published_at. Flat rows rather than a list column, so BI tools can filter and group by publisher; count "
        "clusters with count(DISTINCT cluster_id), since the cluster's columns repeat on each of its reports.",
        """
WITH reports AS (
    SELECT * EXCLUDE (doc_ids), unnest(doc_ids) AS doc_id
    FROM event_clusters
)
SELECT r.*, d.title, d.publisher, d.published_at, d.source_file
FROM reports AS r
LEFT JOIN documents AS d USING (doc_id)
""",
    ),
)


def sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def table_view_sql(table: str, data_dir: Path) -> str:
    folder = f"coalesce(nullif(current_setting('file_search_path'), ''), {sql_string(data_dir.as_posix())})"
    return f"SELECT * FROM read_parquet({folder} || '/{table_path(data_dir, table).name}')"


def catalog_path(data_dir: Path) -> Path:
    return data_dir / CATALOG_FILE


def create_views(connection: duckdb.DuckDBPyConnection, data_dir: Path) -> None:
    """A view per table, commented from its pandera model so SQL clients show what each column means."""
    for table, model in TABLE_MODELS.items():
        schema = model.to_schema()
        connection.execute(f"CREATE VIEW {table} AS {table_view_sql(table, data_dir)}")
        connection.execute(f"COMMENT ON VIEW {table} IS {sql_string(schema.description or '')}")
        for column_name, column in schema.columns.items():
            if column.description:
                connection.execute(f"COMMENT ON COLUMN {table}.{column_name} IS {sql_string(column.description)}")
    for view in JOINED_VIEWS:
        connection.execute(f"CREATE VIEW {view.name} AS {view.sql}")
        connection.execute(f"COMMENT ON VIEW {view.name} IS {sql_string(view.description)}")


def build_catalog(data_dir: Path) -> Path:
    """Write <data_dir>/newsfacts.duckdb atomically: built under a temporary name, then renamed over the old one."""
    data_dir = data_dir.absolute()
    missing = [table for table in TABLE_MODELS if not table_path(data_dir, table).exists()]
    if missing:
        raise FileNotFoundError(f"cannot build the catalog: no {', '.join(f'{table}.parquet' for table in missing)} in {data_dir}")
    target = catalog_path(data_dir)
    # replacing() only names the temporary file: DuckDB refuses to open an existing empty file as a new database.
    with replacing(target) as temporary:
        try:
            with duckdb.connect() as connection:
                connection.execute(f"ATTACH {sql_string(str(temporary))} AS newsfacts (STORAGE_VERSION '{STORAGE_VERSION}')")
                connection.execute("USE newsfacts")
                create_views(connection, data_dir)
                connection.execute("USE memory")
                connection.execute("DETACH newsfacts")
        finally:
            temporary.with_name(temporary.name + ".wal").unlink(missing_ok=True)
    return target


def view_names() -> list[str]:
    return [*TABLE_MODELS, *(view.name for view in JOINED_VIEWS)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.catalog", description="(Re)build the DuckDB catalog of a data folder.")
    parser.add_argument("data_dir", nargs="?", default=os.environ.get("PIPELINE_DATA_DIR", "data"), help="folder holding the Parquet tables")
    args = parser.parse_args(argv)
    try:
        print(build_catalog(Path(args.data_dir).expanduser()))
    except FileNotFoundError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
