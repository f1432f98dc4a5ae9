"""schema.org ClaimReview JSON-LD for a stored quote and for a verify answer (Accept: application/ld+json)."""
from __future__ import annotations

from datetime import UTC, datetime

WIKIDATA_ENTITY = "https://www.wikidata.org/wiki/"
# Verdict -> (ratingValue on a 1..5 scale, where 5 is "said exactly so by that person", explanation).
RATINGS = {
    "verified": (5, "The wording and the speaker match a published source."),
    "misquoted": (2, "A published quote is close, but the words were changed."),
    "misattributed": (1, "The words were said, but by someone else."),
    # Mid-scale, and said in words: neither true nor false is known, so neither end of the scale fits.
    "disputed": (3, "Disputed: published sources disagree about who said these words, or the evidence is too "
                    "weak to say who did."),
    "not_found": (None, "No published quote close enough was found; this is not a finding that it is false."),
}
BEST_RATING, WORST_RATING = 5, 1


def quote_claimreview(quote: dict, base_url: str, reviewed_on: str | None = None) -> dict:
    """Return a ClaimReview of a stored quote (the API's quote shape): who said it, where and when."""
    speaker = quote.get("speaker") or {}
    review = _claimreview(
        claim_text=quote.get("text") or "",
        claim_author=_person(speaker),
        claim_date=quote.get("date") or quote.get("first_seen"),
        appearances=quote.get("sources") or [],
        verdict="verified",
        reviewed_on=reviewed_on,
        base_url=base_url,
    )
    if quote.get("id") is not None:
        review["url"] = f"{_root(base_url)}/v1/quotes/{quote['id']}"
    return review


def verify_claimreview(request: dict, result: dict, base_url: str, reviewed_on: str | None = None) -> dict:
    """Return a ClaimReview of a verify request given its answer: the claim as submitted, rated by the verdict."""
    matches = result.get("matches") or []
    best = (matches[0].get("quote") or {}) if matches else {}
    real_speaker = best.get("speaker") or {}
    claimed = request.get("speaker") or result.get("claimed_speaker")
    # The claim is "<claimed speaker> said <text>"; with no claimed speaker it is the words alone,
    # and the real speaker found for them is who the claim is about.
    if claimed:
        same = real_speaker.get("name") and result.get("attribution") == "confirmed"
        author = _person(real_speaker) if same else {"@type": "Person", "name": claimed}
    else:
        author = _person(real_speaker)
    verdict = result.get("verdict") or "not_found"
    review = _claimreview(
        claim_text=request.get("text") or "",
        claim_author=author,
        claim_date=request.get("date") or best.get("date"),
        appearances=best.get("sources") or [],
        verdict=verdict,
        reviewed_on=reviewed_on,
        base_url=base_url,
    )
    if verdict == "disputed":
        # Who the sources credit, so the review says what the dispute is.
        evidence = (matches[0].get("evidence") or {}) if matches else {}
        review["reviewRating"]["ratingExplanation"] += " " + _candidates_sentence(evidence.get("speakers") or [])
    if best.get("id") is not None:
        # The evidence: the stored quote the verdict rests on.
        review["isBasedOn"] = {
            "@type": "Quotation",
            "text": best.get("text"),
            "url": f"{_root(base_url)}/v1/quotes/{best['id']}",
            **({"creator": _person(real_speaker)} if real_speaker.get("name") else {}),
        }
    return review


def _claimreview(claim_text, claim_author, claim_date, appearances, verdict, reviewed_on, base_url) -> dict:
    """Assemble the ClaimReview object shared by both kinds of review."""
    value, explanation = RATINGS.get(verdict, RATINGS["not_found"])
    rating = {
        "@type": "Rating",
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": verdict,
        "ratingExplanation": explanation,
    }
    if value is not None:
        rating["ratingValue"] = value
    claim: dict = {"@type": "Claim"}
    if claim_author:
        claim["author"] = claim_author
    if claim_date:
        claim["datePublished"] = claim_date
    works = [_creative_work(source) for source in appearances if source.get("url")]
    if works:
        claim["appearance"] = works
        claim["firstAppearance"] = min(works, key=lambda work: work.get("datePublished") or "9999")
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim_text,
        "itemReviewed": claim,
        "reviewRating": rating,
        "author": _organization(base_url),
        "datePublished": reviewed_on or datetime.now(UTC).date().isoformat(),
    }


def _candidates_sentence(candidates: list[dict]) -> str:
    """"Credited to A (2 outlets, since 2024-03-01; support 0.99) and to nobody named (...)"."""
    parts = []
    for candidate in candidates:
        name = (candidate.get("speaker") or {}).get("name") or "nobody named"
        outlets = candidate.get("outlets") or 0
        since = f", since {candidate['earliest']}" if candidate.get("earliest") else ""
        parts.append(f"{name} ({outlets} outlet{'s' if outlets != 1 else ''}{since}; "
                     f"support {candidate.get('support', 0):.2f})")
    return ("Credited to " + "; to ".join(parts) + ".") if parts else "No source names a speaker."


def _organization(base_url: str) -> dict:
    """Return this service as the schema.org Organization that published the review."""
    organization = {"@type": "Organization", "name": "quotecheck"}
    if _root(base_url):
        organization["url"] = _root(base_url)
    return organization


def _person(speaker: dict) -> dict | None:
    """Return a schema.org Person for a speaker, linked to Wikidata when its QID is known."""
    if not speaker or not speaker.get("name"):
        return None
    person = {"@type": "Person", "name": speaker["name"]}
    if speaker.get("title"):
        person["jobTitle"] = speaker["title"]
    if speaker.get("wikidata"):
        person["sameAs"] = WIKIDATA_ENTITY + speaker["wikidata"]
    return person


def _creative_work(source: dict) -> dict:
    """Return a schema.org CreativeWork for one source of a quote."""
    work = {"@type": "CreativeWork", "url": source["url"]}
    if source.get("title"):
        work["headline"] = source["title"]
    if source.get("published"):
        work["datePublished"] = source["published"]
    if source.get("author"):
        work["author"] = {"@type": "Person", "name": source["author"]}
    if source.get("outlet"):
        work["publisher"] = {"@type": "Organization", "name": source["outlet"]}
    return work


def _root(base_url: str) -> str:
    """Return the base url without a trailing slash."""
    return (base_url or "").rstrip("/")
