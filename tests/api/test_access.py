"""Who may write: bearer keys when configured, otherwise only this machine; reads stay open."""
from __future__ import annotations

import hmac

import pytest

from service import cli
from service.api import access

KEY = "k-3f9a6c1e8b"
RECORD = {"quotes": [{"text": "We will read it and study it carefully", "speaker": "Ada Example"}]}
VERIFY = {"text": "We will read it and study it carefully"}


def bearer(key: str) -> dict:
    return {"Authorization": f"Bearer {key}"}


def assert_problem(response, status: int):
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    assert response.json["status"] == status and response.json["detail"]


# -- with keys -------------------------------------------------------------------------------

def test_a_write_without_a_key_is_refused_with_401_and_a_bearer_challenge(make_client):
    client = make_client(API_KEYS=[KEY])
    response = client.post("/v1/quotes", json=RECORD)
    assert_problem(response, 401)
    assert response.headers["WWW-Authenticate"].startswith('Bearer realm="quotecheck"')
    assert client.get("/v1/quotes").json["total"] == 0


def test_a_wrong_key_is_refused_as_an_invalid_token(make_client):
    client = make_client(API_KEYS=[KEY])
    response = client.post("/v1/quotes", json=RECORD, headers=bearer(KEY + "x"))
    assert_problem(response, 401)
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]


@pytest.mark.parametrize("header", [f"Basic {KEY}", KEY, "Bearer", "Bearer   ", f"Token {KEY}"])
def test_anything_but_a_bearer_key_is_refused(make_client, header):
    client = make_client(API_KEYS=[KEY])
    assert_problem(client.post("/v1/quotes", json=RECORD, headers={"Authorization": header}), 401)


def test_the_right_key_allows_a_write(make_client):
    client = make_client(API_KEYS=[KEY])
    response = client.post("/v1/quotes", json=RECORD, headers=bearer(KEY))
    assert response.status_code == 201 and response.json["created"] == 1


def test_any_one_of_several_keys_allows_a_write(make_client):
    client = make_client(API_KEYS=["first-key", KEY, "third-key"])
    assert client.post("/v1/quotes", json=RECORD, headers=bearer(KEY)).status_code == 201


def test_the_bearer_scheme_name_is_case_insensitive(make_client):
    client = make_client(API_KEYS=[KEY])
    assert client.post("/v1/quotes", json=RECORD, headers={"Authorization": f"bearer {KEY}"}).status_code == 201


def test_keys_are_compared_in_constant_time_against_every_key(make_client, monkeypatch):
    compared = []
    real_compare = hmac.compare_digest

    def recording_compare(a, b):
        compared.append(b)
        return real_compare(a, b)

    monkeypatch.setattr("service.api.access.hmac.compare_digest", recording_compare)
    client = make_client(API_KEYS=["alpha-key", "beta-key"])
    client.post("/v1/quotes", json=RECORD, headers=bearer("alpha-key"))
    assert compared == [b"alpha-key", b"beta-key"]  # no early exit on the first match


def test_deletes_need_the_key_too(make_client):
    client = make_client(API_KEYS=[KEY])
    created = client.post("/v1/quotes", json=RECORD, headers=bearer(KEY)).json["ids"][0]
    assert_problem(client.delete(f"/v1/quotes/{created}"), 401)
    assert_problem(client.delete("/v1/articles/1"), 401)
    assert client.get(f"/v1/quotes/{created}").status_code == 200
    assert client.delete(f"/v1/quotes/{created}", headers=bearer(KEY)).status_code == 204


def test_an_article_post_needs_the_key(make_client):
    client = make_client(API_KEYS=[KEY])
    assert_problem(client.post("/v1/articles", json={"text": "Plain text."}), 401)


def test_access_is_checked_before_the_body_is_validated(make_client):
    client = make_client(API_KEYS=[KEY])
    assert_problem(client.post("/v1/quotes", json={"nonsense": True}), 401)


def test_reads_and_verification_stay_open_when_keys_are_set(make_client):
    client = make_client(API_KEYS=[KEY])
    assert client.get("/v1/quotes").status_code == 200
    assert client.get("/v1/speakers").status_code == 200
    assert client.get("/healthz").status_code == 200
    assert client.post("/v1/verify", json=VERIFY).status_code == 200
    assert client.post("/v1/verify/batch", json={"items": [VERIFY]}).status_code == 200


# -- without keys ----------------------------------------------------------------------------

def test_without_keys_a_loopback_server_accepts_writes_from_this_machine(make_client):
    client = make_client(HOST="127.0.0.1")
    assert client.post("/v1/quotes", json=RECORD).status_code == 201


def test_without_keys_a_server_on_a_public_address_refuses_writes(make_client):
    client = make_client(HOST="0.0.0.0")
    response = client.post("/v1/quotes", json=RECORD)
    assert_problem(response, 403)
    assert "QUOTECHECK_API_KEYS" in response.json["detail"]
    assert client.post("/v1/verify", json=VERIFY).status_code == 200


def test_without_keys_a_request_from_another_machine_is_refused(make_client):
    client = make_client(HOST="127.0.0.1")
    response = client.post("/v1/quotes", json=RECORD, environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert_problem(response, 403)


def test_without_keys_a_page_rebinding_its_domain_to_loopback_cannot_write(make_client):
    client = make_client(HOST="127.0.0.1")
    response = client.post("/v1/quotes", json=RECORD, headers={"Host": "attacker.example:8000",
                                                               "Origin": "http://attacker.example:8000"})
    assert_problem(response, 403)
    assert client.get("/v1/quotes").json["total"] == 0


@pytest.mark.parametrize("host", ["127.attacker.example:8000", "127.0.0.1.attacker.example",
                                  "localhost.attacker.example", "attacker.localhost:8000", "127.1.example",
                                  "[::1].example", "0x7f000001.example"])
def test_without_keys_a_host_that_only_looks_like_loopback_cannot_write(make_client, host):
    client = make_client(HOST="127.0.0.1")
    for method, path in (("post", "/v1/quotes"), ("delete", "/v1/quotes/1")):
        kwargs = {"json": RECORD} if method == "post" else {}
        response = getattr(client, method)(path, headers={"Host": host, "Origin": f"http://{host}"}, **kwargs)
        assert_problem(response, 403)
    assert client.get("/v1/quotes").json["total"] == 0


@pytest.mark.parametrize("origin", ["http://127.attacker.example:8000", "http://attacker.example",
                                    "https://localhost.attacker.example", "null"])
def test_without_keys_a_foreign_origin_cannot_write_to_a_loopback_host(make_client, origin):
    client = make_client(HOST="127.0.0.1")
    response = client.post("/v1/quotes", json=RECORD, headers={"Host": "127.0.0.1:8000", "Origin": origin})
    assert_problem(response, 403)
    assert client.get("/v1/quotes").json["total"] == 0


@pytest.mark.parametrize("header", [{"X-Forwarded-For": "203.0.113.9"}, {"X-Forwarded-Host": "attacker.example"},
                                    {"Forwarded": "for=203.0.113.9;host=attacker.example"},
                                    {"X-Real-IP": "203.0.113.9"}])
def test_without_keys_a_forwarded_request_cannot_write(make_client, header):
    client = make_client(HOST="127.0.0.1")
    response = client.post("/v1/quotes", json=RECORD, headers={"Host": "127.0.0.1:8000", **header})
    assert_problem(response, 403)
    assert client.get("/v1/quotes").json["total"] == 0


def test_without_keys_a_trusted_proxys_forwarded_for_cannot_make_a_request_local(make_client):
    client = make_client(HOST="127.0.0.1", TRUSTED_PROXIES=1)
    response = client.post("/v1/quotes", json=RECORD, headers={"X-Forwarded-For": "127.0.0.1"})
    assert_problem(response, 403)


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "127.4.5.6", "localhost:8000", "[::1]:8000", "LOCALHOST"])
def test_without_keys_real_loopback_hosts_may_write(make_client, host):
    client = make_client(HOST="127.0.0.1")
    response = client.post("/v1/quotes", json=RECORD, headers={"Host": host, "Origin": f"http://{host}"})
    assert response.status_code == 201


@pytest.mark.parametrize("name, expected", [("127.0.0.1", True), ("127.255.0.9", True), ("::1", True),
                                            ("[::1]", True), ("localhost", True), ("::ffff:127.0.0.1", True),
                                            ("127.attacker.example", False), ("127.", False),
                                            ("0.0.0.0", False), ("10.0.0.1", False), ("localhost.example", False),
                                            ("a.localhost", False), ("", False)])
def test_only_loopback_literals_and_localhost_are_loopback(name, expected):
    from service.config import is_loopback

    assert is_loopback(name) is expected


def test_a_public_server_with_keys_accepts_keyed_writes(make_client):
    client = make_client(HOST="0.0.0.0", API_KEYS=[KEY])
    response = client.post("/v1/quotes", json=RECORD, headers=bearer(KEY),
                           environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert response.status_code == 201


def test_the_openapi_document_marks_writes_as_needing_the_bearer_key(make_client):
    spec = make_client().get("/openapi.json").json
    assert spec["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http", "scheme": "bearer", "description": "A key from QUOTECHECK_API_KEYS."}
    assert spec["paths"]["/v1/quotes"]["post"]["security"] == [{"bearerAuth": []}]
    assert "401" in spec["paths"]["/v1/quotes/{quote_id}"]["delete"]["responses"]
    assert "security" not in spec["paths"]["/v1/verify"]["post"]
    assert "security" not in spec["paths"]["/v1/quotes"]["get"]


# -- what `quotecheck serve` says at start-up ------------------------------------------------

@pytest.fixture
def serve_without_running(monkeypatch):
    """Run `quotecheck serve` up to the point where gunicorn would start listening."""
    from gunicorn.app.base import BaseApplication

    monkeypatch.setattr(BaseApplication, "run", lambda self: None)
    monkeypatch.delenv("QUOTECHECK_API_KEYS", raising=False)

    def serve(*flags):
        return cli.main(["serve", *flags])

    return serve


def test_serve_on_loopback_without_keys_says_writes_are_accepted_only_there(serve_without_running, capsys):
    serve_without_running("--host", "127.0.0.1", "--port", "0")
    message = capsys.readouterr().err
    assert "no write keys configured" in message and "loopback" in message


def test_serve_on_a_public_address_without_keys_says_writes_are_refused(serve_without_running, capsys):
    serve_without_running("--host", "0.0.0.0", "--port", "0")
    message = capsys.readouterr().err
    assert "writes are refused" in message


def test_serve_with_keys_says_nothing_about_keyless_writes(serve_without_running, capsys, monkeypatch):
    monkeypatch.setenv("QUOTECHECK_API_KEYS", KEY)
    serve_without_running("--host", "0.0.0.0", "--port", "0")
    message = capsys.readouterr().err
    assert "refused" not in message and "no write keys" not in message


def test_every_write_route_is_guarded(make_client):
    app = make_client().application
    unguarded = []
    for rule in app.url_map.iter_rules():
        view_class = getattr(app.view_functions[rule.endpoint], "view_class", None)
        for method in rule.methods - {"GET", "HEAD", "OPTIONS"}:
            if not access.is_write(method, rule.rule):
                continue
            handler = getattr(view_class, method.lower(), None) if view_class else None
            security = getattr(handler, "_apidoc", {}).get("manual_doc", {}).get("security")
            if security != [{access.SECURITY_SCHEME: []}]:
                unguarded.append(f"{method} {rule.rule}")
    assert unguarded == []
