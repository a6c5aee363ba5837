import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._common import ID_PATTERN, UtcTimestamp
from schemas.vocabulary import AUX_MODES, DATE_PRECISIONS, DATE_SOURCES, EVENT_TYPES, PLACE_BASES


class EventClusters(pa.DataFrameModel):
    """One row per real-world event, merged across the documents that report it."""

    cluster_id: Series[str] = pa.Field(unique=True, str_matches=ID_PATTERN, description="Id of the real-world event (events.cluster_id).")
    event_type: Series[str] = pa.Field(isin=list(EVENT_TYPES), description="PLOVER event type shared by every report.")
    aux_mode: Series[str] = pa.Field(nullable=True, isin=list(AUX_MODES), description="future, hypothetical or negation when the reports are of an event that did not happen (never merged with real ones); historical when every report tells it as background; else null.")
    event_date: Series[pa.typing.Date] = pa.Field(nullable=True, description="Best date: the most precise one a report states (events.date_source clause or report), else the most precise one a report takes from its paragraph or publication.")
    date_end: Series[pa.typing.Date] = pa.Field(nullable=True, description="Last day of the best date's range.")
    date_precision: Series[str] = pa.Field(isin=list(DATE_PRECISIONS), description="Precision of the best date.")
    date_source: Series[str] = pa.Field(isin=list(DATE_SOURCES), description="Where the best date comes from (events.date_source of the report it is taken from): clause or report when a report states it; passage or publication when every report takes its date from elsewhere; none when undated. Filter out publication for dates the texts give.")
    location: Series[str] = pa.Field(nullable=True, description="The event's place, from the first report that names one.")
    country: Series[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$", description="ISO 3166 alpha-3 of the place.")
    latitude: Series[float] = pa.Field(nullable=True, ge=-90, le=90, description="Of the place.")
    longitude: Series[float] = pa.Field(nullable=True, ge=-180, le=180, description="Of the place.")
    place_basis: Series[str] = pa.Field(isin=list(PLACE_BASES), description="Where the place comes from (events.place_basis of the report it is taken from): clause, sentence, document (where the article is set), none.")
    target: Series[str] = pa.Field(nullable=True, description="What or who was targeted, from the first report that says.")
    n_events: Series[pd.Int64Dtype] = pa.Field(ge=1, description="Event mentions merged.")
    n_documents: Series[pd.Int64Dtype] = pa.Field(ge=1, description="Distinct documents reporting it.")
    doc_ids: Series[object] = pa.Field(description="The reporting documents' ids, sorted.")
    first_reported: Series[UtcTimestamp] = pa.Field(nullable=True, description="Earliest published_at among the reports.")
    date_conflict: Series[bool] = pa.Field(description="True when dates the reports state do not overlap.")

    @pa.dataframe_check(description="n_documents == len(doc_ids)")
    def doc_ids_match_count(cls, df: pd.DataFrame) -> pd.Series:
        return df["doc_ids"].map(len) == df["n_documents"]

    class Config:
        coerce = True
        strict = "filter"
