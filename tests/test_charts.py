"""The timeline and money charts: real PNG files from schema-valid Parquet, and from empty tables."""

import base64
from datetime import UTC, date, datetime

import dagster as dg
import pandas as pd

from assets.publish import money_chart, timeline_chart
from pipeline.charts import (
    EVENT_TYPE_COLOURS, MONEY_FILE, TIMELINE_FILE, draw_money, draw_timeline, money_points, reports_path, timeline_figure, write_png,
)
from pipeline.resources import PipelineSettings
from schemas import TABLE_MODELS
from schemas.vocabulary import EVENT_TYPES
from tests.test_catalog import sample_tables, write_tables

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def assert_is_chart(path):
    png = path.read_bytes()
    assert png.startswith(PNG_SIGNATURE)
    # 10 x 5-6 inches at 100 dpi with axes and text: tens of kilobytes, not an empty or runaway image.
    assert 5_000 < len(png) < 1_000_000
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) in {(1000, 500), (1000, 600)}


def test_charts_of_a_run_are_written_as_png(tmp_path):
    data_dir = tmp_path / "data"
    write_tables(data_dir, sample_tables())
    reports = reports_path(data_dir)
    assert_is_chart(write_png(draw_timeline(data_dir), reports / TIMELINE_FILE))
    assert_is_chart(write_png(draw_money(data_dir), reports / MONEY_FILE))
    assert sorted(path.name for path in reports.iterdir()) == [MONEY_FILE, TIMELINE_FILE]


def test_empty_tables_give_charts_that_say_so(tmp_path):
    data_dir = tmp_path / "data"
    write_tables(data_dir, {name: TABLE_MODELS[name].validate(frame.iloc[0:0]) for name, frame in sample_tables().items()})
    assert_is_chart(write_png(draw_timeline(data_dir), tmp_path / TIMELINE_FILE))
    assert_is_chart(write_png(draw_money(data_dir), tmp_path / MONEY_FILE))


def test_money_is_dated_by_its_event_else_by_publication():
    tables = sample_tables()
    points = money_points(tables["figures"], tables["events"], tables["documents"])
    # $2 million belongs to the depot strike; EUR 3-5 billion has no event, so its article's day; $1 billion has neither.
    assert list(points["day"]) == [pd.Timestamp(date(2025, 8, 8)), pd.Timestamp(date(2025, 8, 9)), pd.NaT]
    assert list(points["dated_by"].fillna("")) == ["event", "published", ""]
    assert list(points["currency"]) == ["USD", "EUR", "USD"]


def test_a_date_no_report_gives_is_neither_drawn_nor_used_for_money():
    """An event dated only by the week ending on its publication has no date a text gives: the timeline leaves it
    out, and its money counts on its article's publication day."""
    tables = sample_tables()
    clusters = tables["event_clusters"]
    guessed = clusters.assign(date_source=clusters["date_source"].where(clusters["date_precision"] != "day", "publication"))
    titles = [timeline_figure(frame)._suptitle.get_text() for frame in (clusters, guessed)]
    assert titles[0].startswith("Real-world events (clusters) by date: 2 dated to a day, 1 to a range, 1 undated")
    assert titles[1].startswith("Real-world events (clusters) by date: 0 dated to a day, 1 to a range, 3 undated")
    events = tables["events"].assign(date_source="publication")
    points = money_points(tables["figures"], events, tables["documents"])
    assert list(points["dated_by"].fillna("")) == ["published", "published", ""]
    assert points["day"].iloc[0] == pd.Timestamp(date(2025, 8, 8))  # the Kyiv article's publication day


def test_a_late_evening_publication_counts_on_its_utc_day():
    tables = sample_tables()
    documents = tables["documents"].assign(published_at=pd.Series([datetime(2025, 8, 9, 23, 59, tzinfo=UTC)] * 3, dtype="datetime64[us, UTC]"))
    figures = tables["figures"].assign(event_id=None)
    assert money_points(figures, tables["events"], documents)["day"].iloc[0] == pd.Timestamp(date(2025, 8, 9))


def test_every_event_type_has_its_colour():
    assert set(EVENT_TYPE_COLOURS) == set(EVENT_TYPES)
    assert len(set(EVENT_TYPE_COLOURS.values())) == len(EVENT_TYPES)


def test_the_dagster_assets_write_the_charts_and_show_them(tmp_path):
    data_dir = tmp_path / "data"
    write_tables(data_dir, sample_tables())
    result = dg.materialize([timeline_chart, money_chart], resources={"settings": PipelineSettings(data_dir=str(data_dir))})
    assert result.success
    for asset, file in [("timeline_chart", TIMELINE_FILE), ("money_chart", MONEY_FILE)]:
        [materialization] = result.asset_materializations_for_node(asset)
        path = reports_path(data_dir) / file
        assert materialization.metadata["path"].value == str(path)
        image = materialization.metadata["chart"].value
        assert image.startswith("![") and "](data:image/png;base64," in image
        assert base64.b64decode(image.split("base64,")[1].rstrip(")")) == path.read_bytes()
        assert_is_chart(path)
