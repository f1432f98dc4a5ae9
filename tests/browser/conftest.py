"""Fixtures for the browser tests: the real server, headless Chromium, the unpacked extension."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Tests are imported in importlib mode, which leaves sys.path alone; browser_support sits next to us.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser_support import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    EXTENSION_DIR,
    PAGES_DIR,
    running_server,
    static_site,
)


def pytest_collection_modifyitems(items):
    """Every test in this folder needs a browser: mark it so `-m "not browser"` skips them."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's Chromium; without it the browser tests skip, or fail on CI where it must exist."""
    if not Path(CHROMIUM).exists():
        reason = f"Chromium not found at {CHROMIUM} (install it with: apt-get install -y chromium)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return CHROMIUM


@pytest.fixture(scope="session")
def server_url(tmp_path_factory, chromium_path) -> Iterator[str]:
    """A real `quotecheck serve` with the seed article loaded, or QUOTECHECK_BROWSER_BASE_URL."""
    external = os.environ.get("QUOTECHECK_BROWSER_BASE_URL")
    if external:
        yield external.rstrip("/")
        return
    with running_server(tmp_path_factory.mktemp("server")) as url:
        yield url


@pytest.fixture(scope="session")
def pages_url() -> Iterator[str]:
    """Ordinary article pages with quotations in them, for the extension to check."""
    with static_site(PAGES_DIR) as url:
        yield url


@pytest.fixture(scope="session")
def playwright_instance():
    """One Playwright driver for the whole run."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance, chromium_path):
    """Headless Chromium for page tests."""
    browser = playwright_instance.chromium.launch(executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def page(browser):
    """A fresh tab with its own cookies and storage; page errors fail the test."""
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_default_timeout(15_000)
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture(scope="module")
def extension_context(playwright_instance, chromium_path, tmp_path_factory):
    """Chromium with the extension loaded unpacked, as a reader would load it."""
    profile = tmp_path_factory.mktemp("profile")
    extension = str(EXTENSION_DIR)
    context = playwright_instance.chromium.launch_persistent_context(
        str(profile),
        executable_path=chromium_path,
        headless=True,
        args=[*CHROMIUM_ARGS, f"--disable-extensions-except={extension}", f"--load-extension={extension}"],
    )
    context.set_default_timeout(15_000)
    yield context
    context.close()


@pytest.fixture(scope="module")
def service_worker(extension_context):
    """The extension's running service worker."""
    workers = [w for w in extension_context.service_workers if w.url.startswith("chrome-extension://")]
    worker = workers[0] if workers else extension_context.wait_for_event("serviceworker", timeout=15_000)
    return worker
