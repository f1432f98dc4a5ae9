"""Quotes interrupted by their attribution, and quotes running over several paragraphs."""
from __future__ import annotations

import pytest

from service.core.extraction import extract_quotes


def test_quote_split_by_attribution_is_one_quote_with_two_parts():
    text = "Jane Roe spoke on Monday.\n“The plan is sound,” she said. “We will pass it.”\n"
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.parts == [(text.index("The plan"), text.index(",” she")),
                           (text.index("We will"), text.index(".”\n") + 1)]
    # (The attribution between ends a sentence, so the speaker's full stop, written as a comma before it, is back.)
    assert quote.text == "The plan is sound. We will pass it."
    assert (quote.start, quote.end) == (quote.parts[0][0], quote.parts[-1][1])
    assert quote.speaker == "Jane Roe"


def test_split_quote_continuing_the_sentence_keeps_both_parts():
    text = "“We tried,” said Mayor Tom Fields, “and we will try again.”"
    (quote,) = extract_quotes(text)
    assert len(quote.parts) == 2
    assert quote.speaker == "Tom Fields"
    assert quote.title == "Mayor"


def test_parts_can_be_reported_separately_when_asked():
    text = "“The plan is sound,” Jane Roe said. “We will pass it.”"
    quotes = extract_quotes(text, join_split=False)
    assert [q.text for q in quotes] == ["The plan is sound", "We will pass it."]
    assert {q.speaker for q in quotes} == {"Jane Roe"}


def test_quote_running_over_paragraphs_is_one_quote_with_a_part_per_paragraph():
    text = ("Senator Ann Lee said on the floor:\n"
            "“We owe the veterans more than words.\n"
            "“We owe them care, and we will fund it.”\n")
    (quote,) = extract_quotes(text)
    assert len(quote.parts) == 2
    assert text[quote.parts[0][0]:quote.parts[0][1]] == "We owe the veterans more than words."
    assert quote.speaker == "Ann Lee"


def test_unclosed_quote_without_a_reopening_paragraph_is_dropped():
    text = "“This never closes, said Bob Smith.\nA new paragraph starts here.\n"
    assert extract_quotes(text) == []


def test_quotation_inside_another_is_not_listed_apart_from_it():
    from service.core.extraction.marks import QuoteSpan
    from service.core.extraction.paragraphs import _Found
    from service.core.extraction.records import _outermost_quotations

    outer = _Found(QuoteSpan([(1, 60)], 0, 61), "direct")
    inner = _Found(QuoteSpan([(21, 30)], 20, 31), "partial")
    after = _Found(QuoteSpan([(71, 80)], 70, 81), "direct")
    assert _outermost_quotations([outer, inner, after]) == [outer, after]


def test_a_sentence_resumed_after_the_speaker_and_an_appositive_is_one_quote():
    (quote,) = extract_quotes("“I think,” said Sen. Chuck Schumer, D-N.Y., “we have the votes.”")
    assert (quote.kind, quote.speaker, len(quote.parts)) == ("direct", "Chuck Schumer", 2)


def test_a_later_quotation_after_other_words_is_not_joined_to_a_title():
    text = ('On ABC News\'s "This Week," Rubio said that by refusing to say the words "radical Islam," Democrats '
            'are "saying we were afraid to offend some Germans."')
    assert all(len(q.parts) == 1 for q in extract_quotes(text))


def test_an_attribution_inside_one_quoted_sentence_speaks_for_both_halves():
    quotes = extract_quotes("“If there had not been that intervention” by the United States, NATO and other partners, "
                            "Clinton said at a town hall on Monday, “we would be looking at something like Syria.”")
    assert [q.speaker for q in quotes] == ["Clinton", "Clinton"]


def test_a_sentence_resumed_after_the_verb_and_its_listener_is_one_quote():
    text = "“This budget is a disaster,” he told reporters, “and families will pay the price.”\n"
    (quote,) = extract_quotes(text, join_split=True)
    assert [text[a:b] for a, b in quote.parts] == ["This budget is a disaster", "and families will pay the price."]
    assert quote.kind == "direct"


def test_a_sentence_after_posted_on_x_opens_a_new_sentence_not_a_fragment():
    text = ("“This is political persecution,” House Speaker Mike Johnson posted on X. “The American people see "
            "right through it.”\n")
    kinds = [q.kind for q in extract_quotes(text, join_split=False)]
    assert kinds == ["direct", "direct"]


def test_split_quote_whose_attribution_ends_a_sentence_joins_as_two_sentences():
    text = "“Prices have come down a little bit,” she said. “I just feel sad for those who bought.”"
    assert extract_quotes(text)[0].text == "Prices have come down a little bit. I just feel sad for those who bought."


def test_split_quote_that_goes_on_in_its_sentence_joins_with_a_space_only():
    text = "“We will,” Kettle said, “invade our neighbours.”"
    assert extract_quotes(text)[0].text == "We will invade our neighbours."


def test_split_quote_whose_second_piece_opens_a_clause_keeps_the_comma_between():
    text = "“I got him down,” Stephen Jones recalls, “and put him in a hold he couldn’t get out of.”"
    assert extract_quotes(text)[0].text == "I got him down, and put him in a hold he couldn’t get out of."


def test_quote_over_two_paragraphs_joins_as_two_sentences_though_the_first_has_no_stop():
    text = ("Cllr Louise Gittins said: “Councils are striving to unite communities and not divide them\n\n"
            "“While it has been encouraging to see the community spirit, it will take much longer.”")
    assert extract_quotes(text)[0].text == (
        "Councils are striving to unite communities and not divide them. While it has been encouraging to see the "
        "community spirit, it will take much longer.")


def test_quote_whose_paragraph_ends_in_a_comma_goes_on_in_its_sentence():
    text = "Ms Gittins said: “Councils are striving to unite communities,\n\n“and not to divide them.”"
    assert extract_quotes(text)[0].text == "Councils are striving to unite communities, and not to divide them."


def test_a_piece_after_a_colon_that_opens_with_a_capital_is_a_new_sentence():
    text = ("Alvarez and Perry spoke at the march.\n\n“No, not even,” Perry countered: “If they would've just "
            "re-analyzed the Zimmerman case, or the Ferguson case.”\n")
    (quote,) = extract_quotes(text)
    assert quote.text == "No, not even. If they would've just re-analyzed the Zimmerman case, or the Ferguson case."


@pytest.mark.parametrize("opener", ["you", "I", "it"])
def test_split_quote_whose_second_piece_opens_with_a_subject_keeps_the_comma_between(opener):
    text = f"“When the unit is this good,” he said, “{opener} do not experiment with it.”"
    assert extract_quotes(text)[0].text == f"When the unit is this good, {opener} do not experiment with it."
