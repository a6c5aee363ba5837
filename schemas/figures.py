import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._common import ID_PATTERN
from schemas.vocabulary import FIGURE_KINDS, FIGURE_QUALIFIERS


class Figures(pa.DataFrameModel):
    """Money amounts, counts, percentages and quantities, fully scaled."""

    figure_id: Series[str] = pa.Field(unique=True, str_matches=ID_PATTERN, description="Stable id: digest of document and span.")
    doc_id: Series[str] = pa.Field(str_matches=ID_PATTERN, description="The document (documents.doc_id).")
    start_char: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Offset in documents.text.")
    end_char: Series[pd.Int64Dtype] = pa.Field(ge=1, description="End offset (exclusive) in documents.text.")
    text: Series[str] = pa.Field(str_length={"min_value": 1}, description="The figure as written.")
    kind: Series[str] = pa.Field(isin=list(FIGURE_KINDS), description="money, count, percent or quantity.")
    value: Series[float] = pa.Field(description='Fully scaled: "$2-million" -> 2000000.0.')
    value_min: Series[float] = pa.Field(nullable=True, description="Lower bound of a range such as 2-3 million.")
    value_max: Series[float] = pa.Field(nullable=True, description="Upper bound of a range.")
    unit: Series[str] = pa.Field(str_length={"min_value": 1}, description="USD, percent, drone, person, ...")
    currency: Series[str] = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$", description="ISO 4217 for money.")
    qualifier: Series[str] = pa.Field(nullable=True, isin=list(FIGURE_QUALIFIERS), description="over, about, up to, at least: how exact the value is.")
    event_id: Series[str] = pa.Field(nullable=True, str_matches=ID_PATTERN, description="The event this figure belongs to.")

    @pa.dataframe_check(description="money has a currency")
    def money_has_currency(cls, df: pd.DataFrame) -> pd.Series:
        return (df["kind"] != "money") | df["currency"].notna()

    class Config:
        coerce = True
        strict = "filter"
