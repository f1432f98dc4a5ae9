"""A disputed attribution in real Chromium: the page's card and the extension's card list every candidate."""
from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

from browser_support import REPO, api_post, running_server

BUS = "Every family in this city deserves a bus that comes on time"
PRYCE = f"Bus lanes\n\nCouncillor Megan Pryce defended the plan on Tuesday.\n“{BUS},” Councillor Megan Pryce said.\n"
MAYOR = f"Transit session\n\nMayor Tomasz Wierzbicki opened the session.\n“{BUS},” Wierzbicki said.\n"
ARTICLES = [
    ("https://harbourtimes.example/bus", "Harbour Times", "2024-03-01", PRYCE),
    ("https://citypost.example/bus", "City Post", "2024-03-02", PRYCE + "\nReported by the City Post.\n"),
    ("https://mayorblog.example/bus", "Mayor's Blog", "2024-04-20", MAYOR),
]
SCREENSHOT = REPO / "docs" / "screenshot-disputed.png"


@pytest.fixture(scope="module")
def disputed_server(tmp_path_factory, chromium_path):
    """A server whose index credits the bus line to the councillor (two outlets) and to the mayor (one page)."""
    with running_server(tmp_path_factory.mktemp("disputed")) as url:
        for link, outlet, published, text in ARTICLES:
            status, body = api_post(url, "/v1/articles", {"url": link, "outlet": outlet, "published": published,
                                                          "title": f"{outlet}: the bus plan", "text": text})
            assert status == 201, body
        yield url


def test_the_page_shows_a_disputed_claim_plainly_with_each_candidate_earliest_first(page, disputed_server):
    page.goto(f"{disputed_server}/?" + urlencode({"q": BUS, "speaker": "Tomasz Wierzbicki"}))

    verdict = page.get_by_test_id("verdict")
    expect(verdict).to_have_attribute("data-verdict", "disputed")
    expect(verdict).to_have_text(re.compile("Disputed"))
    # Amber, never the green of a verified answer.
    assert verdict.evaluate("b => getComputedStyle(b).color") != "rgb(17, 99, 41)"
    expect(page.locator("#result .badge-verified")).to_have_count(0)
    expect(page.get_by_test_id("summary")).to_contain_text("Megan Pryce")
    expect(page.get_by_test_id("summary")).to_contain_text("Tomasz Wierzbicki")
    expect(page.get_by_test_id("reasons")).to_contain_text("different people")

    candidates = page.get_by_test_id("candidate")
    expect(candidates).to_have_count(2)
    expect(candidates.nth(0)).to_contain_text("Megan Pryce")  # first published, first listed
    expect(candidates.nth(0)).to_contain_text("2 outlets")
    expect(candidates.nth(0).locator("time").first).to_have_attribute("datetime", "2024-03-01")
    expect(candidates.nth(0).get_by_role("link", name="Harbour Times")).to_have_attribute(
        "href", "https://harbourtimes.example/bus")
    expect(candidates.nth(1)).to_contain_text("Tomasz Wierzbicki")
    expect(candidates.nth(1).get_by_role("link", name="Mayor's Blog")).to_be_visible()
    expect(page.get_by_test_id("credit").first).to_contain_text("sure")
    expect(page.get_by_test_id("earliest")).to_contain_text("first published 1 March 2024 by Harbour Times")
    expect(page.locator("#result dl.meta dt").first).to_have_text("Credited here to")

    page.locator("details.context").evaluate("d => d.open = true")
    page.screenshot(path=str(SCREENSHOT), full_page=True)


def test_a_quote_page_lists_each_source_with_whom_it_credits_and_how_surely(page, disputed_server):
    page.goto(f"{disputed_server}/?" + urlencode({"q": BUS}))
    page.get_by_test_id("verdict").wait_for()
    page.locator("#result").get_by_role("link", name="All about this quote").click()

    credits = page.get_by_test_id("credit")
    expect(credits.first).to_contain_text(re.compile(r"credits (Megan Pryce|Tomasz Wierzbicki) · \d+% sure"))


def test_the_extension_card_shows_a_disputed_claim_with_each_candidate(extension_context, service_worker, pages_url,
                                                                      disputed_server, server_url):
    from test_extension import CHECK_SELECTION, click_menu, select

    service_worker.evaluate("url => chrome.storage.sync.set({serviceUrl: url})", disputed_server)
    article = extension_context.new_page()
    try:
        article.goto(f"{pages_url}/disputed.html")
        answer = click_menu(service_worker, article, CHECK_SELECTION, select(article, "#disputed"))

        assert answer["answer"]["verdict"] == "disputed", answer
        card = article.locator("#quotecheck-card .card")
        expect(card.locator(".badge")).to_have_attribute("data-verdict", "disputed")
        expect(card.locator(".badge")).to_contain_text("Disputed")
        expect(card).not_to_contain_text("Verified")
        expect(card.locator(".disputed-head")).to_contain_text("disputed")
        candidates = card.locator(".candidate")
        expect(candidates).to_have_count(2)
        expect(candidates.nth(0)).to_contain_text("Megan Pryce")
        expect(candidates.nth(0)).to_contain_text("since 2024-03-01")
        expect(candidates.nth(0).get_by_role("link", name="Harbour Times")).to_have_attribute(
            "href", "https://harbourtimes.example/bus")
        expect(candidates.nth(1)).to_contain_text("Tomasz Wierzbicki")
        expect(card.locator(".reasons")).to_contain_text("different people")
        card.screenshot(path=str(SCREENSHOT.with_name("screenshot-disputed-extension.png")))
    finally:
        article.close()
        service_worker.evaluate("url => chrome.storage.sync.set({serviceUrl: url})", server_url)


def test_the_page_says_since_when_a_misquote_held_in_the_index_has_circulated(page, disputed_server):
    original = "We will never close the harbour to fishing boats"
    altered = "We will close the harbour to fishing boats"
    for n, (outlet, published, words) in enumerate((("harbourtimes", "2021-05-03", original),
                                                    ("citypost", "2021-05-04", original),
                                                    ("rumourmill", "2022-09-12", altered))):
        text = f"Harbour\n\nMayor Lena Ortiz spoke on Monday.\n“{words},” Ortiz said.\n\nFiled by {outlet}.\n"
        status, _ = api_post(disputed_server, "/v1/articles", {"url": f"https://{outlet}.example/harbour-{n}",
                                                               "outlet": outlet, "published": published, "text": text})
        assert status == 201

    page.goto(f"{disputed_server}/?" + urlencode({"q": altered, "speaker": "Lena Ortiz"}))

    expect(page.get_by_test_id("verdict")).to_have_attribute("data-verdict", "misquoted")
    note = page.get_by_test_id("circulating")
    expect(note).to_contain_text("This misquote has circulated since 12 September 2022")
    expect(note.get_by_role("link", name="rumourmill")).to_have_attribute("href", "https://rumourmill.example/harbour-2")
    expect(page.get_by_test_id("quote-diff").locator("del")).to_have_text("never")
