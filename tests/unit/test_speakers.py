"""Speaker names: same person or not, lookup keys, aliases and cleaning."""
from __future__ import annotations

import pytest

from service.core.models import Speaker
from service.core.speakers import (
    aliases_for,
    canonical_name,
    choose_speaker,
    fuller_name,
    joint_name,
    joint_people,
    person_matches,
    same_role,
    split_title,
    surname_key,
)


@pytest.mark.parametrize("claimed", ["Antony Blinken", "Anthony Blinken", "Blinken", "Secretary Blinken",
                                     "Secretary of State Blinken", "Mr. Blinken", "blinken", "A. Blinken"])
def test_forms_of_a_name_denote_the_same_person(claimed):
    assert person_matches(claimed, "Anthony Blinken")


def test_a_different_person_does_not_match():
    assert not person_matches("Jens Stoltenberg", "Anthony Blinken")


def test_same_surname_with_a_different_forename_is_another_person():
    assert not person_matches("Hillary Clinton", "Bill Clinton")


def test_bare_surname_matches_everyone_with_it():
    assert person_matches("Clinton", "Bill Clinton") and person_matches("Clinton", "Hillary Clinton")


def test_nickname_of_the_forename_matches():
    assert person_matches("Bill Clinton", "William Clinton")


def test_an_alias_matches_even_when_the_name_differs():
    assert person_matches("POTUS", "Joe Biden", aliases=["POTUS"])


def test_empty_claim_matches_nobody():
    assert not person_matches("", "Anthony Blinken")


def test_surname_key_ignores_title_honorific_and_case():
    assert surname_key("US Secretary of State Anthony Blinken") == surname_key("Mr. BLINKEN") == "blinken"


def test_choose_speaker_prefers_the_person_with_the_same_forename():
    bill, hillary = Speaker("Bill Clinton", id=1, quote_count=9), Speaker("Hillary Clinton", id=2, quote_count=3)
    assert choose_speaker("Hillary Clinton", None, [bill, hillary]) is hillary
    assert choose_speaker("Clinton", None, [bill, hillary]) is bill  # the one quoted most
    assert choose_speaker("Chelsea Clinton", None, [bill, hillary]) is None


def test_choose_speaker_accepts_a_near_spelling():
    blinken = Speaker("Anthony Blinken", id=1)
    assert choose_speaker("Antony Blinken", "Secretary of State", [blinken]) is blinken


def test_aliases_are_the_surname_and_title_with_surname():
    assert aliases_for("Anthony Blinken", "US Secretary of State") == [
        "Blinken", "Secretary of State Blinken", "US Secretary of State Blinken"]
    assert aliases_for("Kremlin", None) == []


def test_canonical_name_strips_honorifics_possessives_and_punctuation():
    assert canonical_name("Mr. Clyburn’s,") == "Clyburn"
    assert canonical_name(" “Jens  Stoltenberg,” ") == "Jens Stoltenberg"
    assert canonical_name("Martin Luther King Jr.") == "Martin Luther King Jr."


def test_split_title_separates_role_from_name():
    assert split_title("Russian Deputy Foreign Minister Alexander Grushko") == (
        "Russian Deputy Foreign Minister", "Alexander Grushko")
    assert split_title("Charles de Gaulle") == (None, "Charles de Gaulle")


@pytest.mark.parametrize("phrase, expected", [
    ("Rubio donor Luther Stan Pate IV", ("Rubio donor", "Luther Stan Pate IV")),
    ("Sen. John Smith III", ("Sen.", "John Smith III")),
    ("Rev. Martin Luther King Jr.", ("Rev.", "Martin Luther King Jr.")),
])
def test_a_suffix_in_capitals_ends_the_name_and_leaves_the_role_before_it(phrase, expected):
    assert split_title(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Conservative icon Phyllis Schlafly", ("Conservative icon", "Phyllis Schlafly")),
    ("Billionaire Donald Trump", ("Billionaire", "Donald Trump")),
    ("HBO comedian John Oliver", ("HBO comedian", "John Oliver")),
    ("Oscar-winning actress Susan Sarandon", ("Oscar-winning actress", "Susan Sarandon")),
])
def test_a_descriptive_role_before_a_name_is_its_title(phrase, expected):
    assert split_title(phrase) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Marine Le Pen", (None, "Marine Le Pen")),
    ("Le Pen", (None, "Le Pen")),
    ("Minnesota Sen. Al Franken", ("Minnesota Sen.", "Al Franken")),
    ("Mayor De Blasio", ("Mayor", "De Blasio")),
    ("Saudi Arabia", (None, "Saudi Arabia")),
    ("Charles de Gaulle", (None, "Charles de Gaulle")),
])
def test_a_capitalised_particle_opens_a_surname_and_a_country_is_no_role_and_name(phrase, expected):
    assert split_title(phrase) == expected


def test_either_person_of_a_joint_speaker_matches_it():
    assert person_matches("Trump", "Donald Trump and Paul Ryan")
    assert person_matches("Paul Ryan", "Donald Trump and Paul Ryan")


def test_someone_outside_a_joint_speaker_does_not_match_it():
    assert not person_matches("Hillary Clinton", "Donald Trump and Paul Ryan")


def test_each_person_of_a_listed_joint_speaker_matches_it():
    listed = "Tom Carper, Dianne Feinstein, Patrick Leahy and Ben Cardin"
    assert person_matches("Dianne Feinstein", listed)
    assert person_matches("Ben Cardin", listed)
    assert not person_matches("Ben Carson", listed)


def test_a_joint_speaker_is_written_as_a_list_of_its_people():
    people = ["Tom Carper", "Dianne Feinstein", "Ben Cardin"]
    assert joint_name(people) == "Tom Carper, Dianne Feinstein and Ben Cardin"
    assert joint_people(joint_name(people)) == people
    assert joint_name(people[:2]) == "Tom Carper and Dianne Feinstein"


def test_a_joint_speaker_has_no_surname_alias_of_its_own():
    assert aliases_for("Donald Trump and Paul Ryan", None) == []


def test_split_title_reads_a_role_and_its_place_as_no_name():
    assert split_title("governor of Virginia") == (None, "")


def test_a_person_quoted_alone_is_not_stored_under_a_joint_speaker():
    joint = Speaker("Donald Trump and Paul Ryan", 7, [])
    assert choose_speaker("Paul Ryan", None, [joint]) is None


def test_a_surname_that_is_a_role_word_before_a_suffix_stays_in_the_name():
    assert split_title("Martin Luther King Jr.") == (None, "Martin Luther King Jr.")
    assert split_title("King Abdullah") == ("King", "Abdullah")


def test_a_forename_alone_matches_the_person_it_begins():
    assert person_matches("Jens", "Jens Stoltenberg")
    assert not person_matches("Jens", "Antony Blinken")


def test_a_role_naming_a_body_is_split_from_the_name_after_it():
    assert split_title("President of the European Commission Ursula von der Leyen") == (
        "President of the European Commission", "Ursula von der Leyen")


def test_descriptions_sharing_a_last_word_are_different_speakers():
    texas = Speaker("Texas senator", 1, [])
    assert choose_speaker("Florida senator", None, [texas]) is None
    assert choose_speaker("Texas senator", None, [texas]) is texas


def test_a_name_never_joins_a_description_with_its_last_word():
    described = Speaker("GOP presidential candidate", 1, [])
    assert choose_speaker("Candidate", None, [described]) is None


@pytest.mark.parametrize("claimed", ["NATO Secretary-General", "the NATO secretary general", "Secretary-General",
                                     "NATO's Secretary-General", "NATO chief"])
def test_a_role_names_the_holder_of_that_title(claimed):
    assert same_role(claimed, "NATO Secretary-General")


@pytest.mark.parametrize("claimed", ["US Secretary of State", "NATO", "chief", "EU chief", "Secretary"])
def test_another_role_or_a_bare_word_names_nobody(claimed):
    assert not same_role(claimed, "NATO Secretary-General")


def test_a_degree_or_suffix_after_the_name_does_not_change_the_person():
    assert person_matches("Jane Smith PhD", "Jane Smith") and person_matches("Jane Smith, Esq.", "Jane Smith")


def test_a_person_of_a_place_or_body_is_the_person_by_name_and_surname():
    assert person_matches("Amy Klobuchar", "Amy Klobuchar of Minnesota")
    assert person_matches("Sen. Klobuchar", "Amy Klobuchar of Minnesota")
    assert surname_key("Mark Zandi of Moody's Analytics") == "zandi"
    assert "Amy Klobuchar" in aliases_for("Amy Klobuchar of Minnesota", "Sen.")
    assert surname_key("Bank of America") == "america"  # one body's name keeps its "of"
    assert not person_matches("Amy Smith", "Amy Klobuchar of Minnesota")


def test_a_nationality_after_a_forename_is_a_surname():
    assert split_title("Dallas Mavericks owner Mark Cuban") == ("Dallas Mavericks owner", "Mark Cuban")
    assert split_title("New York") == (None, "New York")
    assert split_title("Chinese President Xi Jinping") == ("Chinese President", "Xi Jinping")


def test_a_compound_surname_without_the_forenames_is_the_same_person():
    assert person_matches("López Obrador", "Andrés Manuel López Obrador")
    assert person_matches("Lopez Obrador", "Andrés Manuel López Obrador")
    assert not person_matches("Juan López Obrador", "Andrés Manuel López Obrador")


def test_a_state_after_of_is_where_the_person_is_from_not_part_of_the_role():
    assert split_title("Senator John Thune of South Dakota") == ("Senator", "John Thune of South Dakota")
    assert split_title("Gov. Roy Cooper of North Carolina") == ("Gov.", "Roy Cooper of North Carolina")
    assert split_title("Senator Chuck Schumer of New York") == ("Senator", "Chuck Schumer of New York")
    # (A surname that ends in the letters of a role word, "Trump" in "mp", is still a surname.)
    assert split_title("President Donald Trump of New York") == ("President", "Donald Trump of New York")


def test_a_speaker_stored_under_a_surname_takes_the_full_name_seen_later():
    assert fuller_name("Obama", "Barack Obama") == "Barack Obama"
    assert fuller_name("Obama", "Senator Obama") is None  # a role, not a forename
    assert fuller_name("Barack Obama", "Michelle Obama") is None  # already a full name
    assert fuller_name("Felipe Calderon", "Felipe Calderón") == "Felipe Calderón"  # the accents written in
    assert fuller_name("Felipe Calderón", "Felipe Calderon") is None  # never the accents taken out
    assert fuller_name("Trump", "Trump and Ryan") is None


def test_a_roles_portfolio_after_for_belongs_to_the_title_not_the_name():
    assert split_title("Undersecretary for Political Affairs Wendy Sherman") == (
        "Undersecretary for Political Affairs", "Wendy Sherman")


def test_a_bodys_name_with_of_in_it_is_no_role_and_name():
    assert split_title("Georgia Association of Educators") == (None, "Georgia Association of Educators")
    assert split_title("National Association of Manufacturers") == (None, "National Association of Manufacturers")
    assert split_title("governor of Virginia") == (None, "")


def test_a_regnal_number_ends_the_name_after_its_title():
    assert split_title("Pope Leo XIV") == ("Pope", "Leo XIV")
    assert split_title("King Charles III") == ("King", "Charles III")


def test_two_initials_in_capitals_before_a_surname_are_a_forename_not_a_role():
    assert split_title("JD Vance") == (None, "JD Vance")
    assert split_title("MP Jane Smith") == ("MP", "Jane Smith")
    assert split_title("EU Commissioner Thierry Breton") == ("EU Commissioner", "Thierry Breton")


def test_canonical_name_closes_up_a_plural_owners_mark():
    assert canonical_name("National Police Chiefs ’ Council") == "National Police Chiefs’ Council"


def test_split_title_drops_honours_after_the_name():
    assert split_title("Councillor Afrasiab Anwar MBE") == ("Councillor", "Afrasiab Anwar")
    assert split_title("Advocate Karabo Mohau King’s Counsel") == ("Advocate", "Karabo Mohau")


def test_a_phrase_opening_with_a_body_and_of_is_the_bodys_name():
    assert split_title("Ministry of Foreign Affairs") == (None, "Ministry of Foreign Affairs")
    assert split_title("Pakistan’s Ministry of Foreign Affairs") == (None, "Pakistan’s Ministry of Foreign Affairs")
    assert split_title("Minister of Foreign Affairs Sergey Lavrov") == ("Minister of Foreign Affairs", "Sergey Lavrov")


@pytest.mark.parametrize("phrase, expected", [
    ("Afghan Ambassador to the United States Hamdullah Mohib", ("Afghan Ambassador to the United States",
                                                               "Hamdullah Mohib")),
    ("Governor of Washington Chris Gregoire", ("Governor of Washington", "Chris Gregoire")),
    ("President of France Emmanuel Macron", ("President of France", "Emmanuel Macron")),
    ("governor of Virginia", (None, "")),
])
def test_the_post_or_place_of_a_role_is_the_roles_and_the_name_starts_at_the_forename(phrase, expected):
    assert split_title(phrase) == expected


@pytest.mark.parametrize("claimed", ["National Oceanic and Atmospheric Administration", "NOAA"])
def test_a_body_with_and_in_its_name_is_one_speaker_not_two_people(claimed):
    assert person_matches(claimed, "National Oceanic and Atmospheric Administration")


@pytest.mark.parametrize("phrase, expected", [
    ("Wall Streeter Charlotte Beyer", ("Wall Streeter", "Charlotte Beyer")),
    ("Brexiteer Nigel Farage", ("Brexiteer", "Nigel Farage")),
    ("Corbynite Diane Abbott", ("Corbynite", "Diane Abbott")),
])
def test_a_capitalised_epithet_before_a_forename_is_the_title(phrase, expected):
    assert split_title(phrase) == expected


@pytest.mark.parametrize("phrase", ["Yunfan Gerry Zhang", "Hernan Dario Gomez", "Martin Luther King",
                                    "Lee Hsien Loong", "Christian Louis Smith"])
def test_a_name_whose_first_word_only_ends_like_an_epithet_stays_whole(phrase):
    assert split_title(phrase) == (None, phrase)
