"""Properties of verdict integrity over generated stored quotes: any one meaning-bearing token replaced,
inserted or deleted is never verified; cosmetic changes always are; an ellipsis over a negation never is."""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))  # importlib mode leaves sys.path alone
from integrity_support import quote, verify  # noqa: E402

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = """harbour winter budget pension river bridge council garden market tunnel railway village doctor
teacher border science museum factory highway island ticket weather planet courage silence promise
café naïve résumé señor Zürich""".split()
NUMBERS = ["2.4%", "4.2%", "−2%", "2%", "+3", "€5", "$5", "£5", "1,5", "15", "1,000", "1000", "300", "3.5"]
SHAPED = ["re-sign", "resign", "we're", "were", "won't", "will", "de-escalate", "escalate", "it's", "its"]
NEGATIONS = ["not", "never", "no", "nothing", "nobody", "without"]
TOKENS = WORDS + NUMBERS + SHAPED + NEGATIONS


def key(token: str) -> str:
    """How the tests tell two tokens apart: exactly as written, ignoring case."""
    return unicodedata.normalize("NFC", token).casefold()


@st.composite
def stored_quote(draw, min_size=5, max_size=12):
    """Distinct tokens (so an edit cannot line up with another copy) joined by spaces and commas."""
    tokens = draw(st.lists(st.sampled_from(TOKENS), min_size=min_size, max_size=max_size, unique_by=key))
    return tokens


def joined(tokens: list[str], commas: bool = True) -> str:
    """Tokens as a sentence: a comma after the third word when there are enough, a full stop at the end."""
    words = [t + ("," if commas and n == 2 and len(tokens) > 6 else "") for n, t in enumerate(tokens)]
    return " ".join(words) + "."


def other_token(draw, tokens: list[str], like: str) -> str:
    """A token of the same kind as `like` (number for number, word for word) that the quote does not hold."""
    pool = next(group for group in (NUMBERS, SHAPED, NEGATIONS, WORDS) if like in group)
    used = {key(t) for t in tokens}
    choices = [t for t in pool + WORDS if key(t) not in used]
    return draw(st.sampled_from(choices))


@SETTINGS
@given(stored_quote(), st.data())
def test_replacing_any_one_meaning_bearing_token_is_never_verified(tokens, data):
    position = data.draw(st.integers(0, len(tokens) - 1))
    changed = list(tokens)
    changed[position] = other_token(data.draw, tokens, tokens[position])
    verdict = verify(joined(changed), [quote(joined(tokens))])
    assert verdict.verdict != "verified"


@SETTINGS
@given(stored_quote(), st.data())
def test_inserting_any_one_meaning_bearing_token_is_never_verified(tokens, data):
    position = data.draw(st.integers(0, len(tokens)))
    changed = list(tokens)
    changed.insert(position, other_token(data.draw, tokens, data.draw(st.sampled_from(TOKENS))))
    verdict = verify(joined(changed), [quote(joined(tokens))])
    assert verdict.verdict != "verified"


@SETTINGS
@given(stored_quote(), st.data())
def test_deleting_any_one_meaning_bearing_token_inside_the_quote_is_never_verified(tokens, data):
    position = data.draw(st.integers(1, len(tokens) - 2))  # dropping an end word leaves a true excerpt
    changed = tokens[:position] + tokens[position + 1:]
    verdict = verify(joined(changed, commas=False), [quote(joined(tokens, commas=False))])
    assert verdict.verdict != "verified"


COSMETIC = {
    "case": lambda text: text.upper(),
    "lower": lambda text: text.lower(),
    "curly marks": lambda text: "\u201c" + text.replace("'", "\u2019") + "\u201d",
    "dashes": lambda text: text.replace(", ", " \u2014 ").replace("-", "\u2010"),
    "whitespace": lambda text: text.replace(" ", " \n\u00a0 "),
    "unicode form": lambda text: unicodedata.normalize("NFD", text),
    "zero-width": lambda text: text.replace("e", "e\u200b").replace("a", "a\u00ad"),
    "bom and joiners": lambda text: "\ufeff" + text.replace("r", "r\u200d").replace("i", "\u2060i"),
    "entities": lambda text: text.replace("'", "&#8217;").replace("€", "&euro;"),
    "clause punctuation": lambda text: text.replace(", ", "; ").rstrip(".") + "!",
}


@SETTINGS
@given(stored_quote(), st.lists(st.sampled_from(sorted(COSMETIC)), min_size=1, max_size=4, unique=True))
def test_case_quote_mark_dash_whitespace_and_invisible_changes_are_always_verified(tokens, styles):
    text = joined(tokens)
    styled = text
    for style in sorted(styles, key=lambda style: style == "entities"):  # an entity is written last, whole
        styled = COSMETIC[style](styled)
    verdict = verify(styled, [quote(text)])
    assert (verdict.verdict, verdict.wording) == ("verified", "exact")


@SETTINGS
@given(stored_quote(min_size=6), st.sampled_from(NEGATIONS), st.data())
def test_an_ellipsis_over_a_negation_is_never_verified(tokens, negation, data):
    tokens = [t for t in tokens if key(t) not in {key(n) for n in NEGATIONS}]
    assume(len(tokens) >= 4)
    tokens.insert(data.draw(st.integers(1, len(tokens) - 1)), negation)
    at = tokens.index(negation)
    before = data.draw(st.integers(0, at - 1))  # omitted words before the negation, at least one word kept
    after = data.draw(st.integers(0, len(tokens) - at - 2))  # and after it
    claim = " ".join(tokens[:at - before]) + " \u2026 " + " ".join(tokens[at + after + 1:])
    verdict = verify(claim, [quote(" ".join(tokens))])
    assert verdict.verdict != "verified"
    assert {"omission_changes_meaning", "too_short"} & set(verdict.reasons)
