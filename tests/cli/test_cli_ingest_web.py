"""`quotecheck ingest URL...` and saved `.html` pages: read as the API reads a fetched page."""
from __future__ import annotations

import json

import pytest
from local_site import article_page

from service.cli import main

PAGE = article_page("Council approves the harbour plan", [
    "Mayor Lena Ortiz defended the harbour plan on Monday before a packed council chamber.",
    "“This plan protects jobs and the coastline at the same time,” Ortiz said.",
    "Critics were not convinced. “It is a giveaway to developers,” said Tom Baker, a council member.",
])


@pytest.fixture
def env(env, monkeypatch):
    """The clean environment, in which the test site on this machine may be fetched."""
    monkeypatch.setenv("QUOTECHECK_FETCH_PRIVATE", "1")
    return env


def _verify(db: str, capsys) -> dict:
    capsys.readouterr()
    assert main(["verify", "It is a giveaway to developers", "--speaker", "Tom Baker", "--database", db,
                 "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_ingest_fetches_a_url_and_its_quotes_become_verifiable(env, local_site, capsys):
    db = str(env / "cli.sqlite3")
    url = local_site.add("/harbour", PAGE)
    assert main(["ingest", url, "--database", db]) == 0
    answer = _verify(db, capsys)
    assert answer["verdict"] == "verified" and answer["matches"][0]["quote"]["sources"][0]["url"] == url


def test_ingest_reads_a_saved_html_page(env, capsys):
    db = str(env / "cli.sqlite3")
    page = env / "harbour.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["ingest", str(page), "--database", db]) == 0
    answer = _verify(db, capsys)
    assert answer["verdict"] == "verified"
    assert answer["matches"][0]["quote"]["sources"][0]["title"] == "Council approves the harbour plan"


def test_a_url_that_cannot_be_fetched_is_reported_and_the_command_exits_non_zero(env, local_site, capsys):
    db = str(env / "cli.sqlite3")
    assert main(["ingest", local_site.url + "/missing", "--database", db]) != 0
    assert "404" in capsys.readouterr().err


def test_by_default_ingest_refuses_a_loopback_url(env, local_site, monkeypatch, capsys):
    monkeypatch.delenv("QUOTECHECK_FETCH_PRIVATE")
    url = local_site.add("/harbour", PAGE)
    assert main(["ingest", url, "--database", str(env / "cli.sqlite3")]) != 0
    assert "refused" in capsys.readouterr().err and local_site.hits == []
