"""Pieces of one passage: a quote published in parts (split around "he said", or continued over
paragraphs) verifies as one passage (SPEC, "Wording")."""
from __future__ import annotations

from dataclasses import replace

from .models import Quote

MAX_GAP = 300  # characters of the source between two pieces of one passage (an attribution, a paragraph break)


def passage_around(quote: Quote, source_id: int, neighbours: list[Quote]) -> Quote:
    """The quote joined with the pieces of the same speaker right before and after it in one source.

    `neighbours` are quotes of that source (the quote among them, any order). Pieces join while each
    stands within MAX_GAP characters of the next and no other speaker's quote stands between them. The
    result carries the quote's id, speaker and sources with the joined text; the quote itself when it
    has no such neighbour.
    """
    placed = sorted(((occ.start, occ.end, q) for q in neighbours for occ in q.sources
                     if occ.source.id == source_id and occ.start is not None and occ.end is not None),
                    key=lambda row: row[0])
    at = next((n for n, row in enumerate(placed) if row[2].id == quote.id), None)
    if at is None:
        return quote
    first = last = at
    while first > 0 and _continues(placed[first - 1], placed[first], quote):
        first -= 1
    while last + 1 < len(placed) and _continues(placed[last], placed[last + 1], quote):
        last += 1
    if first == last:
        return quote
    text = " ".join(row[2].text.strip() for row in placed[first:last + 1])
    return replace(quote, text=text)


def _continues(earlier: tuple[int, int, Quote], later: tuple[int, int, Quote], quote: Quote) -> bool:
    """Tell whether `later` continues `earlier` as one passage of the quote's speaker."""
    same = [row[2].speaker is not None and quote.speaker is not None and row[2].speaker.id == quote.speaker.id
            for row in (earlier, later)]
    return all(same) and 0 <= later[0] - earlier[1] <= MAX_GAP and earlier[2].id != later[2].id
