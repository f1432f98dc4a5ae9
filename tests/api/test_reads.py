"""GET endpoints, 404/405 answers, health and the OpenAPI document."""
from __future__ import annotations


def test_speakers_are_listed_with_quote_counts(client):
    body = client.get("/v1/speakers").get_json()
    names = {s["name"]: s for s in body["items"]}
    assert body["total"] == len(body["items"])
    assert {"Anthony Blinken", "Jens Stoltenberg", "Alexander Grushko"} <= set(names)
    assert names["Anthony Blinken"]["quote_count"] >= 6
    assert names["Jens Stoltenberg"]["title"] == "NATO Secretary-General"


def test_a_speaker_is_read_with_aliases_and_quotes(client):
    items = client.get("/v1/speakers").get_json()["items"]
    blinken = next(s for s in items if s["name"] == "Anthony Blinken")
    body = client.get(f"/v1/speakers/{blinken['id']}").get_json()
    assert "Blinken" in body["aliases"]
    assert any(q["text"] == "The military alliance’s door remains open" for q in body["quotes"])


def test_unknown_ids_answer_404_problem_json(client):
    for path in ("/v1/quotes/999999", "/v1/quotes/abc", "/v1/speakers/424242", "/v1/articles/77777", "/nowhere"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.mimetype == "application/problem+json"
        assert response.get_json()["status"] == 404


def test_a_wrong_method_answers_405_problem_json(client):
    response = client.put("/v1/verify", json={})
    assert response.status_code == 405 and response.mimetype == "application/problem+json"


def test_malformed_json_answers_4xx_problem_json(client):
    response = client.post("/v1/verify", data="{not json", content_type="application/json")
    assert 400 <= response.status_code < 500 and response.mimetype == "application/problem+json"


def test_health_reports_ok(client):
    body = client.get("/healthz").get_json()
    assert body["status"] == "ok" and body["quotes"] >= 11


def test_openapi_document_and_docs_page_are_served(client):
    spec = client.get("/openapi.json").get_json()
    assert "/v1/verify" in spec["paths"] and "/v1/quotes/{quote_id}" in spec["paths"]
    page = client.get("/docs")
    assert page.status_code == 200 and b"swagger" in page.data.lower()
    assert client.get("/docs/assets/swagger-ui-bundle.js").status_code == 200
