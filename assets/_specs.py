"""How a published table shows in the UI: its column schema from the pandera model, its group and kinds."""

import dagster as dg

from pipeline.validation import column_schema
from schemas import TABLE_MODELS


def table_metadata(table: str) -> dict:
    return {"dagster/column_schema": column_schema(TABLE_MODELS[table])}


def table_out(table: str, description: str, kinds: set[str] | None = None) -> dg.AssetOut:
    return dg.AssetOut(
        description=description,
        metadata=table_metadata(table),
        kinds={"pandas", "parquet", *(kinds or set())},
        tags={"newsfacts/table": "published"},
    )


def staging_out(description: str) -> dg.AssetOut:
    return dg.AssetOut(description=description, kinds={"pandas", "parquet"}, tags={"newsfacts/table": "staging"})


def source_files_of(documents) -> dict[str, str]:
    return dict(zip(documents["doc_id"], documents["source_file"]))
