"""Paragraphs and sentences of an article: the quotations each holds and the unquoted stretches between them."""
from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import attrgetter
from typing import NamedTuple

from ..lexicon import entries
from .candidates import Attribution, attributions
from .marks import QuoteSpan
from .tokens import PLAIN_WORD, Token, tokens

# A sentence does not end at the full stop of an abbreviation ("Mr.", "Sen.", "Jan."), of an initial ("John F.
# Kennedy") or of letters written with full stops ("U.S.").
_ABBREVIATIONS = entries("abbreviations")
_ABBREVIATION_END = re.compile(r"(?:\b(?:%s|[A-Z])|(?:[A-Za-z]\.)+[A-Za-z])$" % "|".join(_ABBREVIATIONS))
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))

_SENTENCE_BREAK = re.compile(r"[.!?][.!?]*[”\"’)\]]*\s+(?=[“\"‘(\[]?[A-Z0-9])")


MAX_STRETCHES_BACK = 12  # how far back in a sentence to look for a lead-in, in unquoted stretches


@dataclass
class _Found:
    """A quotation with what the text around it says about it, before speakers are resolved."""

    span: QuoteSpan
    kind: str
    attribution: Attribution | None = None
    clause: tuple[int, int] | None = None  # the sentence text outside the quote, for the date
    inherited_from: _Found | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)

_PLATFORM_X = re.compile(r"\b(?:on|to|via)\s+X$")  # "… posted on X. “…”": the platform, not an initial


def _sentence_breaks(text: str, lo: int, hi: int) -> list[int]:
    """Offsets in [lo, hi) where a new sentence starts (abbreviations such as "Mr." do not end one)."""
    found = []
    for match in _SENTENCE_BREAK.finditer(text, lo, hi):
        before = text[max(lo, match.start() - 12):match.start()]
        if text[match.start()] == "." and _may_be_abbreviated(before) and _ABBREVIATION_END.search(before) and not (
                _PLATFORM_X.search(before)):
            continue
        found.append(match.end())
    return found


def _may_be_abbreviated(before: str) -> bool:
    """Tell whether the word before a full stop is short enough to be an abbreviation _ABBREVIATION_END knows (no
    longer than the longest, or one letter after a full stop): a cheap test that spares most sentence ends the
    pattern."""
    return len(before) - len(before.rstrip(_ASCII_LETTERS)) <= _LONGEST_ABBREVIATION


_ASCII_LETTERS = string.ascii_letters


class Stretch(NamedTuple):
    """An unquoted stretch [lo, hi) of a paragraph, with its tokens and the attribution clauses they hold."""

    lo: int
    hi: int
    toks: list[Token]
    attrs: list[Attribution]


class _Paragraph:
    """One paragraph's unquoted stretches, their tokens and attribution clauses."""

    def __init__(self, text: str, lo: int, hi: int, spans: list[QuoteSpan], clauses: bool = True):
        # (`clauses` False: a paragraph read for its names only, past any quotation's reach; no attribution clauses.)
        self.lo, self.hi, self._clauses = lo, hi, clauses
        self.breaks = _sentence_breaks(text, lo, hi)
        self.stretches: list[Stretch] = []
        cursor = lo
        edges = []
        for span in spans:
            for a, b in span.parts:
                # (A piece may open its paragraph with no mark of its own: a sentence a line break cut in two.)
                if lo <= a and b <= hi:
                    edges.append((max(lo, a - 1), min(hi, b + 1)))
        for a, b in sorted(edges):
            if a > cursor:
                self._add(text, cursor, a)
            cursor = max(cursor, b)
        if cursor < hi:
            self._add(text, cursor, hi)
        self._starts = [st[0] for st in self.stretches]

    def _add(self, text: str, lo: int, hi: int) -> None:
        toks = tokens(text, lo, hi)
        self.stretches.append(Stretch(lo, hi, toks, attributions(toks) if self._clauses else []))

    def sentence_start(self, at: int) -> int:
        """Offset where the sentence holding `at` begins."""
        k = bisect.bisect_right(self.breaks, at)
        return self.breaks[k - 1] if k else self.lo

    def sentence_end(self, at: int) -> int:
        """Offset where the sentence holding `at` ends (the next sentence's start, or the paragraph's end)."""
        k = bisect.bisect_right(self.breaks, at)
        return self.breaks[k] if k < len(self.breaks) else self.hi

    def stretch_at(self, lo: int, hi: int) -> Stretch | None:
        """The unquoted stretch lying within [lo, hi), if any."""
        k = bisect.bisect_left(self._starts, lo)
        if k < len(self.stretches) and self.stretches[k][1] <= hi:
            return self.stretches[k]
        return None

    def stretches_before(self, at: int, limit: int = MAX_STRETCHES_BACK) -> Iterator[Stretch]:
        """The unquoted stretches ending at or before `at`, nearest first (at most `limit`)."""
        k = bisect.bisect_right(self._starts, at)
        for n in range(k - 1, max(-1, k - 1 - limit), -1):
            if self.stretches[n][1] <= at:
                yield self.stretches[n]


def _words(text: str) -> int:
    """Count the words of a piece of text."""
    return len(PLAIN_WORD.findall(text))


def _text_end_before(text: str, at: int) -> int:
    """Where the text before `at` ends, blanks and line breaks left out (the end of the paragraph before a
    paragraph starting at `at`): a walk back over the blanks, not a copy of all the text before, so that reading
    it for each of many paragraphs stays linear."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _rough_sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts, read from a full stop or a line break before it (the resolver
    has no paragraphs at hand); the stop of an initial or a short title ("Channing D. Phillips", "Sen. Warren")
    ends no sentence."""
    line = text.rfind("\n", 0, at) + 1
    full_stop = text.rfind(". ", line, at)
    while full_stop > line and _ABBREVIATION_END.search(text[max(line, full_stop - 12):full_stop]):
        full_stop = text.rfind(". ", line, full_stop)
    return max(full_stop + 2 if full_stop >= 0 else 0, line)

_FLATTENED_BREAK = re.compile(r"(?<! \.) \. (?!\.)")  # "… she said. . Next paragraph" (not ". . ." ellipses)

MIN_FLATTENED_BREAKS = 3


def _paragraphs_unflattened(text: str) -> str:
    """Text whose paragraph breaks were flattened into " . " (a common corpus format) with each such break made a
    line break again, one character for one so that offsets hold; other text unchanged."""
    if " . " not in text:
        return text  # (most text: a plain search is cheaper than the pattern's)
    breaks = _FLATTENED_BREAK.findall(text)
    if len(breaks) < MIN_FLATTENED_BREAKS or text.count("\n") * 2 > len(breaks):
        return text
    return _FLATTENED_BREAK.sub(" \n ", text)


def _sentence_tokens(item: _Found, para: _Paragraph) -> list[Token]:
    """The unquoted tokens of the sentence that holds a quotation's opening mark."""
    lo = para.sentence_start(item.span.open_mark)
    hi = para.sentence_end(max(item.span.open_mark, item.span.close_mark - 1))
    return _unquoted_sentence_tokens(para, lo, hi)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a quoted piece to its words: no edge spaces, no comma the attribution put before the closing mark."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end

_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def _outside_quotes(clause: str) -> str:
    """The clause without its quoted words, so a date inside a quotation is not read as the date said."""
    return _QUOTED.sub(" ", clause)

_START = attrgetter("start")

# A sentence is read over at most this many unquoted stretches and tokens at each of its ends: a "sentence"
# of thousands of quoted fragments ("“a b” “c d” …") would otherwise be read whole once per fragment.
MAX_SENTENCE_STRETCHES = 16

MAX_SENTENCE_TOKENS = 160


def _unquoted_sentence_tokens(para: _Paragraph, start: int, end: int) -> list[Token]:
    """The tokens outside quotation marks that start in [start, end) of a paragraph, across quoted words.

    Past MAX_SENTENCE_STRETCHES stretches or MAX_SENTENCE_TOKENS tokens at either end, the middle of the
    range is left out, so the cost of a call is bounded whatever the sentence (no real one comes near).
    """
    # Stretches lie in order and apart: start from the one holding `start` (a long paragraph has thousands).
    first = max(0, bisect.bisect_right(para._starts, start) - 1)
    stop = bisect.bisect_left(para._starts, end)  # stretches [first, stop) begin before `end`

    def bounds(n: int) -> tuple[list[Token], int, int]:
        _, hi, toks, _ = para.stretches[n]
        if hi <= start:
            return toks, 0, 0
        return toks, bisect.bisect_left(toks, start, key=_START), bisect.bisect_left(toks, end, key=_START)

    head, n, count = [], first, 0
    while n < stop and n - first < MAX_SENTENCE_STRETCHES and count < MAX_SENTENCE_TOKENS:
        head.append(bounds(n))
        count += head[-1][2] - head[-1][1]
        n += 1
    tail, m = [], stop - 1
    while m >= n and stop - m <= MAX_SENTENCE_STRETCHES and count < 2 * MAX_SENTENCE_TOKENS:
        tail.append(bounds(m))
        count += tail[-1][2] - tail[-1][1]
        m -= 1
    pieces = head + tail[::-1]
    if m < n and count <= 2 * MAX_SENTENCE_TOKENS:
        return [tok for toks, a, b in pieces for tok in toks[a:b]]
    found: list[Token] = []
    for toks, a, b in pieces:  # the first MAX_SENTENCE_TOKENS ...
        found.extend(toks[a:min(b, a + MAX_SENTENCE_TOKENS - len(found))])
    ending: list[Token] = []
    for toks, a, b in reversed(pieces):  # ... and the last
        ending[:0] = toks[max(a, b - (MAX_SENTENCE_TOKENS - len(ending))):b]
    return found + ending


def _word_start(text: str, at: int) -> int:
    """Offset where the word before the space before `at` begins."""
    k = at - 1
    while k > 0 and text[k - 1] == " ":
        k -= 1
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    return max(0, k)


def _quote_only_paragraph(text: str, item: _Found, para: _Paragraph) -> bool:
    """Tell whether a quotation fills its paragraph (a trailing source tag such as "[NYT.]" aside)."""
    after = text[item.span.close_mark:para.hi].strip(" .,;")
    return not after or (after.startswith("[") and after.endswith("]"))
