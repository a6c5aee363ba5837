"""docs/data-dictionary.md, generated from the pandera models in schemas/ and the catalog's views.

    python -m pipeline.dictionary          write it
    python -m pipeline.dictionary --check  exit 1 if the committed file differs from what the models say
"""

import argparse
import sys
from pathlib import Path

import pandera.pandas as pa

from pipeline.catalog import CATALOG_FILE, JOINED_VIEWS
from schemas import SCHEMA_VERSION, TABLE_MODELS

PROJECT_DIR = Path(__file__).resolve().parent.parent
DICTIONARY_PATH = PROJECT_DIR / "docs" / "data-dictionary.md"

# The built-in pandera checks the models use, in words; any other check shows as pandera names it.
CHECK_WORDS = {
    "str_matches": lambda stats: f"matches `{stats['pattern']}`",
    "isin": lambda stats: "one of " + ", ".join(f"`{value}`" for value in stats["allowed_values"]),
    "greater_than_or_equal_to": lambda stats: f">= {stats['min_value']}",
    "greater_than": lambda stats: f"> {stats['min_value']}",
    "less_than_or_equal_to": lambda stats: f"<= {stats['max_value']}",
    "less_than": lambda stats: f"< {stats['max_value']}",
    "str_length": lambda stats: "length "
    + " and ".join(
        f"{word} {stats[key]}" for key, word in (("exact_value", "=="), ("min_value", ">="), ("max_value", "<=")) if stats.get(key) is not None
    ),
}


def check_in_words(check: pa.Check) -> str:
    words = CHECK_WORDS.get(check.name)
    return words(check.statistics) if words else str(check.error or check.name)


def cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def table_section(table: str, model: type[pa.DataFrameModel]) -> list[str]:
    schema = model.to_schema()
    lines = [
        f"## {table}",
        "",
        schema.description or "",
        "",
        f"`data/{table}.parquet` · model `{model.__module__}.{model.__name__}` · DuckDB view `{table}`",
        "",
        "| column | type | nullable | checks | description |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, column in schema.columns.items():
        checks = (["unique"] if column.unique else []) + [check_in_words(check) for check in column.checks]
        nullable = "yes" if column.nullable else "no"
        lines.append(f"| `{name}` | {cell(column.dtype)} | {nullable} | {cell('; '.join(checks))} | {cell(column.description or '')} |")
    if schema.checks:
        lines += ["", "Table checks (every row):", ""]
        lines += [f"- {check.description or check.name}" for check in schema.checks]
    return lines + [""]


def views_section() -> list[str]:
    lines = [
        f"## Catalog views (`data/{CATALOG_FILE}`)",
        "",
        "Besides one view per table above, named after it, the catalog holds these joined views:",
        "",
    ]
    for view in JOINED_VIEWS:
        lines += [f"### {view.name}", "", view.description, "", "```sql", view.sql.strip(), "```", ""]
    return lines


def render() -> str:
    lines = [
        "# Data dictionary",
        "",
        f"Generated from the pandera models in `schemas/` (schema version {SCHEMA_VERSION}) by `python -m pipeline.dictionary`;",
        "do not edit by hand. Types are the pandas types the models enforce; the checks run on every row before a table",
        "is published, and rows that fail go to `rejects`. Columns not in a model are dropped.",
        "",
    ]
    for table, model in TABLE_MODELS.items():
        lines += table_section(table, model)
    lines += views_section()
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.dictionary", description="Write docs/data-dictionary.md from schemas/.")
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if the file is out of date")
    args = parser.parse_args(argv)
    expected = render()
    if args.check:
        current = DICTIONARY_PATH.read_text(encoding="utf-8") if DICTIONARY_PATH.exists() else None
        if current != expected:
            state = "is missing" if current is None else "is out of date with schemas/"
            print(f"{DICTIONARY_PATH.relative_to(PROJECT_DIR)} {state}; run `python -m pipeline.dictionary` (make dictionary) and commit it.", file=sys.stderr)
            return 1
        return 0
    DICTIONARY_PATH.parent.mkdir(parents=True, exist_ok=True)
    DICTIONARY_PATH.write_text(expected, encoding="utf-8")
    print(DICTIONARY_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main())
