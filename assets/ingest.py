import dagster as dg

from assets._specs import PER_DOCUMENT, per_partition, staging_out
from pipeline.partitions import CONTENT_DIGEST
from pipeline.resources import PipelineSettings
from pipeline.stages import ingest_files


@dg.multi_asset(
    group_name="ingest",
    outs={
        "raw_documents": staging_out("The input file, decoded (one partition per file under the seeds folder)."),
        "ingest_rejects": staging_out("The input file, when it could not be read, with the reason."),
    },
    **PER_DOCUMENT,
)
def ingest(context: dg.AssetExecutionContext, settings: PipelineSettings):
    """Read each partition's file from the seeds folder; an unreadable one becomes a rejects row."""
    keys = context.partition_keys
    # The digests are recorded so that the new-file sensor, starting without a cursor, knows which files are
    # already processed.
    raw, rejects, digests = ingest_files(settings.seeds_path, keys, settings.max_file_bytes)
    context.log.info(f"{len(raw)} of {len(keys)} files read, {len(rejects)} rejected, from {settings.seeds_path}")
    return per_partition(context, "raw_documents", raw, **{CONTENT_DIGEST: digests}), per_partition(context, "ingest_rejects", rejects)
