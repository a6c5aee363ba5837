import pyarrow.parquet as pq

from schemas import SCHEMA_FINGERPRINT, SCHEMA_VERSION, schema_fingerprint
from tests.conftest import TABLES


def test_a_schema_change_comes_with_a_new_version():
    assert schema_fingerprint() == SCHEMA_FINGERPRINT, (
        "a model in schemas/ changed: bump SCHEMA_VERSION and set SCHEMA_FINGERPRINT to schema_fingerprint()"
    )


def test_every_table_carries_its_schema_version(seed_run):
    for table in TABLES:
        metadata = pq.read_schema(seed_run.data_dir / f"{table}.parquet").metadata
        assert metadata[b"newsfacts.schema_version"] == SCHEMA_VERSION.encode()
