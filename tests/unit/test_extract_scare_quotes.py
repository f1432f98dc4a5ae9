"""Quoted words nobody is said to have said — scare quotes and titles of works — are not quotes."""
from __future__ import annotations

from service.core.extraction import extract_quotes


def test_scare_quotes_without_attribution_are_not_quotes():
    assert extract_quotes("The so-called “peace dividend” never arrived in the region.") == []


def test_titles_of_shows_are_not_quotes():
    text = "Senator Ann Lee told NBC's “Meet the Press” that the bill would pass."
    assert all("Meet the Press" not in q.text for q in extract_quotes(text))


def test_attributed_fragment_is_a_partial_quote():
    (quote,) = extract_quotes("Maria Lopez called the plan “a reckless gamble” on Monday.")
    assert (quote.kind, quote.speaker) == ("partial", "Maria Lopez")


def test_fragment_in_a_tangled_reporting_sentence_is_still_a_quote():
    text = ("Joe Bateman, who traveled from Illinois to help the campaign, says there’s a “long road ahead” "
            "for the senator.")
    (quote,) = extract_quotes(text)
    assert (quote.text, quote.kind, quote.speaker) == ("long road ahead", "partial", "Joe Bateman")


def test_long_unattributed_fragment_is_kept_without_a_speaker():
    text = "The ad targets a “corrupt political system that keeps in place a rigged economy” in the state."
    (quote,) = extract_quotes(text)
    assert (quote.kind, quote.speaker) == ("partial", None)


def test_single_quoted_word_without_a_verb_of_saying_is_not_a_quote():
    assert extract_quotes("Maria Lopez called the plan “disqualifying” on Monday.") == []


def test_single_word_introduced_by_a_verb_of_saying_is_a_quote():
    (quote,) = extract_quotes("Alexander Grushko said Russia will ‘study’ the proposal.")
    assert (quote.text, quote.speaker) == ("study", "Alexander Grushko")


def test_title_case_words_that_are_chanted_are_a_quote():
    (quote,) = extract_quotes("Supporters of Donald Trump kept chanting “Lock Her Up” outside the hall.")
    assert quote.text == "Lock Her Up"


def test_title_case_show_name_is_still_not_a_quote():
    assert extract_quotes("Senator Ann Lee appeared on “Face the Nation” on Sunday.") == []


def test_show_named_after_a_possessive_is_not_a_quote_though_a_cue_follows():
    text = ("In an interview on CBS's “Face the Nation,” House Speaker Paul Ryan said Americans must engage in "
            "“more listening to each other.”\n")
    assert [q.text for q in extract_quotes(text)] == ["more listening to each other."]


def test_show_named_after_an_episode_of_is_not_a_quote():
    text = ("On Tuesday’s episode of “The Steve Harvey Morning Show,” the nominee said she wanted to speak "
            "“directly to white people” about it.\n")
    assert [q.text for q in extract_quotes(text)] == ["directly to white people"]


def test_unattributed_title_case_name_opening_a_clause_is_a_work_not_a_quote():
    text = "She starred in the hit series, “Orange is the New Black” and then moved to film.\n"
    assert extract_quotes(text) == []


def test_a_name_someone_was_called_is_a_quote_of_who_called_them():
    text = "She pointed to reports that Trump called the 1996 pageant winner “Miss Piggy” in an interview.\n"
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [("Miss Piggy", "Trump")]


def test_a_nickname_inside_a_name_is_no_quote_and_the_name_reads_whole():
    text = "“This is a big year for our party,” said state Del. Marcia “Cia” Price.\n"
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [("This is a big year for our party", "Marcia Price")]


def test_fragment_after_a_noun_of_speech_is_a_quote_of_whose_words_they_are():
    text = "Politifact checked Donald Trump’s claim that there have been “thousands of shootings” in Chicago.\n"
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [("thousands of shootings", "Donald Trump")]


def test_noun_of_speech_after_the_fragment_does_not_make_it_a_quote():
    text = "The only “medical records” he released was a one-page letter from his doctor.\n"
    assert extract_quotes(text) == []


def test_a_show_titled_with_a_lowercase_preposition_is_not_a_quote():
    text = "Obama appeared on “The Nightly Show with Larry Wilmore” on Monday, Larry Wilmore said."
    assert [q.text for q in extract_quotes(text)] == []


def test_a_slogan_opening_with_i_is_a_quote_not_a_title():
    text = "Supporters chanted “I’m with her” as Hillary Clinton spoke."
    assert [q.text for q in extract_quotes(text)] == ["I’m with her"]


def test_the_title_of_a_work_after_its_noun_is_no_quote_even_with_a_full_stop_inside():
    text = ("Fiorina tossed “cold water on the idea immediately,” she wrote in her memoir, “Tough Choices.”\n\n"
            "Omarosa Manigault is the most famous graduate of Trump's reality television show, “The Apprentice.”\n")
    assert [q.text for q in extract_quotes(text)] == ["cold water on the idea immediately"]


def test_one_word_nobody_is_said_to_have_said_is_no_quote_even_with_a_full_stop():
    text = "Economists have coined a term for the tour's impact: “Swiftonomics.” Hotels filled up.\n"
    assert extract_quotes(text) == []


def test_the_show_someone_told_something_is_no_part_of_the_quote_and_no_quote():
    text = ("Carly Fiorina spoke on Monday.\n\n"
            "“Of course Bill Clinton’s fair game. He’s a former president,” Fiorina told “Fox and Friends,” "
            "reminding the co-hosts that Trump has often denounced former President George W. Bush.\n")
    (quote,) = extract_quotes(text)
    assert quote.text == "Of course Bill Clinton’s fair game. He’s a former president"
    assert quote.speaker == "Carly Fiorina"


def test_a_headline_a_newsletter_links_to_is_no_quote():
    text = ("—“Sam Mendes leaves ‘Chocolate Factory’ on its way to Broadway,” by Times' Michael Paulson: “Sam "
            "Mendes is withdrawing as the director of the musical.”\n")
    assert "Sam Mendes leaves ‘Chocolate Factory’ on its way to Broadway" not in [q.text for q in extract_quotes(text)]


def test_a_quote_followed_by_by_and_a_lowercase_word_is_still_a_quote():
    text = "“We will win this state,” Trump said, by a wide margin the loudest voice in the room.\n"
    assert [q.speaker for q in extract_quotes(text)] == ["Trump"]


def test_a_title_case_name_joined_to_a_kept_one_is_kept_too():
    text = ("She pointed to reports that Trump called the 1996 pageant winner “Miss Piggy” and “Miss Housekeeping” "
            "as examples.\n")
    assert [q.text for q in extract_quotes(text)] == ["Miss Piggy", "Miss Housekeeping"]


def test_a_so_called_term_is_no_quote_even_in_a_sentence_with_a_subject():
    text = "Officials in Kyiv condemned the so-called “Moscow ultimatum” on Friday.\n"
    assert extract_quotes(text) == []


def test_title_case_words_a_verb_of_saying_takes_as_its_object_are_a_quote():
    (quote,) = extract_quotes("In his speech, Donald Trump proclaimed a goal of “Peace Through Strength.”\n")
    assert (quote.speaker, quote.text) == ("Donald Trump", "Peace Through Strength.")
    assert extract_quotes("Hillary Clinton said in an interview with “Fox News Sunday.”\n") == []


def test_a_fragment_is_not_guessed_to_the_maker_of_something_the_sentence_owns():
    text = ("That the film outstripped all of Judd Apatow’s other films, but every “R-rated female comedy” in "
            "history, puts Wiig in the zone.")
    assert [q.speaker for q in extract_quotes(text)] in ([], [None])
