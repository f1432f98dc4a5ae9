"""POST /v1/articles {"url"}: the page is fetched safely, its article read and its quotes extracted."""
from __future__ import annotations

import pytest
from local_site import article_page

PARAGRAPHS = [
    "Mayor Lena Ortiz defended the harbour plan on Monday before a packed council chamber.",
    "“This plan protects jobs and the coastline at the same time,” Ortiz said.",
    "Critics were not convinced. “It is a giveaway to developers,” said Tom Baker, a council member.",
]
PAGE = article_page("Council approves the harbour plan", PARAGRAPHS)


@pytest.fixture
def client(make_client):
    """An app allowed to fetch from this machine, where the test site runs."""
    return make_client(FETCH_PRIVATE=True)


def test_an_article_posted_by_url_is_fetched_read_and_its_quotes_extracted(client, local_site):
    url = local_site.add("/harbour", PAGE)
    response = client.post("/v1/articles", json={"url": url})
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    article = body["article"]
    assert (article["title"], article["author"], article["outlet"], article["published"], article["url"]) == (
        "Council approves the harbour plan", "Ana Ruiz", "Example News", "2024-03-05", url)
    speakers = {q["text"]: q["speaker"]["name"] for q in body["quotes"]}
    assert speakers == {"This plan protects jobs and the coastline at the same time": "Lena Ortiz",
                        "It is a giveaway to developers": "Tom Baker"}


def test_navigation_captions_related_stories_and_footers_are_left_out_of_the_text(client, local_site):
    url = local_site.add("/harbour", PAGE)
    created = client.post("/v1/articles", json={"url": url}).get_json()
    text = client.get(f"/v1/articles/{created['article']['id']}").get_json()["article"]["text"]
    assert "packed council chamber" in text and "giveaway to developers" in text
    for boilerplate in ("Captions are not the story", "Read this other story", "Subscribe today", "Sport"):
        assert boilerplate not in text


def test_every_quote_of_a_fetched_article_links_back_to_its_url(client, local_site):
    url = local_site.add("/harbour", PAGE)
    client.post("/v1/articles", json={"url": url})
    answer = client.post("/v1/verify", json={"text": "It is a giveaway to developers", "speaker": "Tom Baker"})
    source = answer.get_json()["matches"][0]["quote"]["sources"][0]
    assert answer.get_json()["verdict"] == "verified" and source["url"] == url


def test_the_fetch_names_the_project_and_its_version_as_user_agent(client, local_site):
    url = local_site.add("/harbour", PAGE)
    client.post("/v1/articles", json={"url": url})
    agent = local_site.hits[0].headers["User-Agent"]
    assert agent.startswith("quotecheck/") and agent.split()[0] != "quotecheck/"


def test_posting_the_same_url_again_answers_200_without_fetching_it_again(client, local_site):
    url = local_site.add("/harbour", PAGE)
    first = client.post("/v1/articles", json={"url": url}).get_json()
    again = client.post("/v1/articles", json={"url": url})
    assert again.status_code == 200, again.get_json()
    assert again.get_json()["article"]["id"] == first["article"]["id"]
    assert local_site.hits_of("/harbour") == 1


def test_metadata_given_in_the_request_wins_over_the_pages(client, local_site):
    url = local_site.add("/harbour", PAGE)
    body = client.post("/v1/articles", json={"url": url, "outlet": "The Harbour Gazette"}).get_json()
    assert body["article"]["outlet"] == "The Harbour Gazette" and body["article"]["author"] == "Ana Ruiz"


def test_a_page_without_a_date_in_its_metadata_gets_the_date_htmldate_finds(client, local_site):
    page = PAGE.replace('<meta property="article:published_time" content="2024-03-05T09:30:00Z">', "") \
        .replace("<h1>", '<p class="date">Published 7 April 2023</p><h1>')
    url = local_site.add("/undated", page)
    assert client.post("/v1/articles", json={"url": url}).get_json()["article"]["published"] == "2023-04-07"


def test_a_redirect_is_followed_and_the_article_keeps_the_final_url(client, local_site):
    final = local_site.add("/story", PAGE)
    start = local_site.add("/short", "", status=301, headers={"Location": "/story"})
    body = client.post("/v1/articles", json={"url": start}).get_json()
    assert body["article"]["url"] == final


def _problem(response, status: int) -> dict:
    assert response.status_code == status, response.get_json()
    assert response.mimetype == "application/problem+json"
    return response.get_json()


def test_an_upstream_404_answers_422_with_the_upstream_status_and_stores_nothing(client, local_site):
    body = _problem(client.post("/v1/articles", json={"url": local_site.url + "/gone"}), 422)
    assert body["upstream_status"] == 404 and "404" in body["detail"]
    assert client.get("/v1/quotes").get_json()["total"] == 0


def test_a_pdf_answers_415(client, local_site):
    url = local_site.add("/report.pdf", b"%PDF-1.7 not a page", content_type="application/pdf")
    assert "application/pdf" in _problem(client.post("/v1/articles", json={"url": url}), 415)["detail"]


def test_a_page_over_the_size_limit_answers_413(make_client, local_site):
    client = make_client(FETCH_PRIVATE=True, FETCH_MAX_BYTES=10_000)
    url = local_site.add("/huge", PAGE + "<!--" + "x" * 20_000 + "-->")
    _problem(client.post("/v1/articles", json={"url": url}), 413)


def test_a_page_that_does_not_answer_in_time_answers_504(make_client, local_site):
    client = make_client(FETCH_PRIVATE=True, FETCH_TIMEOUT=0.5)
    url = local_site.add("/slow", PAGE, delay=2.0)
    _problem(client.post("/v1/articles", json={"url": url}), 504)


def test_an_unreachable_host_answers_502(client):
    _problem(client.post("/v1/articles", json={"url": "http://127.0.0.1:9/nothing"}), 502)


def test_a_page_with_no_article_text_answers_422(client, local_site):
    url = local_site.add("/empty", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    _problem(client.post("/v1/articles", json={"url": url}), 422)


def test_an_article_without_text_or_url_is_refused_naming_the_field(client):
    body = _problem(client.post("/v1/articles", json={"title": "Nothing"}), 422)
    assert "text" in body["errors"]


def test_fetching_by_url_is_a_write_and_needs_a_key_when_keys_are_set(make_client, local_site):
    client = make_client(FETCH_PRIVATE=True, API_KEYS=["sekret"])
    url = local_site.add("/harbour", PAGE)
    assert client.post("/v1/articles", json={"url": url}).status_code == 401
    assert local_site.hits_of("/harbour") == 0
    keyed = client.post("/v1/articles", json={"url": url}, headers={"Authorization": "Bearer sekret"})
    assert keyed.status_code == 201


def test_the_environment_setting_allows_private_fetching_for_any_app(make_client, local_site, monkeypatch):
    monkeypatch.setenv("QUOTECHECK_FETCH_PRIVATE", "1")
    url = local_site.add("/harbour", PAGE)
    assert make_client().post("/v1/articles", json={"url": url}).status_code == 201
