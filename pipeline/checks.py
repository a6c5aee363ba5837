"""Blocking asset checks: each published table is validated again, as stored, with its pandera model."""

import dagster as dg
import pandas as pd
from pandera.errors import SchemaErrors

from schemas import TABLE_MODELS


def schema_check(table: str) -> dg.AssetChecksDefinition:
    model = TABLE_MODELS[table]

    @dg.asset_check(asset=table, name=f"{table}_matches_schema", blocking=True, description=f"The stored {table} table passes the {model.__name__} pandera model.")
    def check(stored: pd.DataFrame) -> dg.AssetCheckResult:
        try:
            model.validate(stored, lazy=True)
        except SchemaErrors as errors:
            cases = errors.failure_cases
            return dg.AssetCheckResult(
                passed=False,
                metadata={"failures": len(cases), "first_failures": dg.MetadataValue.md(cases.head(10).to_markdown(index=False))},
            )
        return dg.AssetCheckResult(passed=True, metadata={"rows": len(stored)})

    return check


SCHEMA_CHECKS = [schema_check(table) for table in TABLE_MODELS]
