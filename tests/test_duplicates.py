"""find_duplicates: identical and near-identical documents, against a plain all-pairs reference."""

import random
import time
from pathlib import Path

import pytest

from pipeline.text.clean import clean_document
from pipeline.text.duplicates import MAX_MISS, PERMUTATIONS, find_duplicates, jaccard, lsh_bands, shingles, words

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def all_pairs(texts, threshold=0.9):
    """The definition, computed the slow way."""
    doc_ids = sorted(texts)
    sets = {doc_id: shingles(words(texts[doc_id])) for doc_id in doc_ids}
    result = {}
    for position, doc_id in enumerate(doc_ids):
        result[doc_id] = next(
            (other for other in doc_ids[:position]
             if words(texts[other]) == words(texts[doc_id]) or jaccard(sets[other], sets[doc_id]) >= threshold),
            None,
        )
    return result


def test_identical_and_unrelated():
    texts = {"b": "Russia struck a SOCAR depot in Odesa.", "a": "Russia struck a SOCAR depot in Odesa.",
             "c": "Azerbaijan sent $2 million in aid."}
    assert find_duplicates(texts) == {"a": None, "b": "a", "c": None}


def test_case_punctuation_and_spacing_do_not_matter():
    texts = {"1": "Russia struck a SOCAR depot, in Odesa!", "2": "russia  struck a SOCAR depot in\nOdesa"}
    assert find_duplicates(texts) == {"1": None, "2": "1"}


def test_near_identical_by_threshold():
    base = " ".join(f"word{index}" for index in range(200))
    edited = base.replace("word100", "changed")  # one word changes 5 of 196 shingles: Jaccard 191/201
    texts = {"original": base, "repost": edited}
    assert find_duplicates(texts) == {"original": None, "repost": "original"}
    assert find_duplicates(texts, threshold=0.99) == {"original": None, "repost": None}


def test_points_at_the_first_original():
    text = "Azerbaijan may reconsider its weapons ban for Ukraine after Russian strikes on SOCAR."
    assert find_duplicates({"c": text, "b": text, "a": text}) == {"a": None, "b": "a", "c": "a"}


def test_empty_texts():
    assert find_duplicates({}) == {}
    assert find_duplicates({"x": "", "y": "  ", "z": "word"}) == {"x": None, "y": "x", "z": None}


def test_bad_threshold():
    with pytest.raises(ValueError):
        find_duplicates({"a": "text"}, threshold=0)


def test_same_as_all_pairs_on_a_random_corpus():
    rng = random.Random(11)
    vocabulary = [f"w{index}" for index in range(200)]
    texts: dict[str, str] = {}
    for number in range(300):
        if texts and rng.random() < 0.3:
            tokens = rng.choice(list(texts.values())).split()
            for _ in range(rng.randint(0, 5)):
                tokens[rng.randrange(len(tokens))] = rng.choice(vocabulary)
        else:
            tokens = [rng.choice(vocabulary) for _ in range(rng.randint(1, 150))]
        texts[f"doc{number:03d}"] = " ".join(tokens)
    found = find_duplicates(texts)
    assert found == all_pairs(texts)
    assert sum(value is not None for value in found.values()) > 20
    shuffled = dict(rng.sample(sorted(texts.items()), len(texts)))
    assert find_duplicates(shuffled) == found  # input order does not matter


def test_cleaned_seeds_are_distinct_and_a_repost_is_found():
    cleaned = {path.stem: clean_document(path.read_text(encoding="utf-8")).text for path in sorted(SEEDS.glob("*.txt"))}
    assert all(value is None for value in find_duplicates(cleaned).values())
    repost = cleaned["003_1b26b4ebeceedaf2"].replace("Oleksandr Kovalenko", "O. Kovalenko")
    found = find_duplicates({**cleaned, "zzz_repost": repost})
    assert found["zzz_repost"] == "003_1b26b4ebeceedaf2"


def test_index_bands_miss_a_pair_at_the_threshold_rarely():
    for threshold in (0.5, 0.8, 0.9, 0.95, 1.0):
        bands, rows = lsh_bands(threshold)
        assert bands * rows <= PERMUTATIONS
        assert (1 - threshold ** rows) ** bands <= MAX_MISS


def test_same_result_on_every_run_and_scales():
    rng = random.Random(5)
    vocabulary = [f"w{index}" for index in range(5000)]
    texts = {f"doc{number:05d}": " ".join(rng.choice(vocabulary) for _ in range(120)) for number in range(3000)}
    texts["doc99999"] = texts["doc00042"].replace(texts["doc00042"].split()[60], "changed", 1)
    started = time.perf_counter()
    found = find_duplicates(texts)
    assert time.perf_counter() - started < 30
    assert found["doc99999"] == "doc00042"
    assert sum(value is not None for value in found.values()) == 1
    assert find_duplicates(texts) == found
