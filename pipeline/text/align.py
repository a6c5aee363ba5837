"""Which lines of a page a shorter text was taken from: the lines an HTML extractor kept, or the lines a person
marked as the article.

Both texts are compared as lower-cased word tokens, in order (difflib's longest matching blocks), so spacing,
punctuation and the way either side broke its lines do not matter. A line belongs to the text when at least
half of its words were matched there.
"""

import difflib
import re
from collections.abc import Sequence

TOKEN = re.compile(r"\w+")
MATCHED_SHARE = 0.5


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def lines_in_text(lines: Sequence[str], text: str) -> list[bool]:
    """For each line, whether at least half of its words appear, in order, in text. A line without words is
    False."""
    line_tokens = [tokens(line) for line in lines]
    page = [token for words in line_tokens for token in words]
    matched = [False] * len(page)
    matcher = difflib.SequenceMatcher(None, page, tokens(text), autojunk=False)
    for start, _, size in matcher.get_matching_blocks():
        matched[start:start + size] = [True] * size
    result, position = [], 0
    for words in line_tokens:
        hits = sum(matched[position:position + len(words)])
        result.append(bool(words) and hits >= MATCHED_SHARE * len(words))
        position += len(words)
    return result
