"""One pandera model per published table. Bump SCHEMA_VERSION when a model changes."""

from schemas.documents import Documents
from schemas.entities import Entities
from schemas.event_clusters import EventClusters
from schemas.events import Events
from schemas.figures import Figures
from schemas.noise import Noise
from schemas.rejects import Rejects

SCHEMA_VERSION = "1"

TABLE_MODELS = {
    "documents": Documents,
    "noise": Noise,
    "entities": Entities,
    "figures": Figures,
    "events": Events,
    "event_clusters": EventClusters,
    "rejects": Rejects,
}
