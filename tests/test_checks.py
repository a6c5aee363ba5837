"""The asset checks, as a real run on the seeds evaluates them, and on tables broken on purpose."""

import dagster as dg
from dagster._core.storage.asset_check_execution_record import AssetCheckExecutionRecordStatus

from pipeline.checks import one_lead_per_document
from pipeline.definitions import defs


def test_every_check_ran_and_passed_on_the_seeds(seed_run):
    instance = dg.DagsterInstance.from_config(str(seed_run.data_dir.parent / "dagster_home"))
    check_keys = sorted(defs.resolve_asset_graph().asset_check_keys, key=str)
    assert {key.name for key in check_keys} >= {"no_document_lost", "one_lead_per_document", "events_matches_schema"}
    statuses = {key.name: instance.get_latest_asset_check_evaluation_record(key).status for key in check_keys}
    assert statuses == {name: AssetCheckExecutionRecordStatus.SUCCEEDED for name in statuses}


def test_a_document_with_two_leads_or_none_fails_the_lead_check(seed_run):
    events = seed_run.table("events")
    assert one_lead_per_document(events).passed
    several = events["doc_id"].map(events["doc_id"].value_counts()) > 1
    lead = events.index[events["is_lead"] & several][0]  # its document keeps other events, none of them a lead
    two_leads = events.assign(is_lead=True)
    no_lead = events.drop(index=lead)
    for broken in (two_leads, no_lead):
        result = one_lead_per_document(broken)
        assert not result.passed and result.metadata["documents_without_one_lead"].value >= 1
