"""Tokens keep their offsets into the article, whatever the text: each is the text between its offsets."""
from hypothesis import given
from hypothesis import strategies as st

from service.core.extraction import extract_quotes
from service.core.extraction.tokens import TOKEN, tokens

# Words, names, abbreviations, party tags, marks and blanks of several kinds, in any order.
PIECES = st.sampled_from(["Sen.", "Mr.", "U.S.", "R-Ky.", "D-N.Y.", "O’Brien", "don't", "said", "Jens", "3.5",
                          "“", "”", "‘", "’", '"', ",", ".", "—", " ", "  ", "\n", "\n\n", "\u00a0", "\t", "José",
                          "al-Hayya", "e.g.", "vs.", "Inc.", "(", ")", "…", "%", "A.", "a", "P&G", "&"])
TEXTS = st.lists(PIECES, max_size=40).map("".join) | st.text(max_size=60)


@given(TEXTS, st.integers(0, 10), st.integers(0, 10))
def test_each_token_is_the_text_between_its_offsets_as_the_token_pattern_finds_it(text, cut_lo, cut_hi):
    lo, hi = min(cut_lo, len(text)), max(min(cut_lo, len(text)), len(text) - cut_hi)
    found = tokens(text, lo, hi)
    assert all(text[t.start:t.end] == t.text for t in found)
    matched = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, lo, hi)]
    kept = [(t.text, t.start, t.end) for t in found]
    assert set(kept) <= set(matched)
    if not any(mark in text[lo:hi] for mark in "“”\"‘’"):
        assert kept == matched  # (only a quoted nickname inside a name is ever dropped)


def test_a_nickname_inside_a_name_is_dropped_and_the_name_reads_on():
    text = "Marcia “Cia” Price said"
    assert [t.text for t in tokens(text, 0, len(text))] == ["Marcia", "Price", "said"]


def test_a_state_abbreviation_before_a_comma_is_one_word_and_ends_no_sentence():
    toks = tokens("Brianne Stone, 29, of Huntsville, Ala., says", 0, 44)
    assert "Ala." in [t.text for t in toks]
    assert not any(t.is_sentence_end for t in toks)


def test_a_speaker_placed_by_town_and_state_is_named():
    (quote,) = extract_quotes("Brianne Stone, 29, of Huntsville, Ala., says her concern is “global warming today.”")
    assert quote.speaker == "Brianne Stone"


def test_initials_joined_by_an_ampersand_are_one_word():
    text = "one P&G employee and one AT&T manager"
    assert [t.text for t in tokens(text, 0, len(text))] == ["one", "P&G", "employee", "and", "one", "AT&T", "manager"]
