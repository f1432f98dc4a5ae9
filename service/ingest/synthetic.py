"""Quotebank-shaped sample files with invented content, for benchmarks and tests (fixed seed, reproducible)."""
from __future__ import annotations

import bz2
import json
import os
import random
from pathlib import Path

_SYLLABLES = ("ka", "lo", "mi", "ner", "sa", "tor", "vel", "in", "ra", "den", "ul", "bo", "ris", "tha", "ne", "gar")
_OUTLETS = ("harbourtimes.example", "valleypost.example", "news.example.org", "radio.example.net",
            "daily.example.com", "world.example.info")


def _word(rng: random.Random, low: int, high: int) -> str:
    """An invented word of `low` to `high` syllables."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(low, high)))


def quotebank_lines(lines: int, seed: int = 1):
    """Yield `lines` Quotebank quote objects as JSON strings (with their real field names)."""
    rng = random.Random(seed)
    vocabulary = [_word(rng, 1, 3) for _ in range(5000)]
    people = [f"{_word(rng, 1, 2).title()} {_word(rng, 2, 3).title()}" for _ in range(2000)]
    dumps = json.dumps
    for number in range(lines):
        day = f"20{15 + number % 6}-{1 + number % 12:02d}-{1 + number % 28:02d}"
        speaker_index = rng.randrange(len(people) + 200)
        speaker = people[speaker_index] if speaker_index < len(people) else "None"
        runner_up = people[rng.randrange(len(people))]
        top = round(rng.uniform(0.5, 0.99), 4)
        probas = [[speaker, f"{top:.4f}"], [runner_up, f"{(1 - top) * 0.7:.4f}"], ["None", f"{(1 - top) * 0.3:.4f}"]]
        urls = [
            f"https://www.{rng.choice(_OUTLETS)}/{day.replace('-', '/')}/story-{number}-{k}"
            for k in range(rng.choice((1, 1, 1, 2, 3)))
        ]
        yield dumps({
            "quoteID": f"{day}-{number:06d}",
            "quotation": " ".join(rng.choices(vocabulary, k=rng.randint(8, 30))),
            "speaker": speaker,
            "qids": [f"Q{1000 + speaker_index}"] if speaker != "None" else [],
            "date": f"{day} 00:00:00",
            "numOccurrences": len(urls),
            "probas": probas,
            "urls": urls,
            "phase": "E",
        })


def write_quotebank_file(path: str | os.PathLike, lines: int, seed: int = 1) -> Path:
    """Write a Quotebank-shaped file (bz2-compressed when the name ends in .bz2); return its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    opener = bz2.open if path.suffix == ".bz2" else open
    with opener(path, "wt", encoding="utf-8") as out:
        for line in quotebank_lines(lines, seed):
            out.write(line)
            out.write("\n")
    return path
