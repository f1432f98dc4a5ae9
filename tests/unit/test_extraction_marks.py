"""Single marks pair as they would if every mark were read: those inside a word are skipped unread."""
import re

from hypothesis import given
from hypothesis import strategies as st

from service.core.extraction import marks

PIECES = st.sampled_from(["‘", "’", "'", "‚", "‹", "›", "don’t", "Trump’s", "voters’", "a", "I", "said", " ", "  ",
                          ",", ".", "\n", "_", "3", "é", "''", "’s", "s", "rock ’n’ roll"])
TEXTS = st.lists(PIECES, max_size=30).map("".join)


@given(TEXTS, st.integers(0, 6), st.integers(0, 6), st.booleans())
def test_single_marks_pair_as_if_every_mark_were_read(text, cut_lo, cut_hi, straight):
    lo, hi = min(cut_lo, len(text)), max(min(cut_lo, len(text)), len(text) - cut_hi)
    every_mark = re.compile(marks._SINGLE_OR_STRAIGHT_MARK if straight else marks._SINGLE_MARK)
    every = [match.start() for match in every_mark.finditer(text, lo, hi)]
    assert set(marks._single_marks(text, lo, hi, straight)) <= set(every)
    assert marks._single_spans(text, lo, hi, straight) == marks._pair_single_marks(text, lo, hi, every)


def test_an_apostrophe_inside_a_word_is_not_read_and_quoted_words_still_pair():
    text = "She said ‘don’t go’ twice"
    assert marks._single_marks(text, 0, len(text), False) == [9, 18]
    assert marks._single_spans(text, 0, len(text)) == [(9, 18)]
