"""The browse view: a speaker's quotes (`/?speaker_id=ID`) and a quote's sources (`/?quote_id=ID`)."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from browser_support import api_get


def speaker_id(server_url, name_part) -> str:
    speakers = api_get(server_url, "/v1/speakers?page_size=100")["items"]
    return next(s["id"] for s in speakers if name_part in s["name"])


def test_speaker_view_lists_the_speakers_quotes_with_title(page, server_url):
    page.goto(f"{server_url}/?speaker_id={speaker_id(server_url, 'Stoltenberg')}")

    expect(page.get_by_test_id("speaker-heading")).to_have_text("Jens Stoltenberg")
    quotes = page.get_by_test_id("speaker-quotes")
    expect(quotes).to_contain_text("We call on Russia once again to immediately de-escalate the situation")
    expect(quotes).to_contain_text("We see more troops")
    expect(quotes).not_to_contain_text("The military alliance’s door remains open")


def test_speakers_list_links_to_each_speaker(page, server_url):
    page.goto(f"{server_url}/?view=speakers")

    page.get_by_test_id("speaker-list").get_by_role("link", name=re.compile("Grushko")).click()

    expect(page.get_by_test_id("speaker-heading")).to_contain_text("Grushko")
    expect(page).to_have_url(re.compile(r"speaker_id="))


def test_quote_view_shows_its_sources_and_context(page, server_url):
    page.goto(f"{server_url}/?speaker_id={speaker_id(server_url, 'Grushko')}")
    page.get_by_test_id("speaker-quotes").get_by_role("link", name="sources and context").first.click()

    expect(page).to_have_url(re.compile(r"quote_id="))
    expect(page.get_by_test_id("sources")).to_contain_text("US and NATO Respond to Russian Demands Over Ukraine")
    expect(page.get_by_test_id("speaker")).to_contain_text("Grushko")


def test_speaker_name_in_an_answer_leads_to_the_speaker_view(page, server_url):
    page.goto(f"{server_url}/?q=" + "We+call+on+Russia+once+again+to+immediately+escalate+the+situation.")
    page.get_by_test_id("speaker").click()

    expect(page.get_by_test_id("speaker-heading")).to_have_text("Jens Stoltenberg")


def test_unknown_speaker_id_says_not_found(page, server_url):
    page.goto(f"{server_url}/?speaker_id=999999")

    expect(page.locator("#browse-view h1")).to_have_text("Not found")
