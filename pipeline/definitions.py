"""The Dagster code location: `dagster dev -m pipeline.definitions`."""

import dagster as dg

from assets import clean, curate, extract, ingest, publish
from pipeline.checks import SCHEMA_CHECKS
from pipeline.io import ParquetIOManager
from pipeline.resources import PipelineSettings, SpacyModel

settings = PipelineSettings()

all_assets_job = dg.define_asset_job("materialize_all", selection=dg.AssetSelection.all(), description="Every table from the seeds folder.")

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([ingest, clean, extract, curate, publish]),
    asset_checks=SCHEMA_CHECKS,
    jobs=[all_assets_job],
    resources={
        "settings": settings,
        "spacy_model": SpacyModel(),
        "io_manager": ParquetIOManager(settings=settings),
    },
)
