"""`make bench`: pipeline text stages vs bare spaCy `nlp.pipe`, on a synthetic corpus made from the seeds.

The corpus varies the seeds the way real inputs vary: paragraphs shuffled and mixed across articles, names,
numbers and dates swapped, page furniture and tweet signatures added, some whole documents reposted.
"""

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path

import spacy

from pipeline.ingest import DEFAULT_MAX_FILE_BYTES, discover_inputs
from pipeline.resources import SpacyModel
from pipeline.stages import clean_documents, extract_documents, ingest_seeds, mark_duplicates

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
SWAPS = {
    "Azerbaijan": ["Georgia", "Moldova", "Kazakhstan"],
    "Odesa": ["Kharkiv", "Mykolaiv", "Dnipro"],
    "SOCAR": ["Naftogaz", "KazMunayGas", "Ukrnafta"],
    "August": ["September", "October", "May"],
    "Zelensky": ["Shmyhal", "Sybiha"],
    "five": ["three", "seven", "twelve"],
    "$2 million": ["$3 million", "$15 million", "$750,000"],
}
FURNITURE = [
    "Share This Article", "Read More @ example-news.com", "You may also like", "Leave a Comment", "Latest news",
    "Subscribe to our newsletter", "Follow us on Twitter", "#Ukraine #Energy", "bit.ly/3xYzAbC",
    "— Jane Doe (@janedoe) Sep 5, 2025", "Photo: Reuters",
]


def synthetic_corpus(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    paragraphs = [
        paragraph
        for name in discover_inputs(SEEDS_DIR)
        for paragraph in (SEEDS_DIR / name).read_text(encoding="utf-8").split("\n")
        if paragraph.strip()
    ]
    texts: list[str] = []
    for _ in range(count):
        if texts and rng.random() < 0.05:  # a repost
            texts.append(rng.choice(texts))
            continue
        body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(6, 20)))
        for position in sorted(rng.sample(range(len(body) + 1), k=3), reverse=True):
            body.insert(position, rng.choice(FURNITURE))
        text = "\n".join(body)
        for word, replacements in SWAPS.items():
            if rng.random() < 0.5:
                text = text.replace(word, rng.choice(replacements))
        texts.append(text)
    return texts


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()
    texts = synthetic_corpus(args.docs)
    model = SpacyModel(batch_size=args.batch_size)
    with tempfile.TemporaryDirectory() as folder:
        for number, text in enumerate(texts):
            Path(folder, f"doc_{number:05d}.txt").write_text(text, encoding="utf-8")
        nlp = model.load()
        started = time.perf_counter()
        raw, _ = ingest_seeds(Path(folder), DEFAULT_MAX_FILE_BYTES)
        documents, noise, _ = clean_documents(raw)
        documents = mark_duplicates(documents)  # reposts are parsed once, as in the curated tables
        entities, figures, events, _ = extract_documents(documents, nlp, model.batch_size, noise=noise)
        pipeline_seconds = time.perf_counter() - started
    processed = len(documents)
    bare = spacy.load(model.model_name)
    started = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=model.batch_size):
        pass
    bare_seconds = time.perf_counter() - started
    pipeline_rate, bare_rate = processed / pipeline_seconds, len(texts) / bare_seconds
    print(f"corpus: {len(texts)} synthetic documents ({sum(map(len, texts)) / 1e6:.1f} M chars), {int(documents['duplicate_of'].notna().sum())} reposts")
    print(f"pipeline (ingest+clean+extract): {pipeline_rate:.1f} docs/s  ({len(events)} events, {len(figures)} figures, {len(entities)} entities, {len(noise)} noise spans)")
    print(f"bare spaCy nlp.pipe ({model.model_name}): {bare_rate:.1f} docs/s")
    print(f"ratio pipeline/bare: {pipeline_rate / bare_rate:.2f}")
    print(f"peak memory: {peak_memory_mb():.0f} MB")


if __name__ == "__main__":
    main()
