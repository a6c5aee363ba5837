"""The Dagster code location: `dagster dev -m pipeline.definitions`."""

import dagster as dg

from assets import clean, curate, extract, ingest, publish
from pipeline.automation import documents_job, new_seed_files, rebuild_tables_when_documents_change, refresh_tables_schedule, tables_job
from pipeline.checks import CONSISTENCY_CHECKS, SCHEMA_CHECKS
from pipeline.io import ParquetIOManager
from pipeline.resources import NoiseThresholds, PipelineSettings, SpacyModel


def build_definitions(settings: PipelineSettings) -> dg.Definitions:
    """Everything, reading and writing the folders in `settings` (tests and the benchmark use their own)."""
    return dg.Definitions(
        assets=dg.load_assets_from_modules([ingest, clean, extract, curate, publish]),
        asset_checks=[*SCHEMA_CHECKS, *CONSISTENCY_CHECKS],
        jobs=[documents_job, tables_job],
        sensors=[new_seed_files, rebuild_tables_when_documents_change],
        schedules=[refresh_tables_schedule],
        # Steps in the run's own process: a process per step would import pandas, spaCy and Dagster again for each of
        # the sixteen steps of a tables refresh, which takes longer than the steps themselves.
        executor=dg.in_process_executor,
        resources={
            "settings": settings,
            "spacy_model": SpacyModel(),
            "noise_thresholds": NoiseThresholds(),
            "io_manager": ParquetIOManager(settings=settings),
        },
    )


settings = PipelineSettings()
defs = build_definitions(settings)
