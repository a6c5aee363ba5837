import dagster as dg
import pandas as pd

from assets._specs import PER_DOCUMENT, per_partition, staging_out
from pipeline.stages import clean_documents, removed_share, with_source_files


@dg.multi_asset(
    group_name="clean",
    outs={
        "cleaned_documents": staging_out("The article: metadata and cleaned text (duplicate_of is set when curating)."),
        "document_noise": staging_out("Every span removed from the raw text, with the reason."),
        "clean_rejects": staging_out("The document, when it could not be cleaned."),
    },
    **PER_DOCUMENT,
)
def clean(context: dg.AssetExecutionContext, raw_documents: pd.DataFrame):
    """Strip boilerplate and social-media noise, record every removed span, read title/author/date."""
    documents, noise, rejects = clean_documents(raw_documents)
    shares = removed_share(documents, noise)
    removed = {source_file: round(float(shares[doc_id]), 4) for doc_id, source_file in zip(documents["doc_id"], documents["source_file"])}
    context.log.info(f"{len(documents)} of {len(raw_documents)} documents cleaned, {len(noise)} noise spans removed")
    return (
        per_partition(context, "cleaned_documents", documents, share_of_text_removed=removed),
        per_partition(context, "document_noise", with_source_files(noise, documents)),
        per_partition(context, "clean_rejects", rejects),
    )
