"""Properties of normalisation, alignment and verdicts that must hold for any input.

Hypothesis generates the inputs; each property is one rule of the contract: cosmetic differences are
not alterations, any stored quote verifies as itself, a replaced word is never verified, and no
input makes the core crash.
"""
from __future__ import annotations

import functools
import string

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from service.core.align import align, is_close
from service.core.models import Occurrence, Quote, Source, Speaker
from service.core.text import normalize, tokenize, turns_meaning, word_key, words
from service.core.verdict import date_check, decide, rank_matches

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Words in several scripts: the tokenizer and the aligner must not care which.
LETTERS = string.ascii_letters + "éüßøçñ" + "абвгдежзиклмн" + "αβγδεζηθ" + "אבגדה" + "中文字"
word = st.text(alphabet=LETTERS, min_size=1, max_size=9)
separator = st.sampled_from([" ", " ", " ", ", ", "; ", " - ", " \u2014 ", ". ", "\n", ": "])


@st.composite
def sentences(draw, min_words=1, max_words=30):
    """A text of words with assorted punctuation between them; returns (text, words)."""
    chosen = draw(st.lists(word, min_size=min_words, max_size=max_words))
    text = chosen[0]
    for w in chosen[1:]:
        text += draw(separator) + w
    return text, chosen


def same_name(claimed: str, name: str, aliases) -> bool:
    """Speaker rule for these properties: the exact name or one of its aliases."""
    return claimed == name or claimed in aliases


def stored(text: str, speaker: str = "Ada Example") -> Quote:
    """A quote as the store would hand it to the core."""
    source = Source(id=1, url="https://example.org/a", title="A", published="2022-01-28")
    return Quote(text=text, speaker=Speaker(name=speaker, id=1), id=1, date="2022-01-28",
                 sources=[Occurrence(source, 0, len(text))])


def verdict_of(claim: str, quote: Quote, speaker: str | None = None):
    """The verdict on a claim when the index holds just this quote."""
    return decide(rank_matches(claim, [quote], speaker, same_name), speaker, same_name)


# -- normalisation ---------------------------------------------------------------------------

@SETTINGS
@given(st.text(max_size=300))
def test_normalisation_is_idempotent(text):
    assert normalize(normalize(text)) == normalize(text)


@SETTINGS
@given(st.text(max_size=300))
def test_normalised_text_has_no_control_characters_or_doubled_spaces(text):
    result = normalize(text)
    assert "  " not in result
    assert all(ch >= " " or ch in "\n\t" for ch in result) or result == ""
    assert result == result.strip()


@SETTINGS
@given(st.text(max_size=300))
def test_tokens_point_at_their_words_in_order(text):
    tokens = tokenize(text)
    # The comparison tokens are the search words plus what the search forgives (symbols, signs, marks).
    assert len(tokens) >= len(words(text)) or any(ch in text for ch in "'-,.:&\u00ad\u200b")
    previous = (0, 0)
    for token in tokens:
        # Several words of one compatibility character ("ﷺ") share its span; other tokens follow each other.
        assert (token.start, token.end) == previous or previous[1] <= token.start
        assert token.start < token.end <= len(text)
        assert token.key and token.key == token.key.casefold()
        previous = (token.start, token.end)


@SETTINGS
@given(sentences())
def test_case_quote_marks_and_dashes_do_not_change_the_words(sentence):
    text, _ = sentence
    styled = text.upper().replace("'", "\u2019").replace(" - ", " \u2013 ").replace('"', "\u201d")
    assume(words(text.upper()) == words(text.casefold().upper()))  # casing round trips (e.g. not "ß")
    assert words(styled) == words(text.upper())
    assert [w.casefold() for w in words(styled)] == [w.casefold() for w in words(text)]


# -- alignment ------------------------------------------------------------------------------

@SETTINGS
@given(sentences())
def test_a_quote_aligned_with_itself_is_exact_with_a_full_score(sentence):
    text, _ = sentence
    result = align(text, text)
    assert result is not None
    assert result.wording == "exact" and result.score == 100.0
    assert all(d.op == "equal" for d in result.diff)


@SETTINGS
@given(sentences(min_words=1, max_words=40), st.data())
def test_diff_originals_rebuild_the_aligned_span(sentence, data):
    text, chosen = sentence
    # A claim made of the quote's own words, shuffled, dropped and mixed with new ones.
    claim_words = data.draw(st.lists(st.one_of(st.sampled_from(chosen), word), min_size=1, max_size=40))
    claim = data.draw(separator).join(claim_words)
    result = align(claim, text)
    assume(result is not None)
    assert "".join(d.original for d in result.diff) == text[result.start:result.end]


@SETTINGS
@given(st.text(max_size=400), st.text(max_size=400))
def test_any_pair_of_texts_aligns_without_crashing_and_within_bounds(claim, quote_text):
    result = align(claim, quote_text)
    if result is None:
        return
    assert 0.0 <= result.score <= 100.0
    assert 0 <= result.start <= result.end <= len(quote_text)
    assert result.wording in ("exact", "excerpt", "altered")
    assert {d.op for d in result.diff} <= {"equal", "replace", "insert", "delete"}
    is_close(result)


# -- verdicts -------------------------------------------------------------------------------

@SETTINGS
@given(sentences())
def test_any_stored_quote_verifies_as_itself(sentence):
    text, _ = sentence
    quote = stored(text)
    assert verdict_of(text, quote).verdict == "verified"
    assert verdict_of(text, quote, speaker="Ada Example").verdict == "verified"


@SETTINGS
@given(sentences(min_words=3, max_words=30), st.data())
def test_a_verbatim_excerpt_of_three_words_or_more_verifies(sentence, data):
    text, _ = sentence
    tokens = tokenize(text)
    assume(len(tokens) >= 3)
    start = data.draw(st.integers(0, len(tokens) - 3))
    end = data.draw(st.integers(start + 3, len(tokens)))
    # (Words left out that could turn the meaning are the next property's business.)
    assume(not any(turns_meaning(t.key) for t in tokens[:start] + tokens[end:]))
    excerpt = text[tokens[start].start:tokens[end - 1].end]
    result = verdict_of(excerpt, stored(text))
    assert result.verdict == "verified"
    assert result.wording in ("exact", "excerpt")


@SETTINGS
@given(sentences(min_words=3, max_words=20), st.sampled_from(["never", "not", "only", "12", "one"]), st.data())
def test_an_excerpt_that_cuts_a_negation_number_or_limit_from_its_clause_is_never_verified(sentence, turner, data):
    _, chosen = sentence
    assume(not any(turns_meaning(word_key(w)) for w in chosen))
    cut = data.draw(st.integers(1, len(chosen) - 2))
    # One clause (words joined by spaces only), the turning word just outside the excerpt's start.
    text = " ".join(chosen[:cut] + [turner] + chosen[cut:])
    excerpt = " ".join(chosen[cut:])
    assume(len(tokenize(excerpt)) >= 3)
    result = verdict_of(excerpt, stored(text))
    assert result.verdict != "verified"
    assert "omission_changes_meaning" in result.reasons


@SETTINGS
@given(sentences(min_words=1, max_words=30), st.data())
def test_any_word_replaced_is_never_verified(sentence, data):
    text, _ = sentence
    tokens = tokenize(text)
    assume(tokens)
    n = data.draw(st.integers(0, len(tokens) - 1))
    replacement = data.draw(word)
    assume(len(tokenize(replacement)) == 1 and word_key(replacement) != tokens[n].key)
    changed = text[:tokens[n].start] + replacement + text[tokens[n].end:]
    result = verdict_of(changed, stored(text))
    assert result.verdict != "verified"
    assert result.verdict in ("misquoted", "not_found")


@SETTINGS
@given(sentences(min_words=1, max_words=30), st.sampled_from(["Bea Other", "Cy Third"]))
def test_exact_words_with_another_speaker_are_misattributed_naming_the_real_one(sentence, claimed):
    text, _ = sentence
    result = verdict_of(text, stored(text, speaker="Ada Example"), speaker=claimed)
    assert result.verdict == "misattributed"
    assert result.matches[0].quote.speaker.name == "Ada Example"


@SETTINGS
@given(st.text(max_size=300), st.lists(st.text(min_size=1, max_size=200), max_size=5),
       st.one_of(st.none(), st.text(max_size=30)), st.one_of(st.none(), st.text(max_size=12), st.dates().map(str)))
def test_no_input_makes_ranking_or_deciding_crash(claim, quote_texts, speaker, claimed_date):
    quotes = [stored(t) for t in quote_texts]
    matches = rank_matches(claim, quotes, speaker, same_name)
    result = decide(matches, speaker, same_name, claimed_date=claimed_date)
    assert result.verdict in ("verified", "misquoted", "misattributed", "not_found")
    if claimed_date and matches:
        assert result.date_check in ("consistent", "inconsistent", "unknown")


@SETTINGS
@given(st.dates(), st.integers(-60, 60))
def test_a_claimed_date_is_consistent_exactly_within_a_week(day, shift):
    from datetime import timedelta

    quote = stored("a b c")
    quote.date = day.isoformat()
    quote.sources = []
    try:
        claimed = (day + timedelta(days=shift)).isoformat()
    except OverflowError:
        assume(False)
    check, real = date_check(quote, claimed)
    assert real == day.isoformat()
    assert check == ("consistent" if abs(shift) <= 7 else "inconsistent")


# -- linear time on adversarial text ------------------------------------------------------------

# Patterns that trip quadratic scanners: unbalanced or endless quotation marks, one endless word,
# scripts mixed with combining marks, and control or invisible characters.
ADVERSARIAL = {
    "curly quotation marks": "\u201c",
    "straight quotation marks": '"',
    "open-close pairs": "\u201c\u201d",
    "openers before words": "\u201cword ",
    "attributions": '"x," he said. ',
    "one long word": "a",
    "mixed scripts": "a\u044f\u4e2d\u0639\U0001f600 \u05b0",
    "control characters": "w\x00\x01\x1b\u200b\u202e ",
}
GROWTH = 4  # the larger input is this many times the smaller
MAX_RATIO = 8.0  # linear work grows 4x; allow noise, refuse quadratic (16x)
MAX_SECONDS = 20.0  # generous cap on the larger input
MIN_TIMED = 0.02  # seconds the small run should take for timer and scheduler noise not to matter
MAX_SIZE = 500_000  # characters of the small input at most (bigger strings add cache effects)


def adversarial(pattern: str, size: int) -> str:
    """The pattern repeated to exactly `size` characters."""
    return (pattern * (size // len(pattern) + 1))[:size]


def best_time(function, text: str, runs: int = 2) -> float:
    """The fastest of a few runs, so a busy machine's noise counts less.

    The cyclic garbage collector is paused while timing: its passes grow with the number of live
    objects and would make linear code look superlinear.
    """
    import gc
    import time

    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            started = time.perf_counter()
            function(text)
            best = min(best, time.perf_counter() - started)
    finally:
        gc.enable()
    return best


def assert_linear(function, pattern: str, size: int) -> None:
    """Time the function on size and GROWTH x size characters; the growth must not be quadratic."""
    function(adversarial(pattern, 100))  # warm up: imports, caches, lazily built indexes
    # Grow the input until the small run is long enough to time reliably on a busy machine.
    small = best_time(function, adversarial(pattern, size), runs=3)
    while small < MIN_TIMED and size < MAX_SIZE:
        size *= 2
        small = best_time(function, adversarial(pattern, size), runs=3)
    large = best_time(function, adversarial(pattern, GROWTH * size))
    assert large / max(small, MIN_TIMED) < MAX_RATIO, f"{size} chars: {small:.4f}s -> {large:.4f}s"
    assert large < MAX_SECONDS


def verify_path(text: str) -> None:
    """What a verify does with a text in the core: read the claim, find candidates, align them."""
    from service.core.claim import parse_claim

    claim = parse_claim(text)
    for quote_id, _ in small_index().search(claim.text, 24):
        align(claim.text, _INDEXED[quote_id])


_INDEXED = {n + 1: f"We call on Russia once again to de-escalate the situation, round {n} of the talks"
            for n in range(200)}


@functools.cache
def small_index():
    """An index of a few hundred quotes, built once."""
    from service.core.index import QuoteIndex

    index = QuoteIndex()
    index.add_many(_INDEXED.items())
    return index


@pytest.mark.slow
@pytest.mark.parametrize("name", ADVERSARIAL)
def test_extraction_stays_linear_on_adversarial_text(name):
    from service.core.extraction import extract_quotes

    assert_linear(extract_quotes, ADVERSARIAL[name], 25_000)


@pytest.mark.slow
@pytest.mark.parametrize("name", ADVERSARIAL)
def test_matching_stays_linear_on_adversarial_text(name):
    assert_linear(verify_path, ADVERSARIAL[name], 25_000)


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_normalising_and_tokenising_megabytes_stay_linear(name):
    assert_linear(lambda text: (normalize(text), tokenize(text)), ADVERSARIAL[name], 200_000)
