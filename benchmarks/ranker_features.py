"""Candidate speakers of a quotation and what the ranker knows of each (the experiment of `benchmarks.ranker`).

The candidates come from the article's text and the rules' own answers, not from the extractor's internals:
the speaker the rules gave the quote, the speakers they gave the quotes before and after it, and every person
named (a run of capitalised words, or a single word that is a surname of such a run) from two paragraphs
before the quote to the one after it. A candidate is keyed by the last word of its name, the way the
PolNeAR scorer reads a speaker, and carries the fullest name the article gives it.
"""
from __future__ import annotations

import math
import re
from typing import NamedTuple

from service.core.lexicon import CUE_VERBS, HONORIFICS, NON_NAMES, PARTICIPLE_CUES, PRONOUNS
from service.core.models import ExtractedQuote

FEATURES = (
    "rules_choice", "rules_confidence", "quote_before", "quote_after", "log_distance",
    "after_quote", "same_paragraph", "paragraph_before", "paragraphs_further", "cue_adjacent",
    "sentence_start", "inside_quote", "full_name", "log_mentions",
)
_NAME_WORD = r"[A-Z][A-Za-z'’.\-]*[a-z][A-Za-z'’\-]*"
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s{_NAME_WORD})*")
_CUES = CUE_VERBS | PARTICIPLE_CUES | {"according"}
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
WINDOW_BEFORE, WINDOW_AFTER, MOST = 2, 1, 8


class Mention(NamedTuple):
    """A person named at one place of the article."""

    key: str
    name: str
    start: int
    end: int
    paragraph: int
    sentence_start: bool
    cue_adjacent: bool
    inside_quote: bool


class Candidate(NamedTuple):
    """A speaker the ranker may choose for a quotation, with its feature values (in the order of FEATURES)."""

    key: str
    name: str
    features: tuple[float, ...]


def key_of(name: str | None) -> str:
    """The key of a speaker: the last word of its name, lowercase, without a possessive."""
    words = [w for w in re.sub(r"['’]s\b", "", name or "").split() if w.strip(".,").lower() not in HONORIFICS]
    return words[-1].strip(".,;:()").lower() if words else ""


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph (a line of text) begins."""
    return [0] + [m.end() for m in re.finditer(r"\n+", text)]


def paragraph_of(starts: list[int], at: int) -> int:
    """The number of the paragraph holding offset `at`."""
    lo, hi = 0, len(starts)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if starts[mid] <= at else (lo, mid)
    return lo


def _runs(text: str) -> list[tuple[list[str], int, int]]:
    """Runs of capitalised words (sentence openers and honorifics dropped) with their spans."""
    runs = []
    for m in _NAME_RUN.finditer(text):
        words, start = m.group().split(), m.start()
        while words and (words[0] in NON_NAMES or words[0].lower() in HONORIFICS):
            start += len(words[0]) + 1
            words = words[1:]
        if words:
            runs.append((words, start, m.end()))
    return runs


def _full_names(runs: list[tuple[list[str], int, int]], speakers: list[str]) -> dict[str, str]:
    """Each surname's fullest name: the first run of two words or more ending in it, else a rules' speaker."""
    names: dict[str, str] = {}
    for speaker in speakers:
        if len(speaker.split()) >= 2:
            names.setdefault(key_of(speaker), speaker)
    for words, _, _ in runs:
        if len(words) >= 2:
            names.setdefault(key_of(" ".join(words)), " ".join(words))
    return names


def _sentence_start(text: str, at: int) -> bool:
    """Whether a mention opens its sentence or paragraph (a rough sign that it is the sentence's subject)."""
    before = text[max(0, at - 4):at].rstrip(" ")
    return not before or before[-1] in ".!?\n”\""


def _cue_adjacent(text: str, start: int, end: int) -> bool:
    """Whether a reporting verb stands within three words before or after a mention."""
    after = re.findall(r"[a-z]+", text[end:end + 40].lower())[:3]
    before = re.findall(r"[a-z]+", text[max(0, start - 40):start].lower())[-3:]
    return any(w in _CUES for w in after + before)


def mentions(text: str, speakers: list[str]) -> list[Mention]:
    """Every person named in the article: runs of two capitalised words or more, and single words that are the
    surname of such a run (or of a speaker the rules gave)."""
    runs = _runs(text)
    names = _full_names(runs, speakers)
    starts = paragraph_starts(text)
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    found = []
    for words, start, end in runs:
        key = key_of(" ".join(words))
        if key not in names or key in PRONOUNS:
            continue
        found.append(Mention(key, names[key], start, end, paragraph_of(starts, start), _sentence_start(text, start),
                             _cue_adjacent(text, start, end), any(a < start < b for a, b in quoted)))
    return found


def _distance(quote: ExtractedQuote, mention: Mention) -> int:
    """Characters between a quote and a mention (0 when they touch)."""
    return max(0, mention.start - quote.end, quote.start - mention.end)


class Setting(NamedTuple):
    """What a quotation's candidates are read against: the quote, its neighbours' speakers, the article."""

    quote: ExtractedQuote
    before: str
    after: str
    before_name: str | None
    paragraph: int
    people: list[Mention]


def _features(setting: Setting, key: str, near: list[Mention]) -> tuple[float, ...]:
    """Feature values of one candidate (in the order of FEATURES)."""
    q = setting.quote
    rules = key_of(q.speaker) == key and bool(q.speaker)
    every = [m for m in setting.people if m.key == key]
    return (
        float(rules), (q.confidence or 0.0) if rules else 0.0,
        float(key == setting.before), float(key == setting.after),
        *_nearest(setting, near),
        float(any(len(m.name.split()) >= 2 for m in every)), math.log1p(len(every)),
    )


def _nearest(setting: Setting, near: list[Mention]) -> tuple[float, ...]:
    """Features of a candidate's mention nearest the quote: distance, side, paragraphs between, cue, subject,
    inside a quotation (a candidate only the rules or the quote before give is far and has none of them)."""
    if not near:
        return (8.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0)
    q = setting.quote
    best = min(near, key=lambda m: _distance(q, m))
    gap = setting.paragraph - best.paragraph
    return (math.log1p(_distance(q, best)), float(best.start >= q.end), float(gap == 0), float(gap == 1),
            float(gap >= 2 or gap < 0), float(best.cue_adjacent), float(best.sentence_start),
            float(best.inside_quote))


def candidates(setting: Setting) -> list[Candidate]:
    """The candidate speakers of one quotation, nearest first, at most MOST of them besides the rules' own."""
    lo, hi = setting.paragraph - WINDOW_BEFORE, setting.paragraph + WINDOW_AFTER
    near: dict[str, list[Mention]] = {}
    for m in setting.people:
        if lo <= m.paragraph <= hi:
            near.setdefault(m.key, []).append(m)
    order = sorted(near, key=lambda k: min(_distance(setting.quote, m) for m in near[k]))[:MOST]
    names = {k: near[k][0].name for k in order}
    if setting.before_name and key_of(setting.before_name) not in names:
        names[key_of(setting.before_name)] = setting.before_name
    if setting.quote.speaker:
        # (The rules' own speaker keeps its name as the rules wrote it: choosing it changes nothing.)
        names[key_of(setting.quote.speaker)] = setting.quote.speaker
    return [Candidate(k, name, _features(setting, k, near.get(k, []))) for k, name in names.items()]


def article_settings(text: str, quotes: list[ExtractedQuote]) -> list[Setting]:
    """The setting of each quote of an article (quotes in text order)."""
    people = mentions(text, [q.speaker for q in quotes if q.speaker])
    starts = paragraph_starts(text)
    ordered = sorted(quotes, key=lambda q: q.start)
    settings = []
    for i, q in enumerate(ordered):
        before_name = ordered[i - 1].speaker if i else None
        after = key_of(ordered[i + 1].speaker) if i + 1 < len(ordered) else ""
        settings.append(Setting(q, key_of(before_name), after, before_name, paragraph_of(starts, q.start), people))
    return settings
