"""Each extracted quote says how its speaker was found, with that way's calibrated confidence."""
from __future__ import annotations

import pytest

from benchmarks.calibration import per_band, per_class, wilson_low
from service.core.extraction import extract_quotes
from service.core.extraction.confidence import CONFIDENCE

OPENING = "Union leader Helen Castellano met the negotiators on Monday.\n\n"
FILLER = "The talks resumed at noon, where officials set out a revised offer.\n\n"
OTHER = "Her deputy, Mark Lopez, chaired the afternoon session.\n\n"


def only(text):
    (quote,) = extract_quotes(text)
    return quote


@pytest.mark.parametrize("text,method", [
    ("“We will not accept a pay cut,” said Helen Castellano.\n", "named"),
    (OPENING + "“We will not accept a pay cut,” Castellano said.\n", "surname"),
    ("Helen Castellano left the meeting. “We will not accept a pay cut,” she said.\n", "pronoun_paragraph"),
    (OPENING + "“We will not accept a pay cut,” she said.\n", "pronoun_previous"),
    (OPENING + FILLER + FILLER + "“We will not accept a pay cut,” she said.\n", "pronoun_alone"),
    (OPENING + OTHER + FILLER + "“We will not accept a pay cut,” she said.\n", "pronoun_far"),
])
def test_the_way_the_speaker_was_found_names_the_class(text, method):
    quote = only(text)
    assert quote.speaker == "Helen Castellano"
    assert (quote.method, quote.confidence) == (method, CONFIDENCE[method])


def test_a_pronoun_after_the_leading_words_of_a_longer_name_is_of_the_paragraph_before():
    text = ("Menteri Besar Datuk Abu Hassan Omar opened the meeting on Monday.\n\n"
            "Abu Hassan said the department had been ordered to act at once.\n\n"
            "“Every drop of water counts,” he said.\n")
    quote = only(text)
    assert (quote.speaker, quote.method) == ("Abu Hassan Omar", "pronoun_previous")


def test_a_quote_carried_on_from_a_far_pronoun_is_no_surer_than_the_pronoun():
    text = (OPENING + OTHER + FILLER + "“We will not accept a pay cut,” she said.\n\n"
            "“We will strike if we must. And we will win.”\n")
    first, second = extract_quotes(text)
    assert (first.speaker, second.speaker) == ("Helen Castellano", "Helen Castellano")
    assert (first.method, second.method) == ("pronoun_far", "pronoun_far")


def test_a_quote_carried_on_from_a_name_is_continued():
    text = "“We will not accept a pay cut,” said Helen Castellano.\n\n“We will strike if we must.”\n"
    assert [q.method for q in extract_quotes(text)] == ["named", "continued"]


def test_a_pronoun_paragraphs_away_is_less_sure_than_a_name_beside_the_quote():
    far = only(OPENING + OTHER + FILLER + "“We will not accept a pay cut,” she said.\n")
    named = only("“We will not accept a pay cut,” said Helen Castellano.\n")
    assert far.confidence < 0.8 <= named.confidence


def test_a_pronoun_paragraphs_away_is_surer_when_nobody_else_is_named_since():
    alone = only(OPENING + FILLER + FILLER + "“We will not accept a pay cut,” she said.\n")
    others = only(OPENING + OTHER + FILLER + "“We will not accept a pay cut,” she said.\n")
    assert others.confidence < alone.confidence


def test_a_far_pronoun_after_an_unnamed_source_brought_in_before_is_not_alone():
    text = ("A Beijing-based member of the underground group says it wants free elections.\n\n"
            "According to New York-based dissident Fu Shenqi, a spokesman for the group, it has 100 members.\n\n"
            "The party wants freedom of speech, the Beijing-based member said.\n\n"
            "“We all have a common conviction,” he said.\n")
    assert extract_quotes(text)[-1].method == "pronoun_far"


def test_a_far_pronoun_after_an_epithet_of_its_person_stays_alone():
    text = ("Veteran comedian Tim Allen hit another milestone this week.\n\n"
            "Allen has inserted partisan lines into the script.\n\n"
            "In a television interview, the actor explained the differences with his character.\n\n"
            "“I’m not as well worded,” he said.\n")
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.method) == ("Tim Allen", "pronoun_alone")


def test_a_far_pronoun_is_surer_when_its_person_spoke_the_quote_just_before():
    text = OPENING + OTHER + "“We will not accept a pay cut,” she said.\n\n“We will strike if we must,” she said.\n"
    first, second = extract_quotes(text)
    assert (first.speaker, second.speaker) == ("Helen Castellano", "Helen Castellano")
    assert (first.method, second.method) == ("pronoun_far", "pronoun_run")
    assert (first.confidence, second.confidence) == (CONFIDENCE["pronoun_far"], CONFIDENCE["pronoun_run"])
    assert CONFIDENCE["pronoun_far"] < CONFIDENCE["pronoun_run"] < 0.8


PROFILE = ("Union leader Helen Castellano has led the dockers for a decade.\n\nCastellano grew up in the port, "
           "and Castellano's father worked the cranes.\n\n“We are listening,” said Mark Lopez, her deputy.\n\n"
           "Castellano is not one to wait.\n\nThe port reopened after talks with the mayor, John Reyes.\n\n")


def test_a_run_of_quotes_of_the_one_the_story_is_about_is_surer_than_another_run():
    text = PROFILE + "“We will not accept a pay cut,” she said.\n\n“We will strike if we must,” she said.\n"
    first, second = extract_quotes(text)[-2:]
    assert (first.speaker, second.speaker) == ("Helen Castellano", "Helen Castellano")
    assert (first.method, second.method) == ("pronoun_far", "pronoun_subject")
    assert CONFIDENCE["pronoun_run"] < CONFIDENCE["pronoun_subject"]


def test_a_run_of_quotes_is_no_story_subjects_when_someone_quoted_is_named_as_often():
    profile = PROFILE.replace("Reyes.", "Reyes. Lopez and Lopez's team disagree.")
    text = profile + "“We will not accept a pay cut,” she said.\n\n“We will strike if we must,” she said.\n"
    assert extract_quotes(text)[-1].method == "pronoun_run"


def test_a_far_pronoun_after_someone_elses_quote_stays_far():
    text = (OPENING + "“We are listening,” said Mark Lopez, her deputy.\n\n" + FILLER
            + "“We will not accept a pay cut,” she said.\n")
    assert extract_quotes(text)[-1].method == "pronoun_far"


@pytest.mark.parametrize("text, speaker, method", [
    ("Governor Eric Holcomb presented the budget on Monday.\n\n“It is a generational impact budget,” the governor "
     "said.\n", "Eric Holcomb", "description_previous"),
    ("Governor Eric Holcomb presented the budget on Monday.\n\nThe vote came late.\n\n“It is a generational "
     "impact budget,” the governor said.\n", "Eric Holcomb", "description_resolved"),
    ("“We are monitoring the situation closely,” a spokesman said.\n", "spokesman", "description"),
])
def test_a_description_read_as_a_named_person_is_told_from_one_kept_as_written(text, speaker, method):
    quote = only(text)
    assert (quote.speaker, quote.method) == (speaker, method)


def test_a_description_kept_as_written_is_less_sure_than_one_read_as_a_name():
    assert CONFIDENCE["description"] < CONFIDENCE["description_resolved"] < 0.8


def test_a_description_of_the_person_the_paragraph_before_names_is_surer_than_one_reaching_further():
    assert CONFIDENCE["description_resolved"] < 0.8 <= CONFIDENCE["description_previous"]


def test_a_description_after_its_person_is_named_in_the_same_paragraph_is_no_description_previous():
    text = ("Governor Eric Holcomb presented the budget on Monday.\n\nHolcomb met Senate leaders, and later the "
            "governor said: “It is a generational impact budget.”\n")
    assert extract_quotes(text)[-1].method == "description_resolved"


def test_a_forename_alone_in_the_paragraph_before_names_the_person_a_description_means():
    text = ("Marketing manager Abby Dunn shared her top booking tips.\n\nAbby said: “I would always recommend buying "
            "park tickets early.”\n\nThe Florida fan explained: “Try and be flexible with your departure date.”\n")
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.method) == ("Abby Dunn", "description_previous")


def test_a_forename_alone_in_the_paragraph_before_names_the_person_a_pronoun_means():
    text = ("Travel agent Tessa Bishop shared her booking tips on Monday.\n\nThe talks resumed at noon.\n\nTessa "
            "noted: “Always try to book on a Tuesday.”\n\n“It can save you a lot,” she said.\n")
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.method) == ("Tessa Bishop", "pronoun_previous")


def test_a_forename_beside_another_capitalised_word_is_someone_elses_name():
    text = ("Coach Jordan Smith spoke to reporters on Monday.\n\nThe talks resumed at noon.\n\nHe once played "
            "against Michael Jordan.\n\n“We will win this one,” he said.\n")
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.method) == ("Jordan Smith", "pronoun_far")


def test_a_quote_credited_to_nobody_has_no_confidence():
    quotes = extract_quotes("The sign read: “We will not accept a pay cut dressed up as a reform.”\n")
    assert all(q.confidence is None for q in quotes if q.speaker is None)


def test_the_low_end_of_an_accuracy_interval_is_below_it_and_narrows_with_more_quotes():
    assert 0.8 < wilson_low(90, 100) < 0.9
    assert wilson_low(90, 100) < wilson_low(900, 1000) < 0.9
    assert wilson_low(0, 0) == 0.0


def test_calibration_counts_right_speakers_per_class_and_per_band():
    judged: list[tuple[str, float | None, bool]] = [
        ("named", 0.92, True), ("named", 0.92, False), ("guess", 0.62, True)]
    assert per_class(judged) == {"named": (1, 2), "guess": (1, 1)}
    bands = {band: (right, total) for band, right, total in per_band(judged)}
    assert bands[(0.9, 1.01)] == (1, 2) and bands[(0.5, 0.7)] == (1, 1)


def test_an_i_in_an_interview_answer_is_as_sure_as_a_pronoun_of_its_paragraph():
    text = ("Ava DuVernay and Oprah Winfrey talked about the film.\n\nOprah, how did Ava win you over?\n\n"
            "OW And I said, “Yeeesss, yes, it would.”")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.method) == ("Oprah Winfrey", "pronoun_paragraph")


@pytest.mark.parametrize("text, method", [
    ("Speaking in the Commons, the Conservative MP said: “It does not need to be like this.”\n", "description"),
    ("“We will win this fight,” the White House said.\n", "named"),
    ("“We will win this fight,” King said.\n", "named"),
])
def test_an_office_kept_as_written_is_as_sure_as_a_description(text, method):
    assert only(text).method == method


def test_a_pronoun_that_goes_back_to_a_description_is_no_surer_than_a_guess():
    text = ("“We are monitoring the situation closely,” a senior administration official said.\n\n"
            "“We will act if we must,” he added.\n")
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.method) == ("senior administration official", "pronoun_described")
    assert quote.confidence == CONFIDENCE["pronoun_described"] < CONFIDENCE["description"]


def test_a_pronoun_that_goes_back_to_a_named_body_is_no_description():
    text = "“We will cut the budget,” the Korean Central News Agency (KCNA) said.\n\n“We will act,” it added.\n"
    assert extract_quotes(text)[-1].method != "pronoun_described"


@pytest.mark.parametrize("office", ["the Governor", "the future President", "the Minister"])
def test_a_lone_office_after_the_is_a_description_not_a_name(office):
    text = f"Donald Trump visited Ohio on Monday.\n\n“We will rebuild every road in the county,” {office} said.\n"
    (quote,) = extract_quotes(text)
    assert quote.method == "description"


def test_a_lone_office_resolved_to_whom_the_article_gives_it_is_as_sure_as_a_name():
    text = ("President Donald Trump visited Ohio on Monday.\n\n“We will rebuild every road in the county,” the "
            "President said.\n")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.method) == ("Donald Trump", "named")


def test_a_run_of_the_story_subject_goes_on_over_a_paragraph_of_narration():
    text = ("Tony Blair sat in his office in London. Blair had written a book. Blair was relaxed.\n\n"
            "“It’s all about whether they can deliver the plan,” says Blair.\n\n"
            "He is predictably withering about the state of the Conservative Party, which Boris Johnson once led.\n\n"
            "“The one thing I’m absolutely sure of is that the party should return to the centre,” he says.\n")
    last = extract_quotes(text)[-1]
    assert (last.speaker, last.method) == ("Tony Blair", "pronoun_subject")
