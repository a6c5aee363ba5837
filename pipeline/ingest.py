"""Step 1: find the input files under the seeds folder and decode each one, or say why it cannot be read."""

from dataclasses import dataclass
from pathlib import Path

from pipeline.ids import content_id

INPUT_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class RawDocument:
    source_file: str  # posix path relative to the seeds folder
    doc_id: str
    text: str
    encoding: str
    content_type: str  # "text" or "html" (the markup is kept here; rendering happens in the clean step)


@dataclass(frozen=True)
class IngestReject:
    source_file: str
    reason: str
    detail: str | None = None


def is_hidden(relative: Path) -> bool:
    """Dot files and folders, and editor leftovers (backup~, #autosave#), are never inputs."""
    return any(part.startswith(".") or part.endswith("~") or part.startswith("#") for part in relative.parts)


def discover_inputs(seeds_dir: Path) -> list[str]:
    """Every .txt, .md and .html file under seeds_dir, recursively, as sorted posix paths relative to it."""
    found = []
    for path in seeds_dir.rglob("*"):
        relative = path.relative_to(seeds_dir)
        if is_hidden(relative) or path.suffix.lower() not in INPUT_SUFFIXES:
            continue
        if path.is_dir():
            continue
        found.append(relative.as_posix())
    return sorted(found)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB: an image, an archive, not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f\v")
    return controls > len(head) * 0.05


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else raises UnicodeDecodeError."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig"
    return data.decode("utf-8"), "utf-8"


def read_input(seeds_dir: Path, source_file: str, max_bytes: int) -> RawDocument | IngestReject:
    path = seeds_dir / source_file
    try:
        resolved = path.resolve(strict=True)
        if not resolved.is_relative_to(seeds_dir.resolve()):
            return IngestReject(source_file, "file is a link to a place outside the seeds folder", str(resolved))
        size = resolved.stat().st_size
        if size > max_bytes:
            return IngestReject(source_file, f"file is larger than the {max_bytes:,}-byte limit", f"{size:,} bytes")
        data = resolved.read_bytes()
    except OSError as error:
        return IngestReject(source_file, "file cannot be read", f"{type(error).__name__}: {error.strerror or error}")
    if not data.strip():
        return IngestReject(source_file, "file is empty", f"{len(data)} bytes")
    if looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return IngestReject(source_file, "file is binary, not text", f"first bytes: {data[:8].hex(' ')}")
    try:
        text, encoding = decode_text(data)
    except UnicodeDecodeError as error:
        return IngestReject(
            source_file,
            "file is not UTF-8 text: save it as UTF-8",
            f"byte 0x{data[error.start]:02x} at offset {error.start} is invalid in {error.encoding}",
        )
    if not text.strip():
        return IngestReject(source_file, "file is empty", "only whitespace")
    content_type = "html" if source_file.lower().endswith(HTML_SUFFIXES) else "text"
    return RawDocument(source_file, content_id(source_file, data), text, encoding, content_type)
