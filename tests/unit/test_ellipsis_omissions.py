"""Rule 2 of verdict integrity: an ellipsis may leave out words, never words that turn the meaning."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # importlib mode leaves sys.path alone
from integrity_support import changes, quote, verify  # noqa: E402

ELLIPSIS = "\u2026"


@pytest.mark.parametrize("said,submitted,omitted", [
    ("We will never invade our neighbours", "We will … invade our neighbours", "never"),
    ("I do not, under any circumstances, support the war", "I … support the war",
     "do not, under any circumstances"),
    ("We will not raise taxes on working families", "We will ... raise taxes on working families", "not"),
    ("They sent 5,000 troops to the northern border", "They sent … troops to the northern border", "5,000"),
    ("We will only negotiate if they withdraw first", "We will … negotiate if they withdraw first", "only"),
    ("We will negotiate unless they attack again", "We will negotiate … they attack again", "unless"),
    ("Nobody in this room wants a war with them", "… in this room wants a war with them", "Nobody"),
    ("We will negotiate only if they withdraw their troops", "We will negotiate …",
     "only if they withdraw their troops"),
    ("I have never said that I would resign", "I have … said that I would resign", "never"),
    ("We can't accept this deal as it stands today", "We … accept this deal as it stands today", "can't"),
    ("Prices will rise by nearly half next year", "Prices will rise by … half next year", "nearly"),
])
def test_an_omission_that_drops_a_negation_number_or_limiting_word_is_misquoted(said, submitted, omitted):
    verdict = verify(submitted, [quote(said)])
    assert (verdict.verdict, verdict.wording) == ("misquoted", "altered")
    assert "omission_changes_meaning" in verdict.reasons
    assert ("delete", omitted, ELLIPSIS) in changes(verdict)


@pytest.mark.parametrize("said,submitted", [
    ("We have an obligation to test that proposition. We do not know where it leads. But the point is we're "
     "prepared either way", "We have an obligation to test that proposition … But the point is we're prepared "
                            "either way"),
    ("We call on Russia once again to immediately de-escalate the situation",
     "We call on Russia … to immediately de-escalate the situation"),
    ("The plan, which nobody liked at first, passed the senate easily", "The plan … passed the senate easily"),
    ("We train every day; if the weather is bad we train indoors; and we are ready",
     "We train every day … and we are ready"),
    ("Our rivers are cleaner than they were in 1990, and our air is cleaner too",
     "Our rivers are cleaner than they were in 1990 … our air is cleaner too"),
])
def test_leaving_out_whole_clauses_or_harmless_words_keeps_an_excerpt(said, submitted):
    verdict = verify(submitted, [quote(said)])
    assert (verdict.verdict, verdict.wording) == ("verified", "excerpt")
    assert verdict.reasons == ["excerpt"]
    assert [op for op, _, shown in changes(verdict)] == ["delete"] and changes(verdict)[0][2] == ELLIPSIS


@pytest.mark.parametrize("said,excerpt,left_out", [
    ("We will never invade our neighbours", "invade our neighbours", "We will never"),
    ("I do not support the war in any form", "support the war in any form", "I do not"),
    ("We will negotiate only if they withdraw", "We will negotiate", "only if they withdraw"),
    ("I do not, under any circumstances, support the war", "support the war", "I do not, under any circumstances"),
    ("I do not, I think, support the war", "support the war", "I do not, I think"),
    ("We will never, we promise, invade our neighbours", "invade our neighbours", "We will never, we promise"),
    ("Our army will, I believe, never invade them", "Our army will", "I believe, never invade them"),
])
def test_an_excerpt_cut_inside_a_clause_that_leaves_out_its_negation_or_condition_is_misquoted(said, excerpt,
                                                                                               left_out):
    verdict = verify(excerpt, [quote(said)])
    assert (verdict.verdict, verdict.reasons) == ("misquoted", ["omission_changes_meaning"])
    assert ("delete", left_out, "") in changes(verdict)
    diff = verdict.matches[0].alignment.diff
    span = verdict.matches[0].alignment
    assert "".join(d.original for d in diff) == said[span.start:span.end]


@pytest.mark.parametrize("said,excerpt", [
    ("Our rivers are not clean yet, but our air is cleaner than in 1990", "our air is cleaner than in 1990"),
    ("We will never invade our neighbours. We will defend our borders", "We will defend our borders"),
    ("If they attack, we will defend every inch of our land", "we will defend every inch of our land"),
    ("I was so knee-deep in the Cowboys, I never looked back", "I was so knee-deep in the Cowboys"),
    ("When you have one of the best units in the world, you do not experiment on it",
     "When you have one of the best units in the world"),
])
def test_an_excerpt_of_whole_clauses_is_verified(said, excerpt):
    verdict = verify(excerpt, [quote(said)])
    assert (verdict.verdict, verdict.wording, verdict.reasons) == ("verified", "excerpt", ["excerpt"])
