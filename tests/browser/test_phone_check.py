"""On a phone, the verdict comes into view after "Check" (it lies below the form)."""
from __future__ import annotations

from playwright.sync_api import expect

MISQUOTE = "We call on Russia once again to immediately escalate the situation."


def test_after_check_the_verdict_is_scrolled_into_view_on_a_phone(browser, server_url):
    context = browser.new_context(viewport={"width": 390, "height": 664}, is_mobile=True, has_touch=True,
                                  device_scale_factor=2)
    page = context.new_page()
    try:
        page.goto(f"{server_url}/")
        page.get_by_label("Quote").fill(MISQUOTE)
        page.get_by_role("button", name="Check quote").tap()
        verdict = page.get_by_test_id("verdict")
        expect(verdict).to_be_visible()
        expect(verdict).to_be_in_viewport()
        assert page.evaluate("window.scrollY") > 0
    finally:
        context.close()
