"""How assets show in the UI: groups, kinds, owners, column schemas from the pandera models, per-partition metadata."""

import dagster as dg
import pandas as pd

from pipeline.partitions import FILES_PER_RUN, SOURCE_FILES
from pipeline.validation import column_schema, preview
from schemas import TABLE_MODELS

OWNERS = ["team:newsfacts"]

# Per-document assets: one partition per input file; a backfill of many files runs them FILES_PER_RUN at a time.
PER_DOCUMENT = {"partitions_def": SOURCE_FILES, "backfill_policy": dg.BackfillPolicy.multi_run(FILES_PER_RUN)}

# The curated tables and what is drawn from them are rebuilt when a document partition changes, once no document is
# missing or still being processed (eager); the daily schedule refreshes them too.
REBUILD_WHEN_DOCUMENTS_CHANGE = dg.AutomationCondition.eager()


def table_metadata(table: str) -> dict:
    return {"dagster/column_schema": column_schema(TABLE_MODELS[table])}


def table_out(table: str, description: str, kinds: set[str] | None = None) -> dg.AssetOut:
    return dg.AssetOut(
        description=description,
        metadata=table_metadata(table),
        kinds={"pandas", "parquet", *(kinds or set())},
        tags={"newsfacts/table": "published"},
        owners=OWNERS,
        automation_condition=REBUILD_WHEN_DOCUMENTS_CHANGE,
    )


def staging_out(description: str, kinds: set[str] | None = None) -> dg.AssetOut:
    return dg.AssetOut(description=description, kinds={"pandas", "parquet", *(kinds or set())}, tags={"newsfacts/table": "staging"}, owners=OWNERS)


def source_files_of(documents) -> dict[str, str]:
    return dict(zip(documents["doc_id"], documents["source_file"]))


def per_partition(context: dg.AssetExecutionContext, asset: str, table: pd.DataFrame, **metadata: dict[str, object]) -> dg.Output:
    """The rows of a per-document asset, with each partition's own row count and preview (a run may hold several);
    metadata maps a name to {partition key: value}."""
    for partition_key in context.partition_keys:
        rows = table[table["source_file"] == partition_key]
        context.add_asset_metadata(
            {"dagster/row_count": len(rows), "preview": preview(rows), **{name: values[partition_key] for name, values in metadata.items() if partition_key in values}},
            asset_key=asset,
            partition_key=partition_key,
        )
    return dg.Output(table)
