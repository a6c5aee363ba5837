"""`python -m pipeline.bench_incremental`: what one new article costs once many are processed.

With --docs documents (default 200, synthetic, see pipeline.bench) materialized in a temporary instance and data
folder, one more file lands in the seeds folder. Measured, each in this process with a real SQLite instance:
- the new-file sensor's tick and the run it requests: one partition (ingest, clean, extract);
- the rebuild of the curated tables that the eager conditions then request (curate, checks, catalog, charts);
- next to a full run of all --docs + 1 files from scratch (`newsfacts run`: batches of partitions, then the tables).
The spaCy model is loaded anew for each measured run, as in the run processes the daemon launches.
"""

import argparse
import tempfile
import time
from pathlib import Path

import dagster as dg

from pipeline.automation import materialize_everything, tables_job, tick_in_process
from pipeline.bench import synthetic_corpus
from pipeline.definitions import build_definitions
from pipeline.partitions import FILES_PER_RUN
from pipeline.resources import PipelineSettings
from pipeline.text.nlp import load_nlp


def write_corpus(texts: list[str], seeds: Path) -> None:
    seeds.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(texts):
        (seeds / f"doc_{number:05d}.txt").write_text(text, encoding="utf-8")


def timed(action):
    load_nlp.cache_clear()
    started = time.perf_counter()
    result = action()
    return result, time.perf_counter() - started


def quiet(_: str) -> None:
    """materialize_everything reports progress; the benchmark prints only its figures."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=200)
    args = parser.parse_args()
    texts = synthetic_corpus(args.docs + 1)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        seeds, data = root / "seeds", root / "data"
        write_corpus(texts[:-1], seeds)
        defs = build_definitions(PipelineSettings(seeds_dir=str(seeds), data_dir=str(data)))
        with dg.DagsterInstance.local_temp(tempfile.mkdtemp(dir=root)) as instance:
            failed, initial_seconds = timed(lambda: materialize_everything(defs, instance, seeds, quiet))
            assert not failed, failed
            first_tick, runs = tick_in_process(defs, instance, None)  # the daemon starts: nothing is new
            assert not runs, "the sensor re-ran files that were already processed"

            (seeds / "new_article.txt").write_text(texts[-1], encoding="utf-8")
            (_, runs), partition_seconds = timed(lambda: tick_in_process(defs, instance, first_tick.cursor))
            partitions = {run.dagster_run.tags.get("dagster/partition") for run in runs}
            assert partitions == {"new_article.txt"} and all(run.success for run in runs), partitions
            tables, tables_seconds = timed(lambda: defs.resolve_job_def(tables_job.name).execute_in_process(instance=instance))
            assert tables.success

        full_seeds, full_data = root / "full" / "seeds", root / "full" / "data"
        write_corpus(texts, full_seeds)
        full_defs = build_definitions(PipelineSettings(seeds_dir=str(full_seeds), data_dir=str(full_data)))
        with dg.DagsterInstance.local_temp(tempfile.mkdtemp(dir=root)) as instance:
            failed, full_seconds = timed(lambda: materialize_everything(full_defs, instance, full_seeds, quiet))
            assert not failed, failed

    total = args.docs + 1
    print(f"initial run of {args.docs} documents: {initial_seconds:.1f} s (not part of the comparison)")
    print(f"one new file, sensor tick + its run (1 partition: ingest, clean, extract): {partition_seconds:.1f} s")
    print(f"then the tables rebuilt from {total} partitions (curate, checks, catalog, charts): {tables_seconds:.1f} s")
    print(f"incremental total: {partition_seconds + tables_seconds:.1f} s")
    print(f"full run of {total} documents ({-(-total // FILES_PER_RUN)} runs of up to {FILES_PER_RUN} partitions, then the tables): {full_seconds:.1f} s")
    print(f"ratio full / incremental: {full_seconds / (partition_seconds + tables_seconds):.1f}")


if __name__ == "__main__":
    main()
