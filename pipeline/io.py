"""Parquet IO: published tables at <data>/<table>.parquet, intermediate results under <data>/_staging/.

A file is replaced, never rewritten in place: the new version goes to a temporary dot-file beside it, then is
renamed over it. A reader sees the old file or the new one, whole; a run killed mid-write leaves the old one and
a `.<name>.<hex>.tmp` that no reader opens (it does not end in .parquet, and pyarrow skips dot-files when it reads
a folder) and that the next write of the same file removes.
"""

import glob
import os
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.locking import exclusive_lock
from pipeline.partitions import staging_name
from pipeline.resources import PipelineSettings
from schemas import SCHEMA_VERSION, TABLE_MODELS

STAGING = "_staging"
PUBLISHED_FILE_MODE = 0o644  # BI servers and web servers reading the files run as other users
TABLE_NAME = re.compile(r"[a-z][a-z0-9_]*")
PARTITION_COLUMN = "source_file"  # per-document tables: the file each row came from, = its partition key


def table_path(data_dir: Path, name: str) -> Path:
    """Where a table lives. Names come from the code (asset keys), never from inputs; anything that is not a
    plain name is refused, so no path can lead out of the data folder."""
    if not TABLE_NAME.fullmatch(name):
        raise ValueError(f"not a table name: {name!r}")
    return data_dir / f"{name}.parquet" if name in TABLE_MODELS else data_dir / STAGING / f"{name}.parquet"


def sync_to_disk(path: Path) -> None:
    """Flush a file, or a folder's entries, to the disk: after a power cut the rename shows a whole file."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def flush_files(paths: Sequence[Path]) -> None:
    """Flush these files' data to the disk. Several at once take one sync(), which flushes every file: each fsync
    waits for the disk however small its file, and a batch of 50 documents writes nine staging files each."""
    if len(paths) == 1:
        sync_to_disk(paths[0])
    else:
        os.sync()


def remove_leftovers(path: Path) -> None:
    """Temporary files of `path` that killed writers left (with DuckDB's .wal beside its own)."""
    for leftover in path.parent.glob(f".{glob.escape(path.stem)}.*.tmp*"):
        leftover.unlink(missing_ok=True)


@contextmanager
def replacing_all(paths: Sequence[Path]) -> Iterator[list[Path]]:
    """Fresh temporary paths beside `paths`, which share a folder, for the block to write; afterwards each
    atomically replaces its path.

    The folder is locked throughout, so that two runs at once take turns, and so that any temporary file of
    these paths found meanwhile belongs to a writer that died (the kernel frees a dead process's lock).
    """
    (folder,) = {path.parent for path in paths}
    folder.mkdir(parents=True, exist_ok=True)
    with exclusive_lock(folder):
        temporaries = []
        for path in paths:
            remove_leftovers(path)
            temporaries.append(path.with_name(f".{path.stem}.{uuid.uuid4().hex}.tmp"))
        try:
            yield temporaries
            for temporary in temporaries:
                os.chmod(temporary, PUBLISHED_FILE_MODE)
            flush_files(temporaries)
            for temporary, path in zip(temporaries, paths, strict=True):
                os.replace(temporary, path)
            sync_to_disk(folder)
        finally:
            for temporary in temporaries:
                temporary.unlink(missing_ok=True)  # after a failure: the half-written files


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """replacing_all for one file."""
    with replacing_all([path]) as (temporary,):
        yield temporary


def write_tables(tables: Mapping[Path, pd.DataFrame]) -> None:
    """Write each table to its path (all in one folder) atomically: a reader, or a run killed mid-write, never
    sees half a table."""
    paths = list(tables)
    with replacing_all(paths) as temporaries:
        for path, temporary in zip(paths, temporaries, strict=True):
            table = pa.Table.from_pandas(tables[path], preserve_index=False)
            metadata = dict(table.schema.metadata or {})
            metadata[b"newsfacts.schema_version"] = SCHEMA_VERSION.encode()
            pq.write_table(table.replace_schema_metadata(metadata), temporary, compression="zstd")


def write_table(frame: pd.DataFrame, path: Path) -> None:
    write_tables({path: frame})


def read_table(path: Path) -> pd.DataFrame:
    return pq.read_table(path).to_pandas()


def partition_path(data_dir: Path, name: str, partition_key: str) -> Path:
    """One partition of a per-document asset: <data>/_staging/<asset>/<digest of the key>.parquet."""
    return table_path(data_dir, name).with_suffix("") / f"{staging_name(partition_key)}.parquet"


@contextmanager
def publishing(data_dir: Path) -> Iterator[None]:
    """Hold while writing the published tables as one set. Each file is replaced atomically on its own; this
    makes a second run that rebuilds the tables wait until the first has written all of them, so the tables
    never mix two runs' documents (events of one run beside documents of another). The lock is on the staging
    folder, which the tables are rebuilt from: a folder lock leaves no file behind, and no writer of a table or
    of a partition locks that folder itself (they lock the folder their file is in)."""
    staging = data_dir / STAGING
    staging.mkdir(parents=True, exist_ok=True)
    with exclusive_lock(staging):
        yield


def remove_orphan_partitions(data_dir: Path, current_keys: Callable[[], Iterable[str]]) -> list[Path]:
    """Delete the per-document files of partitions that no longer exist, so that the text of an article whose
    file was deleted from the seeds does not linger under <data>/_staging/. The files are listed before the keys
    are read: a partition exists before its first file is written, so a file listed first whose key is missing
    afterwards belongs to a deleted partition, never to one a concurrent run has just added."""
    staging = data_dir / STAGING
    files = sorted(staging.glob("*/*.parquet")) if staging.is_dir() else []
    kept = {f"{staging_name(key)}.parquet" for key in current_keys()}
    orphans = [path for path in files if path.name not in kept]
    for path in orphans:
        path.unlink(missing_ok=True)
    return orphans


def column_schema_of(frame: pd.DataFrame) -> dg.TableSchema:
    return dg.TableSchema(columns=[dg.TableColumn(name=str(name), type=str(dtype)) for name, dtype in frame.dtypes.items()])


class ParquetIOManager(dg.ConfigurableIOManager):
    """Unpartitioned assets: one file per table. Per-document assets: one file per partition (source file); their
    rows carry the partition key in PARTITION_COLUMN, so a run over several partitions writes each its own file.
    An unpartitioned consumer of a per-document asset gets the rows of every current partition, in key order."""

    settings: dg.ResourceDependency[PipelineSettings]

    def _path(self, key: dg.AssetKey) -> Path:
        return table_path(self.settings.data_path, key.path[-1])

    def handle_output(self, context: dg.OutputContext, obj: pd.DataFrame) -> None:
        name = context.asset_key.path[-1]
        if not context.has_asset_partitions:
            path = self._path(context.asset_key)
            write_table(obj, path)
            context.add_output_metadata({"path": dg.MetadataValue.path(str(path))})
            return
        keys = context.asset_partition_keys
        write_tables({partition_path(self.settings.data_path, name, key): obj[obj[PARTITION_COLUMN] == key] for key in keys})
        # One partition: its file; a batch: the folder holding every partition's file.
        first = partition_path(self.settings.data_path, name, keys[0])
        shown = first if len(keys) == 1 else first.parent
        context.add_output_metadata({"path": dg.MetadataValue.path(str(shown)), "dagster/column_schema": column_schema_of(obj)})

    def load_input(self, context: dg.InputContext) -> pd.DataFrame:
        if not context.has_asset_partitions:
            return read_table(self._path(context.asset_key))
        name = context.asset_key.path[-1]
        frames, missing = [], []
        for partition_key in sorted(context.asset_partition_keys):
            path = partition_path(self.settings.data_path, name, partition_key)
            if path.exists():
                frames.append(read_table(path))
            else:
                missing.append(partition_key)
        if missing:
            # Not fatal: a file the sensor registered a moment ago; the no-document-lost check reports it.
            context.log.warning(f"{len(missing)} partitions of {name} are not materialized yet: {', '.join(missing[:10])}")
        rows = [frame for frame in frames if not frame.empty]
        if not rows:
            return frames[0] if frames else pd.DataFrame()
        return pd.concat(rows, ignore_index=True) if len(rows) > 1 else rows[0]
