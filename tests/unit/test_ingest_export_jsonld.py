"""schema.org ClaimReview JSON-LD for quotes and verify answers."""
from service.api.jsonld import quote_claimreview, verify_claimreview

QUOTE = {
    "id": 11,
    "text": "The military alliance’s door remains open",
    "kind": "direct",
    "date": "2022-01-28",
    "speaker": {"id": 7, "name": "Anthony Blinken", "title": "US Secretary of State", "wikidata": "Q7"},
    "sources": [
        {"id": 2, "url": "https://example.org/later", "title": "Later", "published": "2022-02-02"},
        {"id": 1, "url": "https://example.org/nato", "title": "US and NATO Respond", "author": "N. K.",
         "outlet": "Example", "published": "2022-01-28"},
    ],
}


def verify_result(verdict, attribution="not_claimed", claimed=None):
    result = {"verdict": verdict, "wording": "exact", "attribution": attribution,
              "matches": [{"quote": QUOTE, "score": 100.0, "span": {"start": 0, "end": 41}, "diff": []}]}
    if claimed:
        result["claimed_speaker"] = claimed
    return result


def test_quote_review_is_a_claimreview_of_the_quote_by_its_speaker():
    review = quote_claimreview(QUOTE, "https://qc.example/", reviewed_on="2024-05-01")
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == QUOTE["text"]
    assert review["url"] == "https://qc.example/v1/quotes/11"
    assert review["datePublished"] == "2024-05-01"
    assert review["author"] == {"@type": "Organization", "name": "quotecheck", "url": "https://qc.example"}
    claim = review["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert claim["author"]["name"] == "Anthony Blinken"
    assert claim["author"]["sameAs"] == "https://www.wikidata.org/wiki/Q7"
    assert claim["datePublished"] == "2022-01-28"
    assert [w["url"] for w in claim["appearance"]] == ["https://example.org/later", "https://example.org/nato"]
    assert claim["firstAppearance"]["url"] == "https://example.org/nato"
    assert review["reviewRating"]["alternateName"] == "verified"
    assert review["reviewRating"]["ratingValue"] == review["reviewRating"]["bestRating"] == 5


def test_misattributed_claim_is_authored_by_the_claimed_speaker_and_rated_worst():
    request = {"text": "The military alliance’s door remains open", "speaker": "Jens Stoltenberg"}
    result = verify_result("misattributed", "contradicted", "Jens Stoltenberg")
    review = verify_claimreview(request, result, "https://qc.example")
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Jens Stoltenberg"}
    assert review["reviewRating"]["alternateName"] == "misattributed"
    assert review["reviewRating"]["ratingValue"] == review["reviewRating"]["worstRating"] == 1
    assert review["isBasedOn"]["creator"]["name"] == "Anthony Blinken"
    assert review["isBasedOn"]["url"] == "https://qc.example/v1/quotes/11"


def test_misquoted_claim_reviews_the_submitted_words():
    request = {"text": "The military alliance’s door remains closed"}
    review = verify_claimreview(request, verify_result("misquoted"), "https://qc.example")
    assert review["claimReviewed"] == "The military alliance’s door remains closed"
    assert review["reviewRating"]["alternateName"] == "misquoted"
    assert 1 < review["reviewRating"]["ratingValue"] < 5


def test_not_found_has_no_numeric_rating_and_no_appearance():
    review = verify_claimreview({"text": "Never said"}, {"verdict": "not_found", "matches": []}, "")
    assert "ratingValue" not in review["reviewRating"]
    assert review["reviewRating"]["alternateName"] == "not_found"
    assert "appearance" not in review["itemReviewed"]
    assert "isBasedOn" not in review
    assert "url" not in review["author"]
