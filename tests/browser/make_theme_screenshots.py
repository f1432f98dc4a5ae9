"""Render docs/screenshot-light.png and docs/screenshot-dark.png: a misquote's answer in both colour schemes.

    .venv/bin/python tests/browser/make_theme_screenshots.py [--base-url http://127.0.0.1:8000]

Without --base-url it starts `quotecheck serve` on a fresh database holding the seed article.
"""
from __future__ import annotations

import argparse
import tempfile
from contextlib import nullcontext
from pathlib import Path

from playwright.sync_api import sync_playwright

from browser_support import CHROMIUM, CHROMIUM_ARGS, REPO, running_server

MISQUOTE = "We call on Russia once again to immediately escalate the situation."


def take_screenshots(base_url: str, folder: Path) -> list[Path]:
    """Check the misquote through the page in light and in dark mode; save what a reader sees."""
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for scheme in ("light", "dark"):
            page = browser.new_page(viewport={"width": 1000, "height": 900}, device_scale_factor=1,
                                    color_scheme=scheme)
            page.goto(f"{base_url}/")
            page.get_by_label("Quote").fill(MISQUOTE)
            page.get_by_label("Claimed speaker").fill("Jens Stoltenberg")
            page.get_by_role("button", name="Check quote").click()
            page.get_by_test_id("permalink").wait_for()
            page.evaluate("window.scrollTo(0, 0)")
            page.wait_for_timeout(800)  # the answer fades in
            output = folder / f"screenshot-{scheme}.png"
            page.screenshot(path=str(output), full_page=True)
            written.append(output)
            page.close()
        browser.close()
    return written


def main() -> None:
    """Parse the arguments, start a server if needed, and write the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="a running quotecheck service (default: start one)")
    parser.add_argument("--folder", type=Path, default=REPO / "docs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        server = nullcontext(args.base_url.rstrip("/")) if args.base_url else running_server(Path(workdir))
        with server as base_url:
            for path in take_screenshots(base_url, args.folder):
                print(f"wrote {path}")


if __name__ == "__main__":
    main()
