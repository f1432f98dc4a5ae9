"""Bounds on what one request may ask: body size (413), text length and batch size (422)."""
from __future__ import annotations

import io
import json

import pytest

from service.config import DEFAULTS, from_environment

KEY = "k-limits-51c0"


def assert_problem(response, status: int):
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    body = response.json
    assert body["status"] == status and body["title"] and body["detail"]
    assert "Traceback" not in response.get_data(as_text=True)
    return body


# -- request body size ------------------------------------------------------------------------

def test_a_json_body_over_the_size_limit_is_a_413_problem(make_client):
    client = make_client(MAX_CONTENT_LENGTH=1000)
    body = assert_problem(client.post("/v1/verify", json={"text": "word " * 400}), 413)
    assert "1000" in body["detail"]


@pytest.mark.parametrize("content_type", ["text/plain", "application/octet-stream",
                                          "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])
def test_a_non_json_body_over_the_size_limit_is_a_413_problem_too(make_client, content_type):
    client = make_client(MAX_CONTENT_LENGTH=1000)
    response = client.post("/v1/verify", data=b"x" * 5000, headers={"Content-Type": content_type})
    assert_problem(response, 413)


def test_a_chunked_body_without_a_length_is_cut_off_at_the_size_limit(make_client):
    client = make_client(MAX_CONTENT_LENGTH=1000)
    payload = json.dumps({"text": "word " * 400}).encode()
    # What a WSGI server hands over for "Transfer-Encoding: chunked": no length, a terminated stream.
    response = client.post("/v1/verify", input_stream=io.BytesIO(payload), content_type="application/json",
                           headers={"Transfer-Encoding": "chunked"},
                           environ_overrides={"wsgi.input_terminated": True})
    assert_problem(response, 413)


def test_an_oversized_write_is_refused_and_stores_nothing(make_client):
    client = make_client(MAX_CONTENT_LENGTH=2000, API_KEYS=[KEY])
    quotes = [{"text": f"Quote number {n} about the matter", "speaker": "Ada Example"} for n in range(100)]
    response = client.post("/v1/quotes", json={"quotes": quotes}, headers={"Authorization": f"Bearer {KEY}"})
    assert_problem(response, 413)
    assert client.get("/v1/quotes").json["total"] == 0


def test_a_body_within_the_size_limit_is_accepted(make_client):
    client = make_client(MAX_CONTENT_LENGTH=1000)
    assert client.post("/v1/verify", json={"text": "word " * 100}).status_code == 200


# -- text length and batch size ----------------------------------------------------------------

def test_a_verify_text_over_the_length_limit_is_a_422_naming_the_field(make_client):
    client = make_client(MAX_TEXT_LENGTH=50)
    body = assert_problem(client.post("/v1/verify", json={"text": "a" * 51}), 422)
    assert "text" in body["errors"]
    assert client.post("/v1/verify", json={"text": "a" * 50}).status_code == 200


def test_a_batch_item_over_the_length_limit_is_a_422(make_client):
    client = make_client(MAX_TEXT_LENGTH=50)
    response = client.post("/v1/verify/batch", json={"items": [{"text": "fine"}, {"text": "a" * 51}]})
    assert_problem(response, 422)


def test_a_verify_batch_over_the_item_limit_is_a_422_naming_items(make_client):
    client = make_client(MAX_BATCH=3)
    body = assert_problem(client.post("/v1/verify/batch", json={"items": [{"text": "x y z"}] * 4}), 422)
    assert "items" in body["errors"]
    assert client.post("/v1/verify/batch", json={"items": [{"text": "x y z"}] * 3}).status_code == 200


def test_an_article_over_the_length_limit_is_a_422_and_stores_nothing(make_client):
    client = make_client(MAX_ARTICLE_LENGTH=100)
    body = assert_problem(client.post("/v1/articles", json={"text": "Some words. " * 20}), 422)
    assert "text" in body["errors"]
    assert client.get("/v1/quotes").json["total"] == 0


def test_a_quote_batch_over_the_record_limit_is_a_422_and_stores_nothing(make_client):
    client = make_client(MAX_QUOTE_BATCH=5)
    quotes = [{"text": f"Quote number {n} about the matter", "speaker": "Ada Example"} for n in range(6)]
    body = assert_problem(client.post("/v1/quotes", json={"quotes": quotes}), 422)
    assert "quotes" in body["errors"]
    assert client.get("/v1/quotes").json["total"] == 0


def test_a_quote_record_over_the_text_limit_is_named_by_index(make_client):
    client = make_client(MAX_TEXT_LENGTH=40)
    quotes = [{"text": "short enough", "speaker": "Ada"}, {"text": "long " * 20, "speaker": "Ada"}]
    body = assert_problem(client.post("/v1/quotes", json={"quotes": quotes}), 422)
    assert "text" in body["errors"]["quotes"]["1"]
    assert client.get("/v1/quotes").json["total"] == 0


@pytest.mark.parametrize("path, page_size", [("/v1/quotes", 201), ("/v1/speakers", 10_000)])
def test_a_page_size_over_the_limit_is_a_422(make_client, path, page_size):
    assert_problem(make_client().get(f"{path}?page_size={page_size}"), 422)


def test_a_verify_limit_over_the_maximum_is_a_422(make_client):
    assert_problem(make_client().post("/v1/verify", json={"text": "a b c", "limit": 10_000}), 422)


# -- configuration ---------------------------------------------------------------------------

def test_every_limit_can_be_set_from_the_environment():
    found = from_environment({"QUOTECHECK_MAX_CONTENT_LENGTH": "1024", "QUOTECHECK_MAX_TEXT_LENGTH": "99",
                              "QUOTECHECK_MAX_ARTICLE_LENGTH": "5000", "QUOTECHECK_MAX_BATCH": "7",
                              "QUOTECHECK_MAX_BATCH_CHARACTERS": "700", "QUOTECHECK_MAX_QUOTE_BATCH": "70"})
    assert found == {"MAX_CONTENT_LENGTH": 1024, "MAX_TEXT_LENGTH": 99, "MAX_ARTICLE_LENGTH": 5000,
                     "MAX_BATCH": 7, "MAX_BATCH_CHARACTERS": 700, "MAX_QUOTE_BATCH": 70}


def test_the_default_body_limit_fits_the_largest_batch_and_article_the_other_limits_allow():
    # Non-ASCII text sent with JSON escapes takes 6 bytes a character ("\\u0439").
    assert DEFAULTS["MAX_CONTENT_LENGTH"] >= 6 * DEFAULTS["MAX_BATCH_CHARACTERS"] + 100 * DEFAULTS["MAX_BATCH"]
    assert DEFAULTS["MAX_CONTENT_LENGTH"] >= 6 * DEFAULTS["MAX_ARTICLE_LENGTH"]


def test_a_verify_batch_over_the_total_character_limit_is_a_422_naming_items(make_client):
    client = make_client(MAX_BATCH_CHARACTERS=100)
    body = assert_problem(client.post("/v1/verify/batch", json={"items": [{"text": "a" * 60}] * 2}), 422)
    assert "items" in body["errors"]
    assert client.post("/v1/verify/batch", json={"items": [{"text": "a" * 50}] * 2}).status_code == 200
