"""The Dagster UI for real: `dagster dev` (web server and daemon) on a free port with temporary folders; through its
GraphQL API the code location loads, every asset is listed, every partition and then the tables are materialized.
The server is stopped by its process group whatever happens."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
import requests

from tests.conftest import PROJECT_DIR, SEEDS_DIR, TABLES

PER_DOCUMENT_ASSETS = {
    "raw_documents", "ingest_rejects", "cleaned_documents", "document_noise", "clean_rejects",
    "document_entities", "document_figures", "event_mentions", "extract_rejects",
}
UNPARTITIONED_ASSETS = {*TABLES, "duckdb_catalog", "timeline_chart", "money_chart"}
DEADLINE_SECONDS = 150

LOCATIONS = """{ workspaceOrError { ... on Workspace { locationEntries { name loadStatus
  locationOrLoadError { __typename ... on RepositoryLocation { repositories { name } } ... on PythonError { message } } } } } }"""
ASSETS = "{ assetNodes { assetKey { path } groupName isPartitioned kinds description } }"
ADD_PARTITION = """mutation($repository: RepositorySelector!, $key: String!) {
  addDynamicPartition(repositorySelector: $repository, partitionsDefName: "source_files", partitionKey: $key) { __typename } }"""
LAUNCH = """mutation($params: ExecutionParams!) { launchPipelineExecution(executionParams: $params) {
  __typename ... on LaunchRunSuccess { run { runId } } ... on PythonError { message } ... on InvalidSubsetError { message }
  ... on RunConfigValidationInvalid { errors { message } } } }"""
RUN_STATUS = "query($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, url: str, log: Path):
        self.url, self.log = url, log

    def query(self, text: str, **variables) -> dict:
        response = requests.post(f"{self.url}/graphql", json={"query": text, "variables": variables}, timeout=60)
        response.raise_for_status()
        body = response.json()
        assert "errors" not in body, body["errors"]
        return body["data"]

    def wait_for_run(self, run_id: str, deadline: float) -> str:
        while time.monotonic() < deadline:
            status = self.query(RUN_STATUS, id=run_id)["runOrError"]["status"]
            if status in {"SUCCESS", "FAILURE", "CANCELED"}:
                return status
            time.sleep(1)
        raise TimeoutError(f"run {run_id} still running; server log:\n{self.log.read_text()[-3000:]}")


@pytest.fixture
def server(tmp_path):
    home, seeds, data = tmp_path / "dagster_home", tmp_path / "seeds", tmp_path / "data"
    home.mkdir()
    shutil.copy(PROJECT_DIR / "dagster.yaml", home / "dagster.yaml")
    shutil.copytree(SEEDS_DIR, seeds)
    port = free_port()
    # Automation off: this test launches the runs itself (test_automation.py covers the sensor and conditions).
    env = {**os.environ, "DAGSTER_HOME": str(home), "PIPELINE_SEEDS_DIR": str(seeds), "PIPELINE_DATA_DIR": str(data), "PIPELINE_AUTOMATION": "off"}
    log = tmp_path / "dagster_dev.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "dagster", "dev", "-m", "pipeline.definitions", "-h", "127.0.0.1", "-p", str(port)],
            cwd=PROJECT_DIR, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        yield Server(f"http://127.0.0.1:{port}", log), seeds, data
    finally:
        # dagster dev ignores SIGTERM without job control: kill its whole process group (web server, daemon, code
        # server, runs), then make sure nothing of it is left.
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        for _ in range(50):
            try:
                os.killpg(process.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
        else:
            pytest.fail("dagster dev left processes running")


def wait_for_location(server: Server, deadline: float) -> dict:
    while time.monotonic() < deadline:
        try:
            entries = server.query(LOCATIONS)["workspaceOrError"]["locationEntries"]
        except requests.ConnectionError:
            entries = []
        if entries and all(entry["loadStatus"] == "LOADED" for entry in entries):
            return entries[0]
        time.sleep(1)
    raise TimeoutError(f"code location did not load; server log:\n{server.log.read_text()[-3000:]}")


def test_ui_lists_every_asset_and_materializes_the_graph(server):
    ui, seeds, data = server
    deadline = time.monotonic() + DEADLINE_SECONDS
    location = wait_for_location(ui, deadline)
    loaded = location["locationOrLoadError"]
    assert loaded["__typename"] == "RepositoryLocation", loaded
    repository = {"repositoryLocationName": location["name"], "repositoryName": loaded["repositories"][0]["name"]}

    nodes = {"/".join(node["assetKey"]["path"]): node for node in ui.query(ASSETS)["assetNodes"]}
    assert set(nodes) == PER_DOCUMENT_ASSETS | UNPARTITIONED_ASSETS
    assert {name for name, node in nodes.items() if node["isPartitioned"]} == PER_DOCUMENT_ASSETS
    assert {node["groupName"] for node in nodes.values()} == {"ingest", "clean", "extract", "curate", "publish"}
    assert all(node["description"] and node["kinds"] for node in nodes.values())

    keys = sorted(path.name for path in seeds.iterdir())
    for key in keys:
        assert ui.query(ADD_PARTITION, repository=repository, key=key)["addDynamicPartition"]["__typename"] == "AddDynamicPartitionSuccess"

    def launch(job: str, tags: dict[str, str]) -> str:
        params = {"selector": {**repository, "pipelineName": job}, "executionMetadata": {"tags": [{"key": k, "value": v} for k, v in tags.items()]}}
        result = ui.query(LAUNCH, params=params)["launchPipelineExecution"]
        assert result["__typename"] == "LaunchRunSuccess", result
        return result["run"]["runId"]

    # Every partition in one run, as a backfill with the assets' BackfillPolicy does; then the tables.
    documents_run = launch("process_documents", {"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]})
    assert ui.wait_for_run(documents_run, deadline) == "SUCCESS", ui.log.read_text()[-3000:]
    assert ui.wait_for_run(launch("refresh_tables", {}), deadline) == "SUCCESS", ui.log.read_text()[-3000:]

    assert len(pd.read_parquet(data / "documents.parquet")) == len(keys)
    for table in TABLES:
        assert (data / f"{table}.parquet").exists(), table
    assert (data / "newsfacts.duckdb").exists() and (data / "reports" / "timeline.png").exists()
