"""Rate limits per client address: 429 problem+json with Retry-After once the allowance is used."""
from __future__ import annotations

from service.config import from_environment

VERIFY = {"text": "We will read it and study it carefully"}


def from_address(address: str) -> dict:
    return {"environ_base": {"REMOTE_ADDR": address}}


def test_the_request_over_the_allowance_gets_429_with_retry_after(make_client):
    client = make_client(RATE_LIMIT_LOOPBACK=True, RATE_LIMIT="3/minute")
    answers = [client.post("/v1/verify", json=VERIFY) for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    limited = answers[-1]
    assert limited.mimetype == "application/problem+json"
    assert limited.json["status"] == 429 and limited.json["title"] == "Too Many Requests"
    assert 1 <= int(limited.headers["Retry-After"]) <= 60


def test_answers_within_the_allowance_say_what_is_left_and_no_retry_after(make_client):
    client = make_client(RATE_LIMIT_LOOPBACK=True, RATE_LIMIT="5/minute")
    response = client.get("/v1/quotes")
    assert response.headers["X-RateLimit-Limit"] == "5"
    assert response.headers["X-RateLimit-Remaining"] == "4"
    assert "Retry-After" not in response.headers


def test_each_client_address_has_its_own_allowance(make_client):
    client = make_client(RATE_LIMIT_LOOPBACK=True, RATE_LIMIT="2/minute")
    for _ in range(2):
        client.get("/v1/quotes", **from_address("198.51.100.1"))
    assert client.get("/v1/quotes", **from_address("198.51.100.1")).status_code == 429
    assert client.get("/v1/quotes", **from_address("198.51.100.2")).status_code == 200


def test_a_forged_forwarded_for_header_does_not_reset_the_allowance(make_client):
    client = make_client(RATE_LIMIT_LOOPBACK=True, RATE_LIMIT="2/minute")
    for n in range(2):
        client.get("/v1/quotes", headers={"X-Forwarded-For": f"192.0.2.{n}"})
    assert client.get("/v1/quotes", headers={"X-Forwarded-For": "192.0.2.99"}).status_code == 429


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_allowance(make_client):
    client = make_client(RATE_LIMIT_LOOPBACK=True, RATE_LIMIT="1/minute", TRUSTED_PROXIES=1)
    assert client.get("/v1/quotes", headers={"X-Forwarded-For": "192.0.2.1"}).status_code == 200
    assert client.get("/v1/quotes", headers={"X-Forwarded-For": "192.0.2.1"}).status_code == 429
    assert client.get("/v1/quotes", headers={"X-Forwarded-For": "192.0.2.2"}).status_code == 200


def test_preflights_and_health_checks_do_not_use_up_the_allowance(make_client):
    client = make_client(RATE_LIMIT_LOOPBACK=True, RATE_LIMIT="1/minute")
    for _ in range(3):
        client.options("/v1/verify", headers={"Origin": "https://a.example", "Access-Control-Request-Method": "POST"})
        assert client.get("/healthz").status_code == 200
    assert client.post("/v1/verify", json=VERIFY).status_code == 200
    assert client.post("/v1/verify", json=VERIFY).status_code == 429


def test_a_page_can_read_the_429_and_its_retry_after(make_client):
    client = make_client(RATE_LIMIT_LOOPBACK=True, RATE_LIMIT="1/minute")
    client.post("/v1/verify", json=VERIFY, headers={"Origin": "https://a.example"})
    limited = client.post("/v1/verify", json=VERIFY, headers={"Origin": "https://a.example"})
    assert limited.status_code == 429
    assert limited.headers["Access-Control-Allow-Origin"] == "*"
    assert "Retry-After" in limited.headers["Access-Control-Expose-Headers"]


def test_an_empty_rate_limit_setting_turns_limits_off(make_client):
    client = make_client(RATE_LIMIT_LOOPBACK=True, RATE_LIMIT="")
    assert all(client.get("/v1/quotes").status_code == 200 for _ in range(30))


def test_the_rate_limit_comes_from_the_environment():
    assert from_environment({"QUOTECHECK_RATE_LIMIT": "60/minute"})["RATE_LIMIT"] == "60/minute"
    assert from_environment({"QUOTECHECK_TRUSTED_PROXIES": "2"})["TRUSTED_PROXIES"] == 2


def test_one_allowance_covers_every_endpoint(make_client):
    client = make_client(RATE_LIMIT_LOOPBACK=True, RATE_LIMIT="2/minute")
    assert client.get("/v1/quotes").status_code == 200
    assert client.get("/v1/speakers").status_code == 200
    assert client.post("/v1/verify", json=VERIFY).status_code == 429


def test_a_client_on_this_machine_is_not_limited_unless_configured(make_client):
    client = make_client(RATE_LIMIT="2/minute")
    assert all(client.post("/v1/verify", json=VERIFY).status_code == 200 for _ in range(5))
    assert client.get("/v1/quotes", **from_address("198.51.100.7")).status_code == 200
    assert client.get("/v1/quotes", **from_address("198.51.100.7")).status_code == 200
    assert client.get("/v1/quotes", **from_address("198.51.100.7")).status_code == 429


def test_limiting_loopback_clients_too_comes_from_the_environment():
    assert from_environment({"QUOTECHECK_RATE_LIMIT_LOOPBACK": "1"})["RATE_LIMIT_LOOPBACK"] is True
