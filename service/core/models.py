"""Plain domain objects shared by the core, the stores and the API."""
from __future__ import annotations

from dataclasses import dataclass, field

QUOTE_KINDS = ("direct", "partial", "indirect", "imported")


@dataclass
class Speaker:
    """A person or organisation quotes are attributed to."""

    name: str
    id: int | None = None
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    wikidata: str | None = None
    quote_count: int | None = None


@dataclass
class Source:
    """A published document a quote appears in (an article, or an imported record's origin)."""

    id: int | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date


@dataclass
class Occurrence:
    """Where one quote stands in one source: character offsets into that source's text."""

    source: Source
    start: int | None = None
    end: int | None = None
    cue: str | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)  # pieces of a split quote
    confidence: float | None = None  # how surely this source credits the quote's speaker (0-1)
    method: str | None = None  # how: an extractor class, "dataset" (its probability) or "record"


@dataclass
class Quote:
    """A quote as stored: verbatim text, its speaker and every source it appears in."""

    text: str
    speaker: Speaker | None
    kind: str = "direct"
    date: str | None = None
    id: int | None = None
    context: str | None = None
    sources: list[Occurrence] = field(default_factory=list)
    first_seen: str | None = None
    # Runner-up speakers as (name, probability), from imports that carry them (Quotebank `probas`); a name of
    # None is the dataset's "None": nobody it could name.
    alternatives: list[tuple[str | None, float]] = field(default_factory=list)
    confidence: float | None = None  # the record's confidence, for a quote no source holds


@dataclass
class ExtractedQuote:
    """A quote found in an article's text by the extractor."""

    text: str
    start: int
    end: int
    kind: str  # direct | partial | indirect
    speaker: str | None  # the resolved full name, never a bare pronoun
    title: str | None = None
    cue: str | None = None
    date: str | None = None  # ISO date it was said, when the text gives one
    # The quoted pieces when a quote is split by its attribution (“A,” he said. “B.”); else one part.
    parts: list[tuple[int, int]] = field(default_factory=list)
    context: str | None = None  # the paragraph around it
    method: str | None = None  # how the speaker was found (an attribution class of extraction.confidence)
    confidence: float | None = None  # how surely the speaker is right (the class's calibrated accuracy)


@dataclass
class Claim:
    """What a verify submission claims: the words said and, if the text says so, who said them."""

    text: str  # the claimed words; quoted parts joined with " … " when there are several
    speaker: str | None = None  # attribution found in the submission itself
    quoted: bool = False  # True when the words came from inside quotation marks
    # The whole submission (less an attribution frame) when it has words outside the marks besides an attribution.
    whole: str | None = None
    # True when those outside words are not commentary either: the submitter may present all of it as the quote.
    whole_presented: bool = False


@dataclass
class DiffOp:
    """One word-level difference between a stored quote and a submission."""

    op: str  # equal | replace | insert | delete
    original: str
    submitted: str


@dataclass
class Alignment:
    """How a submission lines up with one quote's text."""

    score: float  # 0-100
    start: int  # span of the quote's text the submission aligns to
    end: int
    diff: list[DiffOp]
    wording: str  # exact | excerpt | altered
    matched_words: int = 0  # claim words equal to quote words
    span_words: int = 0  # quote words in the span, less those omitted at an ellipsis
    claim_words: int = 0  # words of the claim that count (all of them for a whole claim)
    quote_words: int = 0  # words of the whole quote
    reasons: list[str] = field(default_factory=list)  # why the wording is what it is (see `reasons`)


@dataclass
class Match:
    """A candidate quote with its alignment to the submission."""

    quote: Quote
    alignment: Alignment
    evidence: Evidence | None = None


@dataclass
class Earliest:
    """The first known publication of some words."""

    published: str | None
    source: Source | None = None


@dataclass
class SpeakerSupport:
    """Everything that credits some words to one candidate speaker (speaker None: sources that name nobody)."""

    speaker: Speaker | None
    sources: int = 0
    outlets: int = 0
    support: float = 0.0  # independent sources' confidences combined
    earliest: str | None = None
    appearances: list[Source] = field(default_factory=list)  # its sources, earliest first (a few)


@dataclass
class Evidence:
    """Every source carrying a passage's words, whoever they credit them to."""

    sources: int = 0
    outlets: int = 0
    earliest: Earliest | None = None
    speakers: list[SpeakerSupport] = field(default_factory=list)  # strongest support first


@dataclass
class Circulation:
    """An altered wording the index itself holds: since when it has circulated, and how widely."""

    quote: Quote
    evidence: Evidence


@dataclass
class Verdict:
    """The answer to a verify request."""

    verdict: str  # verified | misquoted | misattributed | disputed | not_found
    wording: str | None
    attribution: str | None  # confirmed | contradicted | disputed | not_claimed
    matches: list[Match]
    claimed_speaker: str | None = None
    claim_from: str | None = None  # request | text
    date_check: str | None = None  # consistent | inconsistent | unknown
    real_date: str | None = None
    reasons: list[str] = field(default_factory=list)
    circulating: Circulation | None = None  # the altered wording itself, when the index holds it


@dataclass
class ArticleInput:
    """An article to ingest: its text and whatever is known about where it was published."""

    text: str
    title: str | None = None
    url: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date


@dataclass
class QuoteRecord:
    """One quote to import as it comes from a dataset or the API (not extracted from an article)."""

    text: str
    speaker: str | None = None
    date: str | None = None
    source: Source | None = None
    context: str | None = None
    kind: str = "imported"
    title: str | None = None  # the speaker's role, when the record gives it
    wikidata: str | None = None  # the speaker's QID
    alternatives: list[tuple[str | None, float]] = field(default_factory=list)
    confidence: float | None = None  # how surely the speaker said it (None: 1.0, a record names its speaker)
    method: str | None = None  # "dataset" for a dataset's probability; None: "record"
