"""Shared fixtures: the pipeline run for real (CLI -> Dagster job -> Parquet) on temporary folders."""

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_DIR / "seeds"
TABLES = ("documents", "noise", "entities", "figures", "events", "event_clusters", "rejects")


@dataclass
class PipelineRun:
    seeds_dir: Path
    data_dir: Path
    returncode: int
    stdout: str
    stderr: str

    def table(self, name: str) -> pd.DataFrame:
        return pd.read_parquet(self.data_dir / f"{name}.parquet")


def run_pipeline(seeds_dir: Path, data_dir: Path, dagster_home: Path) -> PipelineRun:
    env = {**os.environ, "PIPELINE_SEEDS_DIR": str(seeds_dir), "PIPELINE_DATA_DIR": str(data_dir), "DAGSTER_HOME": str(dagster_home)}
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "run"], cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=600
    )
    return PipelineRun(seeds_dir, data_dir, done.returncode, done.stdout, done.stderr)


@pytest.fixture(scope="session")
def seed_run(tmp_path_factory) -> PipelineRun:
    """The pipeline on a copy of seeds/."""
    root = tmp_path_factory.mktemp("seed_run")
    seeds = root / "seeds"
    shutil.copytree(SEEDS_DIR, seeds)
    run = run_pipeline(seeds, root / "data", root / "dagster_home")
    assert run.returncode == 0, run.stderr[-5000:]
    return run


def seed_file(run: PipelineRun, prefix: str) -> str:
    """The source_file of the seed whose name starts with prefix (e.g. "000")."""
    return next(name.name for name in run.seeds_dir.iterdir() if name.name.startswith(prefix))


def document(run: PipelineRun, prefix: str) -> pd.Series:
    documents = run.table("documents")
    return documents[documents["source_file"] == seed_file(run, prefix)].iloc[0]
