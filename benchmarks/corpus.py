"""A reproducible synthetic quote corpus and the edits a fact-checker meets, for benchmarks.

Nothing is downloaded. Words come from a fixed vocabulary (common English function words, then
made-up content words) drawn with Zipf-like frequencies, so a few words are everywhere and most are
rare, as in news text. Quote `i` depends only on the seed and `i`, so the first 10,000 quotes of a
1,000,000-quote corpus are the 10,000-quote corpus.
"""
from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

CHUNK = 10_000
# Random streams are tagged by purpose so corpus quotes, queries and added quotes never share one.
CORPUS_STREAM, QUERY_STREAM, ADDED_STREAM = 0xC0, 0x0E, 0xAD
VOCABULARY_SIZE = 60_000
MIN_WORDS, MAX_WORDS = 20, 60

FUNCTION_WORDS = (
    "the of and to a in that is we it for not this will be on with as are they have was our "
    "i you he she at by from but all what there their can has more would been about people "
    "one if very do so no who which an its them us were had said this time now also when them "
    "just than new how my some should could must any these those make made think know want "
    "going get need country government president minister security war peace talks sanctions "
    "forces border support economic united states russia ukraine europe world today year years "
    "week important clear right very never always every together again against between under"
).split()

_SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "ta", "ve", "zo", "bri", "cha", "dor", "fel", "gan",
              "hul", "jin", "kes", "lam", "mor", "nis", "pra", "quo", "ren", "sol", "tur", "vin",
              "wes", "yar", "zen", "ast", "ell", "ion", "ort", "umb", "ex", "al", "in")
_FIRST = ("Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
          "Karim", "Lena", "Marco", "Nadia", "Olaf", "Priya", "Quentin", "Rosa", "Sven", "Tariq")


@dataclass(frozen=True, slots=True)
class CorpusQuote:
    """One generated quote record."""

    id: int
    text: str
    speaker: str
    date: str


class Vocabulary:
    """A fixed word list with Zipf-like draw probabilities (rank r has weight 1 / (r + 2.7))."""

    def __init__(self, seed: int = 7, size: int = VOCABULARY_SIZE) -> None:
        rng = random.Random(seed)
        seen: set[str] = set()
        words: list[str] = []
        for w in FUNCTION_WORDS:
            if w not in seen:
                seen.add(w)
                words.append(w)
        while len(words) < size:
            w = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
            if w not in seen:
                seen.add(w)
                words.append(w)
        self.words = words
        weights = 1.0 / (np.arange(size) + 2.7)
        self.cumulative = np.cumsum(weights / weights.sum())
        self.speakers = [f"{rng.choice(_FIRST)} {rng.choice(words[400:]).capitalize()}" for _ in range(2000)]

    def draw(self, rng: np.random.Generator, count: int) -> np.ndarray:
        """Draw `count` word ranks with the vocabulary's frequencies."""
        ranks = np.searchsorted(self.cumulative, rng.random(count), side="right")
        return np.minimum(ranks, len(self.words) - 1)

    def sentence(self, rng: np.random.Generator, low: int = MIN_WORDS, high: int = MAX_WORDS) -> str:
        """Make one sentence of low..high words with a capital, a few commas and a full stop."""
        count = int(rng.integers(low, high + 1))
        return self._render(self.draw(rng, count), rng.random(count))

    def _render(self, ranks: np.ndarray, commas: np.ndarray) -> str:
        """Turn word ranks into a punctuated sentence; a comma follows about one word in twelve."""
        words = self.words
        parts = [words[r] + ("," if c < 0.08 else "") for r, c in zip(ranks.tolist(), commas[:-1].tolist())]
        parts.append(words[int(ranks[-1])] + ".")
        parts[0] = parts[0][:1].upper() + parts[0][1:]
        return " ".join(parts)


def iter_quotes(count: int, seed: int = 7, vocabulary: Vocabulary | None = None) -> Iterator[CorpusQuote]:
    """Yield `count` quotes; quote i is the same whatever `count` is."""
    vocabulary = vocabulary or Vocabulary(seed)
    first_day = date(2015, 1, 1)
    for chunk_start in range(0, count, CHUNK):
        rng = np.random.default_rng([CORPUS_STREAM, seed, chunk_start // CHUNK])
        # Draw a whole chunk whatever `count` is, so a chunk's quotes never depend on `count`.
        lengths = rng.integers(MIN_WORDS, MAX_WORDS + 1, size=CHUNK)
        speakers = rng.integers(0, len(vocabulary.speakers), size=CHUNK)
        days = rng.integers(0, 3650, size=CHUNK)
        ranks = vocabulary.draw(rng, int(lengths.sum()))
        commas = rng.random(len(ranks))
        n = min(CHUNK, count - chunk_start)
        offset = 0
        for i in range(n):
            end = offset + int(lengths[i])
            text = vocabulary._render(ranks[offset:end], commas[offset:end])
            offset = end
            yield CorpusQuote(chunk_start + i, text, vocabulary.speakers[speakers[i]],
                              (first_day + timedelta(days=int(days[i]))).isoformat())


PERTURBATIONS = ("replace2", "drop1", "middle60", "stripped", "paragraph", "combined")


def perturb(kind: str, text: str, rng: np.random.Generator, vocabulary: Vocabulary, speaker: str = "") -> str:
    """Return text edited the way `kind` names (see PERTURBATIONS)."""
    words = text.split()
    if kind == "replace2":
        for i in rng.choice(len(words), size=2, replace=False).tolist():
            words[i] = vocabulary.words[int(vocabulary.draw(rng, 1)[0])]
        return " ".join(words)
    if kind == "drop1":
        del words[int(rng.integers(len(words)))]
        return " ".join(words)
    if kind == "middle60":
        cut = round(len(words) * 0.2)
        return " ".join(words[cut:len(words) - cut])
    if kind == "stripped":
        return "".join(ch for ch in text.lower() if ch.isalnum() or ch.isspace())
    if kind == "paragraph":
        before = vocabulary.sentence(rng, 12, 30)
        after = vocabulary.sentence(rng, 12, 30)
        return f"{before} \u201c{text}\u201d said {speaker or 'the minister'} on Tuesday. {after}"
    if kind == "combined":
        edited = perturb("middle60", perturb("replace2", text, rng, vocabulary), rng, vocabulary)
        return perturb("stripped", perturb("drop1", edited, rng, vocabulary), rng, vocabulary)
    raise ValueError(f"unknown perturbation {kind!r}")


def invented_sentence(rng: np.random.Generator, vocabulary: Vocabulary) -> str:
    """A sentence made of corpus vocabulary that is no quote of the corpus."""
    return vocabulary.sentence(rng)
