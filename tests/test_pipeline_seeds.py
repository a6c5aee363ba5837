"""The quality floor on the five seeds, read from the Parquet tables a real run wrote."""

from datetime import date

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from tests.conftest import TABLES, document

NOISE_GONE = {
    "000": ["Share This Article", "Read More @ kyivindependent.com"],
    "002": ["AI Mode", "share.google", "rss.app", "(@mikenov)", "#SouthCaucasus", "piped.video"],
    "003": ["Latest news"],
    "004": ["You may also like", "Leave a Comment"],
}


def test_run_prints_one_line_per_table(seed_run):
    lines = seed_run.stdout.strip().splitlines()
    assert len(lines) == len(TABLES)
    for table, line in zip(TABLES, lines):
        path, rows = line.split("\t")
        assert path.endswith(f"{table}.parquet")
        assert int(rows.split()[0]) == pq.ParquetFile(path).metadata.num_rows


def test_every_seed_becomes_a_document(seed_run):
    documents = seed_run.table("documents")
    assert len(documents) == 5
    assert seed_run.table("rejects").empty
    assert documents["doc_id"].is_unique


@pytest.mark.parametrize("prefix,phrases", sorted(NOISE_GONE.items()))
def test_noise_is_removed_and_accounted_for(seed_run, prefix, phrases):
    doc = document(seed_run, prefix)
    noise = seed_run.table("noise")
    removed = " ".join(noise[noise["doc_id"] == doc["doc_id"]]["text"])
    for phrase in phrases:
        assert phrase not in doc["text"], phrase
        assert phrase in removed, phrase


def test_every_rss_feed_line_is_noise(seed_run):
    doc = document(seed_run, "002")
    noise = seed_run.table("noise")
    raw = (seed_run.seeds_dir / doc["source_file"]).read_text(encoding="utf-8")
    feed_lines = [line for line in raw.splitlines() if "rss.app" in line]
    removed = noise[noise["doc_id"] == doc["doc_id"]]["text"].str.cat(sep="\n")
    assert len(feed_lines) == 5
    for line in feed_lines:
        assert line.split(" – ")[-1].split("—")[0] in removed


def test_article_pasted_twice_appears_once(seed_run):
    text = document(seed_run, "002")["text"]
    assert text.count("Balancing act: Azerbaijan has a multifaceted foreign policy") == 1
    assert text.count("increased by 8.6%.") == 1


def test_sentence_glued_to_a_tweet_signature_is_kept(seed_run):
    text = document(seed_run, "002")["text"]
    assert "In the first seven months of 2025, Ukraine’s exports to Azerbaijan increased by 8.6%." in text
    assert "Novakhov" not in text


def test_noise_spans_point_into_the_raw_text(seed_run):
    documents = seed_run.table("documents").set_index("doc_id")
    for span in seed_run.table("noise").itertuples():
        raw = (seed_run.seeds_dir / documents.loc[span.doc_id, "source_file"]).read_text(encoding="utf-8")
        assert raw[span.start_char : span.end_char] == span.text


def test_metadata(seed_run):
    assert document(seed_run, "003")["published_at"] == pd.Timestamp("2025-08-11 16:11", tz="UTC")
    assert document(seed_run, "002")["published_at"].date() in {date(2025, 9, 4), date(2025, 9, 5)}
    assert document(seed_run, "004")["author"] == "Mark Thompson"
    assert document(seed_run, "003")["publisher"] == "global.espreso.tv"


def socar_depot_strike(seed_run) -> pd.Series:
    events = seed_run.table("events")
    doc = document(seed_run, "000")
    strikes = events[(events["doc_id"] == doc["doc_id"]) & (events["event_type"] == "ASSAULT") & events["sentence"].str.contains("SOCAR oil depot")]
    assert len(strikes) == 1, strikes
    return strikes.iloc[0]


def test_socar_depot_strike(seed_run):
    strike = socar_depot_strike(seed_run)
    assert strike["mode"] == "drone"
    assert strike["event_date"] == date(2025, 8, 8)
    assert strike["date_precision"] == "day"
    assert "Odesa" in f"{strike['location']} {strike['admin1']}"
    assert strike["country"] == "UKR"
    assert strike["injured"] == 4
    figures = seed_run.table("figures")
    drones = figures[(figures["event_id"] == strike["event_id"]) & (figures["kind"] == "count")]
    assert list(drones["value"]) == [5.0] and list(drones["unit"]) == ["drone"]


def test_late_june_is_a_range_inside_june(seed_run):
    events = seed_run.table("events")
    doc = document(seed_run, "000")
    june = events[(events["doc_id"] == doc["doc_id"]) & (events["date_text"].fillna("").str.contains("late June"))]
    assert not june.empty
    for event in june.itertuples():
        assert date(2025, 6, 1) <= event.event_date <= event.date_end <= date(2025, 6, 30)
        assert event.date_precision != "day"


@pytest.mark.parametrize("value,unit", [(40e6, "USD"), (44e6, "USD"), (2e6, "USD"), (8.6, "percent")])
def test_exact_figures(seed_run, value, unit):
    figures = seed_run.table("figures")
    assert ((figures["value"] == value) & (figures["unit"] == unit)).any()


def test_over_40_million_is_qualified(seed_run):
    figures = seed_run.table("figures")
    assert (figures[figures["value"] == 40e6]["qualifier"] == "over").all()


def test_depot_strike_forms_one_cluster_across_seeds(seed_run):
    strike = socar_depot_strike(seed_run)
    clusters = seed_run.table("event_clusters").set_index("cluster_id")
    cluster = clusters.loc[strike["cluster_id"]]
    assert cluster["n_documents"] >= 3
    assert strike["doc_id"] in list(cluster["doc_ids"])
    # Its date and place are ones the reports state (the depot strike "on August 8" "in Odesa Oblast").
    assert (cluster["event_date"], cluster["date_source"], cluster["place_basis"]) == (date(2025, 8, 8), "clause", "clause")


def test_event_evidence_matches_the_document_text(seed_run):
    texts = seed_run.table("documents").set_index("doc_id")["text"]
    for event in seed_run.table("events").itertuples():
        assert texts[event.doc_id][event.start_char : event.end_char] == event.sentence


# The README's query for one row per article.
LEAD_EVENTS_SQL = """
SELECT source_file, title, event_type, event_date, date_precision, location, country, sentence
FROM events_with_documents
WHERE is_lead
ORDER BY published_at, source_file
"""


def test_every_document_with_events_has_one_lead_event_and_the_readme_query_lists_them(seed_run):
    events = seed_run.table("events")
    assert events["is_lead"].dtype == bool
    assert (events.groupby("doc_id")["is_lead"].sum() == 1).all()
    with duckdb.connect(str(seed_run.data_dir / "newsfacts.duckdb"), read_only=True) as connection:
        leads = connection.sql(LEAD_EVENTS_SQL).df().set_index("source_file")
    assert len(leads) == events["doc_id"].nunique()
    lead = leads.loc[document(seed_run, "003")["source_file"]]
    assert (lead["event_type"], lead["event_date"].date(), lead["location"]) == ("ASSAULT", date(2025, 8, 6), "Odesa Oblast")


def test_entity_canonicals(seed_run):
    entities = seed_run.table("entities")
    zelensky = set(entities[entities["text"].str.contains("Zelensk")]["canonical"])
    assert len(zelensky) == 1
    assert set(entities[entities["text"] == "Azerbaijani"]["canonical"]) == {"Azerbaijan"}
    assert "PERSON" not in set(entities[entities["text"].isin(["Azerbaijani", "Kyiv"])]["label"])
