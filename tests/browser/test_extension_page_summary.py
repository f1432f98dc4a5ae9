"""The extension's page-wide check: its summary never covers the first quotation it marked."""
from __future__ import annotations

import re

from playwright.sync_api import expect


def _box(page, script: str) -> dict:
    return page.evaluate(f"() => {{ const r = ({script}).getBoundingClientRect(); "
                         "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; }")


def _overlap(a: dict, b: dict) -> bool:
    return a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


def test_the_summary_of_a_page_check_leaves_the_first_quotation_visible(extension_context, service_worker,
                                                                        server_url, pages_url):
    service_worker.evaluate("url => chrome.storage.sync.set({serviceUrl: url})", server_url)
    for width in (1200, 700, 420):
        page = extension_context.new_page()
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(f"{pages_url}/article.html")
        tab = service_worker.evaluate("async url => (await chrome.tabs.query({})).find(t => t.url === url).id",
                                      page.url)
        summary = service_worker.evaluate(
            "async tabId => handleMenuClick({menuItemId: 'quotecheck-check-page'}, {id: tabId})", tab)
        assert summary["state"] == "summary", summary
        card = page.locator("#quotecheck-card .card")
        expect(card).to_have_attribute("data-state", "summary")
        quote = _box(page, "document.querySelector('[data-quotecheck-id]')")
        panel = _box(page, "document.getElementById('quotecheck-card').shadowRoot.querySelector('.card')")
        assert not _overlap(quote, panel), (width, quote, panel)
        page.close()


def test_opening_a_marked_quotations_answer_gives_a_short_link_to_it(extension_context, service_worker,
                                                                     server_url, pages_url):
    service_worker.evaluate("url => chrome.storage.sync.set({serviceUrl: url})", server_url)
    page = extension_context.new_page()
    page.goto(f"{pages_url}/article.html")
    tab = service_worker.evaluate("async url => (await chrome.tabs.query({})).find(t => t.url === url).id", page.url)
    service_worker.evaluate("async tabId => handleMenuClick({menuItemId: 'quotecheck-check-page'}, {id: tabId})", tab)
    page.locator("#misquote [data-quotecheck-badge] button").click()
    full = page.locator("#quotecheck-card .card").get_by_role("link", name=re.compile("Full answer"))
    expect(full).to_have_attribute("href", re.compile(re.escape(f"{server_url}/c/") + "[a-z2-7]{20}$"))
    page.close()
