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
