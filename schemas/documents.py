import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._common import ID_PATTERN, UtcTimestamp


class Documents(pa.DataFrameModel):
    """One row per input file that was read and cleaned."""

    doc_id: Series[str] = pa.Field(unique=True, str_matches=ID_PATTERN, description="Stable id: digest of the file's path and bytes.")
    source_file: Series[str] = pa.Field(unique=True, str_length={"min_value": 1}, description="Path relative to the seeds folder.")
    title: Series[str] = pa.Field(nullable=True, description="Headline found in the page.")
    publisher: Series[str] = pa.Field(nullable=True, description="Site or outlet, e.g. kyivindependent.com.")
    author: Series[str] = pa.Field(nullable=True, description="Byline author.")
    published_at: Series[UtcTimestamp] = pa.Field(nullable=True, description="Publication time in UTC; null when the text does not say.")
    language: Series[str] = pa.Field(str_matches=r"^[a-z]{2,3}$", description="ISO 639-1 code of the article's language.")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="The cleaned article; offsets in entities/figures/events index into it.")
    raw_chars: Series[pd.Int64Dtype] = pa.Field(ge=1, description="Characters in the decoded input.")
    clean_chars: Series[pd.Int64Dtype] = pa.Field(ge=1, description="Characters in text.")
    duplicate_of: Series[str] = pa.Field(nullable=True, str_matches=ID_PATTERN, description="doc_id of an identical or near-identical earlier document.")
    encoding: Series[str] = pa.Field(description="Encoding the file was decoded with.")
    content_type: Series[str] = pa.Field(isin=["text", "html"], description="How the file was read.")

    @pa.dataframe_check(description="clean_chars == len(text)")
    def clean_chars_match_text(cls, df: pd.DataFrame) -> pd.Series:
        return df["clean_chars"] == df["text"].str.len()

    class Config:
        coerce = True
        strict = "filter"
