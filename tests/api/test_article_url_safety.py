"""POST /v1/articles {"url"} refuses addresses inside the network by default, also after a redirect."""
from __future__ import annotations

import ipaddress

import pytest

from service.ingest import fetch


@pytest.fixture(autouse=True)
def default_fetching(monkeypatch):
    """The default: no QUOTECHECK_FETCH_PRIVATE from the machine's environment."""
    monkeypatch.delenv("QUOTECHECK_FETCH_PRIVATE", raising=False)


def test_by_default_a_loopback_url_is_refused_with_403_and_never_fetched(make_client, local_site):
    client = make_client()
    url = local_site.add("/harbour", "<html><body><p>words</p></body></html>")
    response = client.post("/v1/articles", json={"url": url})
    assert response.status_code == 403 and response.mimetype == "application/problem+json"
    assert "127.0.0.1" in response.get_json()["detail"]
    assert local_site.hits == [] and client.get("/v1/quotes").get_json()["total"] == 0


@pytest.mark.parametrize("url", ["http://localhost:8000/", "http://169.254.169.254/latest/meta-data/",
                                 "http://[::1]/", "http://10.1.2.3/admin", "file:///etc/passwd"])
def test_by_default_private_metadata_and_non_http_urls_are_refused_with_403(make_client, url):
    assert make_client().post("/v1/articles", json={"url": url}).status_code == 403


@pytest.fixture
def site_counts_as_public(monkeypatch):
    """Treat the test site's 127.0.0.1 as a public address, every other address as usual."""
    real = fetch.refusal

    def refusal(address):
        return None if address == ipaddress.ip_address("127.0.0.1") else real(address)
    monkeypatch.setattr(fetch, "refusal", refusal)


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/",
                                    "http://[::1]:8000/", "file:///etc/passwd"])
def test_a_redirect_to_a_private_address_is_refused_after_the_hop(make_client, local_site, site_counts_as_public,
                                                                   target):
    client = make_client()
    start = local_site.add("/go", "", status=302, headers={"Location": target})
    response = client.post("/v1/articles", json={"url": start})
    assert response.status_code == 403, response.get_json()
    assert local_site.hits_of("/go") == 1 and client.get("/v1/quotes").get_json()["total"] == 0
