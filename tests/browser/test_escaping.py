"""Text from the index is shown as text: a quote full of markup cannot inject into the page."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from browser_support import api_post

HOSTILE_TEXT = 'Markup is words too <img src=x onerror="window.injected=1"> and <b>bold</b> claims'
HOSTILE_SPEAKER = "Eve <script>window.injected=2</script> Mallory"


@pytest.fixture(scope="module")
def hostile_quote(server_url):
    status, body = api_post(server_url, "/v1/quotes", {"quotes": [{
        "text": HOSTILE_TEXT,
        "speaker": HOSTILE_SPEAKER,
        "date": "2022-02-01",
        "source": {"url": "https://example.org/markup", "title": "<i>Italic</i> headline", "published": "2022-02-01"},
        "context": "Before. " + HOSTILE_TEXT + " After.",
    }]})
    assert status == 201, body
    return body["ids"][0]


def test_quote_with_markup_is_displayed_literally_in_an_answer(page, server_url, hostile_quote):
    page.goto(f"{server_url}/")
    page.get_by_label("Quote").fill("Markup is words too and bold claims")
    page.get_by_label("Quote").press("Enter")

    result = page.locator("#result")
    expect(page.get_by_test_id("verdict")).to_be_visible()
    expect(result.get_by_test_id("speaker")).to_have_text(HOSTILE_SPEAKER)
    expect(result.get_by_test_id("quote-diff")).to_contain_text('<img src=x onerror="window.injected=1">')
    expect(result.get_by_test_id("sources")).to_contain_text("<i>Italic</i> headline")
    assert result.locator("img, script, b, i").count() == 0
    assert page.evaluate("window.injected") is None


def test_quote_with_markup_is_displayed_literally_in_the_quote_view(page, server_url, hostile_quote):
    page.goto(f"{server_url}/?quote_id={hostile_quote}")

    expect(page.get_by_test_id("quote-text")).to_have_text(HOSTILE_TEXT)
    expect(page.get_by_test_id("quote-context")).to_contain_text("<b>bold</b>")
    assert page.locator("#browse-view img, #browse-view script, #browse-view b").count() == 0
    assert page.evaluate("window.injected") is None
