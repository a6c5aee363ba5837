from datetime import UTC, date, datetime

from pipeline.text.clusters import EventRecord, cluster_events


def event(event_id, doc_id, *, day=None, end=None, precision="unknown", place=None, target=None, actor="Russia", event_type="ASSAULT", published=None):
    return EventRecord(
        event_id=event_id, doc_id=doc_id, event_type=event_type, event_date=day, date_end=end or day,
        date_precision=precision if day else "unknown", location=place, admin1=place, country="UKR" if place else None,
        actor=actor, target=target, published_at=published,
    )


def test_reports_of_one_strike_merge_and_keep_the_best_date():
    reports = [
        event("e1", "d1", day=date(2025, 8, 8), precision="day", place="Odesa Oblast", target="SOCAR oil depot"),
        event("e2", "d2", day=date(2025, 8, 8), precision="day", place="Odesa Oblast", target="oil depot belonging to Azerbaijan's SOCAR",
              published=datetime(2025, 8, 11, tzinfo=UTC)),
        event("e3", "d3", place="Odesa Oblast", target="the state-owned SOCAR oil depot"),
        event("e4", "d4", day=date(2025, 7, 1), end=date(2025, 8, 31), precision="month", place="Odesa Oblast", target="depot belonging to SOCAR"),
    ]
    [cluster] = cluster_events(reports)
    assert {member.doc_id for member in cluster.members} == {"d1", "d2", "d3", "d4"}
    assert cluster.best_dated.date_precision == "day"
    assert not cluster.date_conflict


def test_different_targets_places_or_dates_stay_apart():
    reports = [
        event("e1", "d1", day=date(2025, 8, 8), precision="day", place="Odesa Oblast", target="SOCAR oil depot"),
        event("e2", "d2", day=date(2025, 8, 6), precision="day", place="Odesa Oblast", target="gas distribution station"),
        event("e3", "d3", day=date(2025, 8, 8), precision="day", place="Kharkiv Oblast", target="SOCAR oil depot"),
        event("e4", "d4", day=date(2025, 6, 25), precision="day", place="Odesa Oblast", target="SOCAR oil depot"),
    ]
    assert len(cluster_events(reports)) == 4


def test_who_and_whom_alone_do_not_make_the_same_event():
    calls = [
        event("c1", "d1", event_type="CONSULT", actor="Volodymyr Zelensky", target="Ilham Aliyev"),
        event("c2", "d2", event_type="CONSULT", actor="Volodymyr Zelensky", target="Ilham Aliyev", day=date(2025, 7, 10), precision="day"),
    ]
    assert len(cluster_events(calls)) == 2


def test_clusters_do_not_depend_on_input_order():
    reports = [
        event("e1", "d1", day=date(2025, 8, 8), precision="day", place="Odesa Oblast", target="SOCAR oil depot"),
        event("e2", "d2", place="Odesa Oblast", target="SOCAR depot"),
        event("e3", "d3", day=date(2025, 8, 6), precision="day", place="Odesa Oblast", target="gas station"),
    ]
    forward = {(c.cluster_id, frozenset(m.event_id for m in c.members)) for c in cluster_events(reports)}
    backward = {(c.cluster_id, frozenset(m.event_id for m in c.members)) for c in cluster_events(reversed(reports))}
    assert forward == backward
