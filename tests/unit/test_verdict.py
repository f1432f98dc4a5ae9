"""Verdict rules on plain quotes, independent of any store."""
from __future__ import annotations

from service.core.models import Occurrence, Quote, Source, Speaker
from service.core.verdict import date_check, decide, paraphrase_matches, rank_matches

DOOR = Quote("The military alliance's door remains open", Speaker("Anthony Blinken", 1, ["Blinken"]), id=1,
             date="2022-01-28", sources=[Occurrence(Source(1, published="2022-01-28"))])
DOOR_TWIN = Quote("The military alliance's door remains open", Speaker("Jens Stoltenberg", 2, ["Stoltenberg"]),
                  id=2, date="2022-02-10")


def same_person(claimed, name, aliases=()):
    """A plain rule for these tests: the claim is the name or one of its aliases."""
    return claimed.lower() in [name.lower(), *(a.lower() for a in aliases)]


def verdict_of(text, speaker=None, quotes=(DOOR,), date=None):
    matches = rank_matches(text, list(quotes), speaker, same_person)
    return decide(matches, speaker, same_person, "request" if speaker else None, date)


def test_the_exact_quote_is_verified():
    v = verdict_of("The military alliance's door remains open")
    assert (v.verdict, v.wording, v.attribution) == ("verified", "exact", "not_claimed")


def test_a_replaced_word_is_misquoted_never_verified():
    v = verdict_of("The military alliance's door remains closed")
    assert (v.verdict, v.wording) == ("misquoted", "altered")


def test_the_wrong_speaker_is_misattributed_and_the_real_one_named():
    v = verdict_of("The military alliance's door remains open", speaker="Grushko")
    assert (v.verdict, v.attribution) == ("misattributed", "contradicted")
    assert v.matches[0].quote.speaker.name == "Anthony Blinken"


def test_the_same_words_credited_outright_to_two_speakers_are_disputed_with_the_claimed_one_first():
    v = verdict_of("The military alliance's door remains open", speaker="Stoltenberg", quotes=(DOOR, DOOR_TWIN))
    assert (v.verdict, v.attribution) == ("disputed", "disputed")
    assert "conflicting_sources" in v.reasons
    assert v.matches[0].quote.speaker.name == "Jens Stoltenberg"


def test_without_a_claim_the_earliest_of_equal_quotes_comes_first():
    v = verdict_of("The military alliance's door remains open", quotes=(DOOR_TWIN, DOOR))
    assert v.matches[0].quote.id == 1


def test_nothing_close_is_not_found():
    v = verdict_of("Bread prices rose in the capital")
    assert (v.verdict, v.wording, v.matches) == ("not_found", None, [])


def test_dates_within_a_week_are_consistent():
    assert date_check(DOOR, "2022-02-03")[0] == "consistent"
    assert date_check(DOOR, "2022-02-10") == ("inconsistent", "2022-01-28")
    assert date_check(Quote("x", None), "2022-02-10")[0] == "unknown"
    assert date_check(DOOR, None)[0] is None


def test_a_quote_whose_source_names_no_speaker_neither_confirms_nor_contradicts():
    anonymous = Quote("The military alliance's door remains open", None, id=3)
    v = verdict_of("The military alliance's door remains open", speaker="Grushko", quotes=(anonymous,))
    assert (v.verdict, v.wording, v.attribution) == ("disputed", "exact", "disputed")
    assert "no_named_speaker" in v.reasons


def test_a_known_speaker_is_preferred_to_an_unknown_one_for_the_same_words():
    anonymous = Quote("The military alliance's door remains open", None, id=0)
    v = verdict_of("The military alliance's door remains open", quotes=(anonymous, DOOR))
    assert v.matches[0].quote.speaker.name == "Anthony Blinken"


def test_one_person_of_a_joint_statement_is_a_confirmed_speaker():
    from service.core.speakers import person_matches

    joint = Quote("We had a very positive step toward unification", Speaker("Donald Trump and Paul Ryan", 3, []), id=3)
    matches = rank_matches("We had a very positive step toward unification", [joint], "Paul Ryan", person_matches)
    v = decide(matches, "Paul Ryan", person_matches, "request", None)
    assert (v.verdict, v.attribution) == ("verified", "confirmed")


CALL = Quote("We call on Russia once again to immediately de-escalate the situation. NATO firmly believes that "
             "tensions must be resolved through dialogue", Speaker("Jens Stoltenberg", 3, ["Stoltenberg"]), id=3)


def test_a_paraphrase_finds_what_the_claimed_speaker_said_as_a_misquotation():
    matches = paraphrase_matches("NATO will escalate", [DOOR, CALL], "Stoltenberg", same_person)
    assert [m.quote.id for m in matches] == [3]
    v = decide(matches, "Stoltenberg", same_person, "text")
    assert (v.verdict, v.wording, v.attribution) == ("misquoted", "altered", "confirmed")


def test_a_paraphrase_needs_a_claimed_speaker_and_shared_content_words():
    assert paraphrase_matches("NATO will escalate", [CALL], None, same_person) == []
    assert paraphrase_matches("The price of bread rose sharply", [CALL], "Stoltenberg", same_person) == []
    assert paraphrase_matches("NATO will escalate", [CALL], "Blinken", same_person) == []
