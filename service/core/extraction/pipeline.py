"""Quotes and their speakers from article text: direct, split, multi-paragraph and partial quotations.

The pipeline, one named step per module: pair the quotation marks (marks), read paragraphs and sentences
(paragraphs), note who the article mentions (mentions), find the clause that attributes each quotation
(candidates, attribution), carry speakers on to quotations with no clause of their own (continuation),
resolve surnames and pronouns to people (resolution, people) and keep what reads as a quote (records). Every
step is a single pass or works inside one sentence, so the whole costs time linear in the text.
"""
from __future__ import annotations

import re

from ..models import ExtractedQuote
from .attribution import attribute_quotations
from .continuation import _inherit, _join_split
from .marks import (
    QuoteSpan,
    doubled_singles_as_double,
    doubled_straight_as_one,
    find_quotations,
    paragraphs,
    quoted_names_unmarked,
    quoted_titles_unmarked,
    single_closed_outside_double,
    single_style_as_double,
)
from .mentions import read_mentions
from .paragraphs import _Paragraph, _paragraphs_unflattened, _word_start
from .people import People
from .records import quote_records
from .resolution import _Resolver, personal_byline

JOIN_SPLIT_QUOTES = True  # “A,” he said. “B.” is one quote with two parts

_OTHER_SPACES = re.compile("[\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u205f]")  # (a search: str.translate is slower)
_SOFT_HYPHEN_SPACE = re.compile("(?<=\\s)\u00ad|\u00ad(?=\\s)")  # "Doug \u00adAndres": a space too

_NICKNAME = re.compile(r"[A-Z][\w.’'-]*\s+[“\"‘][A-Z][\w.’'-]*[”\"’]\s+[A-Z]")


def extract_quotes(text: str, published: str | None = None, *, author: str | None = None,
                   join_split: bool | None = None) -> list[ExtractedQuote]:
    """Find speaker-attributed quotes in an article's text (body only, offsets into `text`); `author` is the
    byline, who an "I" of the narration is ("I laughed and said, “…”" in a column)."""
    join_split = JOIN_SPLIT_QUOTES if join_split is None else join_split
    # Spaces of other widths (no-break, thin) read as plain spaces; one character for one, so offsets hold.
    original = _OTHER_SPACES.sub(" ", text or "")
    if "\u00ad" in original:
        original = _SOFT_HYPHEN_SPACE.sub(" ", original)
    text = _as_double_marked(_paragraphs_unflattened(original))
    spans = _quotations(text)
    if not spans:
        return []  # (no quotation marks, no quotes: the names of a text that quotes nobody need not be read)
    paras = paragraphs(text)
    parsed = _parsed_paragraphs(text, paras, spans)
    people = People(text)
    resolver = _Resolver(people, text, writer=personal_byline(author))
    known = read_mentions(text, paras, parsed, people, resolver, _last_quoted(spans))
    found = attribute_quotations(text, spans, parsed, known)
    found = _join_split(found, text) if join_split else found
    _inherit(found, text, parsed, paras, known)
    return quote_records(found, text, original, parsed, people, resolver, published)


def _as_double_marked(text: str) -> str:
    """‘We have turned a corner,’ Mr Sunak said: an article quoting with single marks reads as one with double;
    so does a quotation a wire closes with two single marks (“We will act,’’ Johnson said), and one whose
    straight marks are doubled (""We will act,"" Johnson said); a forename quoted before a verb of saying is a
    name ("Perry" chimed in), and so is a title quoted beside the noun of its work (the biography, “Prodigal
    Genius,” concludes); a nested quotation's closing single mark slipped outside the double one goes back in (“I
    told them, ‘Here, I am your Tito,”' said Boskovic)."""
    return single_style_as_double(doubled_singles_as_double(quoted_titles_unmarked(quoted_names_unmarked(
        doubled_straight_as_one(single_closed_outside_double(text))))))


def _quotations(text: str) -> list[QuoteSpan]:
    """The article's quotations; Marcia “Cia” Price, John “Tig” Tiegen: a nickname inside a name is none."""
    return [span for span in find_quotations(text)
            if not _NICKNAME.match(text, _word_start(text, span.open_mark), span.close_mark + 3)]


def _parsed_paragraphs(text: str, paras: list[tuple[int, int]], spans: list[QuoteSpan]) -> dict[int, _Paragraph]:
    """Each paragraph read into sentences and tokens, with the quotations that touch it."""
    by_para: dict[int, list[QuoteSpan]] = {}
    for span in spans:
        for number in set(span.paragraphs):
            by_para.setdefault(number, []).append(span)
    reach = _last_quoted(spans) + 1  # (the paragraph after the last quotation may still name its speaker)
    return {n: _Paragraph(text, lo, hi, by_para.get(n, []), clauses=n <= reach) for n, (lo, hi) in enumerate(paras)}


def _last_quoted(spans: list[QuoteSpan]) -> int:
    """The index of the last paragraph a quotation touches (-1 when there is none): the paragraphs past the one
    after it can tell no quotation's speaker, and are read for the names they register only."""
    return max((span.paragraphs[-1] for span in spans), default=-1)
