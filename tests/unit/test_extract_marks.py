"""Quotation marks: curly and straight, nested singles, apostrophes and unbalanced marks."""
from __future__ import annotations

import pytest

from service.core.extraction import extract_quotes
from service.core.extraction.marks import (
    doubled_straight_as_one,
    find_quotations,
    quoted_names_unmarked,
    single_closed_outside_double,
)


def test_straight_double_marks_pair_like_curly_ones():
    text = '"We will not back down," Governor Kim Park said.'
    (quote,) = extract_quotes(text)
    assert quote.text == "We will not back down"
    assert quote.speaker == "Kim Park"


def test_single_quotes_nested_in_double_quotes_stay_inside_the_quote():
    text = "“He called it ‘a disgrace’ and walked out,” said Maria Lopez."
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].text == "He called it ‘a disgrace’ and walked out"


def test_apostrophes_do_not_open_or_close_single_quotes():
    spans = find_quotations("Russia’s army and the voters’ anger don’t count, but ‘this phrase’ does.")
    assert [s.single for s in spans] == [True]


def test_unbalanced_marks_never_raise_and_yield_no_quote():
    for text in ["“", "”", "\"", "‘", "“““ ”” “ said he", "a” b “c", "\"\"\"\"", "“" * 1000 + "word"]:
        assert isinstance(extract_quotes(text), list)


def test_stray_opening_mark_is_abandoned_at_the_next_opening():
    text = "A stray “ mark here. “We stand firm,” Mayor Tom Fields said."
    (quote,) = extract_quotes(text)
    assert quote.text == "We stand firm"


def test_a_straight_mark_that_opens_after_an_unclosed_curly_one_starts_its_own_quotation():
    text = ('Mayor Andy Burnham spoke on Monday.\n\nHe warned criminals will “face every consequence., before adding: '
            '"There will have been thousands of people going to work looking over their shoulder."\n')
    quote = extract_quotes(text)[-1]
    assert quote.text == "There will have been thousands of people going to work looking over their shoulder."
    assert quote.speaker == "Andy Burnham"


def test_a_straight_quotation_inside_a_curly_one_that_closes_stays_inside_it():
    text = '“He called it "nonsense" and left,” said Maria Lopez.\n'
    (quote,) = extract_quotes(text)
    assert quote.text == 'He called it "nonsense" and left'


def test_a_single_mark_a_verb_of_saying_opens_runs_to_the_paragraphs_end_when_nothing_closes_it():
    text = ("Marina Lacerda spoke out on Monday.\n\nShe added: ‘I'm just not the type of person who's going to live "
            "in the past. I have a life today.\n\nThe hearing resumes next week.\n")
    (quote,) = extract_quotes(text)
    assert quote.text == "I'm just not the type of person who's going to live in the past. I have a life today."
    assert quote.speaker == "Marina Lacerda"


def test_a_single_mark_no_verb_of_saying_opens_quotes_nothing_when_nothing_closes_it():
    text = "Marina Lacerda spoke out on Monday about the ‘worst years of her life and what came after them.\n"
    assert extract_quotes(text) == []


def test_a_nested_quotations_closing_mark_slipped_after_the_double_one_hides_no_attribution():
    text = ("Boban Boskovic runs the plant.\n\n“I told them, ‘Here, I am your Tito, your Milosevic,”' said Boskovic, "
            "referring to the leaders.\n")
    quote = extract_quotes(text)[-1]
    assert (quote.text, quote.speaker) == ("I told them, ‘Here, I am your Tito, your Milosevic", "Boban Boskovic")


@pytest.mark.parametrize("text", [
    "“He said ‘no’ twice,”’ she wrote.",  # the nested quotation is closed: the mark after is another slip
    "“We will act,”’ and more.",  # no nested quotation opened
])
def test_a_single_mark_after_a_closing_double_one_stays_when_no_nested_quotation_is_left_open(text):
    assert single_closed_outside_double(text) == text


def test_a_straight_mark_with_its_space_after_it_opens_a_quotation_when_none_is_open():
    text = ("Photographer Kristen Wilkins spoke on Monday.\n\nWilkins said,\" [Warhol] liked the way photo booths "
            "looked\". She left.\n")
    quote = extract_quotes(text)[-1]
    assert (quote.text, quote.speaker) == ("[Warhol] liked the way photo booths looked", "Kristen Wilkins")


def test_a_straight_closing_mark_before_a_name_opens_nothing_after_it():
    text = '"We will act," Smith said. "We will go on."\n'
    (quote,) = extract_quotes(text)
    assert quote.text == "We will act. We will go on."


def test_a_single_mark_before_a_verb_of_saying_closes_a_curly_double_quotation_left_open():
    text = ("Professor David Green spoke on Monday.\n\nGreen accepts the risks. “We certainly can’t depend on a "
            "vaccine. We’ve got to live with it,’ he says.\n")
    quote = extract_quotes(text)[-1]
    assert (quote.text, quote.speaker) == ("We certainly can’t depend on a vaccine. We’ve got to live with it",
                                           "David Green")


def test_a_single_mark_no_verb_of_saying_follows_closes_no_curly_double_quotation():
    text = "Green accepts the risks. “We certainly can’t depend on the ‘vaccine,’ the thing that may never come.\n"
    assert [q.text for q in extract_quotes(text)] != ["We certainly can’t depend on the ‘vaccine"]


def test_a_quotation_whose_sentence_a_line_break_cut_in_two_runs_on_into_the_next_paragraph():
    text = ("MEC Jacob Mamabolo spoke on Thursday.\n\n“The session confirmed the protocols as weather conditions"
            "\n\ndeteriorate,” he stated.\n\nMore rain is due.\n")
    (quote,) = extract_quotes(text)
    assert quote.text == "The session confirmed the protocols as weather conditions deteriorate"
    assert quote.speaker == "Jacob Mamabolo"


def test_a_quotation_left_open_before_a_paragraph_opening_a_new_sentence_does_not_run_on():
    text = "“The session confirmed the protocols,\n\nThe rain came,” he said. Then nothing.\n"
    assert "The rain came" not in " ".join(q.text for q in extract_quotes(text))


def test_an_inch_mark_in_a_height_closes_no_quotation():
    text = "“He’s like 6’2”, and his hands are the size of someone who is 5’2”,” Rubio said.\n"
    (quote,) = extract_quotes(text)
    assert quote.text == "He’s like 6’2”, and his hands are the size of someone who is 5’2”"
    assert quote.speaker == "Rubio"


def test_a_quotation_left_open_after_a_verb_of_saying_runs_to_its_paragraphs_end():
    text = ("After the match, Hernan Dario Gomez, Panama coach, said, \"I think we have learned a lot from today's "
            "game.\n\nIt was a very emotional day for all of us.\n")
    (quote,) = extract_quotes(text)
    assert quote.text == "I think we have learned a lot from today's game."
    assert quote.speaker == "Hernan Dario Gomez"


def test_a_mark_left_open_with_no_verb_of_saying_before_it_quotes_nothing():
    text = "The sign read \"closed for the season and more.\n\nNobody came back that year.\n"
    assert extract_quotes(text) == []


def test_a_quotation_reopened_over_paragraphs_keeps_its_last_paragraph_when_the_text_ends_unclosed():
    text = ('"We are really concerned for our clients," he said.\n\n'
            '"We are in no man\'s land and we just pray that we really get some good rains.\n\n'
            '"We just need that break, get the crops in, there is a lot of hand feeding going on.\n')
    quotes = extract_quotes(text)
    assert [q.text[:18] for q in quotes] == ["We are really conc", "We are in no man's"]
    assert [text[a:b][:14] for a, b in quotes[1].parts] == ["We are in no m", "We just need t"]


def test_a_quote_paragraph_left_unclosed_after_one_that_quoted_is_a_quotation():
    text = ('"At the end of the day, this deal would not have gone ahead otherwise," Tony Smith said.\n\n'
            '"So there\'s no way they could have got more. They did everything they could.\n')
    assert [q.speaker for q in extract_quotes(text)] == ["Tony Smith", "Tony Smith"]


def test_an_unclosed_mark_after_narration_quotes_nothing():
    text = 'The farm was sold on Friday.\n\n"So there\'s no way they could have got more for it this year.\n'
    assert extract_quotes(text) == []


@pytest.mark.parametrize("closing", ['"', '""'])
def test_doubled_straight_marks_open_and_close_one_quotation(closing):
    text = (f'Art Levinson spoke for the board.\n\n""Tim\'s 13 years of service to Apple have been marked by '
            f'outstanding performance,{closing} Levinson said.\n')
    (quote,) = extract_quotes(text)
    assert (quote.text, quote.speaker) == (
        "Tim's 13 years of service to Apple have been marked by outstanding performance", "Art Levinson")
    assert text[quote.start:quote.end] == quote.text


def test_three_straight_marks_are_left_as_they_are():
    assert doubled_straight_as_one('He wrote """ and left.') == 'He wrote """ and left.'


def test_a_forename_quoted_before_a_verb_of_saying_is_a_name_not_a_quote():
    text = ('Alvarez spoke first.\n\n"Perry" chimed in: "They don\'t want to take blame for any of it," he said.\n')
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == [("They don't want to take blame for any of it", "Perry")]


@pytest.mark.parametrize("word", ["Yes", "Never"])
def test_a_quoted_word_that_is_no_forename_stays_a_quote(word):
    assert quoted_names_unmarked(f'"{word}" said the crowd.') == f'"{word}" said the crowd.'


def test_typewriter_single_marks_a_verb_of_saying_opens_quote_in_a_double_quoted_text():
    text = ("“We started it together,” Jim McKelvey said.\n\n"
            "McKelvey: He asked what I would want to do and I said, 'I really have no idea.' We kicked around ideas.\n")
    assert [q.text for q in extract_quotes(text)] == ["We started it together", "I really have no idea."]


def test_typewriter_single_marks_inside_doubled_single_marks_are_left_to_the_quotation():
    text = "''When Twitter says, 'We can't do this,' I don't believe that,'' Mr. Gingrich said.\n"
    assert all(q.text.rstrip(",") != "We can't do this" for q in extract_quotes(text))


def test_a_quotation_reopened_after_a_full_stop_without_closing_keeps_the_sentences_before():
    text = ("He added, “We have been trying to educate people. You need to be aware. “Because you need to secure "
            "your networks, you need to ensure your data is encrypted.”\n")
    first = extract_quotes(text)[0]
    assert first.text == "We have been trying to educate people. You need to be aware."
