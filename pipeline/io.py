"""Parquet IO: published tables at <data>/<table>.parquet, intermediate results under <data>/_staging/."""

import os
import tempfile
from pathlib import Path

import dagster as dg
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.resources import PipelineSettings
from schemas import SCHEMA_VERSION, TABLE_MODELS

STAGING = "_staging"
PUBLISHED_FILE_MODE = 0o644


def table_path(data_dir: Path, name: str) -> Path:
    return data_dir / f"{name}.parquet" if name in TABLE_MODELS else data_dir / STAGING / f"{name}.parquet"


def write_table(frame: pd.DataFrame, path: Path) -> None:
    """Write atomically: a reader, or a run killed mid-write, never sees half a table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pandas(frame, preserve_index=False)
    metadata = dict(table.schema.metadata or {})
    metadata[b"newsfacts.schema_version"] = SCHEMA_VERSION.encode()
    table = table.replace_schema_metadata(metadata)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    os.close(handle)
    try:
        pq.write_table(table, temporary, compression="zstd")
        os.chmod(temporary, PUBLISHED_FILE_MODE)  # mkstemp makes it 0600; BI servers run as other users
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_table(path: Path) -> pd.DataFrame:
    return pq.read_table(path).to_pandas()


class ParquetIOManager(dg.ConfigurableIOManager):
    settings: dg.ResourceDependency[PipelineSettings]

    def _path(self, key: dg.AssetKey) -> Path:
        return table_path(self.settings.data_path, key.path[-1])

    def handle_output(self, context: dg.OutputContext, obj: pd.DataFrame) -> None:
        path = self._path(context.asset_key)
        write_table(obj, path)
        context.add_output_metadata({"path": dg.MetadataValue.path(str(path))})

    def load_input(self, context: dg.InputContext) -> pd.DataFrame:
        return read_table(self._path(context.asset_key))
