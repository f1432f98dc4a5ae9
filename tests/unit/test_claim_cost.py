"""Reading a claim or an article costs time in proportion to its length, whatever its quoted fragments.

Each test compares the work for 200 and for 2,000 fragments: linear work grows about tenfold, the
quadratic reading this guards against grew 60 to 100-fold. The bound (30x) leaves room for a noisy
machine without wall-clock limits.
"""
from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from service.core.claim import parse_claim
from service.core.extraction import extract_quotes

LINEAR_BOUND = 30
SHAPES = ["“a b” ", "“a b”, ", "“we will” he said “go on” "]


def best_time(work: Callable[[], object], runs: int = 3) -> float:
    """The fastest of a few runs (the least disturbed by other processes)."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def growth(read: Callable[[str], object], shape: str) -> float:
    """How many times longer reading 2,000 fragments takes than reading 200."""
    small, large = shape * 200, shape * 2000
    read(small)  # warm caches and lazy imports
    return best_time(lambda: read(large)) / best_time(lambda: read(small))


@pytest.mark.parametrize("shape", SHAPES)
def test_extracting_ten_times_the_fragments_takes_about_ten_times_as_long(shape):
    assert growth(extract_quotes, shape) < LINEAR_BOUND


@pytest.mark.parametrize("shape", SHAPES)
def test_reading_a_claim_of_ten_times_the_fragments_takes_about_ten_times_as_long(shape):
    assert growth(parse_claim, shape) < LINEAR_BOUND


def test_verifying_ten_times_the_fragments_takes_about_ten_times_as_long(tmp_path):
    from service import create_app

    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "q.sqlite3"), "RATE_LIMIT": "",
                      "SYNC_INTERVAL": 0.0})
    client = app.test_client()

    def verify(text: str) -> None:
        assert client.post("/v1/verify", json={"text": text}).status_code == 200

    try:
        assert growth(verify, "“a b” ") < LINEAR_BOUND
    finally:
        app.extensions["quotecheck"].close()


def test_a_claim_of_many_fragments_is_still_read_as_its_quoted_words():
    claim = parse_claim("“a b” " * 2000)
    assert claim.quoted and claim.text.count("a b") == 2000
