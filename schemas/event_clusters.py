import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._common import ID_PATTERN, UtcTimestamp
from schemas.vocabulary import EVENT_TYPES


class EventClusters(pa.DataFrameModel):
    """One row per real-world event, merged across the documents that report it."""

    cluster_id: Series[str] = pa.Field(unique=True, str_matches=ID_PATTERN)
    event_type: Series[str] = pa.Field(isin=list(EVENT_TYPES))
    event_date: Series[pa.typing.Date] = pa.Field(nullable=True, description="Best date: the most precise report's.")
    date_end: Series[pa.typing.Date] = pa.Field(nullable=True)
    date_precision: Series[str] = pa.Field()
    location: Series[str] = pa.Field(nullable=True)
    country: Series[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$")
    target: Series[str] = pa.Field(nullable=True)
    n_events: Series[pd.Int64Dtype] = pa.Field(ge=1, description="Event mentions merged.")
    n_documents: Series[pd.Int64Dtype] = pa.Field(ge=1, description="Distinct documents reporting it.")
    doc_ids: Series[object] = pa.Field(description="The reporting documents' ids, sorted.")
    first_reported: Series[UtcTimestamp] = pa.Field(nullable=True, description="Earliest published_at among the reports.")
    date_conflict: Series[bool] = pa.Field(description="True when reports give dates that do not overlap.")

    @pa.dataframe_check(description="n_documents == len(doc_ids)")
    def doc_ids_match_count(cls, df: pd.DataFrame) -> pd.Series:
        return df["doc_ids"].map(len) == df["n_documents"]

    class Config:
        coerce = True
        strict = "filter"
