"""The page and the extension explain a verdict's reasons in words (real headless Chromium)."""
from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]
NUMBER = ("Russia is in the process of deploying thousands of troops, hundreds of aircraft, S-300 air defence "
          "systems")
OMISSION = "We see more troops … in and around Ukraine"


def check(page, server_url, text):
    page.goto(f"{server_url}/")
    page.get_by_label("Quote").fill(text)
    page.get_by_role("button", name="Check quote").click()
    expect(page.get_by_test_id("verdict")).to_have_attribute("data-verdict", "misquoted")
    return page.get_by_test_id("reasons")


def test_the_page_says_which_number_was_changed(page, server_url):
    reasons = check(page, server_url, NUMBER)
    expect(reasons.locator("[data-reason=number_changed]")).to_have_text("A number was changed: S-400 → S-300.")


def test_the_page_says_which_word_an_omission_left_out(page, server_url):
    reasons = check(page, server_url, OMISSION)
    sentence = reasons.locator("[data-reason=omission_changes_meaning]")
    expect(sentence).to_contain_text("The omitted words contained not")
    expect(sentence.locator("em")).to_have_text("not")


def test_a_verified_quote_lists_no_reasons(page, server_url):
    page.goto(f"{server_url}/")
    page.get_by_label("Quote").fill("The military alliance’s door remains open")
    page.get_by_role("button", name="Check quote").click()
    expect(page.get_by_test_id("verdict")).to_have_attribute("data-verdict", "verified")
    expect(page.get_by_test_id("reasons")).to_have_count(0)


def test_the_extension_ships_the_page_s_reasons_script_unchanged():
    assert (ROOT / "extension" / "reasons.js").read_text() == (ROOT / "service/web/static/reasons.js").read_text()


@pytest.fixture(scope="module")
def extension(service_worker, server_url):
    """The extension pointed at the test server."""
    service_worker.evaluate("url => chrome.storage.sync.set({serviceUrl: url})", server_url)
    return service_worker


def test_the_extension_card_says_which_number_was_changed_and_what_an_omission_left_out(
        extension, extension_context, pages_url):
    article = extension_context.new_page()
    try:
        article.goto(f"{pages_url}/article.html")
        tab = extension.evaluate("async url => (await chrome.tabs.query({})).find(t => t.url === url).id", article.url)
        card = article.locator("#quotecheck-card .card")
        for text, reason, sentence in [
            (NUMBER, "number_changed", "A number was changed: S-400 → S-300."),
            (OMISSION, "omission_changes_meaning", "The omitted words contained not"),
        ]:
            info = {"menuItemId": "quotecheck-check-selection", "pageUrl": article.url, "selectionText": text}
            answer = extension.evaluate("async ([info, tabId]) => handleMenuClick(info, {id: tabId})", [info, tab])
            assert answer["state"] == "done" and reason in answer["answer"]["reasons"], answer
            expect(card.locator(f"[data-reason={reason}]")).to_contain_text(sentence)
    finally:
        article.close()
