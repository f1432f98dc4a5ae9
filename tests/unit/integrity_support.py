"""A verify in the domain core, as the service runs it, over a handful of quotes (for the verdict-integrity
suites: no store, no index)."""
from __future__ import annotations

from service.core.claim import parse_claim
from service.core.models import Occurrence, Quote, Source, Speaker, Verdict
from service.core.speakers import person_matches
from service.core.verdict import choose_reading, decide, rank_matches


def quote(text: str, speaker: str = "Hans Kettle", quote_id: int = 1, speaker_id: int | None = None) -> Quote:
    """A stored quote with one source."""
    source = Source(id=quote_id, url=f"https://news.example/{quote_id}", title="Report", published="2024-03-01")
    return Quote(text=text, speaker=Speaker(name=speaker, id=speaker_id or quote_id), id=quote_id,
                 date="2024-03-01", sources=[Occurrence(source, 0, len(text))])


def verify(submission: str, quotes: list[Quote], speaker: str | None = None) -> Verdict:
    """The verdict on a submission when the index holds these quotes (every one a candidate)."""
    claim = parse_claim(submission)
    claimed = speaker or claim.speaker
    matches = rank_matches(claim.text, quotes, claimed, person_matches)
    text = claim.text
    if claim.whole:
        text, matches = choose_reading(claim.text, matches, claim.whole,
                                       rank_matches(claim.whole, quotes, claimed, person_matches),
                                       claim.whole_presented)
    return decide(matches, claimed, person_matches, claim=text)


def changes(verdict: Verdict) -> list[tuple[str, str, str]]:
    """The best match's non-equal diff operations, stripped: (op, original, submitted)."""
    diff = verdict.matches[0].alignment.diff if verdict.matches else []
    return [(d.op, d.original.strip(" ,."), d.submitted.strip(" ,.")) for d in diff if d.op != "equal"]
