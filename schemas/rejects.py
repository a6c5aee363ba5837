import pandera.pandas as pa
from pandera.typing import Series

from schemas.vocabulary import REJECT_STAGES


class Rejects(pa.DataFrameModel):
    """Every input file that did not become a document, and every row that failed its table's schema."""

    source_file: Series[str] = pa.Field(description="Path relative to the seeds folder.")
    stage: Series[str] = pa.Field(isin=list(REJECT_STAGES), description="Where it was stopped: ingest, or the table whose schema it failed.")
    reason: Series[str] = pa.Field(str_length={"min_value": 1}, description="What a person needs to know, e.g. 'file is empty'.")
    detail: Series[str] = pa.Field(nullable=True, description="The failed check, the column and value, or the error.")
    doc_id: Series[str] = pa.Field(nullable=True, description="The document, when one was read.")

    class Config:
        coerce = True
        strict = "filter"
