"""Every error is application/problem+json: never a stack trace, never an HTML page."""
from __future__ import annotations

import pytest

from service import create_app


@pytest.fixture
def app(tmp_path):
    """An empty app on its own SQLite file."""
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "quotecheck.sqlite3"), "SEEDS": "",
                      "RATE_LIMIT": "", "SYNC_INTERVAL": 0.0})
    yield app
    app.extensions["quotecheck"].close()


@pytest.fixture
def client(app):
    return app.test_client()


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.json
    assert set(body) >= {"type", "title", "status", "detail"}
    assert body["status"] == status
    text = response.get_data(as_text=True)
    assert "Traceback" not in text and "<html" not in text.lower()
    return body


def test_an_unknown_path_is_a_404_problem(client):
    assert_problem(client.get("/v1/no-such-thing"), 404)


@pytest.mark.parametrize("path", ["/v1/quotes/999999", "/v1/quotes/abc", "/v1/speakers/0",
                                  "/v1/articles/99999999999999999999999"])
def test_an_unknown_or_malformed_id_is_a_404_problem(client, path):
    assert_problem(client.get(path), 404)


def test_a_method_the_path_does_not_take_is_a_405_problem_with_allow(client):
    response = client.put("/v1/verify", json={"text": "x"})
    assert_problem(response, 405)
    assert "POST" in response.headers["Allow"]


@pytest.mark.parametrize("body", [b"{not json", b'{"text": "unterminated', b"\xff\xfe\x00garbage"])
def test_a_malformed_json_body_is_a_400_problem(client, body):
    response = client.post("/v1/verify", data=body, content_type="application/json")
    assert_problem(response, 400)


@pytest.mark.parametrize("body", [[], ["text"], "text", 42, None, {"text": None}, {"text": 42}, {"text": ""}])
def test_a_body_of_the_wrong_shape_is_a_422_problem(client, body):
    response = client.post("/v1/verify", json=body)
    assert_problem(response, 422)


def test_a_validation_problem_names_each_bad_field(client):
    body = assert_problem(client.post("/v1/verify", json={"text": "fine", "limit": "many", "color": "red"}), 422)
    assert set(body["errors"]) == {"limit", "color"}
    assert all(isinstance(messages, list) and messages for messages in body["errors"].values())


def test_a_bad_date_is_a_422_naming_the_date(client):
    body = assert_problem(client.post("/v1/verify", json={"text": "fine words", "date": "28 January"}), 422)
    assert "date" in body["errors"]


def test_a_body_sent_without_a_json_content_type_is_a_422_problem(client):
    response = client.post("/v1/verify", data='{"text": "fine"}', content_type="text/plain")
    assert_problem(response, 422)


def test_a_bad_query_parameter_is_a_422_problem(client):
    body = assert_problem(client.get("/v1/quotes?page=zero"), 422)
    assert "page" in body["errors"]


def test_an_unexpected_failure_is_a_500_problem_without_details(app, client, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("secret internal state /etc/passwd")

    monkeypatch.setattr(app.extensions["quotecheck"], "verify", explode)
    response = client.post("/v1/verify", json={"text": "anything"})
    body = assert_problem(response, 500)
    assert "secret" not in response.get_data(as_text=True)
    assert body["detail"] == "The server could not complete the request."


def test_a_quote_batch_names_each_bad_record_by_index_and_field(client):
    quotes = [{"text": "fine words here", "speaker": "Ada"}, {"text": "", "speaker": "Ada"},
              {"text": "more words", "speaker": "Ada", "date": "yesterday"}, "not an object"]
    body = assert_problem(client.post("/v1/quotes", json={"quotes": quotes}), 422)
    errors = body["errors"]["quotes"]
    assert set(errors) == {"1", "2", "3"}
    assert "text" in errors["1"] and "date" in errors["2"]
    assert client.get("/v1/quotes").json["total"] == 0
