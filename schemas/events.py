import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._common import ID_PATTERN
from schemas.vocabulary import AUX_MODES, DATE_PRECISIONS, DATE_SOURCES, EVENT_TYPES, PLACE_BASES, SECTORS


class Events(pa.DataFrameModel):
    """One row per event mention: who did what to whom, when, where, with its evidence sentence."""

    event_id: Series[str] = pa.Field(unique=True, str_matches=ID_PATTERN, description="Stable id of this mention: digest of document, evidence span and type.")
    doc_id: Series[str] = pa.Field(str_matches=ID_PATTERN, description="The reporting document (documents.doc_id).")
    event_type: Series[str] = pa.Field(isin=list(EVENT_TYPES), description="PLOVER event type.")
    mode: Series[str] = pa.Field(nullable=True, description="PLOVER mode: how (drone, phone, ...).")
    aux_mode: Series[str] = pa.Field(nullable=True, isin=list(AUX_MODES), description="PLOVER auxiliary mode: historical (told as background), future, hypothetical or negation (did not happen); null for an event reported as having happened.")
    is_lead: Series[bool] = pa.Field(description="The document's lead event, one per document that has events: the row to take for one row per article (as GDELT's IsRootEvent). Of the events that happened, by preference a violation (ASSAULT, COERCE), else another material event, else a verbal one; of those, one its own sentence dates (date_source clause or report), the most precisely dated, the first in the text. An article that tells nothing that happened leads with its first event.")
    actor: Series[str] = pa.Field(nullable=True, description="Canonical name of who acted.")
    actor_country: Series[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$", description="ISO alpha-3 of the country the actor belongs to.")
    target: Series[str] = pa.Field(nullable=True, description="Who or what it was aimed at.")
    target_country: Series[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$", description="ISO alpha-3 of the country the target belongs to; for an attack (ASSAULT) on a target whose words name no country, the country where it was attacked, which a foreigner attacked abroad does not belong to.")
    actor_sector: Series[str] = pa.Field(nullable=True, isin=list(SECTORS), description="The part of society the actor belongs to (schemas.vocabulary.SECTORS: government, military, police, judiciary, rebels, media, business, igo, ...), from the words that name it (\"Russian forces\" -> military, \"President Zelensky\" -> government) or, for an organization, its entry in data/actors.json (SOCAR -> business). Also given when the actor has no name: in \"Police arrested three activists\" actor is null and actor_sector police. Null when the text does not say (a country, a person named without a title).")
    target_sector: Series[str] = pa.Field(nullable=True, isin=list(SECTORS), description="The part of society the target belongs to, read as actor_sector is; also given when the target has no name (\"arrested three activists\" -> activists).")
    location: Series[str] = pa.Field(nullable=True, description="The event's place.")
    admin1: Series[str] = pa.Field(nullable=True, description="First-level region of the place.")
    country: Series[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$", description="ISO 3166 alpha-3.")
    latitude: Series[float] = pa.Field(nullable=True, ge=-90, le=90, description="Of the place (a city's centre, a region's largest city, a country's centroid); null when the gazetteer does not know it.")
    longitude: Series[float] = pa.Field(nullable=True, ge=-180, le=180, description="Of the place.")
    place_basis: Series[str] = pa.Field(isin=list(PLACE_BASES), description="Where the place comes from: clause (the event's own), sentence (a clause above it, or the words describing its participants), document (where the article is set), none.")
    event_date: Series[pa.typing.Date] = pa.Field(nullable=True, description="First day the event may have happened.")
    date_end: Series[pa.typing.Date] = pa.Field(nullable=True, description="Last day; equals event_date at day precision.")
    date_precision: Series[str] = pa.Field(isin=list(DATE_PRECISIONS), description="How precise event_date..date_end is; unknown when the text gives no date.")
    date_text: Series[str] = pa.Field(nullable=True, description="The words the date came from.")
    date_basis: Series[str] = pa.Field(description="What the date was resolved against: published, document_year, explicit, relative_to_previous, none.")
    date_source: Series[str] = pa.Field(isin=list(DATE_SOURCES), description="Where the date comes from: clause (the event's own), report (the verb of saying that reports it: \"police said on Saturday they had arrested\"), passage (the last date its paragraph gives before it: an earlier event's, else an earlier sentence's), publication (last resort: the week ending on the publication day, for an event that happened and whose paragraph gives no date; filter these out for dates the text states), none (no date: it did not happen; or it is background, or told as before another clause (\"released after she was kidnapped\"), and its own clause states none, since a later date only bounds it; or the document has no publication date).")
    killed: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="People killed, when the text says.")
    injured: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="People injured, when the text says.")
    sentence: Series[str] = pa.Field(str_length={"min_value": 1}, description="Evidence: documents.text[start_char:end_char].")
    start_char: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Start of the evidence in documents.text.")
    end_char: Series[pd.Int64Dtype] = pa.Field(ge=1, description="End (exclusive) of the evidence in documents.text.")
    trigger: Series[str] = pa.Field(description="The word that signalled the event.")
    cluster_id: Series[str] = pa.Field(str_matches=ID_PATTERN, description="The real-world event this mention belongs to.")

    @pa.dataframe_check(description="date_end >= event_date")
    def date_range_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        both = df["event_date"].notna() & df["date_end"].notna()
        return ~both | (pd.to_datetime(df["date_end"]) >= pd.to_datetime(df["event_date"]))

    @pa.dataframe_check(description="a dated event has a known precision")
    def precision_matches_date(cls, df: pd.DataFrame) -> pd.Series:
        return df["event_date"].isna() == (df["date_precision"] == "unknown")

    class Config:
        coerce = True
        strict = "filter"
