"""Input files as Dagster partitions: one dynamic partition per file, keyed by its path relative to the seeds folder.

The folder is the truth; the instance's partitions follow it (the new-file sensor and `newsfacts run` sync them).
A path that cannot be a partition key (Dagster refuses control characters and "...", and the instance stores
keys as UTF-8) gets no partition: the curate stage puts it in rejects with the reason.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
from dagster._core.definitions.partitions.utils.base import INVALID_PARTITION_SUBSTRINGS  # Dagster's own rule

from pipeline.ingest import discover_inputs, printable_name

SOURCE_FILES = dg.DynamicPartitionsDefinition(name="source_files")

# Backfills and `newsfacts run` process this many files per run: spaCy is loaded once per run, and a failed
# run costs at most this many documents.
FILES_PER_RUN = 50

# What the ingest asset records per partition: the sensor compares it with the file on disk.
CONTENT_DIGEST = "content_sha256"


def key_problem(source_file: str) -> tuple[str, str] | None:
    """(reason, detail) for rejects when this path cannot be a partition key, or None when it can."""
    if printable_name(source_file) != source_file:  # the instance, like Parquet, stores UTF-8
        return "file name is not valid UTF-8: rename the file", "bytes that are not UTF-8 are shown as \\xNN"
    invalid = [substring for substring in INVALID_PARTITION_SUBSTRINGS if substring in source_file]
    if invalid:
        return "file name cannot be a partition key: rename the file", f"Dagster does not allow {', '.join(map(repr, invalid))} in a partition key"
    return None


def staging_name(partition_key: str) -> str:
    """The file name of a partition's intermediate result: a digest, so no input name ever becomes a path."""
    return hashlib.sha256(partition_key.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class SeedsListing:
    keys: list[str]  # input files that are partitions, sorted
    unpartitionable: dict[str, tuple[str, str]]  # input file -> (reason, detail): why it cannot be a partition key


def list_seeds(seeds_dir: Path) -> SeedsListing:
    if not seeds_dir.is_dir():
        raise FileNotFoundError(f"seeds folder {seeds_dir} does not exist (set PIPELINE_SEEDS_DIR)")
    keys, unpartitionable = [], {}
    for source_file in discover_inputs(seeds_dir):
        problem = key_problem(source_file)
        if problem:
            unpartitionable[source_file] = problem
        else:
            keys.append(source_file)
    return SeedsListing(keys, unpartitionable)


def sync_partitions(instance: dg.DagsterInstance, keys: list[str]) -> tuple[list[str], list[str]]:
    """Make the instance's partitions exactly `keys`; (added, deleted)."""
    existing = set(instance.get_dynamic_partitions(SOURCE_FILES.name))
    added = [key for key in keys if key not in existing]
    deleted = sorted(existing - set(keys))
    if added:
        instance.add_dynamic_partitions(SOURCE_FILES.name, added)
    for key in deleted:
        instance.delete_dynamic_partition(SOURCE_FILES.name, key)
    return added, deleted
