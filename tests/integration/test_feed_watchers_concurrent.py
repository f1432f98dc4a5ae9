"""Several watchers on one PostgreSQL store split a feed's items: none is ingested twice."""
from __future__ import annotations

import threading

import pytest
from local_site import rss_feed, story

from service import create_app
from service.ingest.feeds import FeedWatcher
from service.ingest.fetch import FetchSettings


def make_config(folder, **settings) -> dict:
    """Settings of a hermetic app on an empty database (no seeds, no rate limit)."""
    return {"TESTING": True, "DATABASE": str(folder / "quotecheck.sqlite3"), "SEEDS": "", "RATE_LIMIT": "",
            "SYNC_INTERVAL": 0.0, **settings}


pytestmark = pytest.mark.postgres
ITEMS = 12
WATCHERS = 3


def test_concurrent_watchers_on_postgresql_never_ingest_an_item_twice(tmp_path, postgres_url, local_site):
    # Each page answers slowly, so the watchers are busy at the same time and must share the work.
    links = [local_site.add(f"/story/{n}", story(n), delay=0.15) for n in range(ITEMS)]
    feed = local_site.add("/feed.xml", rss_feed(links), content_type="application/rss+xml")
    apps = [create_app(make_config(tmp_path / f"w{n}", SEEDS="", DATABASE=postgres_url)) for n in range(WATCHERS)]
    settings = FetchSettings(allow_private=True, timeout=10)
    start = threading.Barrier(WATCHERS)
    summaries: list = [None] * WATCHERS

    def watch(n: int) -> None:
        watcher = FeedWatcher(apps[n].extensions["quotecheck"], settings)
        start.wait()
        summaries[n] = watcher.run_once([feed])

    threads = [threading.Thread(target=watch, args=(n,)) for n in range(WATCHERS)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert all(local_site.hits_of(f"/story/{n}") == 1 for n in range(ITEMS))
        assert sum(s.ingested for s in summaries) == ITEMS and sum(s.already_stored for s in summaries) == 0
        assert sum(1 for s in summaries if s.ingested) >= 2  # the work was shared
        store = apps[0].extensions["quotecheck"].store
        assert {item.status for item in store.list_feed_items(feed)} == {"done"}
        assert len({item.article_id for item in store.list_feed_items(feed)}) == ITEMS
    finally:
        for app in apps:
            app.extensions["quotecheck"].close()


def test_a_claim_taken_by_one_watcher_is_skipped_by_another_until_it_lapses(tmp_path, postgres_url):
    apps = [create_app(make_config(tmp_path / f"w{n}", SEEDS="", DATABASE=postgres_url)) for n in range(2)]
    try:
        first, second = (app.extensions["quotecheck"].store for app in apps)
        first.add_feed_items("https://feed.example/rss", [("a", "https://news.example/a", None)], now=100.0)
        assert [i.key for i in first.claim_feed_items(["https://feed.example/rss"], now=100.0, lease=60)] == ["a"]
        assert second.claim_feed_items(["https://feed.example/rss"], now=120.0, lease=60) == []
        assert [i.key for i in second.claim_feed_items(["https://feed.example/rss"], now=161.0, lease=60)] == ["a"]
    finally:
        for app in apps:
            app.extensions["quotecheck"].close()
