import dagster as dg
import pandas as pd

from assets._specs import PER_DOCUMENT, per_partition, staging_out
from pipeline.resources import SpacyModel
from pipeline.stages import extract_documents, with_source_files


@dg.multi_asset(
    group_name="extract",
    outs={
        "document_entities": staging_out("Named entities with canonical names.", {"spacy"}),
        "document_figures": staging_out("Money, counts, percentages and quantities, attached to events.", {"spacy"}),
        "event_mentions": staging_out("Events as the document tells them, before cross-article merging.", {"spacy"}),
        "extract_rejects": staging_out("The document, when its extraction failed."),
    },
    **PER_DOCUMENT,
)
def extract(context: dg.AssetExecutionContext, cleaned_documents: pd.DataFrame, document_noise: pd.DataFrame, spacy_model: SpacyModel):
    """Run spaCy over the run's documents (the model is loaded once per run) and extract entities, figures and
    PLOVER events; the datelines among the noise place the events."""

    def log_progress(done: int, total: int) -> None:
        if done == total or done % 25 == 0:
            context.log.info(f"extracted {done}/{total} documents")

    entities, figures, mentions, rejects = extract_documents(
        cleaned_documents, spacy_model.load(), spacy_model.batch_size, spacy_model.n_process, log_progress, document_noise
    )
    return (
        per_partition(context, "document_entities", with_source_files(entities, cleaned_documents)),
        per_partition(context, "document_figures", with_source_files(figures, cleaned_documents)),
        per_partition(context, "event_mentions", with_source_files(mentions, cleaned_documents)),
        per_partition(context, "extract_rejects", rejects),
    )
