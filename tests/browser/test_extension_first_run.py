"""The extension on first run: the options page opens so the reader sets the service address."""
from __future__ import annotations

import time

from playwright.sync_api import expect


def _first_run_page(context, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for page in context.pages:
            if "options.html?first-run=1" in page.url:
                return page
        time.sleep(0.2)
    raise AssertionError(f"no first-run options page among {[p.url for p in context.pages]}")


def test_installing_opens_the_options_page_which_saves_the_service_address(extension_context, service_worker,
                                                                            server_url):
    options = _first_run_page(extension_context)
    expect(options.locator("#first-run")).to_be_visible()
    # The default address is tried at once and the answer shown.
    expect(options.locator("#status")).to_contain_text("service answers at http://127.0.0.1:8000")
    options.get_by_label("Service address").fill(server_url)
    options.get_by_role("button", name="Save").click()
    expect(options.locator("#status")).to_have_text("Saved.")
    assert service_worker.evaluate("quotecheckSettings.loadSettings()")["serviceUrl"] == server_url
    options.get_by_role("button", name="Test connection").click()
    expect(options.locator("#status")).to_have_text(f"Connected to {server_url}.")
