"""What analysts open: the DuckDB catalog over the published tables, and the charts under <data>/reports/.

These assets read the tables from the data folder themselves (deps, not inputs): the catalog needs only the files
to exist, and the charts read only the columns they draw.
"""

import base64
from pathlib import Path

import dagster as dg

from assets._specs import OWNERS, REBUILD_WHEN_DOCUMENTS_CHANGE
from pipeline.catalog import build_catalog, view_names
from pipeline.charts import MONEY_FILE, TIMELINE_FILE, draw_money, draw_timeline, reports_path, write_png
from pipeline.resources import PipelineSettings
from schemas import TABLE_MODELS


def chart_result(png: bytes, path: Path, title: str) -> dg.MaterializeResult:
    """The chart itself on the asset's page (a data URI: the UI cannot read files on the server), and where it is."""
    image = f"![{title}](data:image/png;base64,{base64.b64encode(png).decode('ascii')})"
    return dg.MaterializeResult(metadata={"chart": dg.MetadataValue.md(image), "path": dg.MetadataValue.path(str(path))})


@dg.asset(group_name="publish", deps=list(TABLE_MODELS), kinds={"duckdb"}, owners=OWNERS, automation_condition=REBUILD_WHEN_DOCUMENTS_CHANGE)
def duckdb_catalog(settings: PipelineSettings) -> dg.MaterializeResult:
    """data/newsfacts.duckdb: a view per table over its Parquet file, plus events_with_documents, daily_event_counts
    and clusters_with_reports, for SQL clients and BI tools."""
    path = build_catalog(settings.data_path)
    return dg.MaterializeResult(metadata={"path": dg.MetadataValue.path(str(path)), "views": ", ".join(view_names())})


@dg.asset(group_name="publish", deps=["event_clusters"], kinds={"matplotlib"}, owners=OWNERS, automation_condition=REBUILD_WHEN_DOCUMENTS_CHANGE)
def timeline_chart(settings: PipelineSettings) -> dg.MaterializeResult:
    """data/reports/timeline.png: real-world events per day, coloured by event type; range-dated ones as spans."""
    png = draw_timeline(settings.data_path)
    return chart_result(png, write_png(png, reports_path(settings.data_path) / TIMELINE_FILE), "timeline of events")


@dg.asset(group_name="publish", deps=["figures", "events", "documents"], kinds={"matplotlib"}, owners=OWNERS, automation_condition=REBUILD_WHEN_DOCUMENTS_CHANGE)
def money_chart(settings: PipelineSettings) -> dg.MaterializeResult:
    """data/reports/money.png: money figures over time, at their event's date or else their article's publication."""
    png = draw_money(settings.data_path)
    return chart_result(png, write_png(png, reports_path(settings.data_path) / MONEY_FILE), "money figures over time")
