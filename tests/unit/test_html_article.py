"""Reading a news page: main text and metadata, without captions, navigation, related stories or footers."""
from __future__ import annotations

import pytest
from local_site import article_page

from service.core.errors import NoArticleText
from service.ingest.html_article import read_html


def test_a_one_paragraph_article_keeps_its_caption_out_of_the_text():
    page = article_page("Short story", ["“This plan protects jobs and the coastline at the same time,” Ortiz said."])
    article = read_html(page, "https://news.example/short")
    assert article.text == "“This plan protects jobs and the coastline at the same time,” Ortiz said."
    assert (article.title, article.author, article.outlet, article.published) == (
        "Short story", "Ana Ruiz", "Example News", "2024-03-05")


def test_the_same_page_read_twice_gives_the_same_article():
    page = article_page("Twice", ["The council met on Monday to discuss the harbour plan in detail."] * 2)
    assert read_html(page, "https://news.example/a") == read_html(page, "https://news.example/a")


def test_a_page_of_navigation_only_holds_no_article():
    with pytest.raises(NoArticleText):
        read_html("<html><body><nav><a href='/'>Home</a></nav><footer>© 2024</footer></body></html>")


def test_a_saved_page_takes_its_url_from_its_canonical_link():
    page = article_page("Canonical", ["The council met on Monday to discuss the harbour plan in detail."]).replace(
        "<head>", '<head><link rel="canonical" href="https://news.example/canonical">')
    assert read_html(page).url == "https://news.example/canonical"

