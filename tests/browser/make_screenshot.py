"""Render docs/screenshot-misquote.png: the page answering a misquote, from a real server.

    .venv/bin/python tests/browser/make_screenshot.py [--base-url http://127.0.0.1:8000]

Without --base-url it starts `quotecheck serve` on a fresh database holding the seed article.
"""
from __future__ import annotations

import argparse
import tempfile
from contextlib import nullcontext
from pathlib import Path
from urllib.parse import urlencode

from playwright.sync_api import sync_playwright

from browser_support import CHROMIUM, CHROMIUM_ARGS, REPO, running_server

MISQUOTE = "We call on Russia once again to immediately escalate the situation."
OUTPUT = REPO / "docs" / "screenshot-misquote.png"


def take_screenshot(base_url: str, output: Path) -> None:
    """Check the misquote through the page and save what a reader sees."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1000, "height": 900}, device_scale_factor=1)
        page.goto(f"{base_url}/?" + urlencode({"q": MISQUOTE, "speaker": "Jens Stoltenberg"}))
        page.get_by_test_id("verdict").wait_for()
        page.locator("details.context").evaluate("d => d.open = true")
        page.screenshot(path=str(output), full_page=True)
        browser.close()


def main() -> None:
    """Parse the arguments, start a server if needed, and write the screenshot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="a running quotecheck service (default: start one)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        server = nullcontext(args.base_url.rstrip("/")) if args.base_url else running_server(Path(workdir))
        with server as base_url:
            take_screenshot(base_url, args.output)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
