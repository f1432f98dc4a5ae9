"""Rule 7 of verdict integrity: a claim too short or too common to single out one quote is not_found with
reason too_short, never verified or misattributed."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # importlib mode leaves sys.path alone
from integrity_support import quote, verify  # noqa: E402

WAR = quote("I do not, under any circumstances, support the war", speaker="Maria Ortega")
STUDY = quote("We will read it. Study it. And then we will reject it.", speaker="Alexander Grushko", quote_id=2)
THANKS = [quote(f"Thank you very much, {place}, it is good to be here", speaker=name, quote_id=n + 10)
          for n, (place, name) in enumerate([("Ohio", "Ann Lee"), ("Texas", "Bo Park"), ("Iowa", "Cy Diaz")])]


@pytest.mark.parametrize("submitted,speaker", [
    ("the war", None),
    ("the war", "Hans Kettle"),
    ("“Study it.”", "Grushko"),
    ("war", None),
    ("…", None),
    ("Thank you very much", None),
    ("Thank you very much", "Ann Lee"),
    ("it is good to be here", "Bo Park"),
])
def test_too_few_or_too_common_words_are_not_found_as_too_short(submitted, speaker):
    verdict = verify(submitted, [WAR, STUDY, *THANKS], speaker=speaker)
    assert (verdict.verdict, verdict.wording, verdict.reasons, verdict.matches) == ("not_found", None,
                                                                                    ["too_short"], [])


@pytest.mark.parametrize("submitted,verdict_name", [
    ("support the war", "misquoted"),
    ("Study it. And then", "verified"),
    ("Thank you very much, Ohio, it is good to be here", "verified"),
    ("We will read it", "verified"),
])
def test_three_words_that_single_out_one_quote_are_judged(submitted, verdict_name):
    verdict = verify(submitted, [WAR, STUDY, *THANKS])
    assert verdict.verdict == verdict_name and "too_short" not in verdict.reasons


def test_nothing_close_is_not_found_with_reason_no_match():
    verdict = verify("The price of bread in Paris rose sharply this spring", [WAR, STUDY])
    assert (verdict.verdict, verdict.reasons) == ("not_found", ["no_match"])
