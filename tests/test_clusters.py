from datetime import UTC, date, datetime

from pipeline.text.clusters import EventRecord, cluster_events


def event(event_id, doc_id, *, day=None, end=None, precision="unknown", place=None, target=None, actor="Russia", event_type="ASSAULT",
          published=None, aux_mode=None, place_basis="clause", date_source="clause"):
    return EventRecord(
        event_id=event_id, doc_id=doc_id, event_type=event_type, aux_mode=aux_mode, event_date=day, date_end=end or day,
        date_precision=precision if day else "unknown", date_source=date_source if day else "none", location=place, admin1=place, country="UKR" if place else None,
        latitude=46.5 if place else None, longitude=30.7 if place else None, place_basis=place_basis if place else "none",
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


def test_people_named_only_as_people_are_no_agreement_of_targets():
    lagos = event("e1", "d1", day=date(2020, 10, 20), precision="day", target="people", actor=None)
    egypt = event("e2", "d2", day=date(2020, 10, 1), end=date(2020, 11, 30), precision="month", target="people", actor=None)
    assert len(cluster_events([lagos, egypt])) == 2
    arrest = event("e3", "d3", day=date(2020, 12, 10), precision="day", target="Lady Ann Salem", actor=None)
    same_arrest = event("e4", "d4", day=date(2020, 12, 1), end=date(2020, 12, 31), precision="month", target="journalist Lady Ann Salem", actor=None)
    assert len(cluster_events([arrest, same_arrest])) == 1


def test_who_and_where_alone_do_not_make_the_same_event():
    # Russia strikes Odesa on many days: reports that state neither when nor what was hit stay apart
    strikes = [event("s1", "d1", place="Odesa Oblast"), event("s2", "d2", place="Odesa Oblast")]
    assert len(cluster_events(strikes)) == 2
    same_day = [event("s3", "d3", place="Odesa Oblast", day=date(2025, 8, 8), precision="day"),
                event("s4", "d4", place="Odesa Oblast", day=date(2025, 8, 8), precision="day")]
    assert len(cluster_events(same_day)) == 1


def test_clusters_do_not_depend_on_input_order():
    reports = [
        event("e1", "d1", day=date(2025, 8, 8), precision="day", place="Odesa Oblast", target="SOCAR oil depot"),
        event("e2", "d2", place="Odesa Oblast", target="SOCAR depot"),
        event("e3", "d3", day=date(2025, 8, 6), precision="day", place="Odesa Oblast", target="gas station"),
    ]
    forward = {(c.cluster_id, frozenset(m.event_id for m in c.members)) for c in cluster_events(reports)}
    backward = {(c.cluster_id, frozenset(m.event_id for m in c.members)) for c in cluster_events(reversed(reports))}
    assert forward == backward


def test_what_did_not_happen_is_never_merged_with_what_did():
    reports = [
        event("e1", "d1", day=date(2025, 8, 8), precision="day", place="Odesa Oblast", target="SOCAR oil depot"),
        event("e2", "d2", day=date(2025, 8, 8), precision="day", place="Odesa Oblast", target="SOCAR oil depot", aux_mode="hypothetical"),
        event("e3", "d3", day=date(2025, 8, 8), precision="day", place="Odesa Oblast", target="SOCAR oil depot", aux_mode="negation"),
        event("e4", "d4", day=date(2025, 8, 8), precision="day", place="Odesa Oblast", target="SOCAR oil depot", aux_mode="historical"),
        event("e5", "d5", day=date(2025, 8, 8), precision="day", place="Odesa Oblast", target="SOCAR oil depot", aux_mode="hypothetical"),
    ]
    merged = {frozenset(member.event_id for member in cluster.members): cluster.aux_mode for cluster in cluster_events(reports)}
    assert merged == {frozenset({"e1", "e4"}): None, frozenset({"e2", "e5"}): "hypothetical", frozenset({"e3"}): "negation"}


def test_a_place_taken_from_the_document_neither_merges_nor_separates():
    reports = [
        event("e1", "d1", day=date(2025, 8, 8), precision="day", place="Odesa Oblast", place_basis="document", target="school"),
        event("e2", "d2", day=date(2025, 8, 8), precision="day", place="Odesa Oblast", place_basis="document", target="bridge"),
        event("e3", "d3", day=date(2025, 8, 8), precision="day", place="Kharkiv Oblast", place_basis="document", target="school"),
    ]
    clusters = cluster_events(reports)
    assert sorted(sorted(member.event_id for member in cluster.members) for cluster in clusters) == [["e1", "e3"], ["e2"]]
    [school] = [cluster for cluster in clusters if len(cluster.members) == 2]
    assert school.located.location in {"Odesa Oblast", "Kharkiv Oblast"}


def test_a_date_taken_from_the_paragraph_or_publication_neither_merges_nor_separates():
    publication_week = dict(day=date(2025, 8, 5), end=date(2025, 8, 11), precision="week", date_source="publication")
    apart = [
        event("e1", "d1", day=date(2025, 8, 8), precision="day", place="Odesa Oblast", actor=None),
        event("e2", "d2", **publication_week, place="Odesa Oblast", actor=None),
        event("e3", "d3", day=date(2025, 8, 8), precision="day", date_source="passage", place="Odesa Oblast", actor=None),
    ]
    # the place alone agrees: a date the text does not state for the event is no second agreement
    assert len(cluster_events(apart)) == 3
    together = [
        event("e4", "d4", day=date(2025, 8, 1), end=date(2025, 8, 31), precision="month", place="Odesa Oblast", target="school"),
        event("e5", "d5", day=date(2025, 7, 1), end=date(2025, 7, 7), precision="week", date_source="publication",
              place="Odesa Oblast", target="school"),
    ]
    [cluster] = cluster_events(together)
    assert not cluster.date_conflict
    assert cluster.best_dated.event_id == "e4"  # a stated month stands for the cluster before a taken week


def test_a_compound_names_a_kind_of_what_it_ends_in_but_a_name_is_compared_whole():
    girls = event("e1", "d1", day=date(2021, 2, 26), precision="day", place="Zamfara", target="girls", actor=None)
    schoolgirls = event("e2", "d2", day=date(2021, 2, 1), end=date(2021, 2, 28), precision="month", place="Zamfara",
                        target="schoolgirls", actor=None)
    assert len(cluster_events([girls, schoolgirls])) == 1
    chen = event("e3", "d3", day=date(2020, 2, 1), end=date(2020, 2, 29), precision="month", target="Chen", actor=None)
    whitmer = event("e4", "d4", day=date(2020, 2, 1), end=date(2020, 2, 29), precision="month", target="Gretchen Whitmer", actor=None)
    assert len(cluster_events([chen, whitmer])) == 2


def test_the_founder_of_a_cluster_is_a_report_that_states_its_place():
    # later reports are compared with the founder: one whose place is only where its article is set would leave
    # a report that agrees on the place and the target, but states no date, out
    set_there = event("e1", "d1", day=date(2021, 2, 26), precision="day", place="Zamfara", place_basis="document", target="girls", actor=None)
    stated = event("e2", "d2", day=date(2021, 2, 26), precision="day", place="Zamfara", target="girls", actor=None)
    undated = event("e3", "d3", place="Zamfara", target="schoolgirls", actor=None)
    [cluster] = cluster_events([set_there, stated, undated])
    assert cluster.founder.event_id == "e2"
