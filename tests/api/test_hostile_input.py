"""Hostile or degenerate input is a 4xx problem+json answer, never a 500, and nothing is stored."""
from __future__ import annotations

import pytest

from service import create_app

RECORD = {"text": "We will defend every inch of allied territory.", "speaker": "Jens Stoltenberg"}


@pytest.fixture
def app(tmp_path):
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "quotecheck.sqlite3"), "SEEDS": "",
                      "RATE_LIMIT": "", "SYNC_INTERVAL": 0.0})
    yield app
    app.extensions["quotecheck"].close()


@pytest.fixture
def client(app):
    return app.test_client()


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    assert response.mimetype == "application/problem+json"
    body = response.json
    assert body["status"] == status and body["detail"]
    return body


def stored(client) -> int:
    return client.get("/healthz").json["quotes"]


def post_raw(client, path: str, body: str):
    return client.post(path, data=body.encode("utf-8"), content_type="application/json")


@pytest.mark.parametrize("body", ["[" * 5000 + "]" * 5000, '{"a":' * 50_000 + "1" + "}" * 50_000,
                                  '{"text": ' + "[" * 5000 + "]" * 5000 + "}"])
@pytest.mark.parametrize("path", ["/v1/verify", "/v1/quotes", "/v1/articles"])
def test_a_deeply_nested_body_is_a_400_saying_so(client, path, body):
    problem = assert_problem(post_raw(client, path, body), 400)
    assert "nested too deeply" in problem["detail"]


def test_a_limit_of_five_thousand_digits_is_a_422_naming_limit(client):
    response = post_raw(client, "/v1/verify", '{"text": "We will defend every inch", "limit": ' + "9" * 5000 + "}")
    assert "limit" in assert_problem(response, 422)["errors"]


def test_a_fractional_limit_is_a_422_not_rounded(client):
    response = client.post("/v1/verify", json={"text": "We will defend every inch", "limit": 2.5})
    assert "limit" in assert_problem(response, 422)["errors"]


@pytest.mark.parametrize("method", ["get", "delete"])
@pytest.mark.parametrize("quote_id", ["¹", "²", "٣", "३", "１", "1²"])
def test_an_id_of_non_ascii_digits_names_nothing(client, method, quote_id):
    client.post("/v1/quotes", json={"quotes": [RECORD, {**RECORD, "text": "A second quote here."},
                                               {**RECORD, "text": "A third quote here."}]})
    assert_problem(getattr(client, method)(f"/v1/quotes/{quote_id}"), 404)
    assert stored(client) == 3


@pytest.mark.parametrize("path,body", [
    ("/v1/verify", '{"text": "We will \\ud800 defend every inch"}'),
    ("/v1/verify", '{"text": "We will defend every inch", "speaker": "Jens \\udfff"}'),
    ("/v1/quotes", '{"quotes": [{"text": "We will \\ud800 defend", "speaker": "Jens Stoltenberg"}]}'),
    ("/v1/quotes", '{"quotes": [{"text": "We will defend", "speaker": "Jens", "\\udc00": 1}]}'),
    ("/v1/articles", '{"text": "\\u201cWe will \\ud800 defend,\\u201d Jens Stoltenberg said."}'),
    ("/v1/verify/batch", '{"items": [{"text": "fine words here"}, {"text": "lone \\udbff"}]}'),
])
def test_a_lone_surrogate_anywhere_in_a_body_is_a_400_and_stores_nothing(client, path, body):
    problem = assert_problem(post_raw(client, path, body), 400)
    assert "surrogate" in problem["detail"]
    assert stored(client) == 0


def test_a_proper_surrogate_pair_is_text_and_accepted(client):
    response = post_raw(client, "/v1/quotes", '{"quotes": [{"text": "We will win \\ud83d\\ude00 today", '
                                              '"speaker": "Jens Stoltenberg"}]}')
    assert response.status_code == 201
    assert client.get(f"/v1/quotes/{response.json['ids'][0]}").json["text"] == "We will win \U0001f600 today"


@pytest.mark.parametrize("text", ["   ", "\n\t", "...", "\u2026", " . . . ", "?!", "\u200b"])
def test_a_quote_without_a_word_is_a_422_naming_its_text(client, text):
    response = client.post("/v1/quotes", json={"quotes": [{**RECORD, "text": text}]})
    assert "text" in assert_problem(response, 422)["errors"]["quotes"]["0"]
    assert stored(client) == 0


@pytest.mark.parametrize("speaker", ["   ", "\t", "...", "\u200b"])
def test_a_blank_speaker_is_a_422_naming_the_speaker(client, speaker):
    response = client.post("/v1/quotes", json={"quotes": [{**RECORD, "speaker": speaker}]})
    assert "speaker" in assert_problem(response, 422)["errors"]["quotes"]["0"]
    assert stored(client) == 0


@pytest.mark.parametrize("text", ["   ", "\n\n \t", "\u200b\ufeff"])
def test_a_blank_article_is_a_422_and_creates_no_article(client, app, text):
    response = client.post("/v1/articles", json={"text": text})
    assert "text" in assert_problem(response, 422)["errors"]
    assert app.extensions["quotecheck"].store.find_article(None, text) is None


def test_a_blank_verify_text_is_a_422(client):
    assert "text" in assert_problem(client.post("/v1/verify", json={"text": "  \n "}), 422)["errors"]


@pytest.mark.parametrize("query", ["page=٣", "page_size=²", "page=" + "9" * 3000, "page_size=2.5"])
@pytest.mark.parametrize("path", ["/v1/quotes", "/v1/speakers"])
def test_a_page_number_not_in_ascii_digits_or_out_of_range_is_a_422(client, path, query):
    assert_problem(client.get(f"{path}?{query}"), 422)
