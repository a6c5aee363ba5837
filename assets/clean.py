import dagster as dg
import pandas as pd

from assets._specs import source_files_of, staging_out, table_out
from pipeline.stages import clean_documents
from pipeline.validation import validated_output


@dg.multi_asset(
    group_name="clean",
    outs={
        "documents": table_out("documents", "One row per article: metadata and cleaned text."),
        "noise": table_out("noise", "Every span removed from the raw texts, with the reason."),
        "clean_rejects": staging_out("Documents that could not be cleaned, and rows that failed a schema."),
    },
)
def clean(context: dg.AssetExecutionContext, raw_documents: pd.DataFrame):
    """Strip boilerplate and social-media noise, record every removed span, read title/author/date."""
    documents, noise, rejects = clean_documents(raw_documents)
    sources = source_files_of(raw_documents)
    removed = 1 - documents["clean_chars"].sum() / max(1, documents["raw_chars"].sum())
    documents_out, documents_rejects = validated_output(documents, "documents", sources, share_of_text_removed=float(round(removed, 4)))
    noise_out, noise_rejects = validated_output(noise, "noise", sources)
    all_rejects = pd.concat([rejects, documents_rejects, noise_rejects], ignore_index=True)
    context.log.info(f"{len(documents)} documents cleaned, {removed:.1%} of their text removed as noise")
    return documents_out, noise_out, dg.Output(all_rejects, metadata={"dagster/row_count": len(all_rejects)})
