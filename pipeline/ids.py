"""Stable ids: a digest of what the row is, never of when or where it was computed."""

import hashlib


def stable_id(*parts: object) -> str:
    """16 hex digits of SHA-256 over the parts; the same parts give the same id on every machine and run."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(str(part).encode("utf-8"))
        digest.update(b"\x1f")  # unit separator, so ("ab", "c") and ("a", "bc") differ
    return digest.hexdigest()[:16]


def content_id(source_file: str, content: bytes) -> str:
    """A document's id: its bytes and its place in the seeds folder (two identical files stay two documents)."""
    digest = hashlib.sha256(source_file.encode("utf-8") + b"\x00" + content)
    return digest.hexdigest()[:16]
