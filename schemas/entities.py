import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._common import ID_PATTERN


class Entities(pa.DataFrameModel):
    """Named entities in documents.text, with a canonical name shared by their variants."""

    doc_id: Series[str] = pa.Field(str_matches=ID_PATTERN, description="The document (documents.doc_id).")
    start_char: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Offset in documents.text.")
    end_char: Series[pd.Int64Dtype] = pa.Field(ge=1, description="End offset (exclusive) in documents.text.")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="The mention as written: documents.text[start_char:end_char].")
    label: Series[str] = pa.Field(str_matches=r"^[A-Z_]+$", description="spaCy label: PERSON, ORG, GPE, LOC, NORP, ...")
    canonical: Series[str] = pa.Field(str_length={"min_value": 1}, description='"Zelenskyy" -> "Volodymyr Zelensky"; "Azerbaijani" -> "Azerbaijan".')

    @pa.dataframe_check(description="start_char < end_char")
    def span_is_not_empty(cls, df: pd.DataFrame) -> pd.Series:
        return df["start_char"] < df["end_char"]

    class Config:
        coerce = True
        strict = "filter"
