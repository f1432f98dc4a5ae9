"""Rule 6 of verdict integrity: a claimed speaker is the quote's speaker only by name, recorded alias, held
role, or a spelling variant of a full name whose other parts are identical; bare names match exactly."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from service.core.speakers import person_matches

sys.path.insert(0, str(Path(__file__).resolve().parent))  # importlib mode leaves sys.path alone
from integrity_support import quote, verify  # noqa: E402


@pytest.mark.parametrize("claimed,name,aliases", [
    ("Osama", "Barack Obama", ["Obama"]),
    ("Carlson", "Ben Carson", ["Carson"]),
    ("Tucker Carlson", "Ben Carson", []),
    ("Barak Obamma", "Barack Obama", []),
    ("Bidden", "Joe Biden", ["Biden"]),
    ("Jen", "Jens Stoltenberg", []),
    ("Stoltenburg", "Jens Stoltenberg", ["Stoltenberg"]),
    ("Hilary", "Hillary Clinton", []),
])
def test_near_spellings_of_a_bare_name_or_of_two_parts_are_different_people(claimed, name, aliases):
    assert not person_matches(claimed, name, aliases)


@pytest.mark.parametrize("claimed,name,aliases", [
    ("Barack Obama", "Barack Obama", []),
    ("Obama", "Barack Obama", []),
    ("barack obama", "Barack Obama", []),
    ("Antony Blinken", "Anthony Blinken", []),
    ("Anthony Blinken", "Antony Blinken", []),
    ("Barack Obamma", "Barack Obama", []),
    ("Jens", "Jens Stoltenberg", []),
    ("Secretary Blinken", "Antony Blinken", ["Secretary Blinken"]),
    ("Mr. Blinken", "Antony Blinken", []),
    ("Bill Clinton", "William Clinton", []),
    ("Sleepy Joe", "Joe Biden", ["Sleepy Joe"]),
])
def test_the_name_an_alias_or_a_one_part_spelling_variant_is_the_same_person(claimed, name, aliases):
    assert person_matches(claimed, name, aliases)


@pytest.mark.parametrize("claimed,speaker,verdict", [
    ("Osama", "Barack Obama", "misattributed"),
    ("Carlson", "Ben Carson", "misattributed"),
    ("Obama", "Barack Obama", "verified"),
    ("Antony Blinken", "Anthony Blinken", "verified"),
    ("NATO Secretary-General", "Jens Stoltenberg", "verified"),
])
def test_a_near_spelling_never_confirms_a_quote(claimed, speaker, verdict):
    said = quote("We will always stand with the people of Ukraine", speaker=speaker)
    said.speaker.title = "NATO Secretary-General"
    result = verify("We will always stand with the people of Ukraine", [said], speaker=claimed)
    assert result.verdict == verdict
    assert ("speaker_differs" in result.reasons) == (verdict == "misattributed")


@pytest.mark.parametrize("claimed", ["Kett\u200ble", "\ufeffHans Kettle", "Hans Kett\u00adle"])
def test_invisible_characters_in_a_claimed_name_are_not_part_of_it(claimed):
    assert person_matches(claimed, "Hans Kettle", [])
    submitted = f"“We will never invade our neighbours,” {claimed} said."
    assert verify(submitted, [quote("We will never invade our neighbours")]).verdict == "verified"


@pytest.mark.parametrize("claimed,name", [
    ("IDF", "Israel Defense Forces"),
    ("Israel Defense Forces", "IDF"),
    ("the FBI", "Federal Bureau of Investigation"),
    ("North Atlantic Treaty Organization", "NATO"),
])
def test_a_bodys_acronym_and_its_full_name_are_the_same_speaker(claimed, name):
    assert person_matches(claimed, name, [])


@pytest.mark.parametrize("claimed,name", [
    ("IDF", "Israel Defence Ministry"),
    ("Ifd", "Israel Defense Forces"),
    ("TNO", "Netherlands Organisation for Applied Scientific Research"),
])
def test_letters_that_are_not_the_initials_name_another_speaker(claimed, name):
    assert not person_matches(claimed, name, [])


def test_a_quote_credited_to_a_bodys_acronym_verifies_under_its_full_name():
    said = quote("We don't target journalists, and we never have", speaker="IDF")
    result = verify("We don't target journalists, and we never have", [said], speaker="Israel Defense Forces")
    assert result.verdict == "verified"
