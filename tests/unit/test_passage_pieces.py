"""Rule 4 of verdict integrity: pieces of one passage (split around an attribution, or continued over
paragraphs) join into one passage of one speaker in one source."""
from __future__ import annotations

import pytest

from service.core.models import Occurrence, Quote, Source, Speaker
from service.core.passages import passage_around

SOURCE = Source(id=7, url="https://news.example/7")
SOURCE_ID = 7
KETTLE, ORTEGA = Speaker("Hans Kettle", id=1), Speaker("Maria Ortega", id=2)


def piece(quote_id: int, text: str, start: int, speaker: Speaker = KETTLE) -> Quote:
    return Quote(text=text, speaker=speaker, id=quote_id, sources=[Occurrence(SOURCE, start, start + len(text))])


A = piece(1, "We will not be intimidated", 10)
B = piece(2, "Our commitment is ironclad", 60)
C = piece(3, "We stand together", 120)


@pytest.mark.parametrize("quote,neighbours,text", [
    (A, [A, B, C], "We will not be intimidated Our commitment is ironclad We stand together"),
    (B, [C, B, A], "We will not be intimidated Our commitment is ironclad We stand together"),
    (A, [A, B, piece(3, "We stand together", 120, ORTEGA)], "We will not be intimidated Our commitment is ironclad"),
    (A, [A, piece(2, "Our commitment is ironclad", 900)], "We will not be intimidated"),
    (A, [A], "We will not be intimidated"),
])
def test_adjacent_pieces_of_the_same_speaker_in_one_source_join_in_order(quote, neighbours, text):
    passage = passage_around(quote, SOURCE_ID, neighbours)
    assert passage.text == text
    assert (passage.id, passage.speaker) == (quote.id, quote.speaker)


def test_another_speaker_s_quote_between_two_pieces_keeps_them_apart():
    between = piece(9, "Nobody asked us", 40, ORTEGA)
    assert passage_around(A, SOURCE_ID, [A, between, B]).text == A.text
