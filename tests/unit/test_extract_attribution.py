"""Who said it: the attribution clause before or after a quote, in any of its common shapes."""
from __future__ import annotations

import pytest

from service.core.extract import extract_quotes


def only(text: str):
    quotes = extract_quotes(text)
    assert len(quotes) == 1, quotes
    return quotes[0]


@pytest.mark.parametrize("verb", ["said", "told reporters", "added", "stressed", "warned", "wrote", "asked", "tweeted"])
def test_speaker_after_the_quote_with_any_reporting_verb(verb):
    quote = only(f"“Taxes will not rise next year,” Maria Lopez {verb}.")
    assert quote.speaker == "Maria Lopez"
    assert quote.cue == verb.split()[0]


def test_speaker_before_the_quote_with_a_colon():
    quote = only("Maria Lopez said: “Taxes will not rise next year.”")
    assert (quote.speaker, quote.cue) == ("Maria Lopez", "said")


def test_inverted_order_keeps_the_appositive_as_title():
    quote = only("“The door remains open,” said Jens Stoltenberg, NATO's secretary-general.")
    assert quote.speaker == "Jens Stoltenberg"
    assert quote.title == "NATO's secretary-general"


def test_appositive_between_name_and_verb_is_the_title():
    quote = only("“The wards are full every night,” Hugh Hill, a doctor, said.")
    assert (quote.speaker, quote.title) == ("Hugh Hill", "doctor")


def test_title_before_the_name_is_kept_as_title():
    quote = only("“We are ready,” Russian Deputy Foreign Minister Alexander Grushko said.")
    assert (quote.speaker, quote.title) == ("Alexander Grushko", "Russian Deputy Foreign Minister")


def test_organisation_can_be_the_speaker():
    quote = only("“The talks were useful,” the Kremlin said in a statement.")
    assert quote.speaker == "Kremlin"


def test_according_to_names_the_speaker():
    quote = only("The letter offers a ‘serious diplomatic path’ to peace, according to Anthony Blinken.")
    assert (quote.speaker, quote.cue, quote.kind) == ("Anthony Blinken", "according to", "partial")


def test_byline_dash_after_the_quote_names_the_speaker():
    quote = only("“I am afraid for my family and my town.” ― Carla Sanchez")
    assert quote.speaker == "Carla Sanchez"


def test_name_and_colon_before_a_quote_on_the_next_paragraph():
    text = "Senator Ann Lee continued:\n“We owe the veterans more than words.”\n"
    assert only(text).speaker == "Ann Lee"


def test_partial_quote_takes_the_speaker_of_its_sentence():
    quote = only("Mayor Tom Fields announced that the city expects ‘large-scale results’ from the plan.")
    assert (quote.speaker, quote.kind) == ("Tom Fields", "partial")


def test_unattributed_quote_paragraph_continues_the_previous_speaker():
    text = "“We will win this fight,” Maria Lopez said.\n“And we will win it together.”\n"
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Maria Lopez", "Maria Lopez"]


def test_name_after_a_question_mark_still_attributes_the_quote():
    quote = only("“Who do they think they are?” Trump said of the company.")
    assert quote.speaker == "Trump"


def test_name_after_an_exclamation_mark_still_attributes_the_quote():
    quote = only("“Wish they had another season coming!” Bush said.")
    assert quote.speaker == "Bush"


def test_role_words_between_the_quote_and_the_name_do_not_block_the_attribution():
    quote = only("“We will search the records,” Justice Department senior trial counsel Caroline Wolverton wrote.")
    assert quote.speaker == "Caroline Wolverton"


def test_inverted_order_skips_a_lowercase_qualifier_before_the_name():
    quote = only("“I fundamentally disagree with him,” said retired Army Gen. Mick Bednarek.")
    assert quote.speaker == "Mick Bednarek"
    assert quote.title.startswith("retired")


def test_inverted_order_reads_a_lowercase_role_between_qualifier_and_name():
    quote = only("“I don't know where he stands,” said undecided Republican voter Stephanie Hooton of Derry.")
    assert (quote.speaker, quote.title) == ("Stephanie Hooton", "undecided Republican voter")


def test_relative_clause_after_an_inverted_name_is_not_its_title():
    quote = only("“I fundamentally disagree with him,” said Mick Bednarek, who served in Iraq.")
    assert quote.title is None


def test_comma_after_a_party_tag_does_not_hide_the_speaker():
    quote = only("After winning Ohio, Gov. John Kasich (R-OH), said, “I am getting ready to rent a covered wagon.”")
    assert quote.speaker == "John Kasich"
