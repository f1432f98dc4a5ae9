"""Shareable checks on the page: short /c/<id> links, the answer as it was, and a re-check."""
from __future__ import annotations

import re
import uuid

from playwright.sync_api import expect

from browser_support import api_post

MISQUOTE = "We call on Russia once again to immediately escalate the situation."
LINK = re.compile(r"/c/[a-z2-7]{20}$")


def test_a_4400_character_paragraph_gets_a_short_link_that_reopens_the_check(page, server_url):
    paragraph = (f"{MISQUOTE} " * 70)[:4400]
    page.goto(f"{server_url}/")
    page.get_by_label("Quote").fill(paragraph)
    page.get_by_role("button", name="Check quote").click()
    expect(page.get_by_test_id("verdict")).to_be_visible()
    permalink = page.get_by_test_id("permalink")
    expect(permalink).to_have_attribute("href", LINK)
    href = permalink.get_attribute("href")
    assert len(href) < len(server_url) + 30

    other = page.context.new_page()
    response = other.goto(href)
    assert response.status == 200
    expect(other.get_by_test_id("verdict")).to_have_attribute(
        "data-verdict", page.get_by_test_id("verdict").get_attribute("data-verdict"))
    expect(other.get_by_label("Quote")).to_have_value(paragraph)
    other.close()


def test_a_stored_check_shows_the_answer_as_it_was_and_re_checks_against_todays_index(page, server_url):
    words = f"The lighthouse keeper {uuid.uuid4().hex[:8]} will open the north harbour gate every morning"
    status, stored = api_post(server_url, "/v1/checks", {"text": words, "speaker": "Maren Holt"})
    assert status == 201 and stored["result"]["verdict"] == "not_found"
    status, _ = api_post(server_url, "/v1/articles", {
        "title": "Harbour gate", "url": f"https://news.example/{uuid.uuid4().hex}", "published": "2024-05-01",
        "text": f"The harbour master spoke on Monday.\n“{words},” Maren Holt said.\n"})
    assert status == 201

    page.goto(server_url + stored["url"])
    expect(page.get_by_test_id("verdict")).to_have_attribute("data-verdict", "not_found")
    expect(page.get_by_test_id("check-note")).to_contain_text("as it was")
    expect(page.get_by_label("Claimed speaker")).to_have_value("Maren Holt")
    expect(page.get_by_test_id("permalink")).to_have_attribute("href", server_url + stored["url"])

    page.get_by_test_id("recheck").click()
    expect(page.get_by_test_id("verdict")).to_have_attribute("data-verdict", "verified")
    expect(page.get_by_test_id("check-note")).to_contain_text("today’s index")


def test_an_unknown_check_says_not_found(page, server_url):
    response = page.goto(f"{server_url}/c/aaaaaaaaaaaaaaaaaaaa")
    assert response.status == 404
    expect(page.locator("#browse-view h1")).to_have_text("Not found")


def test_checking_a_quote_from_its_page_gives_a_short_link_not_the_text_in_the_address(page, server_url):
    page.goto(f"{server_url}/?view=speakers")
    page.get_by_role("link", name="Anthony Blinken").click()
    # A full sentence of his (a two-word fragment would be too short to single out one quote).
    page.get_by_test_id("speaker-quotes").locator("li", has_text="The document we").get_by_role(
        "link", name="sources and context").first.click()
    quote = page.get_by_test_id("quote-text").inner_text()
    page.get_by_role("button", name="Check this quote").click()
    expect(page.get_by_test_id("verdict")).to_have_attribute("data-verdict", "verified")
    expect(page.get_by_label("Quote")).to_have_value(quote)
    expect(page).to_have_url(LINK)
