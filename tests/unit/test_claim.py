"""Reading a verify submission: the claimed words and the speaker the text itself names."""
from __future__ import annotations

import time

import pytest

from service.core.claim import parse_claim
from service.core.text import SPLIT_JOIN


def test_quoted_words_after_attribution_are_the_claim():
    claim = parse_claim("Blinken said “We are prepared either way.”")
    assert (claim.text, claim.speaker, claim.quoted) == ("We are prepared either way.", "Blinken", True)


@pytest.mark.parametrize("text", [
    "“We are prepared either way,” Blinken said.",
    "Blinken: “We are prepared either way.”",
    "Blinken said: “We are prepared either way.”",
    "“We are prepared either way,” according to Blinken.",
    "\"We are prepared either way,\" said Blinken.",
])
def test_attribution_around_quoted_words_names_the_speaker(text):
    claim = parse_claim(text)
    assert claim.speaker == "Blinken"
    assert claim.quoted
    assert claim.text.startswith("We are prepared either way")


def test_quoted_parts_split_by_an_attribution_are_joined_as_adjacent_words():
    claim = parse_claim("“We will read it,” he said. “The partners studied our project.”")
    assert claim.text == "We will read it" + SPLIT_JOIN + "The partners studied our project."
    assert claim.speaker is None  # a pronoun is not a speaker


def test_title_and_name_give_the_name():
    claim = parse_claim("“We call on Russia to de-escalate,” NATO chief Jens Stoltenberg said.")
    assert claim.speaker == "Jens Stoltenberg"


@pytest.mark.parametrize("text,words,speaker", [
    ("We are prepared either way, according to Blinken", "We are prepared either way", "Blinken"),
    ("We are prepared either way, Blinken said.", "We are prepared either way", "Blinken"),
    ("Blinken said that we are prepared either way", "we are prepared either way", "Blinken"),
    ("Secretary Blinken: we are prepared either way", "we are prepared either way", "Blinken"),
])
def test_unquoted_attribution_frame_is_removed_from_the_claim(text, words, speaker):
    claim = parse_claim(text)
    assert (claim.text, claim.speaker, claim.quoted) == (words, speaker, False)


def test_plain_sentences_have_no_speaker():
    claim = parse_claim("We will read it. Study it. And then we will reject it.")
    assert (claim.text, claim.speaker, claim.quoted) == ("We will read it. Study it. And then we will reject it.",
                                                         None, False)


def test_pronoun_frame_gives_no_speaker():
    assert parse_claim("We are prepared either way, he said.").speaker is None


@pytest.mark.parametrize("text", ["", "“", "”", "\"", "“unclosed quote", "a ” b “", "\x00\x01\x02", "   ",
                                  "‘", "Blinken:", ": “”", "said", "according to"])
def test_odd_input_never_raises(text):
    claim = parse_claim(text)
    assert isinstance(claim.text, str)


def test_long_hostile_input_is_read_in_linear_time():
    text = "“a, " * 50_000 + "x" * 200_000 + " said Blinken"
    started = time.perf_counter()
    parse_claim(text)
    assert time.perf_counter() - started < 5.0


def test_a_submission_attributed_with_a_phrasal_verb_names_the_claimed_speaker():
    claim = parse_claim("“Let me talk, I waited long enough,” Trump shot back.")
    assert (claim.text, claim.speaker) == ("Let me talk, I waited long enough", "Trump")


def test_a_byline_dash_after_the_quoted_words_names_the_claimed_speaker():
    assert parse_claim("“We have a path to victory.” ― Jane Doe").speaker == "Jane Doe"


def test_the_full_stop_ending_the_submission_is_not_part_of_the_name():
    assert parse_claim("“We will win this fight,” said former tech executive Carly Fiorina.").speaker == "Carly Fiorina"


def test_an_unnamed_role_found_by_the_extractor_claims_nobody():
    claim = parse_claim("The alliance chief told reporters: “We call on Russia to de-escalate.” Then he left.")
    assert claim.speaker is None


@pytest.mark.parametrize("text,speaker", [
    ("Mike Johnson on X: “The American people see right through it.”", "Mike Johnson"),
    ("Trump in a statement: “We will win this state.”", "Trump"),
])
def test_where_something_was_said_is_not_who_said_it(text, speaker):
    assert parse_claim(text).speaker == speaker


def test_html_entities_copied_from_a_page_source_read_as_the_characters_they_stand_for():
    claim = parse_claim("&quot;The military alliance&#8217;s door remains open,&quot; Blinken said.")
    assert (claim.text, claim.speaker) == ("The military alliance’s door remains open", "Blinken")


def test_a_link_copied_with_a_post_is_no_word_of_the_claim():
    claim = parse_claim("Blinken: the military alliance’s door remains open https://t.co/xyz")
    assert (claim.text, claim.speaker) == ("the military alliance’s door remains open", "Blinken")


def test_an_ampersand_in_a_name_is_left_alone():
    claim = parse_claim("AT&T said the merger was dead")
    assert (claim.text, claim.speaker) == ("the merger was dead", "AT&T")
