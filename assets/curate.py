"""The published tables, rebuilt from every document partition: the cross-document work happens here (reposts,
merging events across articles) and each table is validated with its pandera model."""

import dagster as dg
import pandas as pd

from assets._specs import source_files_of, table_out
from pipeline.io import publishing, remove_orphan_partitions
from pipeline.partitions import SOURCE_FILES, list_seeds
from pipeline.resources import PipelineSettings
from pipeline.stages import (
    DOCUMENT_COLUMNS, ENTITY_COLUMNS, FIGURE_COLUMNS, MENTION_COLUMNS, NOISE_COLUMNS, curate_events, keep_originals,
    mark_duplicates, total_removed_share, unpartitionable_rejects, with_columns,
)
from pipeline.validation import REJECT_COLUMNS, validated_output
from schemas import Rejects

DOCUMENTS, MENTIONS = dg.AssetKey("cleaned_documents"), dg.AssetKey("event_mentions")
REJECT_INPUTS = ["ingest_rejects", "clean_rejects", "extract_rejects"]


@dg.multi_asset(
    group_name="curate",
    outs={
        "documents": table_out("documents", "One row per article: metadata, cleaned text, and the document it reposts."),
        "noise": table_out("noise", "Every span removed from the raw texts, with the reason."),
        "entities": table_out("entities", "Named entities with canonical names (reposts' not counted twice).", {"spacy"}),
        "figures": table_out("figures", "Money, counts, percentages and quantities, attached to events.", {"spacy"}),
        "events": table_out("events", "PLOVER events with date, place, casualties, evidence and cluster."),
        "event_clusters": table_out("event_clusters", "One row per real-world event, merged across articles."),
        "rejects": table_out("rejects", "Every input file that did not become a document, and every row that failed its table's schema."),
    },
    internal_asset_deps={
        "documents": {DOCUMENTS},
        "noise": {dg.AssetKey("document_noise")},
        "entities": {dg.AssetKey("document_entities"), DOCUMENTS},
        "figures": {dg.AssetKey("document_figures"), DOCUMENTS},
        "events": {MENTIONS, DOCUMENTS},
        "event_clusters": {MENTIONS, DOCUMENTS},
        "rejects": {DOCUMENTS, MENTIONS, dg.AssetKey("document_entities"), dg.AssetKey("document_figures"), *map(dg.AssetKey, REJECT_INPUTS)},
    },
)
def curate(
    context: dg.AssetExecutionContext,
    settings: PipelineSettings,
    cleaned_documents: pd.DataFrame,
    document_noise: pd.DataFrame,
    document_entities: pd.DataFrame,
    document_figures: pd.DataFrame,
    event_mentions: pd.DataFrame,
    ingest_rejects: pd.DataFrame,
    clean_rejects: pd.DataFrame,
    extract_rejects: pd.DataFrame,
):
    """Mark reposts across all documents and drop their facts, merge the same real-world event across documents,
    and publish every table; inputs whose file name cannot be a partition key join the rejects. The tables are
    computed and written under the data folder's publishing lock: Dagster writes each output as it is yielded."""
    with publishing(settings.data_path):
        orphans = remove_orphan_partitions(settings.data_path, lambda: context.instance.get_dynamic_partitions(SOURCE_FILES.name))
        if orphans:
            context.log.info(f"removed {len(orphans)} per-document files of deleted input files")
        documents = mark_duplicates(with_columns(cleaned_documents, DOCUMENT_COLUMNS))
        sources = source_files_of(documents)
        noise = with_columns(document_noise, NOISE_COLUMNS)
        removed = total_removed_share(documents, noise)
        documents_out, document_rejects = validated_output(documents, "documents", sources, share_of_text_removed=round(removed, 4))
        published = documents_out.value
        entities = keep_originals(with_columns(document_entities, ENTITY_COLUMNS), published)
        figures = keep_originals(with_columns(document_figures, FIGURE_COLUMNS), published)
        mentions = keep_originals(with_columns(event_mentions, MENTION_COLUMNS), published)
        events, clusters = curate_events(mentions, published)
        outputs = {
            "noise": validated_output(noise, "noise", sources),
            "entities": validated_output(entities, "entities", sources),
            "figures": validated_output(figures, "figures", sources),
            "events": validated_output(events, "events", sources),
            "event_clusters": validated_output(clusters, "event_clusters", sources),
        }
        unpartitionable = unpartitionable_rejects(list_seeds(settings.seeds_path).unpartitionable)
        stage_rejects = [with_columns(table, REJECT_COLUMNS) for table in (ingest_rejects, clean_rejects)]
        stage_rejects.append(keep_originals(with_columns(extract_rejects, REJECT_COLUMNS), published))
        rejects = pd.concat([unpartitionable, *stage_rejects, document_rejects, *(table_rejects for _, table_rejects in outputs.values())], ignore_index=True)
        rejects = Rejects.validate(rejects.sort_values(["stage", "source_file", "detail"], ignore_index=True))
        multi_source = int((clusters["n_documents"] > 1).sum())
        context.log.info(
            f"{len(published)} documents ({int(published['duplicate_of'].notna().sum())} reposts), {len(events)} event mentions "
            f"merged into {len(clusters)} clusters ({multi_source} reported by several documents), {len(rejects)} rejects"
        )
        yield documents_out
        yield from (output for output, _ in outputs.values())
        yield dg.Output(rejects, output_name="rejects", metadata={"dagster/row_count": len(rejects), "by_stage": rejects["stage"].value_counts().to_dict()})
