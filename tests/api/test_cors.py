"""Cross-origin access: reads open to every page, writes closed unless an origin is listed."""
from __future__ import annotations

import pytest

KEY = "k-cors-7d21"
PAGE = "https://news.example.com"
DESK = "https://desk.example.org"
RECORD = {"quotes": [{"text": "We will read it and study it carefully", "speaker": "Ada Example"}]}


def preflight(client, path: str, method: str, origin: str = PAGE, headers: str = "content-type"):
    """Send the OPTIONS request a browser sends before a non-simple cross-origin request."""
    return client.options(path, headers={"Origin": origin, "Access-Control-Request-Method": method,
                                         "Access-Control-Request-Headers": headers})


# -- reads ------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/v1/quotes", "/v1/speakers", "/healthz", "/openapi.json"])
def test_any_page_may_read(make_client, path):
    response = make_client().get(path, headers={"Origin": PAGE})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_any_page_may_verify_and_read_the_rate_limit_headers(make_client):
    response = make_client().post("/v1/verify", json={"text": "anything at all"}, headers={"Origin": PAGE})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    exposed = response.headers["Access-Control-Expose-Headers"]
    assert "Retry-After" in exposed and "X-Request-Id" in exposed


@pytest.mark.parametrize("path", ["/v1/verify", "/v1/verify/batch"])
def test_a_verify_preflight_from_any_page_is_allowed(make_client, path):
    response = preflight(make_client(), path, "POST", headers="content-type, authorization")
    assert response.status_code == 204
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert response.headers["Access-Control-Allow-Methods"] == "POST"
    allowed = response.headers["Access-Control-Allow-Headers"].lower()
    assert "content-type" in allowed and "authorization" in allowed
    assert int(response.headers["Access-Control-Max-Age"]) > 0


def test_a_read_preflight_on_a_path_that_also_takes_deletes_is_allowed(make_client):
    response = preflight(make_client(), "/v1/quotes/1", "GET")
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_reads_stay_open_to_every_page_when_write_origins_are_listed(make_client):
    client = make_client(CORS_WRITE_ORIGINS=[DESK])
    assert client.get("/v1/quotes", headers={"Origin": PAGE}).headers["Access-Control-Allow-Origin"] == "*"
    assert preflight(client, "/v1/verify", "POST").headers["Access-Control-Allow-Origin"] == "*"


def test_a_request_without_an_origin_gets_no_cors_headers(make_client):
    response = make_client().get("/v1/quotes")
    assert "Access-Control-Allow-Origin" not in response.headers


# -- writes -----------------------------------------------------------------------------------

@pytest.mark.parametrize("path, method", [("/v1/quotes", "POST"), ("/v1/articles", "POST"),
                                          ("/v1/quotes/1", "DELETE"), ("/v1/articles/1", "DELETE")])
def test_a_write_preflight_from_an_unlisted_page_is_not_allowed(make_client, path, method):
    response = preflight(make_client(), path, method)
    assert response.status_code == 204
    assert "Access-Control-Allow-Origin" not in response.headers
    assert "Access-Control-Allow-Methods" not in response.headers


def test_a_write_preflight_from_a_listed_origin_is_allowed_for_that_origin_only(make_client):
    client = make_client(CORS_WRITE_ORIGINS=[DESK])
    response = preflight(client, "/v1/articles", "POST", origin=DESK, headers="content-type, authorization")
    assert response.headers["Access-Control-Allow-Origin"] == DESK
    assert response.headers["Access-Control-Allow-Methods"] == "POST"
    assert "Origin" in response.headers["Vary"]
    assert "Access-Control-Allow-Origin" not in preflight(client, "/v1/articles", "POST").headers


def test_a_write_from_an_unlisted_page_is_refused_even_with_a_key(make_client):
    client = make_client(API_KEYS=[KEY])
    response = client.post("/v1/quotes", json=RECORD,
                           headers={"Origin": PAGE, "Authorization": f"Bearer {KEY}"})
    assert response.status_code == 403
    assert response.mimetype == "application/problem+json"
    assert "QUOTECHECK_CORS_WRITE_ORIGINS" in response.json["detail"]
    assert "Access-Control-Allow-Origin" not in response.headers
    assert client.get("/v1/quotes").json["total"] == 0


def test_a_write_from_a_listed_origin_with_a_key_is_accepted_and_readable_there(make_client):
    client = make_client(API_KEYS=[KEY], CORS_WRITE_ORIGINS=[DESK])
    response = client.post("/v1/quotes", json=RECORD,
                           headers={"Origin": DESK, "Authorization": f"Bearer {KEY}"})
    assert response.status_code == 201
    assert response.headers["Access-Control-Allow-Origin"] == DESK
    assert "Origin" in response.headers["Vary"]


def test_the_servers_own_page_may_write_without_listing_its_origin(make_client):
    response = make_client().post("/v1/quotes", json=RECORD, headers={"Origin": "http://localhost"})
    assert response.status_code == 201


# -- preflight edge cases ---------------------------------------------------------------------

def test_a_preflight_for_a_method_the_path_does_not_take_is_not_allowed(make_client):
    response = preflight(make_client(), "/v1/verify", "DELETE")
    assert "Access-Control-Allow-Origin" not in response.headers
    assert "POST" in response.headers["Allow"]


def test_a_preflight_for_an_unknown_path_is_a_404_problem(make_client):
    response = preflight(make_client(), "/v1/nothing-here", "GET")
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"


def test_a_plain_options_request_lists_the_allowed_methods(make_client):
    response = make_client().options("/v1/quotes")
    assert response.status_code == 200
    assert {"GET", "POST"} <= {m.strip() for m in response.headers["Allow"].split(",")}
