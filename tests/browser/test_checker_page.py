"""The fact-checker page at `/`: a reader checks a quote and reads the answer."""
from __future__ import annotations

import re
from urllib.parse import urlencode

from playwright.sync_api import expect

MISQUOTE = "We call on Russia once again to immediately escalate the situation."
DOOR = "The military alliance’s door remains open"
# Credited to Stoltenberg by his name beside it: evidence strong enough to contradict another claimed speaker.
STOLTENBERG_QUOTE = "We call on Russia once again to immediately de-escalate the situation"


def check(page, server_url, text, speaker=""):
    """Fill the form like a reader and submit it with the button."""
    page.goto(f"{server_url}/")
    page.get_by_label("Quote").fill(text)
    if speaker:
        page.get_by_label("Claimed speaker").fill(speaker)
    page.get_by_role("button", name="Check quote").click()
    return page.get_by_test_id("verdict")


def test_verified_quote_shows_green_badge_speaker_title_and_source(page, server_url):
    verdict = check(page, server_url, DOOR, speaker="Blinken")

    expect(verdict).to_have_attribute("data-verdict", "verified")
    expect(verdict).to_have_text(re.compile("Verified"))
    result = page.locator("#result")
    expect(result.get_by_test_id("speaker")).to_contain_text("Blinken")
    expect(result.get_by_test_id("speaker-title")).to_contain_text("Secretary of State")
    expect(result.get_by_test_id("sources")).to_contain_text("US and NATO Respond to Russian Demands Over Ukraine")
    expect(result.get_by_test_id("sources").locator("time")).to_have_attribute("datetime", "2022-01-28")
    # Nothing was changed, so nothing is marked as changed.
    expect(result.get_by_test_id("quote-diff").locator("del, ins, mark")).to_have_count(0)


def test_misquote_marks_de_escalate_replaced_by_escalate(page, server_url):
    verdict = check(page, server_url, MISQUOTE)

    expect(verdict).to_have_attribute("data-verdict", "misquoted")
    expect(verdict).to_have_text(re.compile("Misquoted"))
    diff = page.get_by_test_id("quote-diff")
    replaced = diff.locator("mark")
    expect(replaced).to_have_count(1)
    expect(replaced.locator("del")).to_have_text("de-escalate")
    expect(replaced.locator("ins")).to_have_text("escalate")
    expect(diff).to_contain_text("We call on Russia once again to immediately")
    expect(page.locator("#result .legend")).to_contain_text("replaced")
    expect(page.get_by_test_id("speaker")).to_contain_text("Stoltenberg")
    expect(page.get_by_test_id("summary")).to_contain_text("1 word replaced")


def test_stoltenberg_quote_claimed_for_blinken_is_misattributed_and_names_stoltenberg(page, server_url):
    verdict = check(page, server_url, STOLTENBERG_QUOTE, speaker="Antony Blinken")

    expect(verdict).to_have_attribute("data-verdict", "misattributed")
    expect(verdict).to_have_text(re.compile("Misattributed"))
    expect(page.get_by_test_id("speaker")).to_contain_text("Jens Stoltenberg")
    expect(page.get_by_test_id("speaker-title")).to_contain_text("NATO Secretary-General")
    expect(page.get_by_test_id("summary")).to_contain_text("not Antony Blinken")


def test_submitting_puts_the_short_link_of_the_stored_check_in_the_address_bar(page, server_url):
    check(page, server_url, MISQUOTE, speaker="Jens Stoltenberg")
    expect(page.get_by_test_id("verdict")).to_be_visible()

    expect(page.get_by_test_id("permalink")).to_have_attribute("href", re.compile(r"/c/[a-z2-7]{20}$"))
    expect(page).to_have_url(page.get_by_test_id("permalink").get_attribute("href"))


def test_permalink_reproduces_the_check_on_load(page, server_url):
    page.goto(f"{server_url}/?" + urlencode({"q": MISQUOTE, "speaker": "Jens Stoltenberg", "date": "2022-01-28"}))

    expect(page.get_by_test_id("verdict")).to_have_attribute("data-verdict", "misquoted")
    expect(page.get_by_label("Quote")).to_have_value(MISQUOTE)
    expect(page.get_by_label("Claimed speaker")).to_have_value("Jens Stoltenberg")
    expect(page.get_by_label("Claimed date")).to_have_value("2022-01-28")
    expect(page.get_by_test_id("quote-diff").locator("mark del")).to_have_text("de-escalate")


def test_enter_in_the_quote_field_submits_and_shift_enter_adds_a_line(page, server_url):
    page.goto(f"{server_url}/")
    field = page.get_by_label("Quote")
    field.fill("The military alliance’s door")
    field.press("Shift+Enter")
    expect(page.locator("#result")).to_be_hidden()
    field.press("End")
    field.type(" remains open")
    field.press("Enter")

    expect(page.get_by_test_id("verdict")).to_have_attribute("data-verdict", "verified")


def test_back_button_returns_to_the_previous_check(page, server_url):
    check(page, server_url, MISQUOTE)
    expect(page.get_by_test_id("verdict")).to_have_attribute("data-verdict", "misquoted")
    page.get_by_label("Quote").fill(DOOR)
    page.get_by_label("Quote").press("Enter")
    expect(page.get_by_test_id("verdict")).to_have_attribute("data-verdict", "verified")

    page.go_back()

    expect(page.get_by_test_id("verdict")).to_have_attribute("data-verdict", "misquoted")
    expect(page.get_by_label("Quote")).to_have_value(MISQUOTE)


def test_empty_submission_asks_for_a_quote_without_calling_the_service(page, server_url):
    page.goto(f"{server_url}/")
    calls = []
    page.on("request", lambda request: calls.append(request.url) if "/v1/verify" in request.url else None)
    page.get_by_role("button", name="Check quote").click()

    expect(page.locator("#status")).to_contain_text("Paste or type the quote")
    expect(page.get_by_label("Quote")).to_be_focused()
    assert calls == []


def test_words_left_out_at_an_ellipsis_are_shown_as_an_omission_not_a_change(page, server_url):
    verdict = check(page, server_url, "We call on Russia … to immediately de-escalate the situation")

    expect(verdict).to_have_attribute("data-verdict", "verified")
    diff = page.get_by_test_id("quote-diff")
    expect(diff.locator("del.omission")).to_have_text("once again")
    expect(diff.locator("mark, ins, del:not(.omission)")).to_have_count(0)
    expect(page.locator("#result .legend")).to_contain_text("left out")


def test_claimed_date_far_from_the_quote_is_flagged_with_the_real_date(page, server_url):
    page.goto(f"{server_url}/?" + urlencode({"q": DOOR, "date": "2023-06-01"}))

    expect(page.get_by_test_id("date-check")).to_contain_text("Date inconsistent")
    expect(page.get_by_test_id("date-check").locator("time")).to_have_attribute("datetime", "2022-01-28")


def test_text_nobody_said_is_not_found(page, server_url):
    verdict = check(page, server_url, "Penguins will be granted honorary membership of every library in Lisbon")

    expect(verdict).to_have_attribute("data-verdict", "not_found")
    expect(verdict).to_have_text(re.compile("Not found"))
    expect(page.get_by_test_id("summary")).to_contain_text("Nothing in the index is close enough")
    expect(page.get_by_test_id("quote-diff")).to_have_count(0)
