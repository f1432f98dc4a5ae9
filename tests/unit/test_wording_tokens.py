"""Rule 1 of verdict integrity: every meaning-bearing token counts; only cosmetic differences never do."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from service.core.text import tokenize

sys.path.insert(0, str(Path(__file__).resolve().parent))  # importlib mode leaves sys.path alone
from integrity_support import changes, quote, verify  # noqa: E402


@pytest.mark.parametrize("said,submitted,original,changed", [
    ("Inflation rose 2.4% in May, the highest in a decade", "Inflation rose 4.2% in May, the highest in a decade",
     "2.4%", "4.2%"),
    ("Prices fell −2% last year across the whole region", "Prices fell 2% last year across the whole region",
     "−2%", "2%"),
    ("A ticket costs €5 at the door of the museum", "A ticket costs $5 at the door of the museum", "€5", "$5"),
    ("The growth rate was 1,5 percent in the first quarter", "The growth rate was 15 percent in the first quarter",
     "1,5", "15"),
    ("Rents rose by £1,000 a month in the capital", "Rents rose by £1000 a month in the capital", "£1,000", "£1000"),
    ("Temperatures rose +3 degrees over the century", "Temperatures rose 3 degrees over the century", "+3", "3"),
    ("Cases of COVID-19 fell again this week", "Cases of COVID-18 fell again this week", "COVID-19", "COVID-18"),
])
def test_a_changed_number_sign_or_symbol_is_misquoted_with_the_change_shown(said, submitted, original, changed):
    verdict = verify(submitted, [quote(said)])
    assert (verdict.verdict, verdict.wording) == ("misquoted", "altered")
    assert "number_changed" in verdict.reasons
    assert changes(verdict) == [("replace", original, changed)]


@pytest.mark.parametrize("said,submitted,original,changed,reason", [
    ("I will re-sign the contract with the club tomorrow", "I will resign the contract with the club tomorrow",
     "re-sign", "resign", "word_changed"),
    ("We're ready to talk to them about the border", "Were ready to talk to them about the border",
     "We're", "Were", "word_changed"),
    ("We won't back down from this fight now", "We will back down from this fight now", "won't", "will",
     "negation_changed"),
    ("Russia must immediately de-escalate the situation", "Russia must immediately escalate the situation",
     "de-escalate", "escalate", "word_changed"),
    ("The alliance's door remains open to new members", "The alliances door remains open to new members",
     "alliance's", "alliances", "word_changed"),
])
def test_an_apostrophe_or_hyphen_inside_a_word_is_part_of_the_word(said, submitted, original, changed, reason):
    verdict = verify(submitted, [quote(said)])
    assert (verdict.verdict, verdict.wording) == ("misquoted", "altered")
    assert reason in verdict.reasons
    assert changes(verdict) == [("replace", original, changed)]


SAID = "We're ready to de-escalate: inflation of 2.4% and −2% growth cost €5 billion, café owners said \"enough\""


@pytest.mark.parametrize("submitted", [
    SAID.upper(),
    SAID.replace("'", "\u2019").replace('"', "\u201c", 1).replace('"', "\u201d"),
    SAID.replace("-", "\u2010"),
    SAID.replace(": ", " \u2014 "),
    SAID.replace(": ", " - "),
    "  \n ".join(SAID.split(" ")),
    SAID.replace("café", "cafe\u0301"),
    SAID.replace("ready", "rea\u200bdy").replace("billion", "bil\u00adlion"),
    "\ufeff" + SAID.replace("owners", "own\u200ders").replace(" ", "\u00a0"),
    SAID.replace("'", "&#8217;").replace('"', "&quot;").replace("€", "&euro;"),
    SAID.replace(": ", ". ").replace(", ", "; ") + ".",
    SAID.replace("2.4%", "2.4 %").replace("€5", "€\u00a05"),
])
def test_case_quote_marks_dashes_whitespace_unicode_form_invisibles_and_entities_never_count(submitted):
    verdict = verify(submitted, [quote(SAID)])
    assert (verdict.verdict, verdict.wording, verdict.reasons) == ("verified", "exact", [])


def test_tokens_keep_signs_separators_and_symbols_and_point_at_the_text_as_given():
    text = "Gen\u200buine: −2% of €5 and 1,5, we’re told"
    assert [t.key for t in tokenize(text)] == ["genuine", "-2%", "of", "€5", "and", "1,5", "we're", "told"]
    assert [text[t.start:t.end] for t in tokenize(text)][:2] == ["Gen\u200buine", "−2%"]
