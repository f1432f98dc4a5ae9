"""Speakers carried across sentences and paragraphs, lead-ins, phrasal cues and clause-like subjects."""
import pytest

from service.core.extraction import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text)]


def test_quote_only_paragraph_after_a_quoted_speaker_continues_that_speaker():
    text = ("“CNN has done an awful job this election,” Barkley said. “They have followed ratings.”\n\n"
            "“And it’s become sad that our company has sold its soul for ratings.”\n")
    assert _speakers(text) == ["Barkley", "Barkley"]


def test_long_attribution_clause_does_not_stop_the_next_paragraph_continuing():
    text = ("“We like a lot of the candidates,” Adelson said during the interview in Macau, the world’s largest "
            "gambling hub, ahead of the formal opening of his new hotel.\n\n"
            "“It’s changing every day. Out of 14 candidates, 41 percent is unheard of.”\n")
    assert _speakers(text) == ["Adelson", "Adelson"]


def test_quote_paragraph_after_narrative_without_a_quote_takes_no_speaker():
    text = "The senator left the hall early on Tuesday.\n\n“It was the best night of the campaign so far.”\n"
    assert _speakers(text) == [None]


def test_colon_lead_in_without_a_verb_of_saying_names_the_sentence_subject():
    text = ("When Wallace died in 1998, President Bill Clinton released the following statement:\n\n"
            "“Hillary and I offer our condolences to the family and friends of George Wallace.”\n")
    assert _speakers(text) == ["Bill Clinton"]


def test_colon_inside_the_sentence_names_whoever_the_sentence_is_about():
    text = "Kelly Ayotte responded pointedly, with a smile: “Can happen when you’re 45 years old.”\n"
    assert _speakers(text) == ["Kelly Ayotte"]


def test_name_after_a_dash_before_a_colon_is_the_speaker():
    text = "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one.”\n"
    assert _speakers(text) == ["Carl Bialik"]


@pytest.mark.parametrize("cue", ["shot back", "went on", "fired back", "chimed in"])
def test_phrasal_verbs_of_saying_attribute_the_quote(cue):
    assert _speakers(f"“Let me talk, I waited long enough,” Trump {cue}.\n") == ["Trump"]


@pytest.mark.parametrize("lead", ["As Vulture put it,", "As David Byler pointed out in December,"])
def test_as_someone_put_it_introduces_the_quote(lead):
    speaker = lead.split(" put")[0].split(" pointed")[0].removeprefix("As ")
    assert _speakers(f"{lead} “Hello, it’s the first time this happened.”\n") == [speaker]


def test_missing_space_after_the_full_stop_does_not_hide_the_verb():
    text = "“The Chinese have complete control over North Korea,” Trump said.Trump claimed he learned this.\n"
    assert _speakers(text) == ["Trump"]


def test_capitalised_tweeted_after_an_appositive_is_a_verb_of_saying():
    text = "“Not us but can’t argue with it!” Murphy, the head of Right to Rise USA, Tweeted on Friday.\n"
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.title) == ("Murphy", "head of Right to Rise USA")


def test_noun_like_verb_right_after_a_name_reports_speech():
    assert _speakers("“Look at the statement he put out after the shootings,” Conway notes.\n") == ["Conway"]


def test_base_form_after_a_modal_reports_speech():
    text = ("Barack Obama speaks tonight.\n\n"
            "“Nothing truly prepares you for the demands of the Oval Office,” he will say.\n")
    assert _speakers(text) == ["Barack Obama"]


def test_modal_and_adverb_before_a_base_form_report_speech():
    text = ("The scheduling was so odd that a spokesman for Bernie Sanders could only quip: "
            "\"I guess Christmas Eve was booked.\"\n\n"
            "“We are done here,” Obama might add.\n\n"
            "Smith would later tell reporters, \"It was booked months ago.\"\n")
    assert _speakers(text) == ["spokesman for Bernie Sanders", "Obama", "Smith"]


def test_modal_before_a_plural_verb_does_not_make_its_subject_a_speaker():
    text = "But polls did predict the Democratic caucus - HuffPollster: “Polls projected a very close race.”\n"
    assert _speakers(text) == ["HuffPollster"]


def test_quote_opening_the_next_sentence_keeps_the_speaker_of_the_sentence_before():
    text = ("“We are going to start winning again,” Trump said at his party, two hours after news outlets "
            "declared him the victor. “You are going to be so happy.”\n")
    assert _speakers(text) == ["Trump", "Trump"]


def test_that_opening_a_clause_after_the_verb_is_not_the_speaker():
    text = ("Ted Cruz, when asked what about the plan is wrong, responded that the businessman “is right about "
            "the problems, but his solutions don’t work.”\n")
    assert _speakers(text) == ["Ted Cruz"]


def test_unnamed_role_with_a_capitalised_word_after_an_inverted_cue_is_the_speaker():
    assert _speakers("“Politicians are practical people,” said the senior Cruz adviser.\n") == ["senior Cruz adviser"]


def test_one_person_with_two_roles_joined_by_and_is_one_speaker():
    text = ("“North Korea is run by a lunatic,” the Florida senator and Republican presidential candidate "
            "said in a statement.\n")
    assert _speakers(text) == ["Florida senator and Republican presidential candidate"]


def test_participle_clause_after_the_subject_is_not_a_title():
    text = ("Bernie Sanders, celebrating a victory in the primary in his home state of Vermont, is pledging to "
            "“win many hundreds of delegates” on Tuesday.\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.title) == ("Bernie Sanders", None)


def test_pronoun_after_a_participle_clause_subject_finds_that_person():
    text = ("Donald Trump spoke first in Florida.\n\n"
            "Bernie Sanders, celebrating a victory in the Democratic primary in his home state of Vermont, is "
            "pledging to win more delegates.\n\n"
            "And he vowed to “take our fight” to the other states.\n")
    assert _speakers(text) == ["Bernie Sanders"]


def test_state_names_are_not_people_a_pronoun_can_refer_to():
    text = ("Voters in South Carolina go to the polls on Saturday.\n\n"
            "“If we don't do well, we're not going to be dragging around,” he said.\n")
    assert _speakers(text) == [None]


def test_lone_surname_quoted_with_a_verb_of_saying_is_a_person_for_a_later_pronoun():
    text = ("“I don’t see how anyone can trust her,” Tiegen said.\n\n"
            "Tiegen was also troubled by the handling of classified material.\n\n"
            "“Who wants to work with us if you have somebody like that?” he wondered.\n")
    assert _speakers(text) == ["Tiegen", "Tiegen"]


def test_capitalised_plural_that_opens_a_sentence_is_not_a_person_for_a_later_pronoun():
    text = ("Proponents said the program brings jobs to poor areas.\n\n"
            "“It is hard to convince them what it looked like before,” she said.\n")
    assert _speakers(text) == [None]


def test_participle_opening_a_sentence_is_not_part_of_a_name():
    from service.core.extraction.people import People
    from service.core.extraction.tokens import tokens

    text = "Asserting Clinton was wrong, the aide left the room."
    people = People()
    people.scan(tokens(text, 0, len(text)))
    assert [person.name for person in people.people] == []


def test_long_run_of_capitals_is_a_headline_not_a_name():
    from service.core.extraction.people import People
    from service.core.extraction.tokens import tokens

    text = "Woman Reveals Stunning Thing Trump Did To Her"
    people = People()
    people.scan(tokens(text, 0, len(text)))
    assert people.people == []


def test_present_tense_after_a_plural_subject_reports_speech():
    assert _speakers("Police say they have “adequate resources” to secure the city.\n") == ["Police"]


def test_present_tense_after_a_subordinate_clause_opener_is_not_a_speaker():
    text = "While old Iowa political hands say the area is “a tough place to campaign,” the senator went.\n"
    assert _speakers(text) == [None]


def test_participle_with_an_object_before_the_quote_takes_the_sentence_subject_for_both_quotes():
    text = ("Donald Trump spoke in Washington.\n\n"
            "Trump took a risk, telling the crowd, “I’m a negotiator like you, folks,” and, “Is there anyone here "
            "who doesn’t negotiate deals?”\n")
    assert _speakers(text) == ["Donald Trump", "Donald Trump"]


def test_statement_issued_by_someone_speaks_for_its_author():
    text = ("Black Lives Matter released a statement saying it would not march “because of the unsafe "
            "conditions created for our communities.”\n")
    assert _speakers(text) == ["Black Lives Matter"]


def test_quote_opening_a_sentence_after_narrative_goes_on_with_the_earlier_speaker():
    text = ("“Oh gosh, those are some very small towns,” Woolson said. They also lie in a media market dead zone. "
            "“That’s a tough area to campaign in.”\n")
    assert _speakers(text) == ["Woolson", "Woolson"]


def test_misprinted_opening_mark_after_a_comma_closes_the_quote():
    text = "“It's unusual,“ said Larry Noble, an attorney with the Campaign Legal Center.\n"
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [("It's unusual", "Larry Noble")]


def test_unnamed_speaker_after_an_inverted_verb_stops_before_a_relative_clause():
    text = "“If I was a donor, I’d want answers,” said a prominent party member who supports Trump.\n"
    assert _speakers(text) == ["prominent party member"]


def test_pressed_is_a_verb_of_saying():
    assert _speakers("“Would it be negotiable about the 11 million?” Hannity pressed.\n") == ["Hannity"]


def test_participle_after_a_comma_takes_the_subject_after_an_opening_place_phrase():
    text = ("Bernie Sanders campaigned today.\n\n"
            "Here in Columbia, Sanders stepped up his emphasis on justice issues, saying, “We have got to achieve "
            "the day when young people can walk the streets.”\n")
    assert _speakers(text) == ["Bernie Sanders"]


def test_a_persons_campaign_as_subject_is_what_a_later_it_means():
    text = ("Donald Trump’s campaign is defending his tweets. It’s denouncing what it calls “the single-biggest "
            "coordinated media attack in history.”\n")
    assert _speakers(text) == ["Donald Trump’s campaign"]


def test_fragment_before_the_reporting_clause_of_its_sentence_is_the_reporters():
    text = ("George Will writes a column.\n\n"
            "From Donald Trump’s “coarse, vulgar, and nasty effusion” in Iowa to his call for a federal "
            "“deportation force,” Will described Trump as a “caricature of democracy.”\n")
    assert set(_speakers(text)) == {"George Will"}


def test_quote_paragraph_after_a_paragraph_of_narrated_speech_belongs_to_its_subject():
    text = ("Hillary Clinton worked a rope line.\n\n"
            "Clinton, clearly frustrated, responded by pointing a finger in the woman’s face, saying the Sanders "
            "campaign was conflating donations.\n\n"
            "“I do not have money from oil companies. I am so sick of the Sanders campaign lying about me.”\n")
    assert _speakers(text) == ["Hillary Clinton"]


def test_quote_after_a_sentence_of_narrated_speech_in_its_paragraph_belongs_to_its_subject():
    text = ("John Bolton spoke on Thursday.\n\n"
            "Bolton distanced himself from the movement by saying he would help if asked. “I’m going to support "
            "him, and support him enthusiastically.”\n")
    assert _speakers(text) == ["John Bolton"]


def test_quote_paragraph_in_capitals_is_a_subheading_not_narrated_speech():
    text = ("Barack Obama said voters would decide.\n\n"
            "“EVENTUALLY VOTERS MAKE GOOD DECISIONS”\n")
    assert _speakers(text) == []


def test_a_sentence_opening_with_a_participle_of_saying_goes_on_with_the_speaker_before():
    text = ("Bill Maher spoke later. Maher stated of the email scandal that the report “wasn’t good.” Adding, "
            "“Now, like with all Clinton scandals, what they actually do is never that bad.”\n")
    assert _speakers(text) == ["Bill Maher", "Bill Maher"]


def test_a_colon_lead_in_after_a_dash_names_whoever_the_last_clause_is_about():
    text = ("Ted Cruz spoke at the debate.\n\n"
            "That is, when the CNBC moderators yielded to the temptation of snark—and Lordy, do we know how "
            "tempting that can be!— Cruz called them on it:\n\n"
            "“The questions asked in this debate illustrate why the American people don’t trust the media.”\n")
    assert _speakers(text) == ["Ted Cruz"]


def test_a_paragraph_praising_someone_introduces_the_quotation_paragraph_after_it():
    text = ("Chris Christie was joined Monday at a town hall by Buddy Valastro, star of “Cake Boss.”\n\n"
            "Valastro praised Christie’s leadership in the aftermath of Hurricane Sandy.\n\n"
            "“We need someone who’s going to cut through the nonsense and get things done.”\n")
    assert _speakers(text)[-1] == "Buddy Valastro"


def test_a_connective_before_the_next_quotation_is_no_lead_in_of_its_own():
    text = ("Sajid Tarar said selling Trump to other Muslims has been a challenge.\n\n"
            "“In the beginning it was completely no,” he said. Then, “I try to explain it to them.”\n")
    assert _speakers(text) == ["Sajid Tarar", "Sajid Tarar"]


def test_a_sentence_opening_with_and_finds_its_pronoun_subject_for_a_colon_lead_in():
    text = ("Deborah Reynolds says that is what new media is. “He protests every day,” she says.\n\n"
            "And she is sure that keeping Santilli in jail will only make his voice louder: “They are "
            "creating a monster, as far as I am concerned.”\n")
    assert _speakers(text) == ["Deborah Reynolds", "Deborah Reynolds"]


def test_a_sentence_naming_where_the_quotation_came_from_gives_its_speaker():
    text = ("“I’d rather have a sister in a whorehouse than a brother in the FBI.” That quote from Alabama Securities "
            "Commissioner Thomas Krebs appeared on the front page in 1980.\n")
    assert _speakers(text) == ["Thomas Krebs"]


def test_quote_paragraph_after_a_speaker_quick_to_add_something_is_theirs():
    text = ("“By the way it is negotiable,” Donald Trump said.\n\n"
            "Trump was quick to add that the negotiation does not include nixing the idea altogether.\n\n"
            "“Building it? Not negotiable.”\n")
    assert _speakers(text) == ["Donald Trump", "Donald Trump"]


def test_a_credit_line_after_a_dash_is_no_speaker():
    text = ("The budget passed on Thursday.\n\n“The minister stands by every line.”\n\n"
            "— With files from The Canadian Press\n")
    assert _speakers(text) == [None]


def test_a_dash_line_names_the_speaker_only_of_a_quotation_that_fills_its_paragraph():
    text = ("The budget passed on Thursday. Then the statement: “The minister stands by every line.”\n\n"
            "— Jane Doe\n")
    assert _speakers(text) != ["Jane Doe"]


def test_a_transcripts_stage_direction_is_no_part_of_the_words_said():
    text = ("Mike Pence spoke on Sunday.\n\n"
            "“But the truth is that Donald Trump has a unique way of communicating,” Pence said. “He is "
            "going to focus on the issues.\n\n"
            "“(CROSSTALK.)\n\n"
            "“And that’s why Donald Trump is on his way to the White House.”\n")
    quotes = extract_quotes(text)
    said = [text[a:b] for q in quotes for a, b in q.parts]
    assert not any("CROSSTALK" in part for part in said)
    assert any("on his way to the White House" in part for part in said)


def test_a_paragraph_of_a_quotation_takes_the_speaker_the_next_paragraph_names():
    text = ("“If the hospital closes, people will die. It's that simple.”\n\n"
            "That's how Dr. Rachel Kim, the only surgeon in Harlan County, describes what is at stake.\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.cue) == ("Rachel Kim", "describes")


def test_the_message_from_someone_after_a_quotation_names_its_speaker():
    text = ("“There will be no ceasefire until the hostages are home.” That was the message from Israel’s defence "
            "minister, Israel Katz, on Tuesday.\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.title) == ("Israel Katz", "Israel’s defence minister")


def test_so_said_after_a_quotation_names_its_speaker():
    text = "Evacuations began at dawn.\n\n“Go home now and stay there.” So said Mayor Karen Bass on Friday.\n"
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.cue) == ("Karen Bass", "said")


def test_a_source_named_in_the_next_paragraph_beats_going_on_with_the_last_speaker():
    text = ("“Leave while you can,” Mayor Karen Bass said.\n\n“Stay inside and keep off the roads.”\n\n"
            "So says the sheriff, Robert Luna, who has 300 deputies on the streets.\n")
    assert _speakers(text) == ["Karen Bass", "Robert Luna"]


def test_a_paragraph_that_only_says_when_before_its_quotation_goes_on_with_the_last_speaker():
    text = ("“We made a terrible mistake getting involved,” Donald Trump told CNN in October.\n\n"
            "Then, later that month on CNN: “I have never said we made a mistake going into Afghanistan.”\n")
    assert _speakers(text) == ["Donald Trump", "Donald Trump"]


def test_so_wrote_after_a_quotation_names_its_writer():
    text = "“Power concedes nothing without a demand.” So wrote Frederick Douglass in 1857.\n"
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.cue) == ("Frederick Douglass", "wrote")


def test_a_paragraph_announcing_what_follows_leads_into_the_quotation_below_it():
    text = ("When Chris Wallace asked about the briefings, Donald Trump said the following.\n"
            "“Well, I get it when I need it. I don’t have to be told.\n"
            "“But I do say if something should change, let us know.”\n")
    quotes = extract_quotes(text)
    assert quotes and {q.speaker for q in quotes} == {"Donald Trump"}


def test_quote_paragraph_after_a_photo_caption_continues_the_speaker_before_it():
    text = ("“Man’s greed in the ocean is hurting the whales,” says Hori Parata, an elder of the tribe.\n\n"
            "Hori Parata at his farm, the place where he was born\n\n"
            "“We’re having to put up with a lot of stuff today. We feel that is ridiculous.”\n")
    assert _speakers(text) == ["Hori Parata", "Hori Parata"]


def test_quote_paragraph_after_a_paragraph_ending_a_sentence_does_not_step_over_it():
    text = ("“Man’s greed in the ocean is hurting the whales,” says Hori Parata, an elder of the tribe.\n\n"
            "Officials at the department declined to comment on the strandings.\n\n"
            "“We’re having to put up with a lot of stuff today. We feel that is ridiculous.”\n")
    assert _speakers(text)[1] != "Hori Parata"


def test_pull_quote_over_a_section_does_not_take_the_speaker_before_it():
    text = ("“It is only a matter of luck that no one has been killed,” Rachel Lederman said. “This must stop.”\n\n"
            "“A messy, messy mess”\n\n"
            "“This is what you would call a messy, messy mess,” Ronal Serpas said.\n")
    found = {q.text: q.speaker for q in extract_quotes(text)}
    assert found.get("A messy, messy mess") != "Rachel Lederman"
    assert found["This is what you would call a messy, messy mess"] == "Ronal Serpas"


@pytest.mark.parametrize("verb", ["simpered", "sobbed", "deadpanned", "chuckled", "quizzed"])
def test_manner_of_speaking_verbs_attribute_the_quote(verb):
    assert _speakers(f"“What do I know about branding, maybe nothing,” Trump {verb} in a morning tweet.\n") == [
        "Trump"]


def test_an_answer_after_the_interviewers_question_goes_on_quoting_the_one_who_answered_before():
    text = ("“It’s all about whether they can deliver the plan,” says Tony Blair.\n\nIs Starmer a good leader?\n\n"
            "“Well, I’m fully supportive of him, I want him to succeed.”\n")
    assert _speakers(text) == ["Tony Blair", "Tony Blair"]


def test_a_paragraph_of_two_sentences_ending_in_a_question_is_no_interviewers_question():
    text = ("“It’s all about whether they can deliver the plan,” says Tony Blair.\n\nThe talks ended at noon. "
            "Will the plan hold?\n\n“We expect an answer by Friday.”\n")
    assert _speakers(text)[1] is None


def test_a_quotation_after_a_paragraph_about_the_speaker_goes_on_quoting_them():
    text = ("“It’s all about whether they can deliver the plan,” says Tony Blair.\n\nIf he has one piece of advice "
            "for the government, it’s introducing identity cards.\n\n“In the end, they will explore it.”\n")
    assert _speakers(text) == ["Tony Blair", "Tony Blair"]


def test_a_paragraph_about_someone_else_named_stops_the_quotation_going_on():
    text = ("“It’s all about whether they can deliver the plan,” says Tony Blair.\n\nThe Conservatives have other "
            "plans for the country.\n\n“In the end, they will explore it.”\n")
    assert _speakers(text)[1] != "Tony Blair"


def test_a_long_description_before_a_name_set_off_by_commas_leads_in_the_quotation_paragraph():
    text = ("The head of Transnet’s engineering centre of excellence, Tauqeer Ahmed, says the problem is the "
            "extreme effort.\n\n“Commercially, it doesn’t make sense. It is just too expensive.”\n")
    assert _speakers(text) == ["Tauqeer Ahmed"]


def test_a_quotation_paragraph_in_an_interview_is_the_headline_persons():
    text = ("Tony Blair: Why there has to be compromise in Ukraine\n\n“It’s all about the plan,” says Blair.\n\n"
            "Along with the other world leaders, the prime minister could learn a lot from the book.\n\n"
            "“I wrote the book because I think it’s a very odd thing.”\n")
    assert _speakers(text) == ["Tony Blair", "Tony Blair"]


def test_a_headline_name_never_quoted_in_the_article_gives_no_speaker():
    text = ("Tony Blair: Why there has to be compromise in Ukraine\n\nThe talks ended at noon in Geneva.\n\n"
            "“I wrote the book because I think it’s a very odd thing.”\n")
    assert _speakers(text) == [None]


def test_an_answer_after_what_the_writer_puts_to_the_one_interviewed_is_theirs():
    text = ("“It’s all about the plan,” says Tony Blair.\n\nBut you’ve just written a book for him, I say.\n\n"
            "“No, I didn’t write the book for him, I wrote the book for leaders.”\n")
    assert _speakers(text) == ["Tony Blair", "Tony Blair"]


def test_a_quotation_paragraph_nobody_is_credited_with_is_the_person_the_short_paragraph_before_is_about():
    text = ("Jack Draper meanwhile wrapped up his win in just over two hours, knocking out Radu Albot.\n\n"
            "“Definitely having other Brits do well in the draw is amazing for British tennis.”\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.method) == ("Jack Draper", "guess")


def test_a_longer_paragraph_before_tells_of_too_many_to_guess_the_speaker():
    text = ("Bill Parcells asked that Stephen Jones meet him every morning. Some days Stephen wore a polo shirt. "
            "On others he wore a suit.\n\n“I’d walk into his office, and he’d go, ‘Stadium Steve today.’”\n")
    assert [q.speaker for q in extract_quotes(text)] == [None]


def test_a_quotation_paragraph_after_the_interviewers_own_words_is_the_answer():
    text = ("Tony Blair: Why there has to be compromise\n\n"
            "“It’s all about delivery,” says Blair.\n\n"
            "I didn’t ask you to.\n\n"
            "“No, but it was pretty obvious what you were saying.”\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Tony Blair", "Tony Blair"]


def test_the_clause_after_a_semicolon_is_the_one_a_fragment_belongs_to():
    text = ("Sherman studied under Wayne Barrett, the reporter; Barrett’s dictum to his interns was, "
            "“It’s not a good story if you don’t get a death threat.”\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Wayne Barrett"]


def test_a_paragraph_ending_in_a_verb_of_saying_and_a_comma_introduces_the_next():
    text = ("According to Rathbun, a detective was given material. Rathbun stated,\n\n"
            "“Daniel was picked up by an investigator in a black car.” Rathbun asserted that officials, “… plied "
            "the detective with a conspiracy theory.”\n")
    assert _speakers(text) == ["Rathbun", "Rathbun"]


def test_a_quote_paragraph_after_a_sentence_crediting_a_source_takes_the_source():
    text = ("The economy will shrink next year, according to Deutsche Bank analyst Jane Doe.\n\n"
            "“We see a recession coming in the spring, and it will be deep.”\n")
    assert _speakers(text) == ["Jane Doe"]


def test_a_reply_to_the_speaker_before_is_not_theirs():
    text = ("“There wasn’t a peep,” says Stephen Jones, who told his father, “Dad, we need to take Zack.”\n\n"
            "“All right,” came the reply. “Turn it in.”\n")
    assert [q.speaker for q in extract_quotes(text)][-2:] == [None, None]


def test_a_quote_paragraph_after_narrated_speech_credited_after_its_verb_goes_on_with_that_speaker():
    text = ("Henk Godthelp of the Queensland Museum found the amber.\n\nNearly one in five of the amber pieces found "
            "contain fossils or bubbles of water or gas, says Godthelp.\n\n“By world standards, that's remarkably "
            "high.”\n")
    assert extract_quotes(text)[-1].speaker == "Henk Godthelp"


def test_a_quotation_resuming_after_a_dash_aside_goes_on_with_the_speaker_not_the_one_the_aside_names():
    text = ("Eppie Lederer dismissed the notion: “It’s awfully hard to shock a kid in this country.” She grew up in "
            "Sioux City. “That’s where my sister” — her twin, Pauline, who writes the rival “Dear Abby” column — “and "
            "I got our education. We were 15 years old.”\n")
    resumed = next(q for q in extract_quotes(text) if q.text.startswith("and I got"))
    assert resumed.speaker == "Eppie Lederer"


def test_a_title_quoted_before_the_noun_of_its_work_is_no_quote():
    text = "Pauline, who writes the rival “Dear Abby” column, said she was “very happy to be here.”\n"
    assert [q.text for q in extract_quotes(text)] == ["very happy to be here."]


def test_a_quote_paragraph_after_a_long_opening_participle_goes_to_the_name_after_it():
    text = ("Reiterating his stand that the exercises involving companies like Malaysia Airlines, Renong and United "
            "Engineers Malaysia were attempts to rescue companies with connections, Lim proposed that a commission "
            "be set up.\n\n“If bailing-out is to become a government policy, set up this commission for everyone.”\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Lim"


def test_a_quotation_stopping_short_of_its_sentence_shares_the_attribution_ending_it():
    text = ("“We have a mixture of professors who are part of the movement” inside Myanmar “that are doing "
            "supervision, and, of course, we are”, too, says Rhoads.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Rhoads", "Rhoads"]


def test_a_quoted_title_the_sentence_is_about_takes_no_attribution_from_the_fragment_after_it():
    text = "“All that Glitters is Not Gold” was to be a “cautionary tale,” said Susan Crawford, his agent.\n"
    assert [(q.text, q.speaker) for q in extract_quotes(text) if q.speaker] == [("cautionary tale", "Susan Crawford")]


def test_a_quote_paragraph_after_speech_narrated_by_several_joined_by_and_goes_to_none_of_them():
    text = ("Analysts were divided.\n\nMatthews, an economist at the bank, and Reuters’ Luciana Lopez argued that "
            "rates would rise.\n\n“We expect two more hikes this year, at the least.”\n")
    assert extract_quotes(text)[0].speaker is None


def test_a_quote_paragraph_after_speech_narrated_past_a_titled_opening_goes_to_the_name():
    text = ("Officials met on Monday.\n\nChief Executive Officer of the Authority, Gary Scott, added that two events "
            "will take place.\n\n“The alliance will be launched here in Jamaica under the United Nations.”\n")
    assert extract_quotes(text)[0].speaker == "Gary Scott"
