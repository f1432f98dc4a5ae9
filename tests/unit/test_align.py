"""Word alignment of a submission against one quote: span, diff, score, wording."""
from __future__ import annotations

import pytest

from service.core.align import align, is_close

QUOTE = ("We call on Russia once again to immediately de-escalate the situation. NATO firmly believes that "
         "tensions and disagreements must be resolved through dialogue and diplomacy")


def changes(alignment):
    return [(d.op, d.original.strip(), d.submitted.strip()) for d in alignment.diff if d.op != "equal"]


@pytest.mark.parametrize("submitted", [
    QUOTE,
    QUOTE.upper(),
    QUOTE.replace("-", "\u2013").replace(". ", " \u2014 "),
    "  ".join(QUOTE.split()),
    "\u201c" + QUOTE + ".\u201d",
])
def test_case_punctuation_dashes_and_spacing_are_not_alterations(submitted):
    result = align(submitted, QUOTE)
    assert result.wording == "exact" and result.score == 100.0 and changes(result) == []


def test_an_excerpt_is_aligned_to_its_span():
    result = align("immediately de-escalate the situation", QUOTE)
    assert result.wording == "excerpt"
    assert QUOTE[result.start:result.end] == "immediately de-escalate the situation"


def test_one_replaced_word_is_an_alteration():
    result = align(QUOTE.replace("de-escalate", "escalate"), QUOTE)
    assert result.wording == "altered"
    assert changes(result) == [("replace", "de-escalate", "escalate")]


def test_a_dropped_word_is_a_delete():
    result = align(QUOTE.replace("firmly ", ""), QUOTE)
    assert changes(result) == [("delete", "firmly", "")]


def test_an_ellipsis_omits_words_without_altering():
    result = align("We call on Russia ... to immediately de-escalate the situation", QUOTE)
    assert result.wording == "excerpt"
    assert [d.submitted for d in result.diff if d.op == "delete"] == ["\u2026"]


def test_words_around_a_contained_quote_are_inserts():
    result = align("Yesterday the chief said " + QUOTE + " and then he left", QUOTE)
    assert result.wording == "altered"
    assert [d.submitted for d in result.diff if d.op == "insert"] == ["Yesterday the chief said", "and then he left"]
    assert (result.start, result.end) == (0, len(QUOTE))
    assert is_close(result)


def test_stray_common_words_do_not_stretch_the_span():
    quote = "We will read it. Study it. The partners studied our project for almost a month and a half"
    result = align("We will read it. Study it. And then we will reject it.", quote)
    assert quote[result.start:result.end] == "We will read it. Study it"
    assert changes(result) == [("insert", "", "And then we will reject it")]


def test_diff_originals_rebuild_the_span():
    result = align("we call on russia to immediately escalate the situation, NATO believes", QUOTE)
    assert "".join(d.original for d in result.diff) == QUOTE[result.start:result.end]


def test_unrelated_text_is_not_close():
    assert not is_close(align("the cat sat on the mat and ate the cream", QUOTE))
    assert align("", QUOTE) is None


def test_a_verbatim_excerpt_with_repeated_words_is_found_where_it_stands():
    result = align("B B A", "B B B A")
    assert (result.wording, changes(result)) == ("excerpt", [])
    assert "B B B A"[result.start:result.end] == "B B A"


def test_a_lone_common_word_is_not_an_excerpt_of_a_longer_quote():
    assert not is_close(align("the", QUOTE))
    assert is_close(align("study", "study"))
    assert is_close(align("the situation", QUOTE))
