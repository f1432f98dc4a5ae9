"""POST /v1/checks and GET /v1/checks/<id>: a verify answer stored under a shareable id."""
from __future__ import annotations

REQUEST = {"text": "We call on Russia once again to immediately escalate the situation.", "speaker": "Stoltenberg"}


def test_a_check_is_stored_with_its_answer_and_a_link_to_its_page(client):
    response = client.post("/v1/checks", json=REQUEST)
    assert response.status_code == 201
    body = response.get_json()
    assert body["url"] == f"/c/{body['id']}" and len(body["id"]) == 20
    verdict = client.post("/v1/verify", json=REQUEST).get_json()
    assert body["result"]["verdict"] == verdict["verdict"] == "misquoted"
    assert body["result"]["matches"][0]["quote"]["id"] == verdict["matches"][0]["quote"]["id"]


def test_the_same_request_gives_the_same_id_and_another_request_another(client):
    first = client.post("/v1/checks", json=REQUEST).get_json()
    again = client.post("/v1/checks", json=REQUEST)
    assert again.status_code == 200 and again.get_json()["id"] == first["id"]
    other = client.post("/v1/checks", json=dict(REQUEST, speaker="Blinken")).get_json()
    assert other["id"] != first["id"]


def test_a_stored_check_reads_back_with_its_request_and_answer_as_they_were(client):
    created = client.post("/v1/checks", json=REQUEST).get_json()
    stored = client.get(f"/v1/checks/{created['id']}")
    assert stored.status_code == 200
    body = stored.get_json()
    assert body["request"] == {"text": REQUEST["text"], "speaker": "Stoltenberg", "date": None, "limit": 5}
    assert body["result"] == created["result"] and body["created"].endswith("Z")


def test_the_stored_answer_stays_as_it_was_when_the_index_changes(client):
    created = client.post("/v1/checks", json=REQUEST).get_json()
    quote_id = created["result"]["matches"][0]["quote"]["id"]
    assert client.delete(f"/v1/quotes/{quote_id}").status_code == 204
    assert client.post("/v1/verify", json=REQUEST).get_json()["verdict"] != "misquoted"
    assert client.get(f"/v1/checks/{created['id']}").get_json()["result"] == created["result"]


def test_a_4400_character_paragraph_makes_a_short_link(client):
    text = ("We call on Russia once again to immediately de-escalate the situation. " * 62)[:4400]
    body = client.post("/v1/checks", json={"text": text}).get_json()
    assert len(body["url"]) < 30 and client.get(body["url"]).status_code == 200


def test_an_unknown_check_id_answers_404_problem_json(client):
    for missing in ("aaaaaaaaaaaaaaaaaaaa", "not-an-id", "x" * 300):
        response = client.get(f"/v1/checks/{missing}")
        assert response.status_code == 404 and response.mimetype == "application/problem+json"


def test_checks_are_open_like_verify_when_write_keys_are_configured(make_client):
    client = make_client(API_KEYS=["sekret"])
    assert client.post("/v1/checks", json={"text": "words that nobody ever said at all"}).status_code == 201


def test_a_check_over_the_text_limit_is_refused_and_nothing_stored(make_client):
    client = make_client(MAX_TEXT_LENGTH=50)
    response = client.post("/v1/checks", json={"text": "x " * 40})
    assert response.status_code == 422 and "text" in response.get_json()["errors"]


def test_a_body_over_the_size_limit_answers_413(make_client):
    client = make_client(MAX_CONTENT_LENGTH=1000)
    assert client.post("/v1/checks", json={"text": "y" * 2000}).status_code == 413


def test_a_bad_request_is_refused_naming_the_field(client):
    response = client.post("/v1/checks", json={"text": "", "limit": 0})
    assert response.status_code == 422 and {"text", "limit"} <= set(response.get_json()["errors"])


def test_storing_checks_has_its_own_rate_limit_with_retry_after(make_client):
    client = make_client(RATE_LIMIT_LOOPBACK=True, CHECK_RATE_LIMIT="2/minute", RATE_LIMIT="100/minute")
    answers = [client.post("/v1/checks", json={"text": f"a new claim number {n} about the harbour"})
               for n in range(3)]
    assert [a.status_code for a in answers] == [201, 201, 429]
    assert answers[-1].mimetype == "application/problem+json" and int(answers[-1].headers["Retry-After"]) >= 1
    assert client.post("/v1/verify", json={"text": "verify is not limited by it"}).status_code == 200


def test_any_web_page_may_read_a_checks_answer(client):
    response = client.post("/v1/checks", json=REQUEST, headers={"Origin": "https://news.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
