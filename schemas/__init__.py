"""One pandera model per published table. Bump SCHEMA_VERSION when a model changes."""

import hashlib

from schemas.documents import Documents
from schemas.entities import Entities
from schemas.event_clusters import EventClusters
from schemas.events import Events
from schemas.figures import Figures
from schemas.noise import Noise
from schemas.rejects import Rejects

SCHEMA_VERSION = "5"
# schema_fingerprint() when SCHEMA_VERSION was last set: tests/test_schemas.py fails when the models change
# and the version does not.
SCHEMA_FINGERPRINT = "5f1f47b3a04d0311"

TABLE_MODELS = {
    "documents": Documents,
    "noise": Noise,
    "entities": Entities,
    "figures": Figures,
    "events": Events,
    "event_clusters": EventClusters,
    "rejects": Rejects,
}


def schema_fingerprint() -> str:
    """A digest of every table's columns, types and nullability: what a reader of the Parquet files relies on."""
    digest = hashlib.sha256()
    for table, model in sorted(TABLE_MODELS.items()):
        for name, column in model.to_schema().columns.items():
            digest.update(f"{table}.{name}:{column.dtype}:{column.nullable}\n".encode())
    return digest.hexdigest()[:16]
