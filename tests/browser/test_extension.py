"""The browser extension, loaded unpacked into headless Chromium, checking quotes on a page.

Headless Chromium has no context menu to click, so the tests call the service worker's
`handleMenuClick(info, tab)` — the very function the menu's click listener calls — with the
same `info` the menu would pass.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from browser_support import EXTENSION_DIR

CHECK_SELECTION = "quotecheck-check-selection"
CHECK_PAGE = "quotecheck-check-page"


@pytest.fixture(scope="module")
def extension(service_worker, server_url):
    """The extension pointed at the test server through its own settings storage."""
    service_worker.evaluate("url => chrome.storage.sync.set({serviceUrl: url})", server_url)
    return service_worker


@pytest.fixture
def article(extension_context, pages_url):
    """An ordinary news page with quotations, open in a tab."""
    page = extension_context.new_page()
    page.goto(f"{pages_url}/article.html")
    yield page
    page.close()


def tab_id(worker, page) -> int:
    """The extension's id for the tab showing `page`."""
    return worker.evaluate("async url => (await chrome.tabs.query({})).find(t => t.url === url).id", page.url)


def select(page, selector) -> str:
    """Select an element's text as a reader would by dragging; returns the selected text."""
    return page.evaluate("""selector => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector(selector));
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString();
    }""", selector)


def click_menu(worker, page, menu_item, selection_text=None):
    info = {"menuItemId": menu_item, "pageUrl": page.url}
    if selection_text is not None:
        info["selectionText"] = selection_text
    return worker.evaluate("async ([info, tabId]) => handleMenuClick(info, {id: tabId})", [info, tab_id(worker, page)])


def test_manifest_asks_only_for_the_permissions_it_needs():
    manifest = json.loads((EXTENSION_DIR / "manifest.json").read_text())

    assert manifest["manifest_version"] == 3
    assert sorted(manifest["permissions"]) == ["activeTab", "contextMenus", "scripting", "storage"]
    assert manifest["host_permissions"] == ["http://127.0.0.1/*", "http://localhost/*"]
    assert "<all_urls>" not in json.dumps(manifest)
    assert not manifest.get("content_scripts"), "page code is injected on demand only"


def test_extension_code_loads_nothing_remote():
    for path in Path(EXTENSION_DIR).glob("*.*"):
        if path.suffix in {".js", ".html", ".css"}:
            text = path.read_text()
            assert not re.search(r"""(src|href)=["']https?://""", text), path.name
            assert "eval(" not in text and "new Function" not in text, path.name


def test_service_worker_runs_with_the_default_service_address(service_worker):
    assert service_worker.url.startswith("chrome-extension://")
    assert service_worker.url.endswith("/background.js")
    default = service_worker.evaluate("quotecheckSettings.DEFAULT_SERVICE_URL")
    assert default == "http://127.0.0.1:8000"


def test_checking_a_selected_misquote_shows_verdict_speaker_and_source_in_a_card(extension, article, server_url):
    selected = select(article, "#misquote")

    answer = click_menu(extension, article, CHECK_SELECTION, selected)

    assert answer["state"] == "done", answer
    assert answer["answer"]["verdict"] == "misquoted"
    card = article.locator("#quotecheck-card .card")
    expect(card).to_have_attribute("data-state", "done")
    expect(card.locator(".badge")).to_have_attribute("data-verdict", "misquoted")
    expect(card.locator(".badge")).to_contain_text("Misquoted")
    expect(card.locator(".who")).to_contain_text("Jens Stoltenberg")
    expect(card.locator("del").first).to_have_text("de-escalate")
    expect(card.locator(".source")).to_contain_text("US and NATO Respond to Russian Demands Over Ukraine")
    full = card.get_by_role("link", name=re.compile("Full answer"))
    expect(full).to_have_attribute("href", re.compile(re.escape(f"{server_url}/c/") + "[a-z2-7]{20}$"))


def test_card_stays_until_dismissed(extension, article):
    click_menu(extension, article, CHECK_SELECTION, select(article, "#verified"))
    card = article.locator("#quotecheck-card .card")
    expect(card.locator(".badge")).to_have_attribute("data-verdict", "verified")

    article.mouse.click(5, 5)
    article.wait_for_timeout(300)
    expect(card).to_be_visible()

    card.get_by_role("button", name="Dismiss quotecheck result").click()
    expect(article.locator("#quotecheck-card")).to_have_count(0)


def test_selected_quote_attributed_to_the_wrong_person_is_misattributed(extension, article):
    answer = click_menu(extension, article, CHECK_SELECTION, select(article, "#misattributed"))

    assert answer["answer"]["verdict"] == "misattributed", answer
    card = article.locator("#quotecheck-card .card")
    expect(card.locator(".badge")).to_have_attribute("data-verdict", "misattributed")
    expect(card.locator(".who")).to_contain_text("Grushko")


def test_full_answer_link_opens_the_same_verdict_on_the_web_page(extension, article, extension_context):
    click_menu(extension, article, CHECK_SELECTION, select(article, "#misquote"))
    link = article.locator("#quotecheck-card .card").get_by_role("link", name=re.compile("Full answer"))
    href = link.get_attribute("href")

    web = extension_context.new_page()
    web.goto(href)
    expect(web.get_by_test_id("verdict")).to_have_attribute("data-verdict", "misquoted")
    web.close()


def test_unreachable_service_is_explained_in_the_card(extension, article, server_url):
    extension.evaluate("url => chrome.storage.sync.set({serviceUrl: url})", "http://127.0.0.1:9")
    try:
        answer = click_menu(extension, article, CHECK_SELECTION, "“We will read it,” he said.")
    finally:
        extension.evaluate("url => chrome.storage.sync.set({serviceUrl: url})", server_url)

    assert answer["state"] == "error"
    expect(article.locator("#quotecheck-card .card .error")).to_contain_text("could not be reached")


def test_checking_the_whole_page_marks_each_quotation_in_place(extension, article):
    summary = click_menu(extension, article, CHECK_PAGE)

    assert summary["state"] == "summary", summary
    assert summary["total"] == 3
    expect(article.locator("#misquote [data-quotecheck-badge]")).to_have_attribute("data-quotecheck-badge", "misquoted")
    expect(article.locator("#verified [data-quotecheck-badge]")).to_have_attribute("data-quotecheck-badge", "verified")
    expect(article.locator("#misattributed [data-quotecheck-badge]")).to_have_attribute(
        "data-quotecheck-badge", "misattributed")
    expect(article.locator("#plain [data-quotecheck-badge]")).to_have_count(0)
    expect(article.locator("#misquote [data-quotecheck-mark]")).to_contain_text("immediately escalate")

    article.locator("#misquote [data-quotecheck-badge] button").click()
    expect(article.locator("#quotecheck-card .card .badge")).to_have_attribute("data-verdict", "misquoted")


def test_options_page_saves_the_service_address_and_key(extension_context, service_worker, server_url):
    extension_id = service_worker.url.split("/")[2]
    options = extension_context.new_page()
    try:
        options.goto(f"chrome-extension://{extension_id}/options.html")
        options.get_by_label("Service address").fill("http://localhost:8123/")
        options.get_by_label("Key").fill("  secret-key ")
        options.get_by_role("button", name="Save").click()
        expect(options.locator("#status")).to_have_text("Saved.")

        stored = service_worker.evaluate("quotecheckSettings.loadSettings()")
        assert stored == {"serviceUrl": "http://localhost:8123", "apiKey": "secret-key"}

        options.get_by_label("Service address").fill("ftp://example.org")
        options.get_by_role("button", name="Save").click()
        expect(options.locator("#status")).to_contain_text("must start with http")
    finally:
        options.close()
        service_worker.evaluate("url => chrome.storage.sync.set({serviceUrl: url})", server_url)
        service_worker.evaluate("chrome.storage.local.set({apiKey: ''})")
