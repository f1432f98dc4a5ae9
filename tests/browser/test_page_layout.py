"""The page on a phone and from the keyboard: labelled fields, visible focus, no sideways scroll."""
from __future__ import annotations

from playwright.sync_api import expect

MISQUOTE = "We call on Russia once again to immediately escalate the situation."


def test_every_field_has_a_label(page, server_url):
    page.goto(f"{server_url}/")

    for label in ("Quote", "Claimed speaker", "Claimed date"):
        expect(page.get_by_label(label)).to_be_editable()


def test_keyboard_focus_is_visible_on_the_check_button(page, server_url):
    page.goto(f"{server_url}/")
    page.get_by_label("Quote").focus()
    button = page.get_by_role("button", name="Check quote")
    # Quote -> speaker -> the date's day, month and year parts -> the button.
    for _ in range(8):
        page.keyboard.press("Tab")
        if button.evaluate("b => b === document.activeElement"):
            break
    expect(button).to_be_focused()

    outline = button.evaluate("b => getComputedStyle(b).outlineStyle + ' ' + getComputedStyle(b).outlineWidth")
    assert not outline.startswith("none"), outline
    assert outline.split()[1] != "0px"


def test_answer_fits_a_phone_screen_without_sideways_scrolling(browser, server_url):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True,
                                  device_scale_factor=2)
    page = context.new_page()
    try:
        page.goto(f"{server_url}/?q={MISQUOTE}")
        expect(page.get_by_test_id("verdict")).to_be_visible()

        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0
        quote_box = page.get_by_label("Quote").bounding_box()
        speaker_box = page.get_by_label("Claimed speaker").bounding_box()
        assert speaker_box["y"] > quote_box["y"] + quote_box["height"] - 1, "fields stack in one column"
    finally:
        context.close()


def test_page_uses_no_resource_from_another_origin(page, server_url):
    foreign = []
    page.on("request", lambda r: foreign.append(r.url) if not r.url.startswith(server_url) else None)
    page.goto(f"{server_url}/?q={MISQUOTE}")
    expect(page.get_by_test_id("verdict")).to_be_visible()

    assert foreign == []
    csp = page.request.get(f"{server_url}/").headers.get("content-security-policy", "")
    assert "default-src 'self'" in csp
