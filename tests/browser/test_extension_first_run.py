"""The extension on first run: the options page opens so the reader sets the service address."""
from __future__ import annotations

import time

from playwright.sync_api import expect


def _first_run_tab(worker, timeout: float = 15.0) -> str:
    """The url of the options tab the install opened (asked of the browser: it opened before the test)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        urls = worker.evaluate("chrome.tabs.query({}).then(tabs => tabs.map(t => t.url || t.pendingUrl || ''))")
        opened = [url for url in urls if url.endswith("/options.html?first-run=1")]
        if opened:
            return opened[0]
        time.sleep(0.2)
    raise AssertionError(f"no first-run options tab among {urls}")


def test_installing_opens_the_options_page_which_saves_the_service_address(extension_context, service_worker,
                                                                            server_url):
    url = _first_run_tab(service_worker)
    assert url.startswith(f"chrome-extension://{service_worker.url.split('/')[2]}/")
    options = extension_context.new_page()
    try:
        options.goto(url)
        expect(options.locator("#first-run")).to_be_visible()
        # The default address is tried at once and the outcome shown.
        expect(options.locator("#status")).to_contain_text("service answers at http://127.0.0.1:8000")
        options.get_by_label("Service address").fill(server_url)
        options.get_by_role("button", name="Save").click()
        expect(options.locator("#status")).to_have_text("Saved.")
        assert service_worker.evaluate("quotecheckSettings.loadSettings()")["serviceUrl"] == server_url
        options.get_by_role("button", name="Test connection").click()
        expect(options.locator("#status")).to_have_text(f"Connected to {server_url}.")
    finally:
        options.close()


def test_the_options_page_opened_by_hand_shows_no_welcome(extension_context, service_worker):
    options = extension_context.new_page()
    try:
        options.goto(f"chrome-extension://{service_worker.url.split('/')[2]}/options.html")
        expect(options.get_by_label("Service address")).to_be_visible()
        expect(options.locator("#first-run")).to_be_hidden()
    finally:
        options.close()
