"""Settings the analyst can change in the launchpad; defaults come from the environment."""

import os
from pathlib import Path

import dagster as dg
import spacy

from pipeline.ingest import DEFAULT_MAX_FILE_BYTES
from pipeline.text.nlp import DEFAULT_MODEL, load_nlp


class PipelineSettings(dg.ConfigurableResource):
    """Where inputs are read and tables written, and how big an input may be."""

    seeds_dir: str = os.environ.get("PIPELINE_SEEDS_DIR", "seeds")
    data_dir: str = os.environ.get("PIPELINE_DATA_DIR", "data")
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES

    @property
    def seeds_path(self) -> Path:
        return Path(self.seeds_dir).expanduser().absolute()

    @property
    def data_path(self) -> Path:
        return Path(self.data_dir).expanduser().absolute()


class SpacyModel(dg.ConfigurableResource):
    """The spaCy pipeline, loaded once per process (load_nlp is cached)."""

    model_name: str = DEFAULT_MODEL
    batch_size: int = 32
    n_process: int = 1

    def load(self) -> spacy.Language:
        return load_nlp(self.model_name)


class NoiseThresholds(dg.ConfigurableResource):
    """The share of a document's text that cleaning may remove before the removed-share check warns.

    Below the minimum the page furniture probably stayed in; above the maximum the article probably went with it.
    """

    min_removed_share: float = 0.0
    max_removed_share: float = 0.8
