"""Step 1: find the input files under the seeds folder and decode each one, or say why it cannot be read.

Every file under the seeds folder is either an input (read: a document or a reject) or ignored (hidden, an
editor leftover, another kind of file); `scan_seeds` makes that split once, so nothing falls between the two.
"""

import codecs
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from pipeline.ids import content_id

INPUT_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")

# A long article is 50 KB of text and a saved page with inline scripts, styles and images 5-15 MB; 20 MB leaves
# room for those. A bigger file is a dump, a log or many articles glued together: its text would be far over
# the 1,000,000 characters spaCy takes in one document, so reading it would only cost time and memory.
DEFAULT_MAX_FILE_BYTES = 20_000_000

# Byte-order marks name their encoding outright. UTF-32's come first: its little-endian one starts with UTF-16's.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# When a file is not UTF-8, charset-normalizer's best guess is taken only if it reads as clean text (chaos: the
# share of odd characters, e.g. symbols inside words) in a recognisable language (coherence: how well letter
# frequencies fit one; random bytes and very short snippets score 0). Anything less is a guess, not a reading.
MAX_CHAOS = 0.1
MIN_COHERENCE = 0.1
# Western European text uses letters (é, ü, ö) that cp1250, cp1252 and cp1257 all place alike, so they score
# equal and the library takes the first, often cp1250, which turns "à" into "ŕ". Among equal readings,
# windows-1252 is what such a text almost always is (browsers read even "latin-1" as windows-1252, per WHATWG).
PREFERRED_AMONG_EQUALS = "cp1252"


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


class UndecodableText(ValueError):
    def __init__(self, reason: str, detail: str):
        super().__init__(reason)
        self.reason, self.detail = reason, detail


@dataclass(frozen=True)
class SeedsScan:
    inputs: list[str]  # sorted posix paths relative to the seeds folder
    ignored: list[str]


def is_hidden(relative: Path) -> bool:
    """Dot files and folders (also vim's .name.swp), and editor leftovers (backup~, #autosave#), are never inputs."""
    return any(part.startswith(".") or part.endswith("~") or part.startswith("#") for part in relative.parts)


def scan_seeds(seeds_dir: Path) -> SeedsScan:
    """Every file under seeds_dir, recursively, split into inputs (.txt, .md, .html) and ignored files.

    Links are listed as what they are named; read_input refuses those that lead out of the seeds folder.
    Sorted by code point, so the order never depends on the file system, the locale or when files were made.
    """
    inputs, ignored = [], []
    for path in seeds_dir.rglob("*"):
        if path.is_dir():
            continue
        relative = path.relative_to(seeds_dir)
        is_input = not is_hidden(relative) and path.suffix.lower() in INPUT_SUFFIXES
        (inputs if is_input else ignored).append(relative.as_posix())
    return SeedsScan(sorted(inputs), sorted(ignored))


def discover_inputs(seeds_dir: Path) -> list[str]:
    return scan_seeds(seeds_dir).inputs


def ignored_files(seeds_dir: Path) -> list[str]:
    """Files under seeds_dir that are not inputs: hidden files and folders, editor leftovers, other suffixes."""
    return scan_seeds(seeds_dir).ignored


def printable_name(source_file: str) -> str:
    """The name as text; bytes that are not UTF-8 (Python keeps them as surrogates) shown as \\xNN."""
    return os.fsencode(source_file).decode("utf-8", errors="backslashreplace")


def read_bytes(seeds_dir: Path, source_file: str, max_bytes: int) -> bytes | IngestReject:
    """The file's bytes, or why not: read only if it is a regular file inside the seeds folder within the limit."""
    try:
        resolved = (seeds_dir / source_file).resolve(strict=True)
        if not resolved.is_relative_to(seeds_dir.resolve()):
            return IngestReject(source_file, "file is a link to a place outside the seeds folder", str(resolved))
        # O_NONBLOCK: opening a named pipe would otherwise wait for a writer forever. O_NOFOLLOW: the path was
        # just resolved, so a link here now was put in since; it is refused rather than followed.
        descriptor = os.open(resolved, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
        with open(descriptor, "rb") as handle:
            status = os.fstat(handle.fileno())
            if not stat.S_ISREG(status.st_mode):
                return IngestReject(source_file, "not a regular file (a pipe, socket or device)", stat.filemode(status.st_mode))
            if status.st_size > max_bytes:
                return IngestReject(source_file, f"file is larger than the {max_bytes:,}-byte limit", f"{status.st_size:,} bytes")
            data = handle.read(max_bytes + 1)  # never more than the limit, even if the file grows meanwhile
    except (OSError, RuntimeError) as error:  # RuntimeError: a loop of links, on Python 3.11
        return IngestReject(source_file, "file cannot be read", f"{type(error).__name__}: {getattr(error, 'strerror', None) or error}")
    if len(data) > max_bytes:
        return IngestReject(source_file, f"file is larger than the {max_bytes:,}-byte limit", "it grew while being read")
    return data


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB: an image, an archive, not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f\v")
    return controls > len(head) * 0.05


def byte_order_mark_encoding(data: bytes) -> str | None:
    return next((encoding for mark, encoding in BYTE_ORDER_MARKS if data.startswith(mark)), None)


def is_damaged_utf8(data: bytes) -> bool:
    """Valid multi-byte UTF-8 characters outnumber the invalid bytes: UTF-8 text with a few broken bytes (a cut
    copy, two files spliced). Legacy encodings rarely form valid UTF-8 by chance, and reading such a file in one
    would turn every valid character into mojibake, so no single encoding reads it correctly."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return non_ascii - invalid > invalid


def first_invalid_utf8(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return f"byte 0x{data[error.start]:02x} at offset {error.start:,} is not valid UTF-8"
    return "valid UTF-8"


def ties_with(best: charset_normalizer.CharsetMatch, other: charset_normalizer.CharsetMatch) -> bool:
    """Equal by charset-normalizer's own ranking: chaos within 0.5 points and coherence within 2."""
    return abs(best.chaos - other.chaos) < 0.005 and abs(best.coherence - other.coherence) <= 0.02


def detected_encoding(data: bytes) -> str:
    """charset-normalizer's encoding for a non-UTF-8 text, if it is confident; else UndecodableText."""
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None or best.chaos > MAX_CHAOS or best.coherence < MIN_COHERENCE:
        guess = "no encoding fits" if best is None else f"best guess {best.encoding} (chaos {best.chaos:.2f}, coherence {best.coherence:.2f})"
        raise UndecodableText(
            "file is not UTF-8 and its encoding cannot be told with confidence: save it as UTF-8",
            f"{first_invalid_utf8(data)}; {guess}",
        )
    # could_be_from_charset: the encodings that give exactly this match's text
    equals = {encoding for match in matches if ties_with(best, match) for encoding in match.could_be_from_charset}
    return PREFERRED_AMONG_EQUALS if PREFERRED_AMONG_EQUALS in equals else best.encoding


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): by byte-order mark, else UTF-8, else a confident detection; else UndecodableText."""
    marked = byte_order_mark_encoding(data)
    if marked:
        try:
            return data.decode(marked), marked
        except UnicodeDecodeError as error:
            raise UndecodableText(f"file starts with a {marked} byte-order mark but is not {marked} text", str(error)) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if is_damaged_utf8(data):
        raise UndecodableText("file is UTF-8 with invalid bytes (cut or spliced): save it again as UTF-8", first_invalid_utf8(data))
    encoding = codecs.lookup(detected_encoding(data)).name
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError as error:  # detection samples the file; a byte it did not see may not fit
        raise UndecodableText(f"file looked like {encoding} but is not: save it as UTF-8", str(error)) from None


def content_digest(read: bytes | IngestReject) -> str:
    """What the new-file sensor compares to tell a changed file: the SHA-256 of the bytes read, or, for a file
    refused unread (not a regular file, over the size limit, unreadable), why it was refused."""
    if isinstance(read, IngestReject):
        return f"{read.reason}: {read.detail}"
    return hashlib.sha256(read).hexdigest()


def file_digest(seeds_dir: Path, source_file: str, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> str:
    return content_digest(read_bytes(seeds_dir, source_file, max_bytes))


def decode_input(source_file: str, data: bytes | IngestReject) -> RawDocument | IngestReject:
    """The document that what read_bytes read of source_file holds, or why there is none."""
    name = printable_name(source_file)
    if name != source_file:  # Parquet strings are UTF-8: such a name could not even be stored in rejects
        return IngestReject(name, "file name is not valid UTF-8: rename the file", "bytes that are not UTF-8 are shown as \\xNN")
    if isinstance(data, IngestReject):
        return data
    if not data.strip():
        return IngestReject(source_file, "file is empty", f"{len(data)} bytes")
    if looks_binary(data) and not byte_order_mark_encoding(data):
        return IngestReject(source_file, "file is binary, not text", f"first bytes: {data[:8].hex(' ')}")
    try:
        text, encoding = decode_text(data)
    except UndecodableText as error:
        return IngestReject(source_file, error.reason, error.detail)
    if not text.strip():
        return IngestReject(source_file, "file is empty", "only whitespace")
    content_type = "html" if source_file.lower().endswith(HTML_SUFFIXES) else "text"
    return RawDocument(source_file, content_id(source_file, data), text, encoding, content_type)


def read_input(seeds_dir: Path, source_file: str, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> RawDocument | IngestReject:
    return decode_input(source_file, read_bytes(seeds_dir, source_file, max_bytes))
