"""Rule 5 of verdict integrity: which words are claimed, and never verified through a reading that left out
words the submitter presented as the quote."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from service.core.claim import parse_claim

sys.path.insert(0, str(Path(__file__).resolve().parent))  # importlib mode leaves sys.path alone
from integrity_support import changes, quote, verify  # noqa: E402

RATE = ("We will cut the rate by 2.4% this year, and what critics call a 'tax on jobs' will be gone by the "
        "spring")
DIALOGUE = ("He looked at the sea for a long time. \"Nothing lasts,\" the old man said. And then he went back "
            "inside to sleep.")
NEVER = "We will never invade our neighbours"


@pytest.mark.parametrize("submitted,said,reasons", [
    (RATE.replace("2.4%", "4.2%"), RATE, ["number_changed"]),
    (RATE.replace("spring", "summer"), RATE, ["word_changed"]),
    (DIALOGUE.replace("long", "short"), DIALOGUE, ["word_changed"]),
    ("My friend told me that the \"tax on jobs\" will be gone by the summer", RATE, None),
    (RATE.replace("'", '"').replace("2.4%", "4.2%") + ", Kettle said.", RATE, ["number_changed"]),
    ("Kettle: " + RATE.replace("'", '"').replace("this year", "next year"), RATE, ["word_changed"]),
])
def test_words_outside_inner_marks_that_change_the_quote_are_never_verified(submitted, said, reasons):
    verdict = verify(submitted, [quote(said)])
    assert verdict.verdict != "verified"
    if reasons is not None:
        assert (verdict.verdict, verdict.reasons) == ("misquoted", reasons)


@pytest.mark.parametrize("submitted,said,wording", [
    (DIALOGUE, DIALOGUE, "exact"),
    (RATE, RATE, "exact"),
    ("“We will never invade our neighbours,” Kettle said.", NEVER, "exact"),
    ("Speaking in Brussels on Thursday, Kettle told reporters: “We will never invade our neighbours.” Then he "
     "left.", NEVER, "exact"),
    ("Kettle said the country would “never invade our neighbours” again", NEVER, "excerpt"),
    ("Kettle said we will never invade our neighbours", NEVER, "exact"),
    ("We will never invade our neighbours, according to Kettle", NEVER, "exact"),
    ("Kettle: we will never invade our neighbours", NEVER, "exact"),
])
def test_quoted_speech_with_inner_marks_or_words_around_an_attribution_verify(submitted, said, wording):
    verdict = verify(submitted, [quote(said)])
    assert (verdict.verdict, verdict.wording) == ("verified", wording)


def test_words_added_to_an_unquoted_claim_are_inserts():
    verdict = verify("Yesterday we decided we will never invade our neighbours", [quote(NEVER)])
    assert (verdict.verdict, verdict.reasons) == ("misquoted", ["words_added"])
    assert changes(verdict) == [("insert", "", "Yesterday we decided")]


@pytest.mark.parametrize("submitted,speaker", [
    ("Critics call it a ‘tax on jobs’", None),
    ("Officials say it is a \"tax on jobs\"", None),
    ("“We will never invade our neighbours,” Kettle said.", "Kettle"),
    ("And then: “we will never invade our neighbours”", None),
])
def test_a_plural_subject_or_words_in_capitals_are_no_claimed_speaker(submitted, speaker):
    assert parse_claim(submitted).speaker == speaker
