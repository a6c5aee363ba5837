import dagster as dg
import pandas as pd

from assets._specs import source_files_of, staging_out, table_metadata, table_out
from pipeline.stages import curate_events
from pipeline.validation import validated_output
from schemas import Rejects


@dg.multi_asset(
    group_name="curate",
    outs={
        "events": table_out("events", "PLOVER events with date, place, casualties, evidence and cluster."),
        "event_clusters": table_out("event_clusters", "One row per real-world event, merged across articles."),
        "curate_rejects": staging_out("Event and cluster rows that failed a schema."),
    },
)
def curate(context: dg.AssetExecutionContext, event_mentions: pd.DataFrame, documents: pd.DataFrame):
    """Merge the same real-world event across documents and publish events and their clusters."""
    events, clusters = curate_events(event_mentions, documents)
    sources = source_files_of(documents)
    events_out, event_rejects = validated_output(events, "events", sources)
    clusters_out, cluster_rejects = validated_output(clusters, "event_clusters", sources)
    multi_source = int((clusters["n_documents"] > 1).sum())
    context.log.info(f"{len(events)} event mentions merged into {len(clusters)} clusters ({multi_source} reported by several documents)")
    rejects = pd.concat([event_rejects, cluster_rejects], ignore_index=True)
    return events_out, clusters_out, dg.Output(rejects, metadata={"dagster/row_count": len(rejects)})


@dg.asset(group_name="curate", kinds={"pandas", "parquet"}, metadata=table_metadata("rejects"), tags={"newsfacts/table": "published"})
def rejects(
    ingest_rejects: pd.DataFrame, clean_rejects: pd.DataFrame, extract_rejects: pd.DataFrame, curate_rejects: pd.DataFrame
) -> dg.Output:
    """Every input file that did not become a document, and every row that failed its table's schema."""
    table = pd.concat([ingest_rejects, clean_rejects, extract_rejects, curate_rejects], ignore_index=True)
    table = Rejects.validate(table.sort_values(["stage", "source_file", "detail"], ignore_index=True))
    return dg.Output(table, metadata={"dagster/row_count": len(table), "by_stage": table["stage"].value_counts().to_dict()})
