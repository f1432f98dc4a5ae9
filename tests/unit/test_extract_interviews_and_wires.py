"""Interviews that put questions between answers, live reports, wire agencies and the people they quote."""
from service.core.extraction import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text)]


def test_an_answer_after_a_question_keeps_its_speaker_though_the_writer_describes_the_answer():
    text = ("“In most ways my life hasn’t changed,” says Kristen Wiig. “I would never wear fur.”\n\n"
            "But hasn’t she had to turn down lots of offers?\n\n"
            "“I mean. Yes, no. It feels weird to say that.” Wiig looks mortified. “It’s not like I have boxes of "
            "scripts arriving at my door.”\n")
    assert _speakers(text) == ["Kristen Wiig"] * 3


def test_a_question_put_in_two_short_questions_is_still_a_question():
    text = ("“I was not that good a student,” says Kristen Wiig.\n\n"
            "Did the school suspend her? Twice?\n\n"
            "“Um. Not for more than a couple of days. There were suspensions.”\n")
    assert _speakers(text) == ["Kristen Wiig", "Kristen Wiig"]


def test_a_paragraph_of_narration_and_a_question_is_no_question():
    text = ("“I was not that good a student,” says Kristen Wiig.\n\n"
            "Her director was not convinced. Was it true?\n\n"
            "“It was a lie from start to finish, and everybody knew it.”\n")
    assert _speakers(text) == ["Kristen Wiig", None]


def test_a_live_report_entry_opens_with_its_clock_time():
    text = ("12.40 David Millward, our correspondent, explains what is known: “The search will be long and hard for "
            "everyone involved.”\n\n"
            "13.08 Tony Fernandes, the Air Asia chief, has been speaking at Surabaya's airport.\n\n"
            "“The weather unfortunately is not looking good for the next two or three days,” he told reporters.\n")
    assert _speakers(text) == ["David Millward", "Tony Fernandes"]


def test_a_sentence_telling_of_a_statement_issued_gives_the_quotation_after_it():
    text = ("Not all were pleased. U.S. Senator John Cornyn, Republican from Texas, issued a statement regarding "
            "the rejection of Johnson Space Center in Houston, Texas as a location. “Like many Texans, I am "
            "disappointed with NASA’s decision.”\n")
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.method) == ("John Cornyn", "named")


def test_a_news_agency_named_without_an_article_speaks():
    text = "“We will take effective measures to put blogs under control,” Xinhua news agency said.\n"
    assert _speakers(text) == ["Xinhua news agency"]


def test_the_one_a_report_quotes_as_saying_after_the_quotation_speaks_with_the_appositive_as_title():
    text = ("“We will take effective measures to put blogs under control,” Xinhua news agency quoted Cai Wu, a "
            "government spokesman, as saying.\n\n"
            "“We will speed up the technology development,” the report quoted Wang Xudong, Minister of "
            "Information Industry, as saying.\n")
    quotes = extract_quotes(text)
    assert [(q.speaker, q.title) for q in quotes] == [
        ("Cai Wu", "government spokesman"), ("Wang Xudong", "Minister of Information Industry")]


def test_a_report_quoting_him_as_saying_means_the_man_named_before():
    text = "John Kerry spoke in Paris. “We are ready to talk to them at any time,” Reuters quoted him as saying.\n"
    assert _speakers(text) == ["John Kerry"]


def test_a_name_with_particles_after_lowercase_role_words_is_read_whole():
    text = ("“Rats are facing various levels of uncertainty all the time,” says study leader Dr Ruud van den Bos of "
            "the Faculty of Veterinary Medicine.\n")
    assert _speakers(text) == ["Ruud van den Bos"]


def test_a_party_tag_after_a_name_is_no_subject_of_the_sentence():
    text = ("Sen. Trent Lott, R-Miss., the majority leader, dismissed the president’s comments, asserting: “We have "
            "our priorities, he has his priorities.”\n")
    assert _speakers(text) == ["Trent Lott"]


def test_a_role_after_an_opening_phrase_is_the_sentence_subject_a_pronoun_goes_on_with():
    text = ("“I am very concerned about the budget plan,” President Clinton said.\n\n"
            "Sen. Trent Lott, the majority leader, said: “He needs to check his figures before he complains.”\n\n"
            "Moving from one priority to another, the president called on tobacco companies to act.\n\n"
            "“I am determined to seize this historic opportunity,” he said.\n")
    assert _speakers(text) == ["Clinton", "Trent Lott", "Clinton"]


def test_a_thing_a_verb_of_saying_reports_is_no_speaker():
    text = ("Moody’s said the change reflected “uncertainty about the ability of the authorities to achieve a "
            "consensus” to help the economy.\n")
    assert _speakers(text) == [None]


def test_a_nationality_before_a_full_name_is_its_title():
    [quote] = extract_quotes("“It’s a good test, and if you drive well things work out,” said Welshman Mark Litton.")
    assert (quote.speaker, quote.title) == ("Mark Litton", "Welshman")


def test_malaysian_honorifics_are_no_part_of_the_name():
    [quote] = extract_quotes("“It is a serious offence to steal water,” said Selangor Menteri Besar Datuk Abu Hassan "
                             "Omar.")
    assert quote.speaker == "Abu Hassan Omar"


def test_answers_after_topics_in_a_profile_go_on_with_its_subject():
    text = ("“I have the pulse of the nation, so to speak,” said Eppie Lederer.\n\n"
            "As for the scandals: “I didn’t know what I’d get from readers. I was surprised.”\n\n"
            "Paula Jones? “The readers knew who was prompting her.” Kenneth Starr? “He failed. He should go.”\n")
    assert [q.speaker for q in extract_quotes(text)] == ["Eppie Lederer"] * 4
