"""Who said these words, by the weight of every source that carries them.

The same words (exactly, or one wording contained in the other) stored under different speakers are one
body of evidence. Each source credits the words to a speaker with a confidence; per speaker, `support`
combines the confidences of *independent* sources as the chance that at least one of them is right
(1 - Π(1 - c)), where sources that are not independent count once, with the highest confidence among them:

- one outlet repeating itself: sources of the same outlet name or the same web domain;
- syndicated copies: sources with the same headline (a wire story carried by several outlets);
- a dataset's probability: one judgment per quotation, however many pages the dataset saw it on.

The evidence is computed from the candidates the index already handed to alignment: no further look-up.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .models import Circulation, Earliest, Evidence, Match, Occurrence, Quote, Source, Speaker, SpeakerSupport
from .reasons import CONFLICTING_SOURCES, NO_NAMED_SPEAKER, PARTIAL_NAME, WEAK_EVIDENCE
from .speakers import is_description, is_handle, joint_people
from .text import words

DATASET = "dataset"  # the method of a source whose confidence is a dataset's probability
UNSTATED = 1.0  # a source that states no confidence names its speaker outright (a record)
APPEARANCES = 10  # sources listed per candidate speaker (earliest first); the counts cover them all
MIN_PASSAGE_WORDS = 3  # fewer words than this single out no passage, nor a quote (verdict.MIN_CLAIM_WORDS)
# A shorter quote inside a longer one is a source of it from this many words, or from half its length: fewer are a
# phrase the longer one quotes ("a tweet that says ‘we see you’"), not an excerpt of it.
MIN_EXCERPT_WORDS = 6
VARIANT_SCORE = 85.0  # alignment score from which a different wording reads as a variant of the claim

SamePerson = Callable[[str, str, Iterable[str]], bool]


@dataclass(frozen=True)
class Thresholds:
    """Where support becomes strong (it can confirm) and substantial (it can stand against another)."""

    strong: float = 0.8
    substantial: float = 0.5

    def __post_init__(self) -> None:
        if not 0.0 <= self.substantial <= self.strong <= 1.0:
            raise ValueError(f"support thresholds must satisfy 0 <= substantial ({self.substantial}) <= strong "
                             f"({self.strong}) <= 1")


DEFAULT_THRESHOLDS = Thresholds()  # the contract's defaults


@dataclass
class _Item:
    """One source crediting the words to one candidate (speaker None: the source can name nobody)."""

    speaker: Speaker | None
    confidence: float | None  # None: a publication of the words that credits them to nobody
    source: Source | None
    group: str  # sources with the same group are one piece of evidence


def combine(confidences: Iterable[float]) -> float:
    """The support of independent sources: the chance that at least one of them is right."""
    doubt = 1.0
    for confidence in confidences:
        doubt *= 1.0 - min(1.0, max(0.0, confidence))
    return round(1.0 - doubt, 4)


def _independent(items: list[_Item]) -> list[float]:
    """The confidence of each independent piece of evidence: items joined by outlet, domain, headline or
    group, each joined set counting once at its highest confidence."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        for key in _keys(item):
            if key in seen:
                parent[root(i)] = root(seen[key])
            else:
                seen[key] = i
    best: dict[int, float] = {}
    for i, item in enumerate(items):
        r = root(i)
        best[r] = max(best.get(r, 0.0), item.confidence or 0.0)
    return list(best.values())


def _keys(item: _Item) -> list[str]:
    """What makes two sources one: the same group, outlet, web domain or headline."""
    keys = [f"group:{item.group}"]
    source = item.source
    if source is not None:
        keys += [f"outlet:{key}" for key in (outlet_key(source),) if key]
        if source.outlet and source.outlet.strip():
            keys.append("outlet:" + " ".join(words(source.outlet)))  # the same outlet with and without urls
        if source.title and len(source.title.split()) >= 3:
            keys.append("title:" + " ".join(words(source.title)))
    return keys


_HOST = re.compile(r"^[a-z][a-z0-9+.\-]*://(?:[^/@?#]*@)?([^/:?#]+)", re.IGNORECASE)
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu"}


def outlet_key(source: Source) -> str | None:
    """The outlet a source belongs to: its web domain ("bbc.co.uk" for www.bbc.co.uk/news/…), else its outlet
    name, else None."""
    host = _HOST.match(source.url or "")
    if host:
        labels = host[1].lower().removeprefix("www.").split(".")
        keep = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 2
        return ".".join(labels[-keep:])
    if source.outlet and source.outlet.strip():
        return " ".join(words(source.outlet)) or None
    return None


def same_passage(anchor: list[str], other: list[str]) -> bool:
    """Whether another quote's words carry the passage of the anchor's: the same words, or the anchor's words
    running unbroken inside them, or theirs inside the anchor's when they are long enough to be an excerpt of it
    rather than a phrase it quotes: at least MIN_PASSAGE_WORDS, and MIN_EXCERPT_WORDS or half the anchor's (an
    ‘a-ha!’ quoted inside a sentence is no source of the sentence, nor is a tweet's ‘we see you’ that a lawyer's
    question quotes; the longer quote holding the anchor's words is always one)."""
    if not anchor or not other:
        return False
    if len(other) < len(anchor):
        if len(other) < MIN_PASSAGE_WORDS or (len(other) < MIN_EXCERPT_WORDS and 2 * len(other) < len(anchor)):
            return False
        return _inside(other, anchor)
    return len(anchor) >= min(len(other), MIN_PASSAGE_WORDS) and _inside(anchor, other)


def _inside(short: list[str], long: list[str]) -> bool:
    """Whether the shorter word list runs unbroken inside the longer one."""
    return f" {' '.join(short)} " in f" {' '.join(long)} "


def gather(anchor: Quote, candidates: Iterable[Quote], same_person: SamePerson,
           worded: dict[int | None, list[str]] | None = None) -> Evidence:
    """The evidence for the words of `anchor`: every candidate quote holding the same passage, under any
    speaker, with each of its sources and each runner-up speaker a dataset gave (`worded`: the candidates'
    words, when the caller has them already)."""
    worded = {} if worded is None else worded
    mine = worded.get(anchor.id) or words(anchor.text)
    body, ids = [anchor], {anchor.id}
    for quote in candidates:
        if quote.id not in ids and same_passage(mine, worded.get(quote.id) or words(quote.text)):
            body.append(quote)
            ids.add(quote.id)
    items: list[_Item] = []
    for quote in body:
        items += _items_of(quote)
    return _weigh(items, same_person)


def _items_of(quote: Quote) -> list[_Item]:
    """The evidence one stored quote gives: its sources for its speaker, and a dataset's runner-ups."""
    items: list[_Item] = []
    places: list[Occurrence | None] = list(quote.sources) or [None]
    dataset = any(o is not None and o.method == DATASET for o in places)
    for o in places:
        source = o.source if o is not None else None
        method = o.method if o is not None else None
        confidence = o.confidence if o is not None else quote.confidence
        group = f"{DATASET}:{quote.id}" if method == DATASET else f"source:{source.id if source else quote.id}"
        if quote.speaker is None and method != DATASET:
            # Words an article quotes without naming who said them: a publication, not an attribution.
            items.append(_Item(None, None, source, group))
            continue
        items.append(_Item(quote.speaker, UNSTATED if confidence is None else confidence, source, group))
    if quote.alternatives:
        for o in places:
            source = o.source if o is not None else None
            group = f"{DATASET}:{quote.id}" if dataset else f"source:{source.id if source else quote.id}"
            for name, probability in quote.alternatives:
                items.append(_Item(Speaker(name) if name else None, float(probability), source, group))
    return items


def _weigh(items: list[_Item], same_person: SamePerson) -> Evidence:
    """Group the items by candidate speaker and total them up."""
    candidates: list[tuple[Speaker | None, list[_Item]]] = []
    for item in items:
        if item.confidence is None:
            continue
        for speaker, group in candidates:
            if _same_candidate(speaker, item.speaker, same_person):
                group.append(item)
                break
        else:
            candidates.append((item.speaker, [item]))
    supports = []
    for speaker, group in candidates:
        sources = {_source_id(i) for i in group}
        outlets = _outlets(i.source for i in group)
        dates = [i.source.published for i in group if i.source and i.source.published]
        seen = {i.source.id if i.source.id is not None else id(i.source): i.source for i in group if i.source}
        listed = sorted(seen.values(), key=lambda s: (s.published or "9999", s.id or 0))[:APPEARANCES]
        supports.append(SpeakerSupport(speaker, len(sources), outlets, combine(_independent(group)),
                                       min(dates) if dates else None, listed))
    supports.sort(key=lambda s: (-s.support, s.speaker is None, s.earliest or "9999"))
    dated = [i.source for i in items if i.source and i.source.published]
    first = min(dated, key=lambda s: (s.published, s.id or 0)) if dated else None
    return Evidence(sources=len({_source_id(i) for i in items}), outlets=_outlets(i.source for i in items),
                    earliest=Earliest(first.published, first) if first else None, speakers=supports)


def _source_id(item: _Item) -> str:
    return f"source:{item.source.id}" if item.source is not None and item.source.id is not None else item.group


def _outlets(sources: Iterable[Source | None]) -> int:
    """How many distinct outlets (or web domains) the sources come from; a source of neither counts alone."""
    keys = set()
    for source in sources:
        if source is None:
            continue
        keys.add(outlet_key(source) or f"source:{source.id}")
    return len(keys)


def _same_candidate(a: Speaker | None, b: Speaker | None, same_person: SamePerson) -> bool:
    """Whether two credited speakers are one candidate: the same stored speaker, or a dataset's name for one."""
    if a is None or b is None:
        return a is None and b is None
    if a.id is not None and b.id is not None:
        return a.id == b.id
    return same_person(b.name, a.name, a.aliases) or same_person(a.name, b.name, b.aliases)


def attach(matches: list[Match], candidates: list[Quote], same_person: SamePerson) -> list[Match]:
    """Give each match the evidence for its words among the candidates."""
    worded = {quote.id: words(quote.text) for quote in candidates}
    for match in matches:
        match.evidence = gather(match.quote, candidates, same_person, worded)
    return matches


def trace_misquote(matches: list[Match]) -> tuple[list[Match], Circulation | None]:
    """Find where a misquote comes from when the index holds the altered wording itself.

    The submitted words may match a stored copy exactly while a close but different wording was published
    earlier and by more outlets: that earlier, wider wording is the original and goes first (the claim is
    then misquoted), and the copy tells since when the misquote has circulated. A wording that is neither
    earlier nor wider than the copy stands as said (people do say similar things twice).
    """
    copied = matches[0].evidence if matches else None
    if copied is None or matches[0].alignment.wording == "altered":
        return matches, None
    for n, match in enumerate(matches[1:], 1):
        if match.alignment.wording == "altered" and match.evidence is not None and (
                _earlier_and_wider(match.evidence, copied)):
            return [match, *matches[:n], *matches[n + 1:]], Circulation(matches[0].quote, copied)
    return matches, None


def earlier_variant(matches: list[Match]) -> bool:
    """Whether a close but different wording credited to the same speaker was published before the matched
    one, without being wider (else `trace_misquote` takes it as the original): which is the original the
    evidence cannot tell, and the answer says so."""
    copied = matches[0].evidence if matches else None
    if copied is None or copied.earliest is None or matches[0].alignment.wording == "altered":
        return False
    for match in matches[1:]:
        other = match.evidence
        if (match.alignment.wording == "altered" and match.alignment.score >= VARIANT_SCORE and other is not None
                and other.earliest is not None and _top(other) is not None and _top(other) == _top(copied)
                and (other.earliest.published or "9999") < (copied.earliest.published or "")):
            return True
    return False


def _top(evidence: Evidence) -> int | str | None:
    """The best supported named candidate of some evidence, by id (else name)."""
    for candidate in evidence.speakers:
        if candidate.speaker is not None:
            return candidate.speaker.id if candidate.speaker.id is not None else candidate.speaker.name
    return None


def _earlier_and_wider(original: Evidence, copy: Evidence) -> bool:
    """Whether one wording was published before another and by more outlets."""
    if original.earliest is None or copy.earliest is None:
        return False
    return (original.earliest.published or "9999") < (copy.earliest.published or "") and (
        original.outlets > copy.outlets)


def _names_no_one(name: str) -> bool:
    """Tell whether a candidate speaker is an online handle or a description, which names no one who can be told
    from a claimed person (people named together, "Lena Ortiz and Tom Baker", are named)."""
    return is_handle(name) or any(is_description(person) for person in joint_people(name))


def judge(evidence: Evidence, is_claimed: Callable[[Speaker], bool] | None,
          thresholds: Thresholds = DEFAULT_THRESHOLDS,
          may_be_claimed: Callable[[Speaker], bool] | None = None) -> tuple[str, list[str]]:
    """The attribution the evidence supports and why: confirmed, contradicted or disputed for a claimed
    speaker (`is_claimed` tells which candidates are the one claimed, `may_be_claimed` which others may be that
    person under part of their name); without a claim disputed or not_claimed."""
    named = [s for s in evidence.speakers if s.speaker is not None]
    reasons = []
    if named and max(s.support for s in named) < thresholds.strong:
        reasons.append(WEAK_EVIDENCE)
    if not named:
        reasons.append(NO_NAMED_SPEAKER)
    if is_claimed is None:
        if sum(s.support >= thresholds.substantial for s in named) >= 2:
            return "disputed", [CONFLICTING_SOURCES, *reasons]
        return "not_claimed", reasons
    claimed = max((s.support for s in named if s.speaker is not None and is_claimed(s.speaker)), default=0.0)
    others = [s for s in evidence.speakers if s.speaker is None or not is_claimed(s.speaker)]
    rival = max((s.support for s in others), default=0.0)
    # (An account's handle names no one who can be told from the claimed person, nor does a description ("user",
    # "a spokesman"): against them it disputes, it never contradicts.)
    # (Nor does a name written with part of the claimed one's words: "Te Kaurinui" for "Te Kaurinui Robert Parata".)
    partial = [s for s in others if s.speaker is not None and may_be_claimed is not None and may_be_claimed(s.speaker)]
    named_rival = max((s.support for s in others if s.speaker is not None and not _names_no_one(s.speaker.name) and (
        all(s is not p for p in partial))), default=0.0)
    if claimed >= thresholds.strong and rival < thresholds.substantial:
        return "confirmed", reasons
    if named_rival >= thresholds.strong and claimed < thresholds.substantial:
        return "contradicted", reasons
    if any(s.support >= thresholds.strong for s in partial) and claimed < thresholds.substantial:
        reasons.insert(0, PARTIAL_NAME)
    if (claimed >= thresholds.substantial) + sum(s.support >= thresholds.substantial for s in others) >= 2:
        reasons.insert(0, CONFLICTING_SOURCES)
    return "disputed", reasons
