"""Following RSS and Atom feeds: each new item's article is fetched and ingested once, across restarts.

A round reads each feed (a conditional GET with the ETag / Last-Modified it answered last time),
records the items not seen before in the store, then claims due items one at a time and ingests
each item's article by its link. Claims are made in the database, so several watchers sharing one
PostgreSQL store split the items between them and never ingest one twice. An item whose fetch
failed is tried again later, each time waiting twice as long, and given up after MAX_ATTEMPTS.
"""
from __future__ import annotations

import io
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin

from ..core.errors import FetchFailed, InvalidInput, TooLarge
from ..store.base import FeedItem, FeedState
from .fetch import FEED_TYPES, HTML_TYPES, FetchSettings, fetch
from .pages import ingest_url

log = logging.getLogger("quotecheck.watch")

LEASE = 15 * 60  # seconds a claimed item stays with its watcher before another may take it
RETRY_FIRST = 60  # seconds before the first retry of a failed item; doubled for each further failure
RETRY_LONGEST = 6 * 3600
MAX_ATTEMPTS = 8


@dataclass
class RoundSummary:
    """What one round over the feeds did."""

    feeds_read: int = 0
    feeds_unchanged: int = 0
    feeds_failed: list[str] = field(default_factory=list)
    new_items: int = 0
    ingested: int = 0
    already_stored: int = 0
    failed: int = 0

    def __str__(self) -> str:
        return (f"{self.feeds_read} feed(s) read ({self.feeds_unchanged} unchanged, {len(self.feeds_failed)} failed), "
                f"{self.new_items} new item(s): {self.ingested} ingested, {self.already_stored} already stored, "
                f"{self.failed} failed")


def retry_delay(attempts: int) -> float:
    """Seconds to wait after the `attempts`-th failed attempt."""
    return float(min(RETRY_FIRST * 2 ** max(attempts - 1, 0), RETRY_LONGEST))


def parse_feed(body: bytes, base_url: str) -> list[tuple[str, str, str | None]]:
    """Return (key, link, title) of every item of an RSS or Atom document that links to an article."""
    import feedparser

    # A file object, never a string: feedparser would fetch a string that looks like a url itself.
    parsed = feedparser.parse(io.BytesIO(body))
    if parsed.bozo and not parsed.entries and not parsed.get("feed"):
        raise InvalidInput(f"not an RSS or Atom feed: {parsed.get('bozo_exception')}")
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not link:
            continue
        link = urljoin(base_url, link)
        items.append((entry.get("id") or link, link, entry.get("title")))
    return items


class FeedWatcher:
    """Reads feeds and ingests their items' articles through a QuoteService."""

    def __init__(self, service, settings: FetchSettings, clock: Callable[[], float] = time.time,
                 lease: float = LEASE):
        self.service = service
        self.store = service.store
        self.settings = settings
        self.clock = clock
        self.lease = lease

    def poll(self, feed_url: str, summary: RoundSummary) -> None:
        """Read one feed and record its new items (nothing when it answers 304 Not Modified)."""
        state = self.store.feed_state(feed_url) or FeedState(feed_url)
        headers = {}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        # Feeds are often served as text/html or text/plain by mistake; the parser decides.
        got = fetch(feed_url, self.settings, accept=(*FEED_TYPES, *HTML_TYPES, "text/plain"), headers=headers)
        summary.feeds_read += 1
        if got.status == 304:
            summary.feeds_unchanged += 1
            log.info("%s: not modified", feed_url)
            return
        items = parse_feed(got.body, got.url)
        new = self.store.add_feed_items(feed_url, items, self.clock())
        summary.new_items += new
        self.store.save_feed_state(FeedState(feed_url, got.headers.get("etag"), got.headers.get("last-modified"),
                                             self.clock()))
        log.info("%s: %d item(s), %d new", feed_url, len(items), new)

    def work(self, feed_urls: list[str], summary: RoundSummary, stop: threading.Event | None = None) -> None:
        """Ingest due items of these feeds, one claimed item at a time, until none is due."""
        while not (stop and stop.is_set()):
            claimed = self.store.claim_feed_items(feed_urls, self.clock(), self.lease, limit=1)
            if not claimed:
                return
            self.ingest(claimed[0], summary)

    def ingest(self, item: FeedItem, summary: RoundSummary) -> None:
        """Fetch and ingest one item's article; record the outcome and log one line about it."""
        try:
            article, quotes, created = ingest_url(self.service, item.link, self.settings)
        except (FetchFailed, InvalidInput, TooLarge) as error:
            summary.failed += 1
            attempts = item.attempts + 1
            if attempts >= MAX_ATTEMPTS:
                self.store.fail_feed_item(item.id, str(error), None)
                log.warning("item %s: failed (%s); given up after %d attempts", item.link, error, attempts)
                return
            delay = retry_delay(attempts)
            self.store.fail_feed_item(item.id, str(error), self.clock() + delay)
            log.warning("item %s: failed (%s); retry in %d s", item.link, error, delay)
            return
        self.store.finish_feed_item(item.id, article.source.id)
        if created:
            summary.ingested += 1
            log.info("item %s: ingested, %d quote(s)", item.link, len(quotes))
        else:
            summary.already_stored += 1
            log.info("item %s: already stored", item.link)

    def run_once(self, feed_urls: list[str], stop: threading.Event | None = None) -> RoundSummary:
        """One round: read every feed, then ingest every due item."""
        summary = RoundSummary()
        for url in feed_urls:
            try:
                self.poll(url, summary)
            except (FetchFailed, InvalidInput) as error:
                summary.feeds_failed.append(url)
                log.warning("%s: cannot read the feed (%s)", url, error)
        self.work(feed_urls, summary, stop)
        return summary

    def run(self, feed_urls: list[str], interval: float, stop: threading.Event) -> None:
        """Rounds every `interval` seconds until `stop` is set."""
        while not stop.is_set():
            log.info("round done: %s", self.run_once(feed_urls, stop))
            stop.wait(interval)
