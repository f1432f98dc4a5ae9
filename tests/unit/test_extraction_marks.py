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


def test_two_single_marks_close_a_double_quotation_as_a_wire_writes_it():
    from service.core.extraction import extract_quotes

    text = "“We will not back down on this,’’ Johnson said on Tuesday. “It is the right thing to do.’’"
    assert [(q.speaker, q.text) for q in extract_quotes(text)] == [
        ("Johnson", "We will not back down on this"), ("Johnson", "It is the right thing to do.")]
    assert [q.text for q in extract_quotes("‘‘We will not back down on this,’’ Johnson said.")] == [
        "We will not back down on this"]


def test_two_closing_single_marks_with_no_double_quotation_open_stay_as_they_are():
    text = "She said: ‘I told him ‘no’’ and left.\n\n“We agreed.” Then ‘yes’’ came."
    assert marks.doubled_singles_as_double(text) == text


@given(st.lists(st.sampled_from(["“", "”", "’’", "‘‘", "’", "‘", "a", " ", "\n", "word"]), max_size=30).map("".join))
def test_doubled_single_marks_are_read_one_character_for_one(text):
    read = marks.doubled_singles_as_double(text)
    assert len(read) == len(text)
    assert all(before == after for before, after in zip(text, read) if before not in "’‘")  # (only marks change)


def test_a_curly_quotation_inside_a_straight_one_is_part_of_it():
    text = 'Ward said, "The department is not about “equal justice” anymore." Then she left.'
    (span,) = marks.find_quotations(text)
    assert text[span.start:span.end] == "The department is not about “equal justice” anymore."


def test_a_curly_quotation_in_a_paragraph_opening_with_a_straight_mark_stands_alone():
    text = '"Trump tried to laugh it off by interjecting, “Only Rosie O’Donnell.” But Kelly was relentless.'
    (span,) = marks.find_quotations(text)
    assert text[span.start:span.end] == "Only Rosie O’Donnell."



MARK_PIECES = st.sampled_from(["‘", "’", "'", "''", '"', "“", "”", "We", "said", "don’t", "Jones'", " ", "\n", "\n\n",
                               ",", ".", "a", "‘Yes,’", "it's"])


@given(st.lists(MARK_PIECES, max_size=40).map("".join))
def test_the_bound_on_single_quoted_spans_never_changes_how_an_article_reads(text):
    bounded = marks.single_style_as_double(text)
    saved = marks._double_style_whatever_singles
    marks._double_style_whatever_singles = lambda *_: False  # every article's marks paired one by one
    try:
        assert bounded == marks.single_style_as_double(text)
    finally:
        marks._double_style_whatever_singles = saved


@given(st.lists(MARK_PIECES, max_size=30).map("".join), st.booleans())
def test_a_stretch_is_searched_for_single_quotations_only_when_it_holds_a_single_mark(text, to_end):
    found = marks._singles_between(text, 0, len(text), 0, to_end=to_end)
    saved = marks._ANY_SINGLE
    marks._ANY_SINGLE = re.compile(r"[\s\S]")  # every stretch searched
    try:
        assert found == marks._singles_between(text, 0, len(text), 0, to_end=to_end)
    finally:
        marks._ANY_SINGLE = saved
