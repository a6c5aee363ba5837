import dagster as dg

from assets._specs import staging_out
from pipeline.resources import PipelineSettings
from pipeline.stages import ingest_seeds


@dg.multi_asset(
    group_name="ingest",
    outs={
        "raw_documents": staging_out("Every .txt, .md and .html file under the seeds folder, decoded."),
        "ingest_rejects": staging_out("Input files that could not be read, with the reason."),
    },
)
def ingest(context: dg.AssetExecutionContext, settings: PipelineSettings):
    """Read every input file under the seeds folder; unreadable ones become rejects."""
    raw, rejects = ingest_seeds(settings.seeds_path, settings.max_file_bytes)
    context.log.info(f"{len(raw)} documents read, {len(rejects)} files rejected from {settings.seeds_path}")
    return (
        dg.Output(raw, metadata={"dagster/row_count": len(raw), "seeds_dir": str(settings.seeds_path)}),
        dg.Output(rejects, metadata={"dagster/row_count": len(rejects)}),
    )
