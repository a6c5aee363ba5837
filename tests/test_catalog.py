"""The DuckDB catalog over small but schema-valid Parquet tables: views, joins, the analyst's question, moving it."""

import shutil
from datetime import UTC, date, datetime

import dagster as dg
import duckdb
import pandas as pd
import pytest

from assets.publish import duckdb_catalog
from pipeline.catalog import CATALOG_FILE, build_catalog, main, view_names
from pipeline.io import table_path, write_table
from pipeline.resources import PipelineSettings
from schemas import TABLE_MODELS

KYIV, REUTERS, LOCAL = "a" * 16, "b" * 16, "c" * 16
DEPOT, CALL, SHELLING, OFFENSIVE = "1" * 16, "2" * 16, "3" * 16, "4" * 16

# The analyst's question, as it goes in the README: which strikes on energy sites were reported, when, by how many sources.
ENERGY_STRIKES_SQL = r"""
SELECT
    cluster_id,
    event_date,
    date_end,
    location,
    target,
    n_documents,
    string_agg(DISTINCT coalesce(publisher, source_file), ', ') AS sources,
    first_reported
FROM clusters_with_reports
WHERE event_type = 'ASSAULT'
  AND (regexp_matches(target, '\b(depot|pipeline|gas|oil|energy|power|station)s?\b', 'i')
       OR cluster_id IN (
           SELECT cluster_id FROM events
           WHERE regexp_matches(sentence, '\b(depot|pipeline|gas|oil|energy|power|station)s?\b', 'i')))
GROUP BY ALL
ORDER BY event_date, cluster_id
"""


def event(event_id, doc_id, cluster_id, event_type, sentence, day=None, end=None, precision="unknown", target=None, lead=False):
    return {
        "event_id": event_id, "doc_id": doc_id, "event_type": event_type, "mode": None, "actor": "Russia", "actor_country": "RUS",
        "target": target, "target_country": None, "actor_sector": None, "target_sector": None, "location": "Odesa Oblast", "admin1": "Odesa Oblast", "country": "UKR",
        "event_date": day, "date_end": end or day, "date_precision": precision, "date_text": None,
        "date_basis": "explicit" if day else "none", "date_source": "clause" if day else "none", "killed": None, "injured": None, "sentence": sentence,
        "start_char": 0, "end_char": len(sentence), "trigger": sentence.split()[1], "cluster_id": cluster_id,
        "aux_mode": None, "latitude": 46.48, "longitude": 30.72, "place_basis": "clause", "is_lead": lead,
    }


def sample_tables() -> dict[str, pd.DataFrame]:
    """Three articles: two report a strike on an oil depot, one a phone call and shelling; one offensive is dated only to a month."""
    documents = pd.DataFrame(
        [
            {"doc_id": doc_id, "source_file": f"{name}.txt", "title": f"{publisher} report", "publisher": publisher, "author": None,
             "published_at": published, "language": "en", "text": "Russian drones struck an oil depot.", "raw_chars": 40,
             "clean_chars": 35, "duplicate_of": None, "encoding": "utf-8", "content_type": "text"}
            for doc_id, name, publisher, published in [
                (KYIV, "000_kyiv", "kyivindependent.com", datetime(2025, 8, 8, 9, tzinfo=UTC)),
                (REUTERS, "001_reuters", "reuters.com", datetime(2025, 8, 9, 12, tzinfo=UTC)),
                (LOCAL, "002_local", None, None),
            ]
        ]
    )
    events = pd.DataFrame(
        [
            event("e" * 16, KYIV, DEPOT, "ASSAULT", "Russian drones struck an oil depot near Odesa.", date(2025, 8, 8), precision="day", target="SOCAR oil depot", lead=True),
            event("f" * 16, REUTERS, DEPOT, "ASSAULT", "Drones hit a fuel storage site owned by SOCAR.", date(2025, 8, 8), precision="day", target="fuel storage site", lead=True),
            event("0" * 16, REUTERS, CALL, "CONSULT", "Zelensky called Aliyev on Saturday.", date(2025, 8, 9), precision="day", target="Ilham Aliyev"),
            event("9" * 16, LOCAL, SHELLING, "ASSAULT", "Troops shelled the village school.", target="village school", lead=True),
            event("8" * 16, LOCAL, OFFENSIVE, "ASSAULT", "Troops attacked a power station in July.", date(2025, 7, 1), date(2025, 7, 31), "month", "Ukrainian positions"),
        ]
    )
    clusters = pd.DataFrame(
        [
            {"cluster_id": DEPOT, "aux_mode": None, "latitude": None, "longitude": None, "event_type": "ASSAULT", "event_date": date(2025, 8, 8), "date_end": date(2025, 8, 8), "date_precision": "day", "date_source": "clause", "place_basis": "clause",
             "location": "Odesa Oblast", "country": "UKR", "target": "SOCAR oil depot", "n_events": 2, "n_documents": 2,
             "doc_ids": [KYIV, REUTERS], "first_reported": datetime(2025, 8, 8, 9, tzinfo=UTC), "date_conflict": False},
            {"cluster_id": CALL, "aux_mode": None, "latitude": None, "longitude": None, "event_type": "CONSULT", "event_date": date(2025, 8, 9), "date_end": date(2025, 8, 9), "date_precision": "day", "date_source": "clause", "place_basis": "none",
             "location": None, "country": None, "target": "Ilham Aliyev", "n_events": 1, "n_documents": 1,
             "doc_ids": [REUTERS], "first_reported": datetime(2025, 8, 9, 12, tzinfo=UTC), "date_conflict": False},
            {"cluster_id": SHELLING, "aux_mode": None, "latitude": None, "longitude": None, "event_type": "ASSAULT", "event_date": None, "date_end": None, "date_precision": "unknown", "date_source": "none", "place_basis": "clause",
             "location": "Odesa Oblast", "country": "UKR", "target": "village school", "n_events": 1, "n_documents": 1,
             "doc_ids": [LOCAL], "first_reported": None, "date_conflict": False},
            {"cluster_id": OFFENSIVE, "aux_mode": None, "latitude": None, "longitude": None, "event_type": "ASSAULT", "event_date": date(2025, 7, 1), "date_end": date(2025, 7, 31), "date_precision": "month", "date_source": "clause", "place_basis": "clause",
             "location": "Odesa Oblast", "country": "UKR", "target": "Ukrainian positions", "n_events": 1, "n_documents": 1,
             "doc_ids": [LOCAL], "first_reported": None, "date_conflict": False},
        ]
    )
    figures = pd.DataFrame(
        [
            {"figure_id": figure_id, "doc_id": doc_id, "start_char": 0, "end_char": len(text), "text": text, "kind": kind, "value": value,
             "value_min": low, "value_max": high, "unit": unit, "currency": currency, "qualifier": None, "event_id": event_id}
            for figure_id, doc_id, text, kind, value, low, high, unit, currency, event_id in [
                ("5" * 16, KYIV, "$2 million", "money", 2e6, None, None, "USD", "USD", "e" * 16),
                ("6" * 16, REUTERS, "EUR 3-5 billion", "money", 4e9, 3e9, 5e9, "EUR", "EUR", None),
                ("7" * 16, LOCAL, "12 drones", "count", 12.0, None, None, "drone", None, None),
                ("d" * 16, LOCAL, "$1 billion", "money", 1e9, None, None, "USD", "USD", None),
            ]
        ]
    )
    entities = pd.DataFrame([{"doc_id": KYIV, "start_char": 0, "end_char": 7, "text": "Russian", "label": "NORP", "canonical": "Russia"}])
    noise = pd.DataFrame([{"doc_id": KYIV, "start_char": 35, "end_char": 40, "text": "Share", "reason": "boilerplate"}])
    rejects = pd.DataFrame([{"source_file": "empty.txt", "stage": "ingest", "reason": "file is empty", "detail": None, "doc_id": None}])
    tables = {"documents": documents, "noise": noise, "entities": entities, "figures": figures, "events": events,
              "event_clusters": clusters, "rejects": rejects}
    return {name: TABLE_MODELS[name].validate(table) for name, table in tables.items()}


def write_tables(data_dir, tables: dict[str, pd.DataFrame]) -> None:
    for name, table in tables.items():
        write_table(table, table_path(data_dir, name))


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    write_tables(folder, sample_tables())
    build_catalog(folder)
    return folder


def query(catalog, sql: str, params: list | None = None, **config) -> pd.DataFrame:
    with duckdb.connect(str(catalog), read_only=True, config=config) as connection:
        return connection.sql(sql, params=params).to_arrow_table().to_pandas()


def test_every_table_and_joined_view_is_queryable(data_dir):
    catalog = data_dir / CATALOG_FILE
    views = set(query(catalog, "SELECT view_name FROM duckdb_views() WHERE NOT internal")["view_name"])
    assert views == set(view_names())
    for table, frame in sample_tables().items():
        assert query(catalog, f"SELECT count(*) AS n FROM {table}")["n"].item() == len(frame)
    comments = query(catalog, "SELECT comment FROM duckdb_columns() WHERE table_name = 'events' AND column_name = 'cluster_id'")
    assert comments["comment"].item() == "The real-world event this mention belongs to."


def test_events_carry_their_documents(data_dir):
    rows = query(data_dir / CATALOG_FILE, "SELECT event_id, title, publisher, published_at, source_file FROM events_with_documents ORDER BY event_id")
    assert len(rows) == 5
    strike = rows[rows["event_id"] == "e" * 16].iloc[0]
    assert (strike["publisher"], strike["source_file"]) == ("kyivindependent.com", "000_kyiv.txt")
    assert strike["published_at"] == datetime(2025, 8, 8, 9, tzinfo=UTC)


def test_daily_counts_count_each_cluster_once_on_its_date(data_dir):
    rows = query(data_dir / CATALOG_FILE, "SELECT * FROM daily_event_counts ORDER BY day NULLS LAST, event_type")
    assert list(rows.columns) == ["day", "event_type", "country", "date_precision", "date_source", "n_events", "n_clusters"]
    strike = rows[(rows["day"] == date(2025, 8, 8)) & (rows["event_type"] == "ASSAULT")].iloc[0]
    assert (strike["n_events"], strike["n_clusters"]) == (2, 1)
    assert rows["n_clusters"].sum() == 4
    assert rows["day"].isna().sum() == 1
    assert rows.loc[rows["date_precision"] == "month", "day"].item() == date(2025, 7, 1)


def test_daily_counts_leave_out_events_that_did_not_happen(tmp_path):
    tables = sample_tables()
    clusters = tables["event_clusters"]
    clusters.loc[clusters["cluster_id"] == CALL, "aux_mode"] = "hypothetical"
    clusters.loc[clusters["cluster_id"] == DEPOT, "aux_mode"] = "historical"
    folder = tmp_path / "data"
    write_tables(folder, tables)
    build_catalog(folder)
    counted = set(query(folder / CATALOG_FILE, "SELECT event_type FROM daily_event_counts")["event_type"])
    assert counted == {"ASSAULT"}
    assert query(folder / CATALOG_FILE, "SELECT sum(n_clusters) AS n FROM daily_event_counts")["n"].item() == 3


def test_clusters_with_reports_has_one_row_per_report(data_dir):
    rows = query(data_dir / CATALOG_FILE, "SELECT doc_id, publisher FROM clusters_with_reports WHERE cluster_id = ? ORDER BY doc_id", [DEPOT])
    assert list(rows["doc_id"]) == [KYIV, REUTERS]
    assert list(rows["publisher"]) == ["kyivindependent.com", "reuters.com"]


def test_the_energy_strikes_question_is_one_query(data_dir):
    rows = query(data_dir / CATALOG_FILE, ENERGY_STRIKES_SQL)
    # The depot by its target; the July attack by its evidence sentence ("power station"); not the school, not the call.
    assert list(rows["cluster_id"]) == [OFFENSIVE, DEPOT]
    offensive, depot = rows.iloc[0], rows.iloc[1]
    assert depot["event_date"] == date(2025, 8, 8)
    assert depot["n_documents"] == 2
    assert sorted(depot["sources"].split(", ")) == ["kyivindependent.com", "reuters.com"]
    assert offensive["sources"] == "002_local.txt"  # no publisher known: the file name stands in


def test_views_work_from_another_working_directory(data_dir, tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert query(data_dir / CATALOG_FILE, "SELECT count(*) AS n FROM events_with_documents")["n"].item() == 5


def test_a_moved_folder_is_found_through_file_search_path(data_dir, tmp_path):
    moved = tmp_path / "moved"
    shutil.move(data_dir, moved)
    with pytest.raises(duckdb.IOException):
        query(moved / CATALOG_FILE, "SELECT count(*) FROM events")
    rows = query(moved / CATALOG_FILE, "SELECT count(*) AS n FROM clusters_with_reports", file_search_path=str(moved))
    assert rows["n"].item() == 5


def test_rebuilding_replaces_the_catalog_and_leaves_no_temporary_files(data_dir):
    write_table(sample_tables()["events"].head(2), table_path(data_dir, "events"))
    assert main([str(data_dir)]) == 0
    assert query(data_dir / CATALOG_FILE, "SELECT count(*) AS n FROM events")["n"].item() == 2
    assert sorted(path.name for path in data_dir.iterdir() if not path.name.endswith(".parquet")) == [CATALOG_FILE]


def test_a_missing_table_is_named(tmp_path):
    folder = tmp_path / "data"
    write_tables(folder, {"documents": sample_tables()["documents"]})
    with pytest.raises(FileNotFoundError, match="events.parquet"):
        build_catalog(folder)
    assert not (folder / CATALOG_FILE).exists()


def test_the_dagster_asset_builds_the_catalog_in_the_data_folder(tmp_path):
    folder = tmp_path / "data"
    write_tables(folder, sample_tables())
    result = dg.materialize([duckdb_catalog], resources={"settings": PipelineSettings(data_dir=str(folder))})
    assert result.success
    [materialization] = result.asset_materializations_for_node("duckdb_catalog")
    assert materialization.metadata["path"].value == str(folder / CATALOG_FILE)
    assert query(folder / CATALOG_FILE, "SELECT count(*) AS n FROM daily_event_counts")["n"].item() == 4
