"""The pipeline's steps as plain functions over DataFrames: the assets, the CLI and the benchmark all call these.

raw files -> ingest_files -> clean_documents -> extract_documents    (per document: one partition per file)
          -> mark_duplicates, keep_originals, curate_events           (across documents)
"""

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from pathlib import Path

import pandas as pd
import spacy
from spacy.tokens import Doc

from pipeline.ids import stable_id
from pipeline.ingest import IngestReject, content_digest, decode_input, discover_inputs, printable_name, read_bytes
from pipeline.text.clean import CleanedDocument, clean_document
from pipeline.text.clusters import EventRecord, cluster_events, first_reported
from pipeline.text.duplicates import find_duplicates
from pipeline.text.extract import DocumentFacts, extract_facts
from pipeline.text.html import render_html
from pipeline.text.metadata import build_metadata, parse_datetime
from pipeline.validation import REJECT_COLUMNS, table_columns

log = logging.getLogger(__name__)
MODEL_LANGUAGE = "en"
Progress = Callable[[int, int], None]

RAW_COLUMNS = ["doc_id", "source_file", "text", "encoding", "content_type"]
DOCUMENT_COLUMNS = table_columns("documents")
NOISE_COLUMNS = table_columns("noise")
ENTITY_COLUMNS = table_columns("entities")
FIGURE_COLUMNS = table_columns("figures")
# An event mention before curate gives it its cluster.
MENTION_COLUMNS = [column for column in table_columns("events") if column != "cluster_id"]
CLUSTER_COLUMNS = table_columns("event_clusters")


def frame(rows: Iterable[dict], columns: list[str]) -> pd.DataFrame:
    """A DataFrame with exactly these columns, also when there are no rows."""
    return pd.DataFrame(list(rows), columns=columns)


def reject_row(source_file: str, stage: str, reason: str, detail: str | None, doc_id: str | None = None) -> dict:
    return {"source_file": source_file, "stage": stage, "reason": reason, "detail": detail, "doc_id": doc_id}


def describe_error(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"[:500]


# Step 1 ---------------------------------------------------------------------------------------------------------

def ingest_seeds(seeds_dir: Path, max_file_bytes: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(raw documents, rejects) for every input file under seeds_dir."""
    if not seeds_dir.is_dir():
        raise FileNotFoundError(f"seeds folder {seeds_dir} does not exist (set PIPELINE_SEEDS_DIR)")
    documents, rejects, _ = ingest_files(seeds_dir, discover_inputs(seeds_dir), max_file_bytes)
    return documents, rejects


def ingest_files(seeds_dir: Path, source_files: Iterable[str], max_file_bytes: int) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]]:
    """(raw documents, rejects, digests) for these files (paths relative to seeds_dir); each file ends in documents
    or rejects. Its digest (ingest.content_digest) is of the very bytes read: a file rewritten meanwhile is seen
    as changed by the new-file sensor, not recorded as processed."""
    documents, rejects, digests = [], [], {}
    for source_file in source_files:
        data = read_bytes(seeds_dir, source_file, max_file_bytes)
        digests[source_file] = content_digest(data)
        result = decode_input(source_file, data)
        if isinstance(result, IngestReject):
            rejects.append(reject_row(result.source_file, "ingest", result.reason, result.detail))
        else:
            documents.append(asdict(result))
    return frame(documents, RAW_COLUMNS), frame(rejects, REJECT_COLUMNS), digests


# Step 2 ---------------------------------------------------------------------------------------------------------

def document_row(raw: dict, cleaned: CleanedDocument, html_meta: dict[str, str | None]) -> dict:
    """Metadata in the page's markup wins over what the cleaner read from the text."""
    meta = cleaned.metadata
    return {
        "doc_id": raw["doc_id"],
        "source_file": raw["source_file"],
        "title": html_meta.get("title") or meta.title,
        "publisher": html_meta.get("publisher") or meta.publisher,
        "author": html_meta.get("author") or meta.author,
        "published_at": parse_datetime(html_meta.get("published") or "") or meta.published_at,
        "language": cleaned.language,
        "text": cleaned.text,
        "raw_chars": len(raw["text"]),
        "clean_chars": len(cleaned.text),
        "duplicate_of": None,
        "encoding": raw["encoding"],
        "content_type": raw["content_type"],
    }


def clean_documents(raw_documents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(documents, noise, rejects). For HTML, noise offsets index the page rendered as text.

    Each document is cleaned on its own; duplicate_of is left empty for mark_duplicates, which sees them all.
    """
    documents, noise, rejects = [], [], []
    for raw in raw_documents.to_dict("records"):
        try:
            html_meta: dict[str, str | None] = {}
            text = raw["text"]
            if raw["content_type"] == "html":
                page = render_html(text)  # the page as text; trafilatura marks the article's lines
                text, html_meta = page.text, page.meta
                cleaned = clean_document(text, page.article_lines)
            else:
                cleaned = clean_document(text)
        except Exception as error:  # one bad document must not stop the others
            log.exception("cleaning %s failed", raw["source_file"])
            rejects.append(reject_row(raw["source_file"], "clean", "cleaning failed", describe_error(error), raw["doc_id"]))
            continue
        if not cleaned.text.strip():
            rejects.append(reject_row(raw["source_file"], "clean", "no article text left after removing noise", f"{len(cleaned.noise)} noise spans", raw["doc_id"]))
            continue
        row = document_row({**raw, "text": text}, cleaned, html_meta)
        documents.append(row)
        noise.extend({"doc_id": raw["doc_id"], **asdict(span)} for span in cleaned.noise)
    table = frame(documents, DOCUMENT_COLUMNS)
    table["published_at"] = pd.to_datetime(table["published_at"], utc=True)
    return table, frame(noise, NOISE_COLUMNS), frame(rejects, REJECT_COLUMNS)


# Step 3 ---------------------------------------------------------------------------------------------------------

def fact_rows(doc_id: str, facts: DocumentFacts) -> tuple[list[dict], list[dict], list[dict]]:
    """(entity, figure, event) rows with stable ids; figures point at the event they belong to."""
    entities = [{"doc_id": doc_id, **asdict(entity)} for entity in facts.entities]
    events, figure_event = [], {}
    seen: dict[tuple, int] = {}
    for event in facts.events:
        key = (event.start_char, event.end_char, event.event_type, event.trigger)
        seen[key] = seen.get(key, 0) + 1
        event_id = stable_id(doc_id, "event", *key, seen[key])
        row = {"event_id": event_id, "doc_id": doc_id, **asdict(event)}
        for index in event.figure_indices:
            figure_event.setdefault(index, event_id)
        events.append({column: row.get(column) for column in MENTION_COLUMNS})
    figures = [
        {
            "figure_id": stable_id(doc_id, "figure", figure.start_char, figure.end_char),
            "doc_id": doc_id,
            **asdict(figure),
            "event_id": figure_event.get(index),
        }
        for index, figure in enumerate(facts.figures)
    ]
    return entities, figures, events


def datelines(noise: pd.DataFrame | None) -> dict[str, str]:
    """doc_id -> the place its dateline names ("LAGOS, Nigeria"), read from the noise the cleaner cut, as the
    cleaner reads it into its metadata."""
    if noise is None or noise.empty:
        return {}
    found = {}
    for doc_id, spans in noise[noise["reason"] == "dateline"].groupby("doc_id", sort=False):
        place = build_metadata(("dateline", text) for text in spans.sort_values("start_char")["text"]).dateline
        if place:
            found[doc_id] = place
    return found


def parse_each(nlp: spacy.Language, texts: list[str], batch_size: int = 32, n_process: int = 1) -> Iterator[Doc | Exception]:
    """Each text's Doc, or the error spaCy raised on it. nlp.pipe stops for good at the first component that
    raises, which would lose every text after it: the text it failed on is parsed again alone (to tell whether it
    is the culprit or a batch-mate), and the pipe starts again after it."""
    done = 0
    while done < len(texts):
        try:
            for doc in nlp.pipe(texts[done:], batch_size=batch_size, n_process=n_process):
                yield doc
                done += 1
        except Exception:
            try:
                yield nlp(texts[done])
            except Exception as error:
                yield error
            done += 1


def extract_documents(
    documents: pd.DataFrame,
    nlp: spacy.Language,
    batch_size: int = 32,
    n_process: int = 1,
    progress: Progress | None = None,
    noise: pd.DataFrame | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(entities, figures, event mentions, rejects).

    Duplicates of another document are not counted twice; documents in another language than the model's are
    kept in documents but not extracted (an English model codes Russian text into nonsense). noise, the spans
    clean_documents cut, gives each document its dateline; with the title, it tells where the article is set.
    """
    originals = documents[documents["duplicate_of"].isna() & (documents["language"] == MODEL_LANGUAGE)]
    too_long = originals["text"].str.len() > nlp.max_length  # spaCy raises on one, and that would stop them all
    rejects = [
        reject_row(row.source_file, "extract", f"article is longer than the {nlp.max_length:,} characters the language model takes", f"{len(row.text):,} characters", row.doc_id)
        for row in originals[too_long].itertuples()
    ]
    originals = originals[~too_long]
    texts = originals["text"].tolist()
    published = [None if pd.isna(value) else value.date() for value in originals["published_at"]]
    dateline_of = datelines(noise)
    entities, figures, events = [], [], []
    docs = parse_each(nlp, texts, batch_size, n_process)
    titles = [None if pd.isna(title) else title for title in originals["title"]]
    for done, (doc_id, source_file, day, title, doc) in enumerate(
        zip(originals["doc_id"], originals["source_file"], published, titles, docs, strict=True), start=1
    ):
        if isinstance(doc, Exception):
            log.error("the language model failed on %s: %s", source_file, describe_error(doc))
            rejects.append(reject_row(source_file, "extract", "the language model failed", describe_error(doc), doc_id))
            continue
        try:
            rows = fact_rows(doc_id, extract_facts(doc, day, dateline_of.get(doc_id), title))
        except Exception as error:  # one bad document must not stop the others
            log.exception("extraction from %s failed", source_file)
            rejects.append(reject_row(source_file, "extract", "extraction failed", describe_error(error), doc_id))
            continue
        entities.extend(rows[0])
        figures.extend(rows[1])
        events.extend(rows[2])
        if progress:
            progress(done, len(texts))
    return (
        frame(entities, ENTITY_COLUMNS),
        frame(figures, FIGURE_COLUMNS),
        frame(events, MENTION_COLUMNS),
        frame(rejects, REJECT_COLUMNS),
    )


# Step 4 ---------------------------------------------------------------------------------------------------------

def none_if_missing(value):
    return None if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)) else value


def curate_events(mentions: pd.DataFrame, documents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events with cluster_id, event_clusters): one cluster per real-world event, across documents."""
    published = dict(zip(documents["doc_id"], documents["published_at"]))
    records = [
        EventRecord(
            event_id=row["event_id"],
            doc_id=row["doc_id"],
            event_type=row["event_type"],
            aux_mode=none_if_missing(row["aux_mode"]),
            event_date=none_if_missing(row["event_date"]),
            date_end=none_if_missing(row["date_end"]),
            date_precision=row["date_precision"],
            date_source=row["date_source"],
            location=none_if_missing(row["location"]),
            admin1=none_if_missing(row["admin1"]),
            country=none_if_missing(row["country"]),
            latitude=none_if_missing(row["latitude"]),
            longitude=none_if_missing(row["longitude"]),
            place_basis=row["place_basis"],
            actor=none_if_missing(row["actor"]),
            target=none_if_missing(row["target"]),
            published_at=none_if_missing(published.get(row["doc_id"])),
        )
        for row in mentions.to_dict("records")
    ]
    cluster_of, cluster_rows = {}, []
    for cluster in cluster_events(records):
        best = cluster.best_dated
        doc_ids = sorted({event.doc_id for event in cluster.members})
        place = cluster.located
        target = next((event.target for event in cluster.members if event.target), None)
        cluster_rows.append(
            {
                "cluster_id": cluster.cluster_id,
                "event_type": cluster.founder.event_type,
                "aux_mode": cluster.aux_mode,
                "event_date": best.event_date,
                "date_end": best.date_end,
                "date_precision": best.date_precision,
                "date_source": best.date_source,
                "location": place.location,
                "country": place.country,
                "latitude": place.latitude,
                "longitude": place.longitude,
                "place_basis": place.place_basis,
                "target": target,
                "n_events": len(cluster.members),
                "n_documents": len(doc_ids),
                "doc_ids": doc_ids,
                "first_reported": first_reported(cluster.members),
                "date_conflict": cluster.date_conflict,
            }
        )
        cluster_of.update({event.event_id: cluster.cluster_id for event in cluster.members})
    events = mentions.assign(cluster_id=mentions["event_id"].map(cluster_of))
    clusters = frame(cluster_rows, CLUSTER_COLUMNS)
    clusters["first_reported"] = pd.to_datetime(clusters["first_reported"], utc=True)
    return events, clusters.sort_values(["event_date", "cluster_id"], na_position="last", ignore_index=True)


# Across documents ---------------------------------------------------------------------------------------------------

def with_source_files(table: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The table with the source_file of each row's document: per-document tables are stored by source file."""
    return table.assign(source_file=table["doc_id"].map(dict(zip(documents["doc_id"], documents["source_file"]))))


def with_columns(table: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The table, or an empty one with these columns when there was nothing to load (no partitions yet)."""
    return table if len(table.columns) else frame([], columns)


def mark_duplicates(documents: pd.DataFrame) -> pd.DataFrame:
    """documents with duplicate_of set: the identical or near-identical document seen earlier, across all files."""
    duplicates = find_duplicates(dict(zip(documents["doc_id"], documents["text"])))
    return documents.assign(duplicate_of=[duplicates.get(doc_id) for doc_id in documents["doc_id"]])


def keep_originals(table: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The rows of documents that are published and not a duplicate of another: a repost's facts count once."""
    originals = documents.loc[documents["duplicate_of"].isna(), "doc_id"]
    return table[table["doc_id"].isin(originals)].reset_index(drop=True)


def unpartitionable_rejects(unpartitionable: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """A rejects row for each input file whose path cannot be a partition key (e.g. a newline in its name)."""
    return frame(
        (reject_row(printable_name(source_file), "ingest", reason, detail) for source_file, (reason, detail) in sorted(unpartitionable.items())),
        REJECT_COLUMNS,
    )


def removed_share(documents: pd.DataFrame, noise: pd.DataFrame) -> pd.Series:
    """Per doc_id, the share of the raw text removed as noise (not 1 - clean/raw: cleaning also adds paragraph
    breaks)."""
    removed = (noise["end_char"] - noise["start_char"]).groupby(noise["doc_id"]).sum()
    raw = documents.set_index("doc_id")["raw_chars"].clip(lower=1)
    return (removed.reindex(raw.index, fill_value=0) / raw).astype(float)


def total_removed_share(documents: pd.DataFrame, noise: pd.DataFrame) -> float:
    """The share of all raw text removed as noise, over every document."""
    return float((noise["end_char"] - noise["start_char"]).sum() / max(1, documents["raw_chars"].sum()))
