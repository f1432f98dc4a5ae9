"""The newsroom set's scorer: gold lines read against their article, predictions counted against the gold."""
from __future__ import annotations

import pytest

from benchmarks.extraction_newsroom import (
    Article,
    GoldError,
    GoldQuote,
    Tally,
    Verified,
    parse_gold,
    score_article,
    speaker_match,
    verify_full_quotes,
)
from service.core.models import ExtractedQuote

TEXT = (
    "Foreign Secretary Jane Roe said: ‘We will act.\n\n"
    "‘Nobody should doubt it.’\n\n"
    "The plan is “very bold”, a spokesman said. It was called “Operation Calm” by staff."
)
GOLD = """D N Jane Roe / Roe | We will act
D C Jane Roe / Roe | Nobody should doubt
P D - (a spokesman) | very bold
X | Operation Calm
"""


def article() -> Article:
    quotes, open_spans = parse_gold(TEXT, GOLD, "synthetic")
    return Article("synthetic", TEXT, quotes, open_spans)


def predicted(words: str, speaker: str | None, kind: str = "direct") -> ExtractedQuote:
    start = TEXT.index(words)
    return ExtractedQuote(words, start, start + len(words), kind, speaker)


def test_a_quote_carrying_on_into_the_next_paragraph_ends_with_its_own_paragraph():
    quotes = article().quotes
    assert [q.text for q in quotes] == ["We will act.", "Nobody should doubt it.", "very bold"]


def test_in_flattened_text_a_paragraph_ends_at_the_full_stop_between_spaces():
    flat = TEXT.replace("\n\n", " . ")
    quotes, _ = parse_gold(flat, GOLD, "flat", flattened=True)
    assert quotes[0].text == "We will act."


def test_words_that_follow_no_quotation_mark_are_a_gold_error():
    with pytest.raises(GoldError):
        parse_gold(TEXT, "D N Jane Roe | Foreign Secretary", "synthetic")


def test_a_closing_mark_written_after_a_colon_opens_a_quote_up_to_the_next_closing_mark():
    text = "Another said: ”The plague is coming.” Nobody answered."
    quotes, _ = parse_gold(text, "D D - (another user) | The plague is coming", "careless")
    assert quotes[0].text == "The plague is coming."
    with pytest.raises(GoldError):
        parse_gold("It was ”very bold” indeed.", "P N Roe | very bold", "no colon")


def test_found_quotes_and_right_predictions_are_counted_and_wrong_ones_reported():
    tally = Tally()
    preds = [predicted("We will act.", "Jane Roe"), predicted("Nobody should doubt it.", "Foreign Secretary"),
             predicted("The plan is", "Jane Roe")]
    score_article(article(), preds, tally)
    figures = tally.figures()
    assert (figures["found"], figures["gold"]) == (2, 3)
    assert (tally.right, tally.wrong) == (2, 1)
    assert figures["by_cue"]["N"] == (1, 1, 1)
    assert figures["by_cue"]["C"] == (0, 0, 1)


def test_a_prediction_inside_a_span_left_open_or_of_one_word_counts_neither_way():
    tally = Tally()
    score_article(article(), [predicted("Operation Calm", None), predicted("plan", None)], tally)
    assert (tally.right, tally.wrong, tally.left_open) == (0, 0, 2)


def test_a_surname_is_the_right_person_but_not_the_full_name():
    gold = article().quotes[0]
    assert speaker_match(gold, "Roe") == (True, False)
    assert speaker_match(gold, "Ms Jane Roe") == (True, True)
    assert speaker_match(gold, "John Roe") == (False, False)
    assert speaker_match(gold, None) == (False, False)


def test_someone_never_named_is_met_by_no_speaker_or_a_description_sharing_its_noun():
    gold = article().quotes[2]
    assert speaker_match(gold, None) == (True, True)
    assert speaker_match(gold, "spokesman") == (True, True)
    assert speaker_match(gold, "Jane Roe") == (False, False)


def test_an_apostrophe_opening_a_forename_is_no_part_of_the_words_compared():
    gold = GoldQuote(0, 10, "words here", "D", "N", ["’Manteboheng Molatjeng", "Ms Molatjeng"])
    assert speaker_match(gold, "Manteboheng Molatjeng") == (True, True)


def test_the_verify_figure_counts_the_quotes_too_short_for_the_contract_to_verify():
    text = "“We will act on this today,” Jane Roe said.\n\n“I’m Jane,” she added.\n"
    gold = "D N Jane Roe / Roe | We will act\nD P Jane Roe / Roe | I’m Jane\n"
    quotes, open_spans = parse_gold(text, gold, "synthetic")
    figure = verify_full_quotes([Article("synthetic", text, quotes, open_spans)])
    assert figure == Verified(verified=1, asked=2, too_short=1)
