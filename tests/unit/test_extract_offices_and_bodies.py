"""Descriptions read back to whom the article named: an office in capitals, a body by its kind, a statement."""
from service.core.extraction import extract_quotes

GRAYLING = "Chris Grayling warned on Monday that the sector faces “mass job cuts” across the country.\n\n"


def _last(text: str):
    quote = extract_quotes(text)[-1]
    return quote.speaker, quote.method


def test_an_office_in_capitals_means_the_one_person_the_paragraph_before_is_about():
    text = GRAYLING + "Speaking in the Commons, the Conservative MP said: “It does not need to be like this.”\n"
    assert _last(text) == ("Chris Grayling", "description_previous")


def test_an_office_of_another_party_than_the_persons_title_is_someone_else():
    text = ("Conservative MP Chris Grayling warned on Monday that the sector faces “mass job cuts”.\n\n"
            "Speaking in the Commons, the Labour MP said: “It does not need to be like this.”\n")
    assert _last(text)[0] != "Chris Grayling"


def test_an_office_after_a_paragraph_naming_two_people_is_kept_as_written():
    text = ("Chris Grayling and Rachel Reeves clashed on Monday over “mass job cuts” across the country.\n\n"
            "Speaking in the Commons, the Conservative MP said: “It does not need to be like this.”\n")
    assert _last(text)[0] == "Conservative MP"


def test_an_office_resolved_by_the_title_the_article_gives_is_as_sure_as_a_name():
    text = ("US President Donald Trump met Nato's secretary general on Monday.\n\n"
            "In a post afterwards, the US President said: “Nato was not there when we needed them.”\n")
    assert _last(text) == ("Donald Trump", "named")


def test_a_courtesy_title_and_a_surname_that_is_a_role_word_are_a_name():
    text = ("Charlie King, a prominent New York Democrat, joined the campaign.\n\n"
            "“It's all about creating some enthusiasm around this race,” Mr. King said.\n")
    assert _last(text) == ("Charlie King", "named")


def test_the_newspaper_means_the_paper_brought_in_by_that_noun():
    text = ("The minister admitted he was concerned about the revelations by newspaper Dagens Nyheter.\n\n"
            "Thirty employees had been considered “security risks” and were forced to quit, the newspaper reported.\n")
    assert _last(text)[0] == "Dagens Nyheter"


def test_a_weekday_after_the_noun_is_no_name_of_the_paper():
    text = ("The newspaper Monday published leaked figures.\n\n"
            "Thirty employees had been considered “security risks” and were forced to quit, the newspaper reported.\n")
    assert _last(text)[0] != "Monday"


def test_a_statement_after_one_opened_with_in_a_statement_speaks_for_its_issuer():
    text = ("In a statement, the Swiss National Bank declared: “We are resolved to oppose any such action.”\n\n"
            "The statement added: “An out-of-court settlement does not enter into consideration.”\n")
    assert _last(text)[0] == "Swiss National Bank"


def test_in_a_statement_it_said_gives_the_statement_to_the_body_named_before():
    text = ("Pakistan summoned India’s envoy to protest the strikes, the Ministry of Foreign Affairs said.\n\n"
            "In a statement, it said the strikes killed several civilians.\n\n"
            "The envoy was told that “India’s blatant act of aggression is a clear violation,” the statement said.\n")
    assert _last(text)[0] == "Ministry of Foreign Affairs"
