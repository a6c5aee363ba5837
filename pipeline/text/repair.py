"""Unicode repair before anything else: mojibake ("Azerbaijanâ€™s"), broken quotes, HTML entities, stray
control characters, with a map back to the text as received.

The cleaner's rules then read the repaired text (a mojibake dash still opens a dateline, a mojibake quote still
ends a sentence), while its noise spans keep indexing the raw text. ftfy gives no offsets, so each repaired line
is aligned with its raw line: repairs are local (a few raw characters become one), so a greedy walk that
resynchronises on a short common run after every difference is enough, and it stays linear on huge lines.
"""

import bisect
import re
from dataclasses import dataclass, field

import ftfy

# Quotes and character widths are left as written: the text should read as the source did, and downstream
# offsets into the clean text must match what people search for.
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False, explain=False
)
LINE = re.compile(r"[^\r\n\u2028\u2029]+")  # repairs never cross a line break
RESYNC_CHARS = 3  # after a difference, this many equal characters mean the two texts agree again
MAX_DIFFERENCE_CHARS = 24  # a repair turns at most this many raw plus repaired characters into each other


@dataclass(frozen=True)
class Difference:
    """text[start:end] replaces raw[raw_start:raw_end] (either may be empty)."""

    start: int
    end: int
    raw_start: int
    raw_end: int


@dataclass(frozen=True)
class RepairedText:
    raw: str
    text: str
    differences: tuple[Difference, ...]  # in order; outside them text and raw agree, shifted
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(difference.start for difference in self.differences))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw offsets of text[start:end]. A span that touches a repair covers all of its raw characters, and
        raw characters the repair deleted right at the span's end ("&amp;" -> "&") belong to the span."""
        return self._raw_start(start), self._raw_end(end)

    def _raw_start(self, offset: int) -> int:
        index = bisect.bisect_right(self._starts, offset) - 1  # the last difference that begins at or before
        if index < 0:
            return offset
        difference = self.differences[index]
        if offset < difference.end:
            return difference.raw_start
        return difference.raw_end + offset - difference.end

    def _raw_end(self, offset: int) -> int:
        index = bisect.bisect_right(self._starts, offset) - 1
        while index >= 0 and self.differences[index].start == offset < self.differences[index].end:
            index -= 1  # a replacement that begins where the span ends is not part of it
        if index < 0:
            return offset
        difference = self.differences[index]
        if offset <= difference.end:
            return difference.raw_end
        return difference.raw_end + offset - difference.end


def repair_text(raw: str) -> RepairedText:
    """raw with each line repaired by ftfy, and where the repairs are."""
    pieces: list[str] = []
    differences: list[Difference] = []
    raw_position = text_length = 0
    for match in LINE.finditer(raw):
        between = raw[raw_position:match.start()]
        pieces.append(between)
        text_length += len(between)
        line = match[0]
        fixed = ftfy.fix_text(line, FTFY_CONFIG)
        if fixed != line:
            differences.extend(
                Difference(text_length + start, text_length + end, match.start() + raw_start, match.start() + raw_end)
                for start, end, raw_start, raw_end in line_differences(line, fixed)
            )
        pieces.append(fixed)
        text_length += len(fixed)
        raw_position = match.end()
    pieces.append(raw[raw_position:])
    return RepairedText(raw, "".join(pieces), tuple(differences))


def line_differences(raw: str, fixed: str) -> list[tuple[int, int, int, int]]:
    """(start, end, raw_start, raw_end) of each place where fixed differs from raw, found by walking both."""
    differences = []
    position = raw_position = 0
    while position < len(fixed) or raw_position < len(raw):
        if position < len(fixed) and raw_position < len(raw) and fixed[position] == raw[raw_position]:
            position += 1
            raw_position += 1
            continue
        resync = _resync(raw, fixed, raw_position, position)
        if resync is None:  # no agreement in reach: the rest of the line is one difference
            differences.append((position, len(fixed), raw_position, len(raw)))
            break
        skip, raw_skip = resync
        differences.append((position, position + skip, raw_position, raw_position + raw_skip))
        position += skip
        raw_position += raw_skip
    return differences


def _resync(raw: str, fixed: str, raw_position: int, position: int) -> tuple[int, int] | None:
    """The smallest (fixed, raw) skips after which both texts agree again for RESYNC_CHARS characters (or both
    end)."""
    for total in range(1, MAX_DIFFERENCE_CHARS + 1):
        for skip in range(total + 1):
            raw_skip = total - skip
            fixed_rest, raw_rest = position + skip, raw_position + raw_skip
            if fixed_rest > len(fixed) or raw_rest > len(raw):
                continue
            run = min(RESYNC_CHARS, len(fixed) - fixed_rest, len(raw) - raw_rest)
            same_length_left = len(fixed) - fixed_rest == len(raw) - raw_rest
            if (run == RESYNC_CHARS or same_length_left) and (
                fixed[fixed_rest:fixed_rest + run] == raw[raw_rest:raw_rest + run]
            ):
                return skip, raw_skip
    return None
