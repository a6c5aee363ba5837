"""Validate a table with its pandera model; rows that fail go to rejects with the check that failed."""

from collections.abc import Mapping

import dagster as dg
import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from schemas import TABLE_MODELS


def table_columns(table: str) -> list[str]:
    """A published table's columns, in order, as its pandera model declares them."""
    return list(TABLE_MODELS[table].to_schema().columns)


REJECT_COLUMNS = table_columns("rejects")


def empty_rejects() -> pd.DataFrame:
    return pd.DataFrame({column: pd.Series(dtype="str") for column in REJECT_COLUMNS})


def split_valid_rows(
    frame: pd.DataFrame,
    model: type[pa.DataFrameModel],
    table: str,
    source_files: Mapping[str, str],
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(rows that pass, coerced; one rejects row per failing row) for `table`.

    A failure that concerns no row (a missing column, say) is a bug in the pipeline, not bad data: it raises.
    """
    try:
        return model.validate(frame, lazy=True), empty_rejects()
    except SchemaErrors as errors:
        cases = errors.failure_cases
    schema_wide = cases[cases["index"].isna()]
    if not schema_wide.empty:
        raise ValueError(f"{table}: schema-wide failures (a pipeline bug):\n{schema_wide.to_string()}")
    failures: dict[object, list[str]] = {}
    for case in cases.itertuples(index=False):
        column = "" if pd.isna(case.column) or case.column == model.__name__ else f"{case.column}="
        value = "" if pd.isna(case.failure_case) else repr(case.failure_case)[:200]
        failures.setdefault(case.index, []).append(f"{case.check}: {column}{value}".rstrip("="))
    bad = frame.loc[list(failures)]
    doc_ids = bad["doc_id"] if "doc_id" in bad else pd.Series([None] * len(bad), index=bad.index)
    rejects = pd.DataFrame(
        {
            "source_file": [source_files.get(doc_id, "") if isinstance(doc_id, str) else "" for doc_id in doc_ids],
            "stage": table,
            "reason": f"row failed the {table} schema",
            "detail": ["; ".join(failures[index]) for index in bad.index],
            "doc_id": list(doc_ids),
        }
    )
    return model.validate(frame.drop(index=bad.index), lazy=True), rejects


def column_schema(model: type[pa.DataFrameModel]) -> dg.TableSchema:
    """The model as a Dagster column schema, so the UI shows each table's columns, types, checks and meaning."""
    schema = model.to_schema()
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=name,
                type=str(column.dtype),
                description=column.description,
                constraints=dg.TableColumnConstraints(
                    nullable=column.nullable,
                    unique=column.unique,
                    other=[check.name if check.error is None else str(check.error) for check in column.checks],
                ),
            )
            for name, column in schema.columns.items()
        ]
    )


def preview(frame: pd.DataFrame, rows: int = 5, width: int = 60) -> dg.MetadataValue:
    """The first rows as a markdown table, long cells shortened, for the asset's page in the UI."""
    head = frame.head(rows).astype("string").fillna("").map(lambda cell: cell if len(cell) <= width else cell[: width - 1] + "…")
    header = "| " + " | ".join(head.columns) + " |\n|" + "---|" * len(head.columns) + "\n"
    body = "".join("| " + " | ".join(cell.replace("|", "\\|").replace("\n", " ") for cell in row) + " |\n" for row in head.itertuples(index=False))
    return dg.MetadataValue.md(header + body)


def validated_output(
    frame: pd.DataFrame, table: str, source_files: Mapping[str, str], **metadata: object
) -> tuple[dg.Output, pd.DataFrame]:
    """(the table's valid rows as the Dagster output of that name, with row count and preview; its rejects)."""
    valid, rejects = split_valid_rows(frame, TABLE_MODELS[table], table, source_files)
    output = dg.Output(
        valid,
        output_name=table,
        metadata={"dagster/row_count": len(valid), "rejected_rows": len(rejects), "preview": preview(valid), **metadata},
    )
    return output, rejects
