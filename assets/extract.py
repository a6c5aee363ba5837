import dagster as dg
import pandas as pd

from assets._specs import source_files_of, staging_out, table_out
from pipeline.resources import SpacyModel
from pipeline.stages import extract_documents
from pipeline.validation import validated_output


@dg.multi_asset(
    group_name="extract",
    outs={
        "entities": table_out("entities", "Named entities with canonical names.", {"spacy"}),
        "figures": table_out("figures", "Money, counts, percentages and quantities, attached to events.", {"spacy"}),
        "event_mentions": staging_out("Events as each document tells them, before cross-article merging."),
        "extract_rejects": staging_out("Documents whose extraction failed, and rows that failed a schema."),
    },
)
def extract(context: dg.AssetExecutionContext, documents: pd.DataFrame, spacy_model: SpacyModel):
    """Run spaCy once over every document and extract entities, figures and PLOVER events."""

    def log_progress(done: int, total: int) -> None:
        if done == total or done % 100 == 0:
            context.log.info(f"extracted {done}/{total} documents")

    entities, figures, mentions, rejects = extract_documents(
        documents, spacy_model.load(), spacy_model.batch_size, spacy_model.n_process, log_progress
    )
    sources = source_files_of(documents)
    entities_out, entity_rejects = validated_output(entities, "entities", sources)
    figures_out, figure_rejects = validated_output(figures, "figures", sources)
    all_rejects = pd.concat([rejects, entity_rejects, figure_rejects], ignore_index=True)
    return (
        entities_out,
        figures_out,
        dg.Output(mentions, metadata={"dagster/row_count": len(mentions)}),
        dg.Output(all_rejects, metadata={"dagster/row_count": len(all_rejects)}),
    )
