"""Reading RSS and Atom documents into (key, link, title) items."""
from __future__ import annotations

from service.ingest.feeds import parse_feed


def test_feed_items_link_to_absolute_urls_and_items_without_a_link_are_left_out():
    feed = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
            b"<item><title>A</title><link>/story/a</link></item>"
            b"<item><title>No link</title><description>nothing</description></item>"
            b"<item><title>B</title><link>https://other.example/b</link><guid>b-1</guid></item></channel></rss>")
    assert parse_feed(feed, "https://news.example/feed.xml") == [
        ("https://news.example/story/a", "https://news.example/story/a", "A"),
        ("b-1", "https://other.example/b", "B")]

