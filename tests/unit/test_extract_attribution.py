"""Who said it: the attribution clause before or after a quote, in any of its common shapes."""
from __future__ import annotations

import pytest

from service.core.extraction import extract_quotes


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


def test_capitalised_inverted_cue_opening_a_sentence_names_the_speaker():
    quote = only("The bureau erred, the director admitted. Said Comey, “The thought of that error pains me.”")
    assert quote.speaker == "Comey"


def test_party_and_state_tag_before_a_colon_lead_in_keeps_the_senator_as_speaker():
    quote = only("Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message: "
                 "“It's time to quit attacking people.”")
    assert quote.speaker == "Mitch McConnell"


def test_participle_after_a_comma_takes_the_sentence_subject_as_speaker():
    quote = only("On Thursday, after staying neutral for months, Elizabeth Warren endorsed Clinton, saying, "
                 "“I think a fighter in the lead is exactly what this country needs.”")
    assert quote.speaker == "Elizabeth Warren"


def test_subject_after_the_last_comma_of_an_opening_phrase_is_the_speaker():
    quote = only("Speaking at a town hall in Salem, New Hampshire, Donald Trump went after Bush, calling him "
                 "“a total stiff.”")
    assert quote.speaker == "Donald Trump"


def test_commas_inside_a_relative_clause_do_not_hide_the_speaker_before_it():
    quote = only("Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said "
                 "that “Bernie promised to meet with us face to face.”")
    assert quote.speaker == "Sandy Phillips"


def test_name_between_commas_after_a_description_is_the_speaker_and_the_description_its_title():
    quote = only("“Is the president going to finally say the words?” the presumptive GOP nominee, "
                 "Donald Trump, tweeted Sunday.")
    assert quote.speaker == "Donald Trump"
    assert quote.title == "presumptive GOP nominee"


def test_attribution_introduced_by_as_after_the_quote_names_the_speaker():
    quote = only("Still, the fact that the race “is a dead heat right now,” as Ted Cruz said on Monday, matters.")
    assert quote.speaker == "Ted Cruz"


def test_unnamed_source_with_a_year_in_it_is_read_whole():
    quote = only("“She didn’t like that at all,” said a 2008 Clinton veteran.")
    assert quote.speaker == "2008 Clinton veteran"


def test_another_opening_a_sentence_is_not_a_name():
    text = ("“Trust in the Force, but always buckle up,” one sign read. "
            "Another advised, “Speeding you are, arrested you will be.”")
    speakers = [q.speaker for q in extract_quotes(text)]
    assert "Another" not in speakers


def test_byline_dash_glued_to_the_closing_mark_with_a_full_stop_after_the_name():
    (quote,) = extract_quotes("“Trump must stop portraying us as dangerous gangsters.”― Carla Sanchez.\n")
    assert quote.speaker == "Carla Sanchez"


def test_fragment_whose_sentence_names_a_speaker_ignores_a_byline_after_it():
    text = 'Rajoy said Monday that his party was "still the No. 1 force in Spain."--Kim Hjelmgaard.\n'
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Rajoy"


def test_fragment_with_nobody_in_its_sentence_takes_the_byline_after_it():
    text = "And that is all he has, “the root of all evil and more.” ― Christina Lastra.\n"
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Christina Lastra"


def test_no_break_space_after_the_closing_mark_does_not_hide_the_attribution():
    text = "Trump spoke first.\n\n“People are sick and tired of incompetent people,”\u00a0Trump said last month.\n"
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.start) == ("Trump", text.index("People"))


def test_word_after_a_possessive_is_no_verb_of_saying():
    text = ("Khizr Khan spoke at the convention.\n\nKhan, who is Muslim, also decried Trump’s repeated calls to ban "
            "Muslims, noting he has “sacrificed nothing” for the country.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Khizr Khan"


def test_closed_quotation_does_not_take_the_next_sentences_verb_that_has_its_own_clause():
    text = ("Mayor Jennifer Roberts said Friday that the video should be released but said “the question is the "
            "timing.” Gov. Pat McCrory said it would be “improper” for him to speak on it.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Jennifer Roberts", "Pat McCrory"]


def test_a_front_runner_before_the_name_is_its_title():
    quote = only("“We will win,” said Republican presidential front-runner Donald Trump.")
    assert (quote.speaker, quote.title) == ("Donald Trump", "Republican presidential front-runner")


def test_inverted_order_reads_an_unnamed_role_with_its_article():
    quote = only("“I take full responsibility,” said the former prime minister, speaking in Uxbridge on Friday.")
    assert quote.speaker == "former prime minister"


def test_a_role_after_said_that_opens_a_clause_is_no_speaker():
    (quote,) = extract_quotes("He said the senator would “never give up on this fight”.")
    assert quote.speaker != "senator"


def test_a_full_stop_after_the_closing_mark_ends_the_quotations_sentence():
    first, second = extract_quotes("Sir Keir Starmer said the claim was “utter nonsense”. "
                                   "He added: “Families are still struggling to pay their bills.”")
    assert first.parts != second.parts and len(first.parts) == 1
    assert first.speaker == second.speaker == "Keir Starmer"


def test_an_organisation_keeps_its_whole_name():
    quote = only("“We are watching closely,” the Democratic National Committee said in a statement.")
    assert (quote.speaker, quote.title) == ("Democratic National Committee", None)


def test_an_owners_possessive_before_an_organisation_is_its_title():
    quote = only("“We are watching closely,” Russia’s Foreign Ministry said.")
    assert (quote.speaker, quote.title) == ("Foreign Ministry", "Russia’s")


def test_a_statement_from_someone_speaks_for_its_author():
    quote = only("“We are watching closely,” according to a statement from the European Commission.")
    assert quote.speaker == "European Commission"


@pytest.mark.parametrize("text", [
    "Ursula von der Leyen said: “We will act.”",
    "“We will act,” said Ursula von der Leyen.",
    "“We will act,” President of the European Commission Ursula von der Leyen said.",
])
def test_particles_inside_a_name_belong_to_it(text):
    assert only(text).speaker == "Ursula von der Leyen"


def test_a_role_naming_a_body_stays_whole_before_the_name():
    quote = only("“We will act,” President of the European Commission Ursula von der Leyen said.")
    assert quote.title == "President of the European Commission"


def test_a_short_sentence_its_attribution_interrupts_is_direct():
    quote = only("“It changes nothing,” Kremlin spokesman Dmitry Peskov told journalists.")
    assert (quote.kind, quote.speaker) == ("direct", "Dmitry Peskov")


def test_the_asker_of_a_passive_question_is_its_speaker():
    quote = only("Sanders was asked by host Bill Maher, who backs him, “Now, you famously said it. Why?”")
    assert (quote.speaker, quote.title) == ("Bill Maher", "host")


def test_a_passive_report_names_no_speaker_for_a_later_title():
    text = ("The story was being told by The Daily Caller, which unearthed a 1995 story.\n"
            "Twenty-two years ago, a Times article hailed Trump as “The Comeback Kid” for his success.\n")
    assert all(q.speaker != "Daily Caller" for q in extract_quotes(text))


@pytest.mark.parametrize("text,title", [
    ("“Both of them scare me,” Harry Bond, 30, said.", None),  # an age alone is no role
    ("“Both of them scare me,” Harry Bond, 30, of Raleigh, said.", "30, of Raleigh"),
    ("“Both of them scare me,” Harry Bond, 30, of Raleigh, N.C., said.", "30, of Raleigh, N.C."),
    ("“Both of them scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said.",
     "30, of Raleigh, N.C."),
])
def test_an_age_and_a_home_town_between_commas_describe_the_speaker(text, title):
    assert (only(text).speaker, only(text).title) == ("Harry Bond", title)


def test_an_opening_place_is_no_name_before_a_relative_clause():
    (quote,) = extract_quotes("In Iowa, Harry Bond, who was among those polled, said “we will keep fighting.”")
    assert quote.speaker == "Harry Bond"


@pytest.mark.parametrize("text", [
    "“Pence was solid,” Dan McLaughlin at the National Review said.",
    "Dan McLaughlin at the National Review said: “Pence was solid.”",
])
def test_a_person_at_an_organisation_speaks_with_it_as_title(text):
    assert (only(text).speaker, only(text).title) == ("Dan McLaughlin", "National Review")


def test_a_capitalised_plural_at_an_organisation_is_no_name():
    quote = only("“They may try new methods,” Officials at Homeland Security Investigations said.")
    assert quote.speaker != "Officials"


@pytest.mark.parametrize("text,speaker,title", [
    ("“They are wrong,” said 9/11 widow Terry Strada.", "Terry Strada", "9/11 widow"),
    ("“They are wrong,” said 2008 nominee John McCain.", "John McCain", "2008 nominee"),
    ("“It should be broken up,” said Sens. Jeff Merkley.", "Jeff Merkley", "Sens."),
])
def test_numbers_and_plural_honorifics_before_a_name_belong_to_its_title(text, speaker, title):
    assert (only(text).speaker, only(text).title) == (speaker, title)


def test_the_object_of_told_is_the_listener_never_the_speaker():
    quote = only("“This narrative is everywhere,” Malkia Cyril, the executive director at the Center of Media Justice "
                 "and whose also featured in the film, told The Huffington Post.")
    assert quote.speaker != "Huffington Post"


def test_a_noun_after_a_preposition_is_not_the_subject_of_a_verb_of_saying():
    (quote,) = extract_quotes("Protesters marching through the streets chanted “What curfew? Go home!” for hours.")
    assert quote.speaker != "streets"


def test_the_subject_of_a_passive_verb_of_saying_is_what_was_said_not_the_speaker():
    text = ("While a curfew was announced from midnight to 6 a.m., police did not enforce it. Protesters marching "
            "through the streets chanted “What curfew?” and kept going.")
    assert all(q.speaker != "curfew" for q in extract_quotes(text))


def test_someone_quoted_as_saying_is_the_speaker():
    assert only("“Our method succeeds where others fail,” Braynard is quoted as saying.").speaker == "Braynard"


def test_a_relative_clause_holding_a_verb_of_saying_is_skipped_to_find_the_speaker():
    text = ("Clinton, who called Sanders shortly after the winner was declared, told her supporters, "
            "“I still love New Hampshire, and I always will.”")
    assert (only(text).speaker, only(text).cue) == ("Clinton", "told")


@pytest.mark.parametrize("text,speaker", [
    ("“We are not going anywhere,” per a statement from the union.", "union"),
    ("“We are not going anywhere,” per union president Sean Fain.", "Sean Fain"),
])
def test_per_right_after_a_quotation_gives_its_source(text, speaker):
    assert only(text).speaker == speaker


def test_per_after_a_comma_relays_and_names_no_speaker():
    (quote,) = extract_quotes("Guccifer said, per a translator, that the server was “like an open orchid on the "
                              "Internet.”")
    assert quote.speaker == "Guccifer"


def test_a_role_of_a_body_whose_closing_comma_is_missing_is_the_speakers_title():
    quote = only("Anthony Anton, president and CEO of Washington Restaurant Association stated, “It’s not a "
                 "political problem; it’s a math problem.”")
    assert (quote.speaker, quote.title) == ("Anthony Anton", "president and CEO of Washington Restaurant Association")


def test_a_participle_with_its_own_subject_speaks_over_the_sentence_s_verb():
    text = ("The spot concludes with footage of Donald Trump saying during the debate, “That makes me smart,” "
            "when Hillary Clinton blasted him.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Donald Trump"


def test_a_paper_after_according_to_the_is_an_organisation_not_a_person():
    text = "“There is no basis for the labeling of Filipinos,” according to the Philippine Star.\n"
    (quote,) = extract_quotes(text)
    assert quote.speaker in {"Philippine Star", "the Philippine Star"}


def test_a_participle_after_a_comma_goes_to_the_subject_read_over_an_earlier_quotation():
    text = ("Donald Trump spoke in Louisville.\n\n"
            "The crowd cheered when Trump spotted a sign and asked for it. He held up the sign — which read "
            "“Hispanics 4 Trump” — and waved it around, mouthing “thank you” toward the audience.\n")
    quote = extract_quotes(text)[-1]
    assert quote.text == "thank you" and quote.speaker == "Donald Trump"


@pytest.mark.parametrize("participle", ["replying", "responding", "stating", "predicting", "complaining"])
def test_any_participle_of_saying_makes_a_fragment_after_it_speech(participle):
    text = (f"On Sunday, Bernie Sanders issued a new line of attack, {participle} on NBC’s “Meet the Press” that "
            "Clinton’s “judgment” was “clearly lacking.”\n")
    quote = extract_quotes(text)[-1]
    assert quote.text == "clearly lacking." and quote.speaker == "Bernie Sanders"


def test_a_participle_after_a_preposition_goes_to_the_sentence_s_subject():
    text = ("Sarah Silverman, herself a Sanders supporter, incurred a wave of boos upon saying, "
            "“Hillary heard the passion of the people.”\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Sarah Silverman"


def test_signs_saying_something_speak_for_whoever_carries_them():
    text = ("Maria Lopez stood outside the theater that morning, carrying signs saying, "
            "“Merger today, Chapter 11 tomorrow.”\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Maria Lopez"


def test_a_phrase_after_the_quotation_is_no_title_of_the_next_speaker():
    text = ("Two weeks after Hillary Clinton lost her cool on a rope line, jabbing her finger at an activist as she "
            "angrily said, “I am so sick of the Sanders campaign lying” about her environmental record, Bernie "
            "Sanders jabbed at Clinton on that same topic on Monday.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Hillary Clinton"


def test_a_body_with_a_which_clause_before_the_verb_is_the_speaker():
    text = ("The Consumer Brands Association, which represents food manufacturers, said in a statement that "
            "processed foods “play an important role in a healthy diet.”\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Consumer Brands Association"


def test_a_which_clause_after_a_described_speaker_is_skipped_to_the_description():
    text = ("The cuts come on top of 35,000 announced last year. A spokesperson for the Lower Saxony state "
            "government, which holds a 20% stake, said it was “in close contact” with management.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "spokesperson for the Lower Saxony state government"
    assert quote.cue == "said"


def test_a_long_appositive_between_the_quotation_and_said_belongs_to_the_speaker():
    text = ("“Very good reporter, very good reporter this guy,” Trump, the 2016 GOP presidential frontrunner "
            "nationally and current polling leader in South Carolina by a wide margin after winning the New "
            "Hampshire primaries, said when a reporter asked him a question.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Trump"


def test_a_participle_like_interjecting_with_its_own_subject_gives_the_speaker():
    text = ("Donald Trump and Megyn Kelly met on stage.\n\n"
            "Kelly pressed on with her question, with Trump interjecting, “Only Rosie O’Donnell.”\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Donald Trump"


def test_a_fragment_in_a_clause_of_its_own_keeps_its_speaker_when_the_next_speaker_follows_with_a_colon():
    text = ("Antonin Scalia spoke on Wednesday. Donald Trump answered.\n\n"
            "After Scalia said that some students might do better at “less advanced schools,” Trump said: "
            "“I don't like what he said, no, I don't like what he said.”\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Antonin Scalia", "Donald Trump"]


def test_a_description_and_a_comma_between_the_quotation_and_the_name_are_the_speakers_title():
    text = ("Rep. Bobby Scott spoke.\n\n"
            "“This is a big year for our potential United States senator, Bobby Scott!” Scott's niece, state "
            "Del. Marcia Price (D-Newport News), shouted to the crowd.\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.title) == ("Marcia Price", "Scott's niece, state Del.")


def test_a_quotation_after_a_sentence_identifying_something_goes_to_that_sentences_subject():
    text = ("Mike Pence spoke on CNN.\n\n"
            "Sen. Bernie Sanders, who lost the primaries to Clinton, identified young voters' exhaustion with "
            "bigotry as one of the reasons that they should get excited about her candidacy. “The younger people "
            "are sick and tired of discrimination and racism.”\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Bernie Sanders"


def test_a_finished_sentence_led_in_by_said_keeps_that_speaker_over_the_next_sentences_subject():
    text = ("Salma Hayek spoke in August.\n\n"
            "Hayek confirmed she had been and said, “America has a very severe problem with discrimination.” "
            "The star then recalled an incident at a Los Angeles movie theater.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Salma Hayek"



def test_a_document_sent_out_by_someone_speaks_for_them_before_a_colon():
    text = ("Bernie Sanders won New Hampshire.\n\n"
            "In addition, a fundraising email sent out by Sanders on Tuesday night warned of the tough fight "
            "ahead: “There are 14 primaries and caucuses over the next three weeks.”\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Bernie Sanders"


def test_person_named_right_before_a_colon_speaks_when_the_sentence_has_no_subject_who_could():
    text = ("The timing of the surge doesn’t surprise Republican pollster Daron Shaw: “Historically, lesser-known "
            "candidates have seen the biggest boost.”\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.title) == ("Daron Shaw", "Republican pollster")


def test_person_spoken_of_before_a_colon_is_not_the_speaker():
    text = ("At a conference in Aspen, she closed by quoting Leonardo da Vinci in Italian: "
            "“Every obstacle yields to resolve.”\n")
    assert [q.speaker for q in extract_quotes(text)] != ["Italian"]


def test_being_asked_between_the_name_and_the_verb_is_no_saying():
    text = "“Of course the banks hate it,” Bernie Sanders, asked about the criticism, said.\n"
    assert [q.speaker for q in extract_quotes(text)] == ["Bernie Sanders"]


def test_a_fragment_after_a_joined_clause_is_its_subjects():
    text = ("Louisiana Gov. Bobby Jindal on Monday signed an order to block refugees, while Mike Huckabee, the "
            "former Arkansas governor, proposed we “wake up and smell the falafel” this week.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Mike Huckabee"]


def test_with_a_named_person_telling_gives_the_fragment_to_that_person():
    text = ("The attack sparked a fresh debate over how the United States responds to militant violence, with "
            "Republican Senator John McCain telling reporters he viewed Obama as “directly responsible” for it.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["John McCain"]


def test_a_participle_that_describes_a_statement_gives_it_no_new_speaker():
    text = ("“Many people are uncertain in this election year,” Peter Thiel wrote in a statement to Wired "
            "explaining why he is speaking, “but most Americans agree that our country is on the wrong track.”\n")
    assert {q.speaker for q in extract_quotes(text)} == {"Peter Thiel"}


def test_an_attribution_ending_the_sentence_after_a_fragment_holds_past_where_it_was_said():
    text = ("Hillary Clinton on Tuesday became the first woman to win the nomination.\n\n"
            "Democrats had “put the biggest crack” yet in the glass ceiling for women, she said in a video message "
            "to the convention.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Hillary Clinton"]


def test_two_people_each_with_an_appositive_who_wrote_together_are_a_joint_speaker():
    text = ("“This decision is flawed,” Nick Clegg, Meta's president of global affairs, and Jennifer Newstead, its "
            "chief legal officer, wrote in a blog post.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Nick Clegg and Jennifer Newstead"


def test_a_participle_phrase_opening_the_next_sentence_is_no_inverted_cue():
    text = ("Tim Kaine campaigned in Virginia. He told a crowd in Richmond that Trump “doesn't pay his bills.” "
            "Asked about the polls, Kaine said, “We take nothing for granted.”\n")
    first, second = extract_quotes(text)
    assert (first.speaker, first.cue) == ("Tim Kaine", "told")
    assert second.speaker == "Tim Kaine"


def test_a_new_sentence_whose_verb_reports_a_clause_is_no_attribution_for_the_fragment_before():
    text = ("The Federal Emergency Management Agency called the claim “false and dangerous.” FEMA Administrator "
            "Deanne Criswell said misinformation was putting lives at risk.\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.cue) == ("Federal Emergency Management Agency", "called")


def test_administrator_before_a_name_is_a_title():
    (quote,) = extract_quotes("“It's frustrating,” FEMA Administrator Deanne Criswell said.\n")
    assert (quote.speaker, quote.title) == ("Deanne Criswell", "FEMA Administrator")


def test_a_fragment_in_an_opening_participle_phrase_belongs_to_the_main_clauses_subject():
    text = "Saying the plan was “dead on arrival,” Senator John Thune refused to schedule a vote.\n"
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.cue) == ("John Thune", "saying")
    text = ("Hillary Clinton noted the clot in her book. After saying her right foot was “so swollen I could barely "
            "get my shoe on,” she was taken to a hospital.\n")
    assert extract_quotes(text)[0].speaker == "Hillary Clinton"


def test_a_new_sentence_that_goes_on_past_its_verb_is_no_attribution_for_the_quote_before():
    text = ("Candidate Lauren Pryor said in a phone interview that she was running “to put kids first.” Her "
            "opponent, incumbent Greg Morris, wrote in a Facebook post that Pryor was “backed by outside money.”\n")
    first, second = extract_quotes(text)
    assert (first.speaker, second.speaker) == ("Lauren Pryor", "Greg Morris")


def test_the_author_of_a_statement_from_a_named_body_speaks():
    text = ("The statement from the Georgia Association of Educators, which endorsed Pryor, said the union was "
            "“proud to stand with a real educator.”\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.cue) == ("Georgia Association of Educators", "said")


@pytest.mark.parametrize("text, expected", [
    ("A source close to Swift told People magazine that the singer was “utterly exhausted by it.”\n",
     "source close to Swift"),
    ("“We are not doing that now,” sources close to Taylor Swift said.\n", "sources close to Taylor Swift"),
])
def test_someone_unnamed_known_by_whom_they_are_close_to_is_no_speaker_by_that_name(text, expected):
    (quote,) = extract_quotes(text)
    assert quote.speaker == expected


def test_a_spokesman_for_a_body_who_declined_one_thing_but_said_another_is_the_speaker():
    text = ("A spokesman for Platte River declined to address the report but said in a statement that “Platte River "
            "Networks did not treat the server differently.”\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "spokesman for Platte River"


@pytest.mark.parametrize("text, expected", [
    ("“We will fight this all the way,” the statement read.\n", ("statement", "read")),
    ("“The law cannot stand as written,” the ruling reads.\n", ("ruling", "reads")),
])
def test_a_document_reads_what_it_says(text, expected):
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.cue) == expected


def test_it_after_a_document_that_read_a_quotation_means_the_document():
    text = ("The Trump campaign said it was pleased.\n\n“Leaders honored Donald J. Trump yesterday,” the article "
            "read.\n\n“Mr. Trump has managed to erase much of his debt,” it added.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["article", "article"]


@pytest.mark.parametrize("text, expected", [
    ("“We will not negotiate with terrorists,” reads a statement from the Israeli Defense Forces.\n",
     "Israeli Defense Forces"),
    ("“There are invertebrates with more spine than Sen. Charles Grassley,” reads a Wednesday editorial in "
     "The Des Moines Register.\n", "Des Moines Register"),
])
def test_a_document_read_after_the_quotation_speaks_for_its_author(text, expected):
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.cue) == (expected, "reads")


@pytest.mark.parametrize("text, expected", [
    ("The debate went on.\n\nPelosi’s response: “Nobody cares what he thinks.”\n", ("Pelosi", None)),
    ("Sen. Tim Scott’s reply: “Read the bill first.”\n", ("Tim Scott", "Sen.")),
    ("The White House’s answer: “No comment at all.”\n", ("White House", None)),
])
def test_a_lead_in_that_is_only_someones_words_names_the_speaker(text, expected):
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.title) == expected


def test_a_group_opening_the_sentence_speaks_the_words_it_chanted():
    text = ("A curfew was announced from midnight. Protesters marching through the streets chanted “What curfew?” "
            "and kept going until nearly 2 a.m.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Protesters"


def test_a_readout_from_a_body_speaks_for_the_body():
    text = ("The two men spoke by phone on Tuesday, according to a readout from the White House, which said Biden "
            "had “stressed the need for restraint.”\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "White House"


@pytest.mark.parametrize("text, expected", [
    ("House Speaker Mike Johnson said the bill would pass “with room to spare,” while Minority Leader Hakeem "
     "Jeffries called it “a betrayal of working families.”\n", ["Mike Johnson", "Hakeem Jeffries"]),
    ("The senator said the plan was “dead on arrival,” and Schumer called it “a total joke.”\n",
     ["senator", "Schumer"]),
])
def test_a_fragment_in_a_clause_joined_with_its_own_subject_is_that_subjects(text, expected):
    assert [q.speaker for q in extract_quotes(text)] == expected


def test_a_fragment_in_a_clause_the_verb_of_saying_reports_stays_the_outer_speakers():
    text = "Cruz’s campaign said Trump called himself “very pro-choice” in 1999.\n"
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Cruz’s campaign"


@pytest.mark.parametrize("text, expected", [
    ("The New York Times quoted a senior official as saying the talks were “on the verge of collapse.”\n",
     "senior official"),
    ("Reuters quoted Jane Smith, a spokeswoman for the ministry, as saying: "
     "“We have no comment at this time.”\n", "Jane Smith"),
    ("Putin was quoted by state media as saying that Russia would “respond decisively.”\n", "Putin"),
])
def test_whom_a_source_quoted_as_saying_is_the_speaker(text, expected):
    (quote,) = extract_quotes(text)
    assert quote.speaker == expected


def test_a_body_named_by_its_noun_keeps_speaking_past_an_appositive():
    text = ("“Many on the right oppose any immigrants,” the newspaper, long a vocal advocate of immigration "
            "reform, writes.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "newspaper"


def test_they_with_a_plural_verb_in_the_present_after_a_quotation_is_an_attribution():
    text = ("The newspaper, long a vocal advocate of immigration reform, writes that Haley has sought to "
            "differentiate.\n\n“The attacks on Ms. Haley show that many oppose any immigrants,” they conclude.\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.cue) == ("newspaper", "conclude")


@pytest.mark.parametrize("verb, speaker", [("wrote", "Ann Lee"), ("read", "biography")])
def test_a_book_speaks_for_the_one_who_wrote_it_not_for_a_reader(verb, speaker):
    text = (f"Ann Lee {verb} a biography of the inventor last year.\n\n“He died alone and in debt,” the biography "
            "concludes.\n")
    assert only(text).speaker == speaker


@pytest.mark.parametrize("title", ["“Prodigal Genius,”", "“Prodigal Genius: The Life of Nikola Tesla,”",
                                   "Prodigal Genius: The Life of Nikola Tesla,"])
def test_a_title_set_off_between_a_book_and_its_verb_leaves_the_book_speaking(title):
    text = (f"Ann Lee wrote a biography of the inventor last year.\n\n“He died alone and in debt,” the biography, "
            f"{title} concludes.\n")
    assert only(text).speaker == "Ann Lee"


def test_a_title_set_off_after_a_book_is_no_one_speaking():
    text = "Tesla died in 1943.\n\n“Nobody who saw him in the street knew who he was,” his new book, The Long Walk " \
        "Home, says.\n"
    assert only(text).speaker != "Long Walk Home"


def test_a_name_set_off_after_the_author_of_a_book_still_speaks():
    text = "Tesla died in 1943.\n\n“Nobody who saw him in the street knew who he was,” the author of the book, " \
        "Mitchell Zuckoff, said.\n"
    assert only(text).speaker == "Mitchell Zuckoff"


def test_a_statement_from_someones_office_speaks_for_the_office():
    text = "A statement from Senator Warren’s office said she was “deeply concerned by the report.”\n"
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Senator Warren’s office"


def test_an_age_before_the_role_leaves_the_article_out_of_the_title():
    text = ("Jane Doe, 45, a nurse from Dayton, Ohio, said the hospital was “completely overwhelmed by the number "
            "of patients.”\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.title) == ("Jane Doe", "45, nurse from Dayton, Ohio")


@pytest.mark.parametrize("line, expected", [
    ("• Kamala Harris, on X: “We will not go back.”", "Kamala Harris"),
    ("- Joe Biden: “This is a great day for America.”", "Joe Biden"),
])
def test_a_bulleted_name_before_a_colon_speaks_even_with_where_it_was_said(line, expected):
    (quote,) = extract_quotes(f"What they said:\n\n{line}\n")
    assert quote.speaker == expected


@pytest.mark.parametrize("text", [
    "According to the finance ministry, the deficit “will narrow sharply next year”.",
    "The deficit “will narrow sharply next year”, according to the finance ministry.",
])
def test_a_body_described_in_lowercase_after_according_to_is_the_speaker(text):
    (quote,) = extract_quotes(text)
    assert quote.speaker == "finance ministry"


def test_a_noun_like_cue_right_after_the_closing_mark_reads_inverted():
    text = "“Dak took a lot of the air out of that controversy,” notes Jones, winging west over I-30.\n"
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.cue) == ("Jones", "notes")


LISTED = "Tom Carper, Dianne Feinstein, Patrick Leahy and Ben Cardin"


@pytest.mark.parametrize("text", [
    f"Sens. {LISTED} said in a letter: “We are deeply concerned by the decision.”",
    f"“We are deeply concerned by the decision,” said Sens. {LISTED}.",
    f"“We are deeply concerned by the decision,” {LISTED} said.",
])
def test_people_listed_before_or_after_the_cue_speak_jointly(text):
    assert only(text).speaker == LISTED


def test_two_people_after_the_cue_speak_jointly():
    assert only("“We are deeply concerned,” said Tom Carper and Ben Cardin.").speaker == "Tom Carper and Ben Cardin"


def test_a_name_in_an_opening_phrase_is_not_one_of_the_listed_speakers():
    quote = only("After meeting Vladimir Putin, Tom Carper and Ben Cardin said: “We are concerned.”")
    assert quote.speaker == "Tom Carper and Ben Cardin"


@pytest.mark.parametrize("text", [
    "Britain, France and Germany said in a statement: “We regret the decision.”",
    "“We regret the decision,” said Britain, France and Germany.",
])
def test_listed_places_speak_as_one_body_not_as_people(text):
    assert only(text).speaker == "Britain, France and Germany"


def test_a_listed_place_may_come_with_the():
    quote = only("“We are concerned,” said Canada, Mexico and the United States in a joint statement.")
    assert quote.speaker == "Canada, Mexico and the United States"


def test_plural_role_before_two_names_is_no_part_of_them():
    quote = only("Presidents Barack Obama and Xi Jinping said in a statement: “We are concerned.”")
    assert quote.speaker == "Barack Obama and Xi Jinping"


def test_name_set_off_after_a_role_for_a_body_after_the_cue_is_the_speaker():
    quote = only("“We do not comment on guests,” said a spokeswoman for Trump hotels, Jennifer Rodstrom.")
    assert (quote.speaker, quote.title) == ("Jennifer Rodstrom", "spokeswoman for Trump hotels")


@pytest.mark.parametrize("text, title", [
    ("“Terrific guy, a lot of fun,” Epstein's neighbor in both Florida and New York, Donald Trump, said in the story.",
     "Epstein's neighbor in both Florida and New York"),
    ("“It is a disgrace,” a teacher in Tamworth, Jane Doe, said.", "teacher in Tamworth"),
])
def test_name_set_off_after_a_description_with_its_places_is_the_speaker(text, title):
    quote = only(text)
    assert quote.title == title
    assert quote.speaker in {"Donald Trump", "Jane Doe"}


@pytest.mark.parametrize("text", [
    "“We will not back down on this,” Starmer – who is under pressure – said.",
    "Starmer — who is under pressure — said: “We will not back down on this.”",
])
def test_an_aside_set_off_by_dashes_between_a_name_and_its_verb_is_stepped_over(text):
    assert only(text).speaker == "Starmer"


@pytest.mark.parametrize("text", [
    "Streeting, 41, who has been in post since July, told reporters: “We are doing everything we can.”",
    "“We are doing everything we can,” Streeting, 41, who took the post in July, said.",
])
def test_a_name_with_an_age_and_a_who_clause_set_off_after_it_speaks(text):
    text = "Health Secretary Wes Streeting visited the hospital on Monday.\n\n" + text
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.method) == ("Wes Streeting", "surname")


def test_a_name_right_before_who_with_no_comma_speaks():
    text = ("The move was criticised by Russian politicians and Donald Trump Jr who wrote on X: “Military Industrial "
            "Complex seems to want to make sure they get World War 3 going.”")
    assert only(text).speaker == "Donald Trump Jr"


def test_a_description_right_before_who_with_no_comma_is_not_read_as_a_name():
    assert only("He met the Mayor of London who said: “We will act on this today.”").speaker != "London"


def test_a_role_of_two_fields_joined_by_and_is_one_description():
    text = ("Professor Paul Mellars of the University of Cambridge publishes his results today.\n\n“The pattern points "
            "to a shorter overlap,” the professor of prehistory and human evolution writes.\n")
    assert extract_quotes(text)[-1].speaker == "Paul Mellars"


def test_two_people_joined_by_and_are_no_description_of_one():
    quote = only("“We will act,” the mayor and the head of police said.")
    assert quote.speaker != "head of police"


def test_names_joined_before_a_name_set_off_are_no_description_of_it():
    assert only("“It is a disgrace,” Smith and Jones, Jane Doe, said.").speaker != "Jane Doe"


@pytest.mark.parametrize("text", [
    "The crowd cheered as the announcer can be heard saying: “What a goal!”",
    "The crowd cheered, and the announcer could be heard shouting: “What a goal!”",
])
def test_the_subject_of_the_clause_with_the_participle_of_saying_speaks(text):
    assert only(text).speaker == "announcer"


def test_a_verb_of_saying_opening_the_quotation_in_a_reported_clause_is_its_speaker():
    assert only("Police said that Amri shouted: “God is great, we will win.”").speaker == "Amri"


@pytest.mark.parametrize("text", [
    "“We are concerned,” Rep. Adam Schiff (D-Calif.) and Sen. Mark Warner (D-Va.) said in a joint statement.",
    "“We are concerned,” said Rep. Adam Schiff (D-Calif.) and Sen. Mark Warner (D-Va.).",
])
def test_two_people_with_party_tags_speak_jointly(text):
    assert only(text).speaker == "Adam Schiff and Mark Warner"


def test_two_people_each_with_a_role_after_the_cue_speak_jointly():
    quote = only("“We are concerned,” wrote Tom Carper, a Delaware Democrat, and Ben Cardin, a Maryland Democrat.")
    assert quote.speaker == "Tom Carper and Ben Cardin"


def test_a_second_name_with_a_verb_of_its_own_is_no_joint_speaker():
    assert only("“We are concerned,” said John Smith, a lawyer, and Mary Roe agreed.").speaker == "John Smith"


@pytest.mark.parametrize("text", [
    "“We will appeal,” said the family’s lawyers, Ben Crump and Antonio Romanucci.",
    "“We will appeal,” said attorneys Ben Crump and Antonio Romanucci.",
    "Ben Crump and Antonio Romanucci, lawyers for the family, said: “We will appeal.”",
])
def test_two_people_sharing_a_role_speak_jointly(text):
    assert only(text).speaker == "Ben Crump and Antonio Romanucci"


def test_the_one_heard_speaking_is_the_speaker_not_the_one_told():
    quote = only("On the recording, Trump can be heard telling Raffensperger: “I just want to find 11,780 votes.”")
    assert quote.speaker == "Trump"


@pytest.mark.parametrize("text", [
    "“We are heartbroken,” Jane Doe’s family said in a statement.",
    "“We are heartbroken,” said Jane Doe’s family.",
])
def test_a_family_speaks_not_the_person_it_is_named_for(text):
    assert only(text).speaker == "Jane Doe’s family"


def test_an_office_after_the_cue_speaks_not_its_owner():
    assert only("“We have no comment,” said Ryan’s office.").speaker == "Ryan’s office"


def test_the_family_of_someone_speaks_not_the_one_named():
    assert only("“We are heartbroken,” the family of Jane Doe said in a statement.").speaker == "family of Jane Doe"


def test_a_who_clause_with_a_verb_of_saying_names_the_speaker_of_its_quotation():
    text = "Cruz won the endorsement of Mike Lee, who declared in the spin room, “I’m sending the signal.”"
    assert only(text).speaker == "Mike Lee"


def test_a_description_in_apposition_gives_way_to_the_name_before_it():
    text = ("“We are gearing up,” said Scott Reed, the Chamber's chief political strategist, who added that they will "
            "focus on local issues “like folks are running for sheriff.”")
    assert [q.speaker for q in extract_quotes(text)] == ["Scott Reed", "Scott Reed"]


def test_the_verb_after_a_quotation_in_a_relative_clause_is_the_antecedents():
    quotes = extract_quotes("Biden, who once called Trump “the worst president ever,” said on Monday: “We will win.”")
    assert [q.speaker for q in quotes] == ["Biden", "Biden"]


def test_a_verb_of_telling_credits_the_quote_before_only_when_its_listener_follows():
    told = extract_quotes("Joe Biden spoke. “Our legal judgment is that it won’t” be struck down, he told reporters.")
    joke = extract_quotes("Gary Johnson spoke. Free markets (“Uber everything”) and more, he tells a joke about Trump.")
    assert [q.speaker for q in told] == ["Joe Biden"]
    assert [q.speaker for q in joke] == [None]


def test_a_soft_hyphen_beside_a_space_breaks_no_name():
    (quote,) = extract_quotes("“The plan works,” Doug \u00adAndres, a spokesman, told the Post.")
    assert quote.speaker == "Doug Andres"


def test_asking_to_do_something_is_a_request_not_a_cue_for_the_quotation_before():
    text = ("Marina Lacerda recounted giving Jeffrey Epstein a massage. Lacerda added he exposed himself.\n\n"
            "“And then next thing you know, he knew everything about me.”\n\n"
            "“He would use me as a doll.” Epstein would later ask to meet Lacerda’s sister.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Marina Lacerda", "Marina Lacerda"]


def test_two_roles_joined_by_and_before_a_name_after_the_quote_are_its_title():
    text = "“People were upset about it,” former Google engineer and Gmail inventor Paul Buchheit told Edwards.\n"
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.title) == ("Paul Buchheit", "former Google engineer and Gmail inventor")


def test_shares_with_an_outlet_closes_an_attribution_as_shares_alone_does():
    text = ("When Dianne Austin changed her hair, she had no idea what was coming.\n\n"
            "“My first thoughts were how ironic it was,” she shares with InStyle.\n")
    assert only(text).speaker == "Dianne Austin"


def test_what_a_participle_with_by_tells_of_is_said_by_no_one_before_it():
    text = ("The tariffs on steel and aluminum imports announced by President Donald Trump on Monday are a “bad "
            "idea” for Mexico, Economy Minister Marcelo Ebrard said Tuesday.\n")
    assert only(text).speaker == "Marcelo Ebrard"


def test_a_quotation_in_a_clause_set_against_the_sentences_subject_is_not_given_to_that_clauses_subject():
    text = ("A Democrat, she has kept her readers' trust. While Ronald Reagan and Jimmy Carter appointed her to boards "
            "and Bill Clinton invited her to stay in the Lincoln Bedroom (“No money connected — I gave him nothing!”), "
            "Eppie will vouch for one president only.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker != "Ronald Reagan and Jimmy Carter"
    assert quote.method in {None, "guess"}


def test_a_quotation_in_a_when_clause_is_still_its_subjects():
    text = ("Donald Trump spoke on Tuesday.\n\nWhen Trump incites violence with his “Second Amendment people” remark, "
            "he undermines confidence in the election.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Donald Trump"]


LONG_OPENING = ("So, with just a few days to go before the first Republican caucuses in Iowa, and just a few more "
                "days to go before the first Republican primary in New Hampshire, ")


def test_a_known_name_after_a_long_opening_phrase_is_the_sentences_subject():
    text = ("Chris Christie ended his campaign.\n\n" + LONG_OPENING + "Christie quit—telling a town hall meeting in "
            "Windham, N.H., “I have always said that there came a point in this race.”\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Chris Christie"]


def test_a_word_no_one_is_named_by_after_a_long_opening_phrase_is_no_subject():
    text = LONG_OPENING + "Voters shrugged—telling pollsters, “We have seen this race before, many times over.”\n"
    assert [q.speaker for q in extract_quotes(text)] != ["Voters"]


@pytest.mark.parametrize("verb", ["suggest", "say"])
def test_someone_led_or_prompted_to_say_something_is_its_speaker(verb):
    text = ("Chris Christie ran third.\n\nThat kind of talk led Christie to " + verb + ", in a hot-mic moment on "
            "Wednesday evening, “She is going to get smoked, and you and I both know it.”\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Chris Christie"]


def test_words_someone_was_urged_to_say_are_the_urgers():
    text = "Governor Chris Sununu urged Chris Christie to “be a hero” and endorse her.\n"
    assert [q.speaker for q in extract_quotes(text)] == ["Chris Sununu"]


@pytest.mark.parametrize("subject, speaker", [
    ("The Conservatives’ letter to Daniel Greenberg, the standards commissioner,", "Conservatives"),
    ("Labour's letter to Daniel Greenberg", "Labour"),
    ("A letter to Daniel Greenberg", None),
    ("The complaint to the Electoral Commission", None),
])
def test_the_one_a_document_was_sent_to_is_not_its_speaker(subject, speaker):
    quote = only(f"{subject} said: “It has now emerged that the minister failed to declare a gift.”")
    assert quote.speaker == speaker


def test_a_speaker_after_an_opening_phrase_about_a_letter_to_someone_still_speaks():
    quote = only("In a letter to Daniel Greenberg, Angela Rayner said: “It has now emerged that the minister failed.”")
    assert quote.speaker == "Angela Rayner"


def test_a_participle_after_a_joined_clause_is_said_by_that_clauses_subject():
    text = ("Eric Schmidt ran the meetings and Larry Page attended them.\n\nOn occasion, Page would grow more "
            "animated, and Schmidt would carefully shut him down, saying, “We heard you, Larry. Thank you.”\n")
    assert extract_quotes(text)[-1].speaker == "Eric Schmidt"


def test_a_participle_after_one_clause_is_said_by_the_sentences_subject():
    text = "Elizabeth Warren endorsed Hillary Clinton on Thursday, saying, “She is ready to lead this country.”\n"
    assert only(text).speaker == "Elizabeth Warren"


@pytest.mark.parametrize("subject, speaker", [
    ("A memo obtained by The Associated Press", None),
    ("A letter seen by the BBC", None),
    ("A Feb. 1 letter from the American Legion obtained by The Associated Press", "American Legion"),
    ("A report written by Mark Jones", "Mark Jones"),
])
def test_the_one_who_obtained_a_document_is_not_its_speaker(subject, speaker):
    quote = only(f"{subject} said: “We will cut the budget by half next year.”")
    assert quote.speaker == speaker


@pytest.mark.parametrize("opening", ["In Dr. Shadlen’s words,", "In his words,", "In the words of Michael Shadlen,"])
def test_the_owner_of_words_an_opening_phrase_gives_speaks(opening):
    text = (f"Michael Shadlen led the study.\n\n{opening} “Could the moment the brain has enough evidence be tied to "
            "awareness?”\n")
    assert extract_quotes(text)[-1].speaker == "Michael Shadlen"


def test_in_other_words_names_no_speaker():
    text = "Michael Shadlen led the study.\n\nIn other words, “the brain stops once it has enough evidence.”\n"
    assert extract_quotes(text)[-1].speaker is None


def test_a_question_is_the_askers_not_that_of_whoever_answers_that_after_it():
    text = ("After trust member Peggy Bell asked “Why has this taken four months when the staff said September?” "
            "Mr. Cueto responded that “the reason was the department’s review.”\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Peggy Bell", "Cueto"]
