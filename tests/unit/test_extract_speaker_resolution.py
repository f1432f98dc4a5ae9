"""Pronouns, surnames and honorifics resolve to the full name the article used."""
from __future__ import annotations

from service.core.extraction import extract_quotes


def test_pronoun_after_quote_resolves_to_last_named_person():
    text = ("Senator Maria Lopez spoke first.\n"
            "“We need a budget,” she said.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Maria Lopez"
    assert quote.title == "Senator"


def test_pronoun_gender_picks_the_matching_earlier_person():
    text = ("Maria Lopez met John Carter on Monday. Carter said the deal was close.\n"
            "“We are not there yet,” she said.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Maria Lopez"


def test_gender_is_learned_from_the_text_when_the_forename_is_unknown():
    text = ("Zorblat Quenby arrived late, and his staff waited. Alice Hart spoke to reporters.\n"
            "Quenby said the plan was ready.\n"
            "“It is ready,” he said.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Zorblat Quenby"


def test_surname_alone_links_to_the_full_name_used_earlier():
    text = "Rep. James Clyburn spoke at length.\n“This is a sad day,” Clyburn said.\n"
    (quote,) = extract_quotes(text)
    assert quote.speaker == "James Clyburn"


def test_honorific_and_surname_link_to_the_full_name():
    text = "James Clyburn spoke at length.\n“This is a sad day,” Mr. Clyburn said.\n"
    (quote,) = extract_quotes(text)
    assert quote.speaker == "James Clyburn"


def test_pronoun_is_never_left_as_the_speaker():
    text = "Senator Ann Lee arrived.\n“We are ready,” she said.\n“So are we,” they said.\n"
    assert all(q.speaker not in {"he", "she", "they", "He", "She", "They"} for q in extract_quotes(text))


def test_relative_clause_between_name_and_verb_keeps_the_name_as_speaker():
    text = ("Helen Ferre, who took over as head of Hispanic communications after the previous director quit, "
            "said: “Latino voters are interested in more than immigration.”")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Helen Ferre"


def test_less_common_verbs_of_saying_attribute_the_quote():
    (quote,) = extract_quotes("“What was the pivot point that made him change so much?” Beck questioned.")
    assert quote.speaker == "Beck"


def test_two_people_who_share_a_surname_and_a_first_letter_stay_two_people():
    text = ("Huerta co-founded the union with Cesar Chavez in 1962. Chavez once called her “the backbone of the "
            "union.”\n\nHer daughter Camila Chavez runs the foundation. “She wears us all out,” Camila Chavez "
            "says.\n")
    assert [(q.speaker, q.title) for q in extract_quotes(text)] == [("Cesar Chavez", None),
                                                                    ("Camila Chavez", "daughter")]


def test_a_spelling_variant_or_an_initial_of_the_forename_is_the_same_person():
    text = ("Secretary of State Anthony Blinken arrived in Geneva.\n\n“We are ready to talk,” Antony Blinken "
            "said.\n\n“We will see,” A. Blinken added.\n")
    assert {q.speaker for q in extract_quotes(text)} == {"Anthony Blinken"}


def test_a_short_form_of_the_forename_is_the_same_person():
    text = ("Joseph Biden spoke in Scranton.\n\n“We are going to win this,” Joe Biden said.\n\n“Believe me,” "
            "Biden added.\n")
    assert {q.speaker for q in extract_quotes(text)} == {"Joseph Biden"}


def test_an_office_in_capitals_after_the_is_the_person_titled_with_it():
    text = ("Britain is at “very significant risk” of attack, Foreign Secretary Philip Hammond warned.\n\n"
            "“We face threats from many quarters,” he said.\n\n"
            "“We will not be cowed,” the Foreign Secretary told MPs.\n")
    assert [q.speaker for q in extract_quotes(text)][-2:] == ["Philip Hammond", "Philip Hammond"]


def test_an_office_in_capitals_nobody_holds_stays_as_written():
    text = ("Britain is at risk of attack, Home Secretary Amber Rudd warned.\n\n"
            "“We will not be cowed,” the Foreign Secretary told MPs.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker != "Amber Rudd"


def test_an_epithet_after_a_paragraph_about_one_person_is_that_person():
    text = ("Mohamed Salah scored twice as Liverpool beat Chelsea on Sunday.\n\n"
            "“It was a special day for all of us,” the 24-year-old said.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Mohamed Salah"


def test_an_epithet_after_a_paragraph_naming_two_people_is_nobody_named():
    text = ("Mohamed Salah scored twice on Sunday and Harry Kane scored once.\n\n"
            "“It was a special day for all of us,” the 24-year-old said.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker not in {"Mohamed Salah", "Harry Kane"}


def test_an_epithet_after_someone_new_in_its_own_paragraph_is_not_the_person_before():
    text = ("Mohamed Salah scored twice on Sunday.\n\n"
            "At a pharmacy nearby, a cashier was shaken. “It was a sad day,” said the woman.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker != "Mohamed Salah"


def test_a_photo_credit_is_no_one_an_epithet_means():
    text = "Neilson Barnard via Getty Images.\n\n“What if he had elocution lessons?” the 43-year-old asked.\n"
    (quote,) = extract_quotes(text)
    assert quote.speaker != "Neilson Barnard"


def test_a_lone_surname_two_people_share_is_the_one_the_story_names_by_forename():
    text = ("Stephen Jones already wears three hats for the Cowboys.\n\n"
            "It made sense for Jerry Jones, the Cowboys’ owner and Stephen’s father, to buy a helicopter.\n\n"
            "“Our stadium is halfway between Dallas and Love Field,” says Stephen, raising his voice.\n\n"
            "“Dak took a lot of the air out of that controversy,” notes Jones.\n")
    assert extract_quotes(text)[-1].speaker == "Stephen Jones"


def test_a_one_word_office_in_capitals_after_the_is_the_person_titled_with_it():
    text = ("Leaders meet in Berlin\n\n"
            "Prime Minister Theresa May met German Chancellor Angela Merkel in Berlin on Tuesday.\n\n"
            "“We had a good meeting,” the Chancellor said.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Angela Merkel"


def test_a_shared_surname_means_the_one_named_just_before_when_the_other_was_named_long_ago():
    filler = "The strikes went on through the night, and the border stayed closed to traffic. " * 40
    text = ("Military spokesperson Lt. Gen. Ahmed Sharif said the jets were downed.\n\n" + filler + "\n\n"
            "Prime Minister Shehbaz Sharif said the nation stood united.\n\n"
            "“We will never let the enemy succeed,” Sharif said.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Shehbaz Sharif"]


def test_a_shared_surname_means_the_one_named_in_full_just_before_whatever_lone_surnames_came_between():
    text = ("Prime Minister Shehbaz Sharif praised the air force.\n\n"
            "Military spokesman Lt. Gen. Ahmed Sharif said the jets were downed.\n\n"
            + "Other news of the day went on for a while. " * 80 + "\n\n"
            "Pakistan’s Sharif convenes the security committee\n\n"
            "In a statement, Prime Minister Shehbaz Sharif said that “Pakistan has every right to respond.”\n\n"
            "Sharif said the nation stands with the armed forces.\n\n"
            "“We will never let the enemy succeed,” he said.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Shehbaz Sharif", "Shehbaz Sharif"]


def test_a_misspelt_surname_and_the_pronoun_after_it_mean_the_person_named_in_full():
    text = ("Royal Bank of Canada economist Nathan Janzen said the figures were a welcome surprise.\n\n"
            "“Looking ahead, growth still faces headwinds,” Jensen said. “But we remain optimistic,” he said.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Nathan Janzen", "Nathan Janzen"]


def test_a_surname_near_two_people_named_in_full_is_left_as_written():
    text = ("Nathan Janzen and Nadia Jansen spoke at the bank on Monday.\n\n"
            "“Growth still faces headwinds this year,” Jensen said.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Jensen"


def test_a_short_surname_is_never_read_as_a_misspelling():
    text = ("Senator Tom Lees spoke at the bank on Monday.\n\n"
            "“Growth still faces headwinds this year,” Lee said.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Lee"


def test_straight_and_curly_apostrophes_spell_one_surname():
    text = ("NYPD Commissioner James O’Neill arrived at the scene.\n\n"
            "“The exact cause of the explosion has not been determined,” said O'Neill.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "James O’Neill"
    assert quote.method == "surname"


def test_the_one_a_question_asks_about_does_not_answer_it():
    text = ("Senator John Smith spoke to reporters on Monday.\n\n"
            "Asked whether President Joe Biden should run again, he said: “He has done a fine job for us.”\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "John Smith"


BOSKOVICS = ("Boban Boskovic, chief executive of the Plastika factory, is rarely at home.\n\n"
             "Milica Boskovic, the director’s wife, flinches when a boy spits at her.\n\n"
             "“Their kids swear at our kids,” says Mrs. Boskovic, mother of two boys.\n\n"
             "At the factory, Boban Boskovic says he does what he can for harmony.\n")


def test_a_courtesy_title_picks_the_one_of_its_gender_among_people_who_share_a_surname():
    (quote,) = extract_quotes(BOSKOVICS)
    assert quote.speaker == "Milica Boskovic"


def test_a_courtesy_title_gives_its_gender_to_the_one_it_names_not_to_another_of_the_surname():
    text = (BOSKOVICS + "\nPictures in his lavish office show him with archbishops and royalty.\n\n"
            "“Where would I go?” he replies, when asked if he is leaving.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Milica Boskovic", "Boban Boskovic"]


def test_a_forename_of_someone_named_before_is_not_the_surname_of_someone_named_later():
    text = ("AP photojournalist Dar Yasin received reports of a burning aircraft. Yasin rushed to the village.\n\n"
            "“Locals told me they saw a huge ball of fire,” Dar said.\n\n"
            "“We heard several blasts,” said Mohammed Yousuf Dar, a local resident.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Dar Yasin", "Mohammed Yousuf Dar"]


def test_a_headline_run_that_opens_with_the_word_is_no_forename():
    text = ("Obama Sees Insult in Apathy\n\nPresident Obama spoke at the gala.\n\n“It's about me,” Obama said.\n\n"
            "“My name may not be on the ballot,” said Michelle Obama, his wife.\n")
    assert extract_quotes(text)[0].speaker != "Obama Sees"
