"""Column types and checks that several tables share."""

from typing import Annotated

import pandas as pd

# Every timestamp in the dataset is UTC, stored with its time zone so BI tools read it without casting.
UtcTimestamp = Annotated[pd.DatetimeTZDtype, "us", "UTC"]

# Ids are lower-case hex digests (see pipeline.ids).
ID_PATTERN = r"^[0-9a-f]{16}$"
