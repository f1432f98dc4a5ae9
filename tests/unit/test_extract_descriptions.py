"""Speakers described at length: two appositives, affiliations, roles before a name, asides and opening phrases."""
import pytest

from service.core.extraction import extract_quotes


def _only(text: str):
    (quote,) = extract_quotes(text)
    return quote.speaker, quote.title


def test_two_appositives_after_the_name_keep_the_name_as_speaker():
    text = ("“It’s an invasion of the state regulatory domain,” Scott Pruitt, the Republican attorney general of "
            "Oklahoma, one of the states suing the EPA, said at an event this month.\n")
    assert _only(text) == ("Scott Pruitt", "Republican attorney general of Oklahoma")


def test_affiliation_after_of_is_the_title_not_the_speaker():
    text = "“It was the least bad outcome,” Robert Morgan of the Sierra Club said.\n"
    assert _only(text) == ("Robert Morgan", "Sierra Club")


def test_a_role_of_a_named_body_is_not_read_as_a_person_of_it():
    text = "“They have no place here,” Speaker of the House Rep. Paul Ryan said on Tuesday.\n"
    speaker, _ = _only(text)
    assert speaker == "Paul Ryan"


def test_delegate_abbreviation_is_an_honorific():
    speaker, _ = _only("“This is a waste of time,” said Del. Stacey Plaskett of the Virgin Islands.\n")
    assert speaker == "Stacey Plaskett"


def test_name_between_commas_after_a_description_with_a_role_is_the_speaker():
    text = ("The leader of the Anti-Defamation League, Jonathan Greenblatt, warned that such a ban would be "
            "“unacceptable and antithetical to American values.”\n")
    speaker, _ = _only(text)
    assert speaker == "Jonathan Greenblatt"


def test_aside_between_commas_is_not_a_title():
    text = "Kelly Ayotte’s campaign, for example, said she would “support the nominee in the fall.”\n"
    speaker, title = _only(text)
    assert "Ayotte" in speaker and title is None


def test_closed_sentence_then_a_verb_with_its_own_object_is_not_the_attribution():
    text = ("Russia insisted that Pyongyang “stop its dangerous escapades.” The Energy Agency said North Korea "
            "had shown “complete disregard of the repeated demands.”\n")
    assert [q.speaker for q in extract_quotes(text)][0] == "Russia"


def test_prepositional_opening_phrase_is_not_the_subject_of_a_colon_lead_in():
    text = ("With Democratic leaders increasingly worried about a lack of passion among young black voters, "
            "President Barack Obama is rolling out a new campaign message: “It’s about me and my legacy.”\n")
    speaker, _ = _only(text)
    assert speaker == "Barack Obama"


def test_quote_after_a_sentence_reporting_a_persons_view_is_theirs():
    text = ("His former business partner at Lenox, Lawrence B. Cummings, called him a master at deals. "
            "“He showed again and again an ability to put together deals that other people couldn’t.”\n")
    speaker, _ = _only(text)
    assert speaker == "Lawrence B. Cummings"


def test_family_role_before_a_name_between_commas_is_the_title():
    text = "“Life is very hard in Romania,” his wife, Gabriela Violeta Lazar, wrote in a letter to the court.\n"
    assert _only(text) == ("Gabriela Violeta Lazar", "wife")


def test_role_for_a_named_body_is_an_unnamed_speaker_not_the_body():
    text = "“The simple truth is that the facts haven’t changed,” a spokesman for committee Democrats said.\n"
    assert _only(text) == ("spokesman for committee Democrats", None)


def test_participle_right_after_a_quoted_word_takes_the_sentence_subject():
    text = ("According to Phil Kerpen, the tweet came later.\n\n"
            "Kerpen needled the CNN “reporter,” saying, “A reporter who Tweets on request!”\n")
    assert [q.speaker for q in extract_quotes(text)][-1] == "Phil Kerpen"


def test_fragment_inside_a_reported_clause_belongs_to_the_reporter():
    text = ("At the rally, Trump said that Romney begged him for an endorsement and “would have dropped to his "
            "knees” if asked.\n")
    assert _only(text)[0] == "Trump"


def test_clause_closed_by_a_comma_does_not_claim_the_next_speaker():
    text = ("After Trump argued that Medicare should not be cut, Rubio said only that his “numbers don’t add "
            "up at all.”\n")
    assert _only(text)[0] == "Rubio"


def test_its_analysis_is_not_a_speaker():
    text = ("Win Htein, a member of the committee, said on Tuesday that according to its analysis, the party has "
            "won, but “we are still counting the seats.”\n")
    assert _only(text)[0] == "Win Htein"


def test_possessive_before_a_role_after_an_inverted_cue_keeps_the_name():
    assert _only("“We have a path to victory,” said his campaign manager Jeff Weaver.\n") == (
        "Jeff Weaver", "campaign manager")


def test_words_after_a_verb_that_follows_a_comma_are_not_an_unnamed_speaker():
    text = ("Ramil Carr, 31, a freelance photographer, said the convention represented the “perfect opportunity” "
            "to call attention to poverty.\n")
    speaker, _ = _only(text)
    assert speaker == "Ramil Carr"


def test_which_clause_about_the_body_in_an_appositive_keeps_the_person_as_speaker():
    text = ("“One of the challenges of the program is how people see it,” Angelique Brunner, a developer and "
            "spokeswoman for the EB-5 Investment Coalition, which is made up of investors, said.\n")
    assert _only(text) == ("Angelique Brunner", "developer and spokeswoman for the EB-5 Investment Coalition")


def test_town_and_state_inside_an_appositive_keep_the_name_as_speaker():
    text = ("Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says Cruz will "
            "“leave here with momentum.”\n")
    assert _only(text) == ("Dean Johnson", "55-year-old salesman from Sumter, South Carolina")


def test_clause_running_into_the_next_quotation_introduces_that_one():
    text = ("Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes back, "
            "“You look cute.”\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Clinton", "Mills"]


def test_lowercase_roles_before_a_full_name_after_an_inverted_verb_are_its_title():
    text = "“Watch a fully formed fetus on the table,” said former tech executive Carly Fiorina during the debate.\n"
    assert _only(text) == ("Carly Fiorina", "former tech executive")


def test_claimant_on_the_paragraph_after_a_claim_is_its_speaker():
    text = ("“Almost all new income and wealth is going to the top 1 percent.”\n\n- Bernie Sanders.\n\n"
            "The senator is relying on an outdated statistic.\n")
    assert _only(text)[0] == "Bernie Sanders"


def test_relative_clause_that_never_closes_its_comma_keeps_the_name_before_it():
    text = "“Clinton needs a strategy,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted.\n"
    assert _only(text) == ("Nate Silver", "polling guru")


def test_description_before_an_open_relative_clause_is_not_read_as_a_name():
    from service.core.extraction.candidates import attributions
    from service.core.extraction.tokens import tokens

    text = "It was a reversal for the Wisconsin Republican, who had previously pledged to support him."
    assert [a.speaker.text for a in attributions(tokens(text, 0, len(text)))] == []


def test_the_spokesperson_is_the_spokesperson_described_before():
    text = ("A U.S. State Department spokesperson welcomed the agreement. “The United States strongly supports "
            "closer ties between our two allies,” the spokesperson said in an emailed statement.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "U.S. State Department spokesperson"


def test_any_noun_before_a_who_clause_may_be_the_unnamed_speaker():
    text = ("“He is running five companies,” one large shareholder, who asked not to be named, told Reuters.\n\n"
            "“The agents are under a lot of pressure,” an intelligence source, who was not authorized to speak on "
            "the record, told Fox News.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["one large shareholder", "intelligence source"]


def test_the_statement_speaks_for_whoever_the_story_says_released_it():
    text = ("In Washington, President Obama released a statement Thursday night condemning the attack.\n\n"
            "“We stand in solidarity and partnership with France, our oldest ally,” the statement said.\n\n"
            "The mayor's office put out a statement late Friday. “The city remains committed to transparency,” "
            "the statement said.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Obama", "mayor's office"]


def test_they_after_a_statement_is_the_body_that_issued_it():
    text = ("The Security Council issued a statement calling the test a clear violation. The statement noted "
            "earlier warnings.\n\n"
            "“The members of the Security Council will begin to work immediately on appropriate measures,” they "
            "said.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Security Council"]


def test_a_statement_nobody_is_said_to_have_issued_stays_the_statement():
    text = "“The city remains committed to transparency,” the statement said.\n"
    assert [q.speaker for q in extract_quotes(text)] == ["statement"]


def test_a_statement_put_out_right_there_speaks_for_who_put_it_out():
    text = ("Following a swiftly called meeting, the Security Council issued a statement calling the nuclear test "
            "“a clear violation and in flagrant disregard” of earlier resolutions.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Security Council"]


def test_a_name_set_off_after_an_inverted_role_at_the_end_of_the_sentence_is_the_speaker():
    assert _only("“We will win this,” said the coach, Pep Guardiola.\n") == ("Pep Guardiola", "coach")


def test_a_name_inside_a_whose_clause_is_not_the_subject():
    text = ("Khizr Khan, whose son, Army Capt. Humayun Khan, was killed in Iraq in 2004, responded in an interview "
            "with MSNBC. “This is the typical answer of a person without a soul,” he said.\n")
    assert _only(text) == ("Khizr Khan", None)


def test_a_whose_clause_after_an_inverted_name_is_no_title():
    assert _only("“It is the answer of a person without a soul,” said Khizr Khan, whose son was killed.\n") == (
        "Khizr Khan", None)


def test_a_running_mate_set_off_by_commas_speaks_and_the_name_after_said_is_what_was_said_of():
    text = "Trump's running mate, Indiana Gov. Mike Pence, said Khan “should be honored by every American.”\n"
    speaker, title = _only(text)
    assert speaker == "Mike Pence" and title.startswith("Trump's running mate")


@pytest.mark.parametrize("aside", ["at a rally in Ohio", "never one to miss a chance", "clearly frustrated",
                                   "in its daily media summary Monday", "as usual"])
def test_an_aside_between_commas_after_the_name_is_no_title(aside):
    text = f"Donald Trump, {aside}, said the plan was “a disgrace to all of us.”\n"
    assert _only(text) == ("Donald Trump", None)


def test_a_role_starting_with_then_or_family_is_still_a_title():
    assert _only("George Zimmerman, then a neighborhood watch volunteer, said he was “honored and humbled.”\n") == (
        "George Zimmerman", "then a neighborhood watch volunteer")
    assert _only("Jim Smith, a family friend, said it was “a disgrace to all of us.”\n") == (
        "Jim Smith", "family friend")


def test_an_acronym_opening_a_sentence_is_a_name_that_speaks():
    text = ("The RNC, in its daily media summary Monday, emailed a news article reporting that “Clinton is showing "
            "flashes of frustration as she struggles.”\n")
    assert _only(text) == ("RNC", None)


def test_a_fragment_takes_the_verb_of_saying_that_ends_its_sentence_over_the_sentences_subject():
    text = ("The FBI looked for a connection and did not find “ties of any consequence,” aside from the two men "
            "knowing each other “casually” from the mosque, said the bureau's director, James B. Comey, on Monday.\n\n"
            "Agent Dana Smith looked for a connection and did not find “ties of any consequence,” aside from the two "
            "men knowing each other “casually,” said the bureau's director, James B. Comey.\n")
    assert {q.speaker for q in extract_quotes(text)} == {"James B. Comey"}


def test_the_source_is_the_source_described_before():
    text = ("A source close to the Trump campaign said he would hold three rallies next week. “He is energized,” "
            "the source said.\n")
    assert _only(text) == ("source close to the Trump campaign", None)


def test_the_source_is_not_one_described_before_another_was_brought_in():
    text = ("“His account initiated a number of emails,” said one source who spoke on the condition of anonymity.\n\n"
            "When asked to confirm it, a separate intelligence source familiar with the investigation did so: “He is "
            "one of the primary participants,” the source said.\n")
    assert [q.speaker for q in extract_quotes(text)][-1] != "one source"


def test_a_description_in_common_nouns_before_a_name_between_commas_is_the_title():
    (quote,) = extract_quotes("The bill sponsor, Shelby Slawson, said the measure was “common sense for parents.”\n")
    assert (quote.speaker, quote.title) == ("Shelby Slawson", "bill sponsor")


def test_a_description_opening_a_sentence_before_a_role_and_name_makes_them_its_subject():
    text = ("“Parents, not the government, should decide,” Marchese said.\n\n"
            "The law’s sponsor, state Rep. Shelby Slawson, did not immediately respond to a request for comment. "
            "In a post on X last month, she wrote that the measure was “common sense for parents.”\n")
    quotes = extract_quotes(text)
    assert quotes[-1].speaker == "Shelby Slawson"


def test_a_phrase_ending_in_a_noun_after_a_preposition_is_no_description_of_the_name():
    text = "In the end, Shelby Slawson, a Republican, said the measure was “common sense for parents.”\n"
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.title) == ("Shelby Slawson", "Republican")


@pytest.mark.parametrize("role", ["Librarian", "Rabbi", "Firefighter", "Epidemiologist", "Pharmacist", "Machinist",
                                  "Paramedic"])
def test_an_occupation_before_a_name_is_the_title(role):
    (quote,) = extract_quotes(f"“I've watched kids grow up here,” {role} Jean Park said.\n")
    assert (quote.speaker, quote.title) == ("Jean Park", role)


def test_a_relative_clause_inside_a_long_appositive_leaves_the_role_as_the_title():
    text = ("Yadvinder Malhi, a professor of ecosystem science at Oxford University who was not involved in the "
            "research, said the finding “could mislead us all.”\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.title, quote.cue) == (
        "Yadvinder Malhi", "professor of ecosystem science at Oxford University", "said")


def test_a_party_tag_before_another_appositive_is_part_of_the_title_not_the_speaker():
    text = "Sen. Kyrsten Sinema, I-Ariz., another negotiator, said she was “disappointed but not surprised.”\n"
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.title) == ("Kyrsten Sinema", "Sen., I-Ariz., another negotiator")


def test_a_long_role_after_an_inverted_cue_is_kept_whole():
    text = ("“Aid is a Band-Aid,” said Patrick Westhoff, director of the Food and Agricultural Policy Research "
            "Institute at the University of Missouri.\n")
    (quote,) = extract_quotes(text)
    assert quote.title == ("director of the Food and Agricultural Policy Research Institute at the University of "
                           "Missouri")


def test_an_age_epithet_after_a_quotation_is_the_person_the_paragraph_just_named():
    text = "Chiefs coach Andy Reid praised his defense. “They stepped up when we needed them,” the 66-year-old said.\n"
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.cue) == ("Andy Reid", "said")


def test_a_connective_may_open_a_sentence_before_a_description_and_a_name():
    text = ("Ted Cruz spoke in Iowa.\n\nAnd a third, Daniel Traynor, said that while he was opposed to Trump, he was "
            "supporting Cruz. “I prefer Kasich,” he said.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Daniel Traynor"


def test_an_age_between_commas_after_a_description_leaves_the_description_the_speaker():
    text = ("Robert Lewandowski scored twice before halftime. The striker, 36, later said the team had “worked all "
            "week for this moment.”\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.cue) == ("Robert Lewandowski", "said")


def test_a_verb_of_saying_in_a_relative_clause_of_the_appositive_is_not_the_cue():
    text = ("Zeke Emanuel, an oncologist who advised Obama on the health care overhaul, said the law so far has been "
            "a success “by any stretch of any metric.”\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.title, quote.cue) == ("Zeke Emanuel", "oncologist", "said")


@pytest.mark.parametrize("text, expected", [
    ("Stephen Curry finished with 28 points. “We did not deserve to win,” the two-time MVP told reporters.\n",
     "Stephen Curry"),
    ("Victor Wembanyama blocked six shots. “I just read the play,” the rookie said.\n", "Victor Wembanyama"),
    ("Serena Williams lost in straight sets. “I am tired of it,” the 23-time Grand Slam champion said.\n",
     "Serena Williams"),
    ("Lionel Messi scored twice. “It was a great night for us,” the Argentine said.\n", "Lionel Messi"),
    ("Simone Biles won gold. “I did it for them,” the Olympian said.\n", "Simone Biles"),
])
def test_a_sports_epithet_is_the_person_the_paragraph_just_named(text, expected):
    (quote,) = extract_quotes(text)
    assert quote.speaker == expected


def test_a_verb_of_saying_after_a_number_is_a_noun():
    text = "Stephen Curry finished with 28 points. “We did not deserve to win.”\n"
    (quote,) = extract_quotes(text)
    assert quote.cue != "points"


def test_a_predicate_between_commas_after_a_name_is_not_its_title():
    text = ("His successor as party leader, Kemi Badenoch, struck a defiant tone at the weekend, saying the party "
            "would “fight for every seat.”\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.title) == ("Kemi Badenoch", None)


def test_the_role_again_means_the_unnamed_person_brought_in_by_that_role():
    text = ("One Conservative MP, who asked not to be named, said colleagues were “in despair at all this.” "
            "“Nobody knows what we stand for any more,” the MP said.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Conservative MP", "Conservative MP"]


def test_a_capitalised_word_that_is_no_epithet_names_a_paper_not_the_person_just_named():
    text = "Keir Starmer spoke in Leeds. “We will not raise taxes,” the Independent reported.\n"
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Independent"


def test_a_capitalised_description_speaking_is_the_person_its_own_paragraph_just_named():
    text = ("Opposition leader Friedrich Merz blamed the government. “This coalition has failed,” the Christian "
            "Democrat told the Bundestag.\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.title) == ("Friedrich Merz", "Opposition leader")


def test_someone_named_with_an_initial_earlier_in_the_sentence_is_not_the_description():
    text = ("In the letter, addressed to the U.S. attorney, Channing D. Phillips, the Utah Republican asks for "
            "an inquiry into whether “records were destroyed.”\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker != "Channing D. Phillips"


def test_a_longer_description_of_a_business_is_the_company_named_before_and_it_continues_it():
    text = ("Samsung, Apple's main rival, said in a statement that its phones “remain the most innovative in the "
            "market.” The South Korean company will unveil new models in February.\n\n"
            "“We welcome the competition,” it said.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Samsung", "Samsung"]


@pytest.mark.parametrize("text, body", [
    ("The World Health Organization recommends at least 150 minutes of moderate exercise a week. “Every step "
     "counts,” the agency said in a statement.\n", "World Health Organization"),
    ("The FAA said it would review the launch data. “Safety remains our top priority,” the agency said.\n", "FAA"),
])
def test_the_agency_is_the_body_of_another_name_the_paragraph_spoke_of(text, body):
    (quote,) = extract_quotes(text)
    assert quote.speaker == body


def test_the_president_elect_is_whoever_the_article_titles_president_elect():
    text = ("President-elect Donald Trump's transition team announced on Dec. 21 that Carl Icahn will advise him.\n"
            "President Barack Obama did not comment.\n"
            "\"Carl was with me from the beginning,\" the president-elect said in a statement.\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.title) == ("Donald Trump", "President-elect")


@pytest.mark.parametrize("ending", [".", " on Saturday."])
def test_a_club_before_a_person_noun_after_an_inverted_cue_is_a_description_not_a_name(ending):
    text = f"Mohamed Salah and Harry Kane scored.\n“We deserved the win today,” said the Liverpool player{ending}\n"
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Liverpool player"


def test_a_description_under_a_roundups_heading_of_a_name_means_that_person():
    text = ("Which celebrities turned it down? Here is a list.\n\nGarth Brooks\n\n"
            "Asked if he would perform, the country star replied, “It’s always about serving. It’s what you do.”\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Garth Brooks"


def test_a_heading_that_is_no_bare_name_brings_in_nobody():
    text = ("Garth Brooks will tour.\n\n"
            "Asked if he would perform, the country star replied, “It’s always about serving. It’s what you do.”\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "country star"


def test_a_long_appositive_after_a_full_name_opening_the_clause_after_a_quotation_keeps_the_speaker():
    text = ("“The fact that nobody has explored the hill before is a mystery,” Robin Rönnlund, PhD student in "
            "Classical Archaeology and Ancient History at the University of Gothenburg and leader of the "
            "fieldwork, said in a statement.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Robin Rönnlund"


def test_his_lawyers_speak_for_whom_his_means():
    text = ("The SEC filed charges against the former chief executive, Michael Smith. He stepped down last month, "
            "but his lawyers maintain that the allegations “are misdirected and meritless.”")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Michael Smith’s lawyers"


def test_how_often_after_a_cue_is_no_one_speaking():
    text = ("At noon a recorded message played over the speakers, repeated six times. "
            "“Stay indoors until further notice.”\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker is None


def test_the_group_is_the_body_an_appositive_called_a_group():
    text = ("Ms. Haley has been criticized by Citizens for Responsibility and Ethics in Washington, a liberal "
            "nonprofit watchdog group. On Monday, it sent a letter to the inspector general.\n\n"
            "The flights were paid for by donors, the United States mission said.\n\n"
            "But the group said the relationship had “significant political and professional components.”\n")
    quote = next(q for q in extract_quotes(text) if q.text.startswith("significant"))
    assert quote.speaker == "Citizens for Responsibility and Ethics in Washington"


def test_a_group_that_opens_a_clause_after_a_place_is_no_appositive():
    text = ("In downtown San Francisco, a group dressed in T-shirts marched in silence.\n\n"
            "“We will be back next year,” the group said.\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker != "San Francisco"


def test_an_epithet_opening_the_paragraph_after_one_persons_quotes_is_that_person():
    text = ("Abby Dunn, a marketing manager, has been to Florida many times.\n\nAbby said: “I’d always recommend "
            "buying your park tickets when you book.”\n\nThe Florida fan explained: “Try and be flexible.”\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Abby Dunn", "Abby Dunn"]


def test_a_description_stops_at_a_question_word():
    text = ("The letter described how committee members wrote to the FBI in February, concerned that it was "
            "unaware of the “illegal operation” of Chinese police.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["committee members"]


def test_the_force_means_the_police_named_before():
    text = ("Devon and Cornwall Police confirmed three arrests on Saturday.\n\nIn an update on X, the force said: "
            "“Our officers are well trained to maintain public order.”\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Devon and Cornwall Police"]


def test_the_expert_after_a_quotation_is_the_one_person_quoted_before_even_paragraphs_on():
    text = ("“Ivy is easy to grow indoors,” explains Radek Babicek from Fantastic Gardeners.\n\n"
            "Next up, the experts advise an aluminium plant. “It is easy to care for,” the expert explains.\n\n"
            "The experts also like aloe vera. “Rub the gel right on the burn,” the expert explains.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Radek Babicek"] * 3


def test_the_expert_is_no_one_when_the_paragraph_before_names_two_people():
    text = ("Radek Babicek and Jane Moss both grow ivy.\n\n"
            "Next up, an aluminium plant. “It is an easy plant to care for,” the expert explains.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["expert"]


def test_the_woman_after_a_quotation_is_someone_new_when_her_paragraph_brought_her_in():
    text = ("Donna Lages runs the town’s diner.\n\n"
            "At a drugstore near the mosque, a middle-aged cashier was shaken. “Too much hate,” said the woman.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["woman"]


def test_the_king_far_from_king_charles_is_still_the_one_person_titled_king(monkeypatch):
    from service.core.extraction import people

    monkeypatch.setattr(people, "MAX_DESCRIBED_BACK", 2)
    text = ("King Charles opened Parliament on Wednesday.\n\n"
            "Keir Starmer, Rachel Reeves and Angela Rayner watched from the front bench with Ed Davey.\n\n"
            "The “fundamental mission” will be to secure economic growth, the King said.\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Charles"]


def test_a_lower_case_word_before_a_capitalised_title_opens_no_name():
    text = ("Labour has announced sweeping changes in their first King’s Speech.\n\n"
            "The King added: “My ministers will get Britain building.”\n")
    assert [q.speaker for q in extract_quotes(text)] == ["King"]


def test_a_description_after_the_is_not_glued_to_a_name_without_a_forename():
    text = ("Donald Trump may move South if he loses next week’s New York Republican primary.\n\n"
            "In an interview Thursday, the Wisconsin Republican said allies wanted to know if the U.S. is “still in "
            "the game.”\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Wisconsin Republican"]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_a_party_before_a_role_means_the_one_holder_of_the_role():
    text = ("Indiana Gov. Eric Holcomb signed the budget on Friday.\n\n"
            "“It is a generational impact budget,” the Republican governor said.\n")
    assert _speakers(text) == ["Eric Holcomb"]


def test_a_party_before_a_role_is_no_holder_of_another_party():
    text = ("Republican Sen. John Smith opposed the bill on Friday.\n\n"
            "“It is a bad budget,” the Democratic senator said.\n")
    assert _speakers(text) == ["Democratic senator"]


def test_a_party_before_a_role_held_by_two_people_stays_as_written():
    text = ("Gov. Eric Holcomb and Gov. Mike DeWine met on Friday.\n\n"
            "“It is a fine deal,” the Republican governor said.\n")
    assert _speakers(text) == ["Republican governor"]


@pytest.mark.parametrize("cue, title", [
    ("says the resort’s general manager Garrett Turta.", "resort’s general manager"),
    ("said the team’s head coach Garrett Turta on Monday.", "team’s head coach"),
])
def test_a_name_right_after_a_role_with_no_comma_is_the_speaker(cue, title):
    assert _only(f"“There is something restorative about arriving here,” {cue}\n") == ("Garrett Turta", title)


@pytest.mark.parametrize("cue, speaker", [
    ("a Google spokesperson said", "Google"),
    ("analysts at Boston Consulting Group wrote", "Boston Consulting Group"),
    ("officials at Etlaq said", "Etlaq"),
    ("the Ministry of Foreign Affairs spokesperson said", "Ministry of Foreign Affairs"),
])
def test_a_bodys_spokesperson_or_analysts_give_the_bodys_word(cue, speaker):
    assert _speakers(f"“We are looking into the matter,” {cue}.\n") == [speaker]


def test_a_persons_spokesman_is_not_the_person():
    text = "Hillary Clinton spoke on Monday. “No comment,” a Clinton spokesman said.\n"
    assert _speakers(text) == ["Clinton spokesman"]


def test_the_role_of_someone_unnamed_just_brought_in_is_not_a_named_holder_of_it():
    text = ("Sean Spicer, an adviser to Trump, spoke on Monday.\n\n"
            "A day later, one former adviser said the comments were meant to placate the crowd.\n\n"
            "“He is not going to be confrontational in that moment,” the former adviser said.\n")
    assert _speakers(text) == ["former adviser"]


def test_the_role_a_named_person_is_given_in_apposition_still_means_them():
    text = "John Smith, a former adviser to Trump, spoke on Monday.\n\n“It was fine,” the former adviser said.\n"
    assert _speakers(text) == ["John Smith"]


@pytest.mark.parametrize("epithet, meant", [("the actress", True), ("the actor", False)])
def test_an_epithet_after_a_quotation_means_the_one_person_of_its_gender_the_clause_before_names(epithet, meant):
    text = ("Damien Chazelle met Ryan Gosling, who told him he “had been wanting to do a musical”; Emma Stone had "
            f"just come off doing Cabaret, and met the director shortly thereafter. “It was at a diner,” {epithet} "
            "says.\n")
    assert (_speakers(text)[-1] == "Emma Stone") == meant


def test_a_capitalised_office_after_the_means_the_person_who_holds_it():
    text = ("Chris Grayling, a Conservative MP and former Foreign Secretary, warned on Monday of job cuts.\n\n"
            "Speaking in the Commons, the Conservative MP said: “It does not need to be like this.”\n")
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Chris Grayling"


@pytest.mark.parametrize("text, speaker", [
    ("“We will appeal,” said the company in a statement.\n", "company"),
    ("“We will appeal,” explained the court in its ruling.\n", "court"),
])
def test_a_setting_after_an_inverted_description_is_no_part_of_it(text, speaker):
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker


def test_a_role_and_name_set_off_after_an_opening_place_is_the_speaker_not_the_place():
    text = ("Crowds gathered in the capital.\n\nIn Beirut, legislator Mohammed Beydoun, warned the crowd that Israel "
            "might attack “with the aim of torpedoing resolution 425.”\n")
    assert _only(text) == ("Mohammed Beydoun", "legislator")


def test_a_place_opening_a_sentence_before_a_plain_appositive_is_left_alone():
    text = "In Beirut, the capital, crowds warned that Israel might attack “with the aim of torpedoing the plan.”\n"
    assert _only(text)[0] != "Beirut"


def test_an_epithet_after_a_paragraph_naming_one_person_and_a_bus_terminal_means_the_person():
    text = ("Saphina Ndali is a mother of two. She started her grocery business around Lindi Bus Terminal.\n\n"
            "“Government has restrictive laws in the alcohol business,” says the woman who is in her late 20s.\n")
    assert extract_quotes(text)[-1].speaker == "Saphina Ndali"


def test_the_mother_of_four_is_an_epithet_for_the_woman_just_named():
    text = "Amina Salum sells food.\n\n“Most of us feel safe where there is light,” says the mother of four.\n"
    assert extract_quotes(text)[-1].speaker == "Amina Salum"
