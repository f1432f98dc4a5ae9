"""Rule 3 of verdict integrity: parts of a claim split by an attribution are adjacent words."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # importlib mode leaves sys.path alone
from integrity_support import changes, quote, verify  # noqa: E402

KETTLE = "We will never invade our neighbours"
STOLTENBERG = "We will not be intimidated Our commitment to the defence of every ally is ironclad."


@pytest.mark.parametrize("submitted,said,speaker,skipped", [
    ("“We will,” Kettle said, “invade our neighbours.”", KETTLE, "Hans Kettle", "never"),
    ("\"We will,\" said Hans Kettle, \"invade our neighbours.\"", KETTLE, "Hans Kettle", "never"),
    ("“We will,” he told reporters on Monday, “invade our neighbours.”", KETTLE, "Hans Kettle", "never"),
    ("“We have to be ready,” Stoltenberg said, “for the long haul.”",
     "We have to be ready and willing for the long haul", "Jens Stoltenberg", "and willing"),
    ("“We will not be intimidated,” said Jens Stoltenberg. “Our commitment is ironclad.”",
     "We will not be intimidated by anyone. Our commitment is ironclad.", "Jens Stoltenberg", "by anyone"),
])
def test_words_of_the_quote_skipped_between_split_parts_make_it_misquoted(submitted, said, speaker, skipped):
    verdict = verify(submitted, [quote(said, speaker=speaker)])
    assert (verdict.verdict, verdict.wording) == ("misquoted", "altered")
    assert "split_claim_skips_words" in verdict.reasons
    assert ("delete", skipped, "") in changes(verdict)


@pytest.mark.parametrize("submitted,said,speaker,verdict_wording", [
    ("“We will never,” Kettle said, “invade our neighbours.”", KETTLE, "Hans Kettle", ("verified", "exact")),
    ("“We will not be intimidated,” said Jens Stoltenberg. “Our commitment … is ironclad.”", STOLTENBERG,
     "Jens Stoltenberg", ("verified", "excerpt")),
    ("“We will not be intimidated,” said Jens Stoltenberg. “Our commitment to the defence of every ally is "
     "ironclad.”", STOLTENBERG, "Jens Stoltenberg", ("verified", "exact")),
    ("Blinken said the door “remains open” and that NATO “will not waver”",
     "The door remains open and NATO will not waver on this", "Antony Blinken", ("verified", "excerpt")),
])
def test_split_parts_that_are_adjacent_or_joined_by_an_ellipsis_or_commentary_verify(submitted, said, speaker,
                                                                                   verdict_wording):
    verdict = verify(submitted, [quote(said, speaker=speaker)])
    assert (verdict.verdict, verdict.wording) == verdict_wording


def test_an_ellipsis_between_split_parts_may_not_hide_a_negation_either():
    verdict = verify("“We will,” Kettle said, “… invade our neighbours.”", [quote(KETTLE)])
    assert (verdict.verdict, verdict.reasons) == ("misquoted", ["omission_changes_meaning"])
