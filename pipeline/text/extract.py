"""Everything the pipeline reads from one parsed article: entities, figures and events."""

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from pipeline.text.dates import document_reference_year
from pipeline.text.entities import EntityMention, extract_entities
from pipeline.text.events import EventMention, extract_events
from pipeline.text.figures import Figure, extract_figures


@dataclass(frozen=True)
class DocumentFacts:
    entities: list[EntityMention]
    figures: list[Figure]
    events: list[EventMention]


def extract_facts(doc: Doc, published: date | None, dateline: str | None = None, title: str | None = None) -> DocumentFacts:
    """doc is the spaCy Doc of the clean text. Without a publication date, dates without a year take the latest
    year the text states with a part of it (see document_reference_year). dateline is the place the cleaner read
    from the dateline it cut (DocumentMetadata.dateline), title the headline: they tell where the article is set."""
    text = doc.text  # Doc.text joins every token anew on each call
    reference_year = document_reference_year(text) if published is None else None
    figures = extract_figures(text)
    return DocumentFacts(
        entities=extract_entities(doc),
        figures=figures,
        events=extract_events(doc, figures, published, reference_year, dateline, title),
    )
