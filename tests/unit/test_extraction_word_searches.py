"""What the extractor asks of a whole article's words reads the same whether a search or a pass answers it: how
often a word stands alone, whether the text writes it in lower case, whether a sentence may end in an
abbreviation, and a word's features once remembered words are forgotten."""
import re
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from service.core.extraction import tokens as tokens_module
from service.core.extraction.paragraphs import _ABBREVIATION_END, _may_be_abbreviated, _sentence_breaks
from service.core.extraction.people import _LOWER_WORD, MAX_WORDS_SEARCHED, People
from service.core.extraction.tokens import PLAIN_WORD, tokens

PIECES = st.sampled_from(["plastic", "Plastics", "plastics", "Lee", "lee", "Lee's", "Lee’s", "x-lee", "lee-x", "_lee",
                          "lee_", "lee2", "élee", ".lee", "lee.", "'lee", "lee'", " ", "\n", ",", "Mr", "Sept", "U.S",
                          "e.g", "Inc", "Rev", "No", "A", ".", "!", "Jr", "said"])
TEXTS = st.lists(PIECES, max_size=30).map("".join)
WORDS = st.sampled_from(["lee", "Lee", "plastic", "plastics", "said", "s", "x"])


def _counted(text: str, word: str) -> int:
    return Counter(PLAIN_WORD.findall(text))[word]


@given(TEXTS, st.lists(WORDS, min_size=1, max_size=12))
def test_how_often_a_word_is_written_is_the_count_of_a_pass_over_every_word(text, asked):
    people = People(text)
    assert [people.times_written(word) for word in asked] == [_counted(text, word) for word in asked]


def test_words_past_the_few_searched_for_are_counted_in_one_pass():
    text = " ".join(f"w{n} w{n}" for n in range(MAX_WORDS_SEARCHED + 3)) + " w1's"
    people = People(text)
    assert [people.times_written(f"w{n}") for n in range(MAX_WORDS_SEARCHED + 3)] == [2, 3] + [2] * (
        MAX_WORDS_SEARCHED + 1)


@given(TEXTS, st.lists(WORDS, min_size=1, max_size=12))
def test_a_noun_in_lower_case_is_found_as_the_text_s_lower_case_words_hold_it(text, asked):
    people = People(text)
    lower = frozenset(_LOWER_WORD.findall(text))

    def common(word: str) -> bool:
        folded = word.casefold()
        return folded in lower or (folded.endswith("s") and folded[:-1] in lower)

    assert [people.is_common_noun(word.capitalize()) for word in asked] == [common(word) for word in asked]


def test_a_capitalised_word_the_text_also_writes_in_lower_case_is_a_common_noun():
    people = People("Plastics seemed unsuitable. The plastic bag.")
    assert people.is_common_noun("Plastics")
    assert not people.is_common_noun("Dorsey")


@given(st.text(alphabet="abcdefMrSptUSIn.éx -", max_size=12))
def test_the_cheap_test_never_hides_an_abbreviation_the_pattern_finds(before):
    if _ABBREVIATION_END.search(before):
        assert _may_be_abbreviated(before)


def test_a_courtesy_title_ends_no_sentence_and_a_long_word_does():
    text = "He met Mr. Smith. Then he left. It was late."
    assert [text[at:at + 4] for at in _sentence_breaks(text, 0, len(text))] == ["Then", "It w"]


def test_words_read_again_after_the_remembered_ones_are_forgotten_keep_their_features(monkeypatch):
    monkeypatch.setattr(tokens_module, "MAX_WORDS_REMEMBERED", 2)
    monkeypatch.setattr(tokens_module, "_FEATURES", {})
    text = "Sen. Warren quickly said the chairman left"
    first = tokens(text, 0, len(text))
    again = tokens(text, 0, len(text))
    assert first == again
    assert len(tokens_module._FEATURES) <= 2
    assert [t.is_title for t in first if t.text in {"Sen.", "chairman"}] == [True, True]
    assert [t.is_adverb for t in first if t.text == "quickly"] == [True]
    assert re.fullmatch(r"\w+", first[1].text) and first[1].is_cap


def test_a_title_the_tokenizer_reads_as_abbreviated_ends_no_sentence_either():
    text = "Pres. Obama admits it failed. Det. Insp. Jane Roe said so. Then he left."
    assert [text[at:at + 4] for at in _sentence_breaks(text, 0, len(text))] == ["Det.", "Then"]
