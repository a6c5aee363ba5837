import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._common import ID_PATTERN


class Noise(pa.DataFrameModel):
    """Every span removed from a raw text, with the reason: nothing is lost."""

    doc_id: Series[str] = pa.Field(str_matches=ID_PATTERN, description="The document (documents.doc_id).")
    start_char: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Offset in the raw (decoded) text.")
    end_char: Series[pd.Int64Dtype] = pa.Field(ge=1, description="End offset (exclusive) in the raw text.")
    text: Series[str] = pa.Field(description="The removed span, equal to raw[start_char:end_char].")
    reason: Series[str] = pa.Field(str_matches=r"^[a-z_]+$", description="Why it was removed: boilerplate, html_boilerplate, byline, caption, dateline, title, publisher, social_signature, hashtag, link_list, url, duplicate_block, non_english, markup, blank.")

    @pa.dataframe_check(description="start_char < end_char")
    def span_is_not_empty(cls, df: pd.DataFrame) -> pd.Series:
        return df["start_char"] < df["end_char"]

    class Config:
        coerce = True
        strict = "filter"
