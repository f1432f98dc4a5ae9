"""Text whose paragraph breaks were flattened into " . " reads as paragraphs again."""
from __future__ import annotations

from service.core.extraction import extract_quotes

PARAGRAPHS = [
    "Health expert Bill Bowtell said on Twitter: \"This ad should be immediately taken off air.",
    "\"Today in Sydney a young girl is on a ventilator. It is misconceived in every way.\"",
    "Officials defended the campaign on Monday.",
    "\"It's meant to be graphic,\" Prof Paul Kelly said.",
]


def test_a_quotation_carrying_on_over_flattened_paragraphs_is_found_piece_by_piece_with_its_speaker():
    text = " . ".join(PARAGRAPHS)
    quotes = extract_quotes(text)
    pieces = {text[a:b]: q.speaker for q in quotes for a, b in (q.parts or [(q.start, q.end)])}
    assert pieces.get("This ad should be immediately taken off air.") == "Bill Bowtell"
    assert pieces.get("Today in Sydney a young girl is on a ventilator. It is misconceived in every way.") == \
        "Bill Bowtell"
    assert pieces.get("It's meant to be graphic") == "Paul Kelly"


def test_flattened_text_gives_the_offsets_and_words_of_the_same_text_with_line_breaks():
    flat = " . ".join(PARAGRAPHS)
    lined = " \n ".join(PARAGRAPHS)
    assert [(q.start, q.end, q.speaker) for q in extract_quotes(flat)] == \
        [(q.start, q.end, q.speaker) for q in extract_quotes(lined)]
    assert all("\n" not in q.text for q in extract_quotes(flat))


def test_an_ellipsis_of_spaced_dots_is_no_paragraph_break():
    text = "\"We waited . . . and then it came,\" said Ann Lee. Then . . . nothing. Or . . . more. And . . . again."
    (quote,) = extract_quotes(text)
    assert quote.text == "We waited . . . and then it came"
    assert quote.speaker == "Ann Lee"
