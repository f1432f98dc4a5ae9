"""Extraction stays linear on hostile input: unmatched marks, one huge word, mixed scripts."""
from __future__ import annotations

import random
import time

from service.core.extraction import extract_quotes


def adversarial_text(size: int, seed: int = 7) -> str:
    """A text of about `size` characters built to trip quadratic scanning."""
    rng = random.Random(seed)
    pieces = ["“", "”", "\"", "‘", "’", "Mr. ", "Sen. ", "said ", "he ", "Кремль ", "北京 ", "مرحبا ", "Jane Doe, ",
              "the Kremlin ", ", ", ". ", "\n", "according to ", "Anthony Blinken ", "x" * 50,
              "the expert explains ", "to the Daily Mail Doe ", "acebush1 ", "it was Jane Doe who ", "King Charles "]
    out, length = [], 0
    while length < size - size // 10:
        piece = rng.choice(pieces)
        out.append(piece)
        length += len(piece)
    out.append("y" * (size // 10))  # one very long word
    return "".join(out)


def timed(text: str) -> float:
    """CPU seconds of one extraction (this process's own time: other work on the machine does not count)."""
    started = time.process_time()
    extract_quotes(text, "2022-01-28")
    return time.process_time() - started


# A bound far above the usual time (1 to 5 s here, as the machine's load varies): it catches a quadratic
# blow-up, which takes minutes; the ratio below is the test of linearity. Speed itself is measured by
# `quotecheck bench extraction` (docs/BENCHMARKS.md), not here.
MAX_MEGABYTE_SECONDS = 15.0


def test_one_megabyte_of_adversarial_text_extracts_in_linear_time():
    small, large = adversarial_text(250_000), adversarial_text(1_000_000)
    small_time, large_time = timed(small), timed(large)
    assert large_time < MAX_MEGABYTE_SECONDS
    # Four times the text may take at most about four times as long (generous slack for noise).
    assert large_time / max(small_time, 1e-3) < 8


def test_one_paragraph_megabyte_with_thousands_of_quotes_extracts_in_linear_time():
    small, large = adversarial_text(250_000).replace("\n", " "), adversarial_text(1_000_000).replace("\n", " ")
    small_time, large_time = timed(small), timed(large)
    assert large_time < MAX_MEGABYTE_SECONDS
    assert large_time / max(small_time, 1e-3) < 8

