"""The search view (/search?q=&speaker=) and the speaker list, a page at a time."""
from __future__ import annotations

import uuid

from playwright.sync_api import expect

from browser_support import api_get, api_post


def _add_quotes(server_url: str, word: str, count: int, speaker=lambda n: "Pia Pagewell") -> None:
    records = [{"text": f"The {word} plan number {n} will be ready before the winter", "speaker": speaker(n)}
               for n in range(count)]
    status, body = api_post(server_url, "/v1/quotes", {"quotes": records})
    assert status == 201, body


def test_search_finds_quotes_by_words_and_speaker_and_pages_through_them(page, server_url):
    word = f"zq{uuid.uuid4().hex[:6]}"
    _add_quotes(server_url, word, 25)
    page.goto(f"{server_url}/search?q={word}")
    expect(page.get_by_test_id("search-total")).to_contain_text("25 quotes")
    expect(page.get_by_test_id("search-results").locator("li")).to_have_count(20)
    expect(page.get_by_test_id("pager")).to_contain_text("Page 1 of 2")

    page.get_by_role("link", name="Next →").click()
    expect(page).to_have_url(f"{server_url}/search?q={word}&page=2")
    expect(page.get_by_test_id("search-results").locator("li")).to_have_count(5)
    expect(page.get_by_test_id("search-results")).to_contain_text("Pia Pagewell")


def test_the_search_form_filters_by_speaker(page, server_url):
    page.goto(f"{server_url}/search")
    page.get_by_label("Words", exact=True).fill("door remains open")
    page.get_by_label("Speaker", exact=True).fill("Blinken")
    page.get_by_role("button", name="Search").click()
    expect(page).to_have_url(f"{server_url}/search?q=door+remains+open&speaker=Blinken")
    expect(page.get_by_test_id("search-results")).to_contain_text("door remains open")
    page.get_by_label("Speaker", exact=True).fill("Stoltenberg")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_test_id("search-total")).to_contain_text("0 quotes")


def test_the_speaker_list_shows_every_speaker_a_page_at_a_time(page, server_url):
    tag = uuid.uuid4().hex[:5]
    _add_quotes(server_url, f"pg{tag}", 110, speaker=lambda n: f"Ola Zed{tag}{chr(97 + n // 26)}{chr(97 + n % 26)}")
    total = api_get(server_url, "/v1/speakers?page_size=1")["total"]
    assert total > 100
    page.goto(f"{server_url}/?view=speakers")
    expect(page.get_by_test_id("speaker-total")).to_contain_text(f"{total} speakers")
    expect(page.get_by_test_id("speaker-list").locator("li")).to_have_count(50)
    last = (total + 49) // 50
    page.goto(f"{server_url}/?view=speakers&page={last}")
    expect(page.get_by_test_id("pager")).to_contain_text(f"Page {last} of {last}")
    expect(page.get_by_test_id("speaker-list").locator("li")).to_have_count(total - 50 * (last - 1))
