"""Calibration judges a speaker by the hand-read referent of its source where there is one."""
from benchmarks.calibration import CHECK_HALVES, FITTED_HALVES, speaker_right
from benchmarks.extraction_newsroom import HALVES


def test_a_description_is_judged_by_its_hand_read_referent_not_by_its_capitalised_word():
    source = "the presumptive Republican presidential nominee"
    assert speaker_right("Donald Trump", source, ["Trump"], ("Donald Trump", True)) is True
    assert speaker_right("Donald Trump", source, ["Trump"], None) is False


def test_a_hand_read_referent_says_when_the_description_meant_someone_else():
    assert speaker_right("John McCain", "the senator", ["McCain"], ("Ted Cruz", True)) is False


def test_someone_never_named_is_met_by_a_description_sharing_their_noun():
    assert speaker_right("spokeswoman", "a spokeswoman", [], ("campaign spokeswoman", False)) is True
    assert speaker_right("Hillary Clinton", "a spokeswoman", [], ("campaign spokeswoman", False)) is False


def test_a_referent_the_reader_could_not_tell_is_not_scored():
    assert speaker_right("Donald Trump", "many", [], ("", False)) is None


def test_the_halves_fitted_on_and_the_halves_that_check_the_fit_are_apart_and_cover_the_set():
    assert not set(FITTED_HALVES) & set(CHECK_HALVES)
    assert set(FITTED_HALVES) | set(CHECK_HALVES) == set(HALVES)
    assert {"c", "k", "l", "m", "q"} <= set(CHECK_HALVES)
