"""POST/GET/DELETE /v1/quotes: all-or-nothing batches, merging, filters and pagination."""
from __future__ import annotations

from typing import Any

RECORDS: list[dict[str, Any]] = [
    {"text": "Our rivers are cleaner than they have been in fifty years", "speaker": "Maria Santos",
     "date": "2023-04-02", "source": {"url": "https://a.example/rivers", "title": "Rivers", "published": "2023-04-02"}},
    {"text": "We will not raise taxes on working families this year", "speaker": "John Carter", "date": "2023-05-10"},
]


def test_a_batch_of_quotes_is_created_and_readable(empty_client):
    response = empty_client.post("/v1/quotes", json={"quotes": RECORDS})
    assert response.status_code == 201
    body = response.get_json()
    assert body["created"] == 2 and len(body["ids"]) == 2
    quote = empty_client.get(f"/v1/quotes/{body['ids'][0]}").get_json()
    assert quote["text"] == RECORDS[0]["text"] and quote["speaker"]["name"] == "Maria Santos"
    assert quote["kind"] == "imported" and quote["sources"][0]["url"] == "https://a.example/rivers"


def test_one_bad_record_rejects_the_batch_naming_index_and_field(empty_client):
    bad = [RECORDS[0], {"text": "", "speaker": "X"}, {"text": "fine words here", "date": "yesterday"}]
    response = empty_client.post("/v1/quotes", json={"quotes": bad})
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    errors = response.get_json()["errors"]["quotes"]
    assert set(errors) == {"1", "2"}
    assert "text" in errors["1"] and {"speaker", "date"} <= set(errors["2"])
    assert empty_client.get("/v1/quotes").get_json()["total"] == 0


def test_the_same_record_twice_is_one_quote(empty_client):
    first = empty_client.post("/v1/quotes", json={"quotes": RECORDS}).get_json()
    again = empty_client.post("/v1/quotes", json={"quotes": RECORDS}).get_json()
    assert again["ids"] == first["ids"]
    assert empty_client.get("/v1/quotes").get_json()["total"] == 2


def test_the_same_words_from_two_speakers_stay_two_attributions(empty_client):
    records = [dict(RECORDS[1]), dict(RECORDS[1], speaker="Paula Reyes")]
    ids = empty_client.post("/v1/quotes", json={"quotes": records}).get_json()["ids"]
    assert ids[0] != ids[1]
    answer = empty_client.post("/v1/verify", json={"text": RECORDS[1]["text"], "speaker": "Paula Reyes"}).get_json()
    # Two records each naming its speaker outright: the words are disputed between them.
    assert answer["verdict"] == "disputed"
    assert {m["quote"]["speaker"]["name"] for m in answer["matches"]} == {"John Carter", "Paula Reyes"}
    candidates = answer["matches"][0]["evidence"]["speakers"]
    assert {c["speaker"]["name"] for c in candidates} == {"John Carter", "Paula Reyes"}


def test_quotes_filter_by_speaker_words_and_dates(empty_client):
    empty_client.post("/v1/quotes", json={"quotes": RECORDS})
    by_speaker = empty_client.get("/v1/quotes", query_string={"speaker": "Maria Santos"}).get_json()
    assert [q["speaker"]["name"] for q in by_speaker["items"]] == ["Maria Santos"]
    by_words = empty_client.get("/v1/quotes", query_string={"q": "taxes families"}).get_json()
    assert by_words["total"] == 1 and by_words["items"][0]["speaker"]["name"] == "John Carter"
    by_date = empty_client.get("/v1/quotes", query_string={"from": "2023-05-01", "to": "2023-05-31"}).get_json()
    assert [q["date"] for q in by_date["items"]] == ["2023-05-10"]


def test_lists_are_paginated(empty_client):
    records = [{"text": f"Statement number {n} about the budget of the city", "speaker": "Maria Santos"}
               for n in range(7)]
    empty_client.post("/v1/quotes", json={"quotes": records})
    page = empty_client.get("/v1/quotes", query_string={"page": 2, "page_size": 3}).get_json()
    assert page["total"] == 7 and len(page["items"]) == 3
    last = empty_client.get("/v1/quotes", query_string={"page": 3, "page_size": 3}).get_json()
    assert len(last["items"]) == 1


def test_a_deleted_quote_is_gone_and_no_longer_verifies(empty_client):
    ids = empty_client.post("/v1/quotes", json={"quotes": RECORDS}).get_json()["ids"]
    assert empty_client.delete(f"/v1/quotes/{ids[0]}").status_code == 204
    assert empty_client.get(f"/v1/quotes/{ids[0]}").status_code == 404
    assert empty_client.delete(f"/v1/quotes/{ids[0]}").status_code == 404
    answer = empty_client.post("/v1/verify", json={"text": RECORDS[0]["text"]}).get_json()
    assert answer["verdict"] == "not_found"
