"""schema.org ClaimReview JSON-LD for quotes and verify answers, on request."""
from __future__ import annotations

LD = {"Accept": "application/ld+json"}
DOOR = "The military alliance’s door remains open"


def test_a_quote_is_served_as_claimreview_when_asked(client):
    quote_id = client.post("/v1/verify", json={"text": DOOR}).get_json()["matches"][0]["quote"]["id"]
    response = client.get(f"/v1/quotes/{quote_id}", headers=LD)
    assert response.mimetype == "application/ld+json"
    body = response.get_json()
    assert body["@context"] == "https://schema.org" and body["@type"] == "ClaimReview"
    assert body["claimReviewed"] == DOOR
    assert body["itemReviewed"]["author"]["name"] == "Anthony Blinken"


def test_a_verify_answer_is_served_as_claimreview_with_its_verdict(client):
    response = client.post("/v1/verify", json={"text": DOOR, "speaker": "Stoltenberg"}, headers=LD)
    body = response.get_json()
    assert response.mimetype == "application/ld+json"
    assert body["reviewRating"]["alternateName"] == "misattributed"


def test_plain_json_stays_the_default(client):
    response = client.post("/v1/verify", json={"text": DOOR}, headers={"Accept": "*/*"})
    assert response.mimetype == "application/json" and response.get_json()["verdict"] == "verified"


def test_a_disputed_answer_is_rated_disputed_in_words_with_each_candidate(empty_client):
    words = "Every family in this city deserves a bus that comes on time"
    for n, (outlet, speaker) in enumerate((("harbourtimes", "Councillor Megan Pryce"), ("citypost", "Mayor Tom Wray"))):
        text = f"Bus plan\n\n{speaker} spoke on Tuesday.\n“{words},” {speaker} said.\n"
        empty_client.post("/v1/articles", json={"text": text, "url": f"https://{outlet}.example/{n}",
                                                "published": f"2024-03-0{n + 1}"})
    body = empty_client.post("/v1/verify", json={"text": words, "speaker": "Tom Wray"}, headers=LD).get_json()
    rating = body["reviewRating"]
    assert rating["alternateName"] == "disputed"
    assert rating["ratingValue"] not in (rating["bestRating"], rating["worstRating"])
    assert "disputed" in rating["ratingExplanation"].lower()
    assert "Megan Pryce" in rating["ratingExplanation"] and "Tom Wray" in rating["ratingExplanation"]
