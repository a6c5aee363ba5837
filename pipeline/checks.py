"""Asset checks. Blocking: each published table is validated again, as stored, with its pandera model. Then what
users rely on across tables: no input lost, sane cleaning, evidence that points at the text, consistent clusters."""

import dagster as dg
import pandas as pd
from pandera.errors import SchemaErrors

from pipeline.partitions import SOURCE_FILES, list_seeds
from pipeline.resources import NoiseThresholds, PipelineSettings
from pipeline.stages import removed_share, unpartitionable_rejects
from pipeline.validation import preview
from schemas import TABLE_MODELS


def schema_check(table: str) -> dg.AssetChecksDefinition:
    model = TABLE_MODELS[table]

    @dg.asset_check(asset=table, name=f"{table}_matches_schema", blocking=True, description=f"The stored {table} table passes the {model.__name__} pandera model.")
    def check(stored: pd.DataFrame) -> dg.AssetCheckResult:
        try:
            model.validate(stored, lazy=True)
        except SchemaErrors as errors:
            cases = errors.failure_cases
            return dg.AssetCheckResult(
                passed=False,
                metadata={"failures": len(cases), "first_failures": dg.MetadataValue.md(cases.head(10).to_markdown(index=False))},
            )
        return dg.AssetCheckResult(passed=True, metadata={"rows": len(stored)})

    return check


SCHEMA_CHECKS = [schema_check(table) for table in TABLE_MODELS]


# Checks on what the tables mean together -------------------------------------------------------------------------

@dg.asset_check(
    asset="documents",
    additional_ins={"rejects": dg.AssetIn("rejects")},
    description="No document lost: every input file (each partition, and each file whose name cannot be one) is in "
    "documents or has a rejects row saying why it is not.",
)
def no_document_lost(context: dg.AssetCheckExecutionContext, documents: pd.DataFrame, rejects: pd.DataFrame, settings: PipelineSettings) -> dg.AssetCheckResult:
    inputs = set(context.instance.get_dynamic_partitions(SOURCE_FILES.name))
    inputs |= set(unpartitionable_rejects(list_seeds(settings.seeds_path).unpartitionable)["source_file"])
    not_documents = rejects[rejects["stage"].isin(["ingest", "clean", "documents"])]
    accounted = set(documents["source_file"]) | set(not_documents["source_file"])
    lost, unknown = sorted(inputs - accounted), sorted(accounted - inputs)
    return dg.AssetCheckResult(
        passed=not lost and not unknown,
        metadata={
            "inputs": len(inputs), "documents": len(documents), "rejected_files": len(set(not_documents["source_file"])),
            "lost": dg.MetadataValue.json(lost[:50]), "not_an_input_any_more": dg.MetadataValue.json(unknown[:50]),
        },
        description=None if not lost else "not processed yet, or lost: run process_documents for these partitions",
    )


@dg.asset_check(
    asset="documents",
    additional_ins={"noise": dg.AssetIn("noise")},
    description="The share of each document's text removed as noise is within the noise_thresholds bounds: outside "
    "them, cleaning probably kept page furniture or cut the article.",
)
def removed_share_within_bounds(documents: pd.DataFrame, noise: pd.DataFrame, noise_thresholds: NoiseThresholds) -> dg.AssetCheckResult:
    share = documents["doc_id"].map(removed_share(documents, noise))
    outside = documents.assign(removed_share=share.round(3))[(share < noise_thresholds.min_removed_share) | (share > noise_thresholds.max_removed_share)]
    return dg.AssetCheckResult(
        passed=outside.empty,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "bounds": f"{noise_thresholds.min_removed_share:.0%} to {noise_thresholds.max_removed_share:.0%}",
            "median_removed_share": float(share.median()) if len(share) else 0.0,
            "outside_bounds": len(outside),
            "first_outside": preview(outside[["source_file", "removed_share", "raw_chars", "clean_chars"]], rows=10),
        },
    )


@dg.asset_check(
    asset="events",
    additional_ins={"documents": dg.AssetIn("documents")},
    description="Each event's evidence is where it says: documents.text[start_char:end_char] == sentence.",
)
def evidence_matches_document_text(events: pd.DataFrame, documents: pd.DataFrame) -> dg.AssetCheckResult:
    texts = dict(zip(documents["doc_id"], documents["text"]))
    matches = [texts.get(row.doc_id, "")[row.start_char : row.end_char] == row.sentence for row in events.itertuples()]
    wrong = events[[not match for match in matches]]
    return dg.AssetCheckResult(passed=wrong.empty, metadata={"events": len(events), "mismatched": len(wrong), "first_mismatched": preview(wrong[["event_id", "doc_id", "start_char", "end_char", "sentence"]], rows=10)})


@dg.asset_check(
    asset="events",
    description="Each document with events has exactly one lead event (is_lead). One without a lead lost its lead "
    "row to the schema: rejects says why.",
)
def one_lead_per_document(events: pd.DataFrame) -> dg.AssetCheckResult:
    leads = events.groupby("doc_id")["is_lead"].sum()
    wrong = leads[leads != 1].rename("leads").reset_index()
    return dg.AssetCheckResult(
        passed=wrong.empty,
        metadata={"documents": len(leads), "documents_without_one_lead": len(wrong), "first_without_one_lead": preview(wrong, rows=10)},
    )


@dg.asset_check(
    asset="event_clusters",
    additional_ins={"events": dg.AssetIn("events")},
    description="Clusters and events agree: every cluster has its n_events events, and every event's cluster_id is a cluster.",
)
def clusters_reference_existing_events(event_clusters: pd.DataFrame, events: pd.DataFrame) -> dg.AssetCheckResult:
    counts = events["cluster_id"].value_counts()
    wrong_count = event_clusters[event_clusters["n_events"] != event_clusters["cluster_id"].map(counts).fillna(0)]
    orphans = events[~events["cluster_id"].isin(event_clusters["cluster_id"])]
    return dg.AssetCheckResult(
        passed=wrong_count.empty and orphans.empty,
        metadata={
            "clusters": len(event_clusters),
            "clusters_without_their_events": len(wrong_count),
            "events_without_a_cluster": len(orphans),
            "first_clusters_without_their_events": preview(wrong_count[["cluster_id", "event_type", "n_events"]], rows=10),
        },
    )


CONSISTENCY_CHECKS = [
    no_document_lost, removed_share_within_bounds, evidence_matches_document_text, one_lead_per_document, clusters_reference_existing_events,
]
