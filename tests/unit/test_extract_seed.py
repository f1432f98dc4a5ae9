"""The seed article: all eleven listed quotes with exact offsets, speakers, titles and kinds."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from service.core.extraction import extract_quotes

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "2022-01-28-us-nato-respond-to-russian-demands.txt"
# The evaluation files live in `shared/eval` beside the repository; QUOTECHECK_EVAL_DIR points elsewhere.
EVAL_DIR = Path(os.environ.get("QUOTECHECK_EVAL_DIR") or ROOT.parent / "shared" / "eval")
GOLD_FILE = EVAL_DIR / "seed_gold.json"

BLINKEN = ("Anthony Blinken", "US Secretary of State")
STOLTENBERG = ("Jens Stoltenberg", "NATO Secretary-General")
GRUSHKO = ("Alexander Grushko", "Russian Deputy Foreign Minister")
# (start, end, speaker and title, kind, first words) — offsets into the whole file text.
EXPECTED = [
    (170, 189, BLINKEN, "partial", "large-scale results"),
    (210, 228, BLINKEN, "partial", "path of aggression"),
    (1125, 1148, BLINKEN, "partial", "serious diplomatic path"),
    (1171, 1456, BLINKEN, "direct", "The document we’ve delivered"),
    (1599, 1640, BLINKEN, "direct", "The military alliance’s door"),
    (1654, 2028, BLINKEN, "direct", "We have an obligation"),
    (2149, 2183, STOLTENBERG, "partial", "in parallel with the United States"),
    (2187, 2358, STOLTENBERG, "direct", "We call on Russia"),
    (2657, 2890, STOLTENBERG, "direct", "We see more troops"),
    (2970, 2975, GRUSHKO, "partial", "study"),
    (2997, 3086, GRUSHKO, "direct", "We will read it. Study it."),
]


@pytest.fixture(scope="module")
def seed_quotes():
    text = SEED.read_text(encoding="utf-8")
    return text, {(q.start, q.end): q for q in extract_quotes(text, "2022-01-28")}


@pytest.mark.parametrize("start,end,who,kind,opening", EXPECTED)
def test_seed_quote_is_found_with_its_offsets_speaker_title_and_kind(seed_quotes, start, end, who, kind, opening):
    text, by_offsets = seed_quotes
    quote = by_offsets.get((start, end))
    assert quote is not None, f"no quote at {start}-{end}: {text[start:end]!r}"
    assert quote.text.startswith(opening)
    assert (quote.speaker, quote.title) == who
    assert quote.kind == kind


def test_seed_yields_exactly_the_listed_quotes(seed_quotes):
    _, by_offsets = seed_quotes
    assert sorted(by_offsets) == sorted((s, e) for s, e, *_ in EXPECTED)


def test_seed_cues_are_the_reporting_verbs_written(seed_quotes):
    _, by_offsets = seed_quotes
    assert by_offsets[(1599, 1640)].cue == "added"
    assert by_offsets[(2997, 3086)].cue == "commented"
    assert by_offsets[(1171, 1456)].cue == "said"


def test_seed_scare_phrase_is_not_a_quote(seed_quotes):
    _, by_offsets = seed_quotes
    assert not any("so-called" in q.text or "Moscow ultimatum" in q.text for q in by_offsets.values())


def _gold_items(text: str) -> list[dict]:
    """The shared gold list when it is on this machine, else the same eleven items embedded above."""
    if GOLD_FILE.exists():
        return json.loads(GOLD_FILE.read_text(encoding="utf-8"))["quotes"]
    return [{"start": s, "end": e, "text": text[s:e], "speaker": who[0], "title": who[1], "kind": kind}
            for s, e, who, kind, _ in EXPECTED]


def test_seed_matches_the_gold_list(seed_quotes):
    text, by_offsets = seed_quotes
    items = _gold_items(text)
    assert len(items) == len(EXPECTED)
    for item in items:
        quote = by_offsets[(item["start"], item["end"])]
        assert quote.text == item["text"]
        assert (quote.speaker, quote.title, quote.kind) == (item["speaker"], item["title"], item["kind"])
