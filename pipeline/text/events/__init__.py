"""PLOVER events in a parsed document (see coding.py; the package is being split by step)."""

from pipeline.text.events.coding import DocumentPlaces, EventMention, extract_events, opening_dateline

__all__ = ["DocumentPlaces", "EventMention", "extract_events", "opening_dateline"]
