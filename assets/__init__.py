"""Dagster assets, one module per stage: ingest -> clean -> extract -> curate. They call pipeline.stages."""
