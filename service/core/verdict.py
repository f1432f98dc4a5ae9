"""The verdict on a claim, by the contract's rules: verified, misquoted, misattributed, disputed or not_found."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date as Date

from . import reasons as R
from .align import align, is_close, only_added_around, word_count
from .evidence import DEFAULT_THRESHOLDS, MIN_PASSAGE_WORDS, Thresholds, attach, judge
from .models import Evidence, Match, Quote, Speaker, Verdict
from .speakers import part_of_name, same_role
from .text import content_words, words

SamePerson = Callable[[str, str, Iterable[str]], bool]
DATE_TOLERANCE_DAYS = 7


def rank_matches(claim: str, candidates: Iterable[Quote], claimed_speaker: str | None,
                 same_person: SamePerson) -> list[Match]:
    """Align the claim with each candidate and order the close ones, best first.

    Higher score wins; on a tie the claimed speaker's quote comes first (the same words said by two
    people), then one with a known speaker, then the earliest.
    """
    scored = []
    for quote in candidates:
        alignment = align(claim, quote.text)
        if alignment is None or not is_close(alignment):
            continue
        speaks = bool(claimed_speaker and quote.speaker and _is_speaker(quote, claimed_speaker, same_person))
        scored.append((-alignment.score, not speaks, quote.speaker is None, quote.first_seen or quote.date or "9999",
                       quote.id or 0, Match(quote, alignment)))
    scored.sort(key=lambda row: row[:5])
    return [row[-1] for row in scored]


MIN_PARAPHRASE_WORDS = 2  # content words a paraphrase must share with the claimed speaker's quote
MIN_AFFIX_MATCH = 5  # a word inside a longer one counts as shared from this length ("escalate" in "de-escalate")


def paraphrase_matches(claim: str, candidates: Iterable[Quote], claimed_speaker: str | None,
                       same_person: SamePerson) -> list[Match]:
    """The claimed speaker's quotes that share most of a paraphrase's content words, closest first.

    For a claim no quote matches closely ("Stoltenberg said NATO will escalate"): what that speaker did say
    about it ("… immediately de-escalate the situation. NATO firmly believes …") is the answer a fact-checker
    needs, as a misquotation. A word inside a longer one counts ("escalate" in "de-escalate"), since a
    dropped prefix is a common distortion.
    """
    wanted = content_words(claim)
    if not claimed_speaker or len(wanted) < MIN_PARAPHRASE_WORDS:
        return []
    scored = []
    for quote in candidates:
        if not quote.speaker or not _is_speaker(quote, claimed_speaker, same_person):
            continue
        said = set(words(quote.text))
        shared = sum(1 for word in wanted if word in said or (len(word) >= MIN_AFFIX_MATCH and any(
            word in other or (len(other) >= MIN_AFFIX_MATCH and other in word) for other in said)))
        if shared < max(MIN_PARAPHRASE_WORDS, len(wanted) / 2):
            continue
        alignment = align(claim, quote.text)
        if alignment is not None and alignment.wording == "altered":
            scored.append((-shared, -alignment.score, quote.id or 0, Match(quote, alignment)))
    scored.sort(key=lambda row: row[:3])
    return [row[-1] for row in scored]


def choose_reading(parts: str, matches: list[Match], whole: str, whole_matches: list[Match],
                   presented: bool = True) -> tuple[str, list[Match]]:
    """Choose between a claim's quoted parts and the whole submission (SPEC, "Which words are claimed").

    The whole submission wins when it matches a quote as it stands (quoted speech with inner marks). When
    the submitter may have `presented` all of it as the quote (the words outside the marks are no
    commentary), it also wins when those words change the quote the parts match (a changed number beside a
    scare-quoted phrase): a reading that leaves out words presented as the quote never verifies. The quoted
    parts win when the words around them only stand before or after that quote (narration, commentary).
    Returns the reading and its matches.
    """
    if whole_matches and whole_matches[0].alignment.wording != "altered":
        return whole, whole_matches
    if not presented:
        return parts, matches
    if matches:
        around = align(whole, matches[0].quote.text)
        if around is None or only_added_around(around):
            return parts, matches
        return whole, [Match(matches[0].quote, around), *whole_matches]
    return whole, whole_matches


def decide(matches: list[Match], claimed_speaker: str | None, same_person: SamePerson,
           claim_from: str | None = None, claimed_date: str | None = None,
           thresholds: Thresholds = DEFAULT_THRESHOLDS, claim: str | None = None) -> Verdict:
    """Turn ranked matches into the verdict, wording, attribution and date check.

    The attribution comes from the evidence of the best match (every source of its words, whoever they
    credit); matches without evidence get it from the matches themselves. With the claimed words given
    (`claim`), a claim too short or too common to single out one quote is not_found with reason too_short,
    whatever matched.
    """
    short = claim is not None and too_short(claim, matches)
    if not matches or short:
        return Verdict(verdict="not_found", wording=None,
                       attribution="not_claimed" if not claimed_speaker else None,
                       matches=[], claimed_speaker=claimed_speaker, claim_from=claim_from,
                       date_check="unknown" if claimed_date else None,
                       reasons=[R.TOO_SHORT if short else R.NO_MATCH])
    best = matches[0]
    evidence = best.evidence
    if evidence is None:
        evidence = attach(matches, [m.quote for m in matches], same_person)[0].evidence or Evidence()
    wording = best.alignment.wording
    claimed = claimed_speaker
    is_claimed = (lambda speaker: _speaker_is(speaker, claimed, same_person)) if claimed else None
    may_be_claimed = (lambda speaker: part_of_name(claimed, speaker.name)) if claimed else None
    attribution, evidence_reasons = judge(evidence, is_claimed, thresholds, may_be_claimed)
    if attribution == "contradicted":
        verdict = "misattributed"
    elif wording == "altered":
        verdict = "misquoted"
    elif attribution == "disputed":
        verdict = "disputed"
    else:
        verdict = "verified"
    if attribution == "contradicted" or not claimed:
        matches = _strongest_first(matches)  # (a claimed speaker with support of its own stays first)
    check, real = date_check(matches[0].quote, claimed_date)
    return Verdict(verdict=verdict, wording=wording, attribution=attribution, matches=matches,
                   claimed_speaker=claimed_speaker, claim_from=claim_from, date_check=check, real_date=real,
                   reasons=verdict_reasons(best, attribution, check, evidence_reasons))


def _strongest_first(matches: list[Match]) -> list[Match]:
    """Put first, among the matches as close as the best, the quote of the speaker the evidence supports most
    (the real speaker a misattribution names)."""
    best = matches[0]
    top = next((s.speaker for s in best.evidence.speakers if s.speaker is not None), None) if best.evidence else None
    if top is None or top.id is None or (best.quote.speaker is not None and best.quote.speaker.id == top.id):
        return matches
    for n, match in enumerate(matches[1:], 1):
        if match.alignment.score < best.alignment.score:
            break
        if match.quote.speaker is not None and match.quote.speaker.id == top.id:
            return [match, *matches[:n], *matches[n + 1:]]
    return matches




def verdict_reasons(best: Match, attribution: str | None, check: str | None,
                    evidence_reasons: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The reasons of a verdict on its best match: the wording's, the evidence's, the speaker's and the date's."""
    found = list(best.alignment.reasons)
    if best.alignment.wording == "excerpt" and not found:
        found.append(R.EXCERPT)
    found.extend(reason for reason in evidence_reasons if reason not in found)
    if attribution == "contradicted" and R.SPEAKER_DIFFERS not in found:
        found.append(R.SPEAKER_DIFFERS)
    elif attribution is None and not evidence_reasons:
        found.append(R.SPEAKER_UNKNOWN)
    if check == "inconsistent":
        found.append(R.DATE_INCONSISTENT)
    return found


MIN_CLAIM_WORDS = MIN_PASSAGE_WORDS  # fewer words than this single out no quote
COMMON_CLAIM_WORDS = 6  # a claim this short said word for word by several speakers is too common...
COMMON_SPEAKERS = 3  # ...when at least this many speakers' quotes contain it


def too_short(claim: str, matches: list[Match]) -> bool:
    """Tell whether a claim is too short or too common to single out one quote (SPEC, "Which words are
    claimed"): fewer than three words, or a few words that several speakers' quotes all contain."""
    count = word_count(claim)
    if count < MIN_CLAIM_WORDS:
        return True
    if count > COMMON_CLAIM_WORDS:
        return False
    verbatim = {_speaker_key(m.quote) for m in matches
                if m.alignment.wording != "altered" and m.alignment.matched_words >= count}
    return len(verbatim) >= COMMON_SPEAKERS


def _speaker_key(quote: Quote) -> str:
    """Who a quote is credited to, for counting distinct speakers (an unnamed source counts once per quote)."""
    if quote.speaker is None:
        return f"#quote-{quote.id}"
    return str(quote.speaker.id) if quote.speaker.id is not None else quote.speaker.name.casefold()


def date_check(quote: Quote, claimed_date: str | None) -> tuple[str | None, str | None]:
    """Compare a claimed date with the quote's date and its sources' dates (a week either way)."""
    real = quote.date or quote.first_seen
    if not claimed_date:
        return None, real
    claimed = _parse(claimed_date)
    known = [d for d in (_parse(quote.date), *(_parse(o.source.published) for o in quote.sources)) if d]
    if claimed is None or not known:
        return "unknown", real
    if any(abs((d - claimed).days) <= DATE_TOLERANCE_DAYS for d in known):
        return "consistent", real
    return "inconsistent", real


def _is_speaker(quote: Quote, claimed: str, same_person: SamePerson) -> bool:
    """Tell whether the claimed speaker is this quote's."""
    return quote.speaker is not None and _speaker_is(quote.speaker, claimed, same_person)


def _speaker_is(speaker: Speaker, claimed: str, same_person: SamePerson) -> bool:
    """Tell whether the claimed speaker is this one: by name, by role ("NATO Secretary-General"), or by
    name and role ("Stoltenberg, NATO's secretary-general")."""
    if same_person(claimed, speaker.name, speaker.aliases) or same_role(claimed, speaker.title):
        return True
    named, _, role = claimed.partition(",")
    return bool(named.strip() and role.strip()) and same_person(named, speaker.name, speaker.aliases) and (
        not speaker.title or same_role(role, speaker.title))


def _parse(value: str | None) -> Date | None:
    """Read an ISO date (or the date part of a timestamp); None when it is not one."""
    if not value:
        return None
    try:
        return Date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
