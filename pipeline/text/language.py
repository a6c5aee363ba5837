"""Language identification by writing system and stopwords: no model, no download.

Non-Latin scripts mostly name their language outright; Latin-script languages are told apart by counting
their most frequent function words, which occur in any real sentence but rarely in names or headlines.
"""

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import chain

UNDETERMINED = "und"  # BCP 47's code for "not known"; ISO 639-1 has none

# Enough characters to decide; reading more only costs time on huge inputs.
SAMPLE_CHARS = 20_000

# Unicode character-name prefix -> language written (almost) only in that script.
SCRIPT_LANGUAGES = {
    "GREEK": "el",
    "ARABIC": "ar",
    "HEBREW": "he",
    "ARMENIAN": "hy",
    "GEORGIAN": "ka",
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "CJK": "zh",
    "DEVANAGARI": "hi",
    "THAI": "th",
}
UKRAINIAN_ONLY_LETTERS = set("іїєґІЇЄҐ")

STOPWORDS = {
    "en": "the of and to in is that for on with as by was are it from at has have be this an which were will not "
          "its their after said would been who they but or had".split(),
    "de": "der die das und ist nicht mit von den dem des zu ein eine auf für sich auch wird wurde werden "
          "nach bei aus oder wie noch über".split(),
    "fr": "le la les et est une des du dans pour que qui sur pas par au aux avec ce cette sont été mais ou "
          "plus leur".split(),
    "es": "el la los las y es una del en por que con para se al lo como más pero sus fue ha este esta "
          "según también".split(),
    "it": "il lo gli e è una del della di che per con non sono nel alla delle anche come più dei questo "
          "stato".split(),
    "pt": "o os as e é um uma do da dos das em que para com não por ao mais foi são está pelo também".split(),
    "nl": "de het een en is van dat op te zijn met voor niet die er ook aan bij werd worden naar".split(),
    "tr": "ve bir bu da de için ile olarak olan daha çok gibi ama değil sonra kadar ise şu".split(),
    "az": "və bir bu da də üçün ilə olan daha çox kimi amma deyil sonra qədər isə ki".split(),
    "pl": "i w na się z nie że do jest to jak ale po od przez dla oraz jego być został".split(),
}

def _languages_by_stopword() -> dict[str, tuple[str, ...]]:
    index: dict[str, tuple[str, ...]] = {}
    for language, words in STOPWORDS.items():
        for word in words:
            index[word] = index.get(word, ()) + (language,)
    return index


STOPWORD_LANGUAGES = _languages_by_stopword()  # "de" -> ("de", "fr", ...): one look-up per word
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
ASCII_LETTER = re.compile(r"[A-Za-z]")
OTHER_LETTER = re.compile(r"(?![\x00-\x7f])[^\W\d_]")


@lru_cache(maxsize=4096)
def script_of(letter: str) -> str:
    """'LATIN', 'CYRILLIC', 'GREEK', 'CJK', ...: the first word of the letter's Unicode name."""
    name = unicodedata.name(letter, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def script_counts(text: str) -> Counter[str]:
    """Letters per script; ASCII letters are counted in bulk, the rest looked up one by one."""
    counts = Counter(script_of(letter) for letter in OTHER_LETTER.findall(text))
    ascii_letters = len(ASCII_LETTER.findall(text))
    if ascii_letters:
        counts["LATIN"] += ascii_letters
    return counts


def stopword_counts(text: str) -> Counter[str]:
    """How many words of text are stopwords of each Latin-script language."""
    words = WORD.findall(text.lower())
    return Counter(chain.from_iterable(STOPWORD_LANGUAGES[word] for word in words if word in STOPWORD_LANGUAGES))


TURKIC_LETTERS = frozenset("ığş")  # in Latin script, written only in Turkish and Azerbaijani
AZERBAIJANI_LETTER = "ə"  # Azerbaijani alone


def turkic_word_counts(text: str) -> Counter[str]:
    """Votes from lowercase words with letters only Turkish and Azerbaijani write: Turkish suffixes carry few
    stopwords ('limanın onarımların ardından'), but their letters show. Capitalised words are names ('Erdoğan',
    'Əliyev'), which English news write too, so they do not vote."""
    words = [word for word in WORD.findall(text) if word.islower() and (TURKIC_LETTERS.intersection(word)
                                                                          or AZERBAIJANI_LETTER in word)]
    if not words:
        return Counter()
    return Counter({"az" if any(AZERBAIJANI_LETTER in word for word in words) else "tr": len(words)})


def latin_votes(text: str) -> Counter[str]:
    """Stopword and Turkic-letter votes for each Latin-script language."""
    return stopword_counts(text) + turkic_word_counts(text)


def _is_japanese(scripts: Counter[str], letters: int) -> bool:
    """Japanese mixes Chinese characters with kana; any real share of kana means Japanese, not Chinese."""
    return (scripts["HIRAGANA"] + scripts["KATAKANA"]) * 10 > letters


def _cyrillic_language(text: str) -> str:
    return "uk" if any(char in UKRAINIAN_ONLY_LETTERS for char in text) else "ru"


def _script_language(script: str, text: str) -> str | None:
    if script == "CYRILLIC":
        return _cyrillic_language(text)
    return SCRIPT_LANGUAGES.get(script)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's main language, or 'und' when there is too little to tell."""
    sample = text[:SAMPLE_CHARS]
    scripts = script_counts(sample)
    letters = sum(scripts.values())
    if not letters:
        return UNDETERMINED
    if _is_japanese(scripts, letters):
        return "ja"
    script, count = scripts.most_common(1)[0]
    if script != "LATIN" and count * 2 > letters:
        return _script_language(script, sample) or UNDETERMINED
    votes = latin_votes(sample)
    if not votes:
        return UNDETERMINED
    language, hits = votes.most_common(1)[0]
    return language if hits >= 2 else UNDETERMINED


def line_language(line: str) -> str | None:
    """The language of one line if the evidence is clear, else None.

    Stricter than detect_language: a short English line holding a foreign name or a stray 'de' must not be
    taken for a foreign one, so Latin-script lines need several foreign stopwords and few English ones.
    """
    sample = line[:2_000]
    scripts = script_counts(sample)
    letters = sum(scripts.values())
    if letters < 4:
        return None
    if _is_japanese(scripts, letters):
        return "ja"
    script, count = scripts.most_common(1)[0]
    if script != "LATIN":
        return _script_language(script, sample) if count * 2 > letters else None
    votes = latin_votes(sample)
    english = votes.pop("en", 0)
    if not votes:
        return "en" if english else None
    language, hits = votes.most_common(1)[0]
    if hits >= 3 and hits > 2 * english:
        return language
    return "en" if english >= hits else None
