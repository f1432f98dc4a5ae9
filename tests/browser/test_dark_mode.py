"""Dark mode follows the reader's system setting (prefers-color-scheme)."""
from __future__ import annotations

from playwright.sync_api import expect

MISQUOTE = "We call on Russia once again to immediately escalate the situation."


def _luminance(page, selector: str, prop: str) -> float:
    """Relative brightness (0 black .. 1 white) of an element's computed colour."""
    return page.eval_on_selector(selector, f"""(node) => {{
        const [r, g, b] = getComputedStyle(node).{prop}.match(/\\d+/g).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    }}""")


def test_the_page_is_dark_when_the_system_prefers_dark(page, server_url):
    page.emulate_media(color_scheme="dark")
    page.goto(f"{server_url}/?q={MISQUOTE}")
    expect(page.get_by_test_id("verdict")).to_be_visible()
    assert _luminance(page, "body", "backgroundColor") < 0.2
    assert _luminance(page, "body", "color") > 0.8
    assert _luminance(page, "#result", "backgroundColor") < 0.2
    assert _luminance(page, "#quote-text", "backgroundColor") < 0.2


def test_the_page_is_light_when_the_system_prefers_light(page, server_url):
    page.emulate_media(color_scheme="light")
    page.goto(f"{server_url}/")
    assert _luminance(page, "body", "backgroundColor") > 0.8
    assert _luminance(page, "body", "color") < 0.2
