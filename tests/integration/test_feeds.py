"""Feeds: each new item's article ingested once, across restarts, with retries and conditional GETs."""
from __future__ import annotations

import logging

import pytest
from local_site import atom_feed, rss_feed, story

from service import create_app
from service.ingest.feeds import FeedWatcher, retry_delay
from service.ingest.fetch import FetchSettings


def make_config(folder, **settings) -> dict:
    """Settings of a hermetic app on an empty database (no seeds, no rate limit)."""
    return {"TESTING": True, "DATABASE": str(folder / "quotecheck.sqlite3"), "SEEDS": "", "RATE_LIMIT": "",
            "SYNC_INTERVAL": 0.0, **settings}


SETTINGS = FetchSettings(allow_private=True, timeout=5)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def open_app(tmp_path, database):
    """Open (and later close) apps on one empty database, as restarted watchers would."""
    apps = []

    def open_() -> object:
        app = create_app(make_config(tmp_path, SEEDS="", DATABASE=database))
        apps.append(app)
        return app.extensions["quotecheck"]

    yield open_
    for app in apps:
        app.extensions["quotecheck"].close()


def _stories(site, count: int, start: int = 1) -> list[str]:
    return [site.add(f"/story/{n}", story(n)) for n in range(start, start + count)]


def test_one_round_ingests_every_item_of_an_rss_feed(open_app, local_site):
    links = _stories(local_site, 3)
    feed = local_site.add("/feed.xml", rss_feed(links), content_type="application/rss+xml")
    service = open_app()
    summary = FeedWatcher(service, SETTINGS).run_once([feed])
    assert (summary.ingested, summary.failed) == (3, 0)
    urls = sorted(s.url for q in service.list_quotes(page_size=50).items for o in q.sources for s in [o.source])
    assert urls == sorted(links)


def test_atom_feeds_are_read_too(open_app, local_site):
    feed = local_site.add("/atom.xml", atom_feed(_stories(local_site, 2)), content_type="application/atom+xml")
    assert FeedWatcher(open_app(), SETTINGS).run_once([feed]).ingested == 2


def test_a_restarted_watcher_reads_nothing_twice(open_app, local_site):
    links = _stories(local_site, 2)
    feed = local_site.add("/feed.xml", rss_feed(links), content_type="application/rss+xml")
    FeedWatcher(open_app(), SETTINGS).run_once([feed])
    summary = FeedWatcher(open_app(), SETTINGS).run_once([feed])  # a new process on the same store
    assert (summary.new_items, summary.ingested) == (0, 0)
    assert all(local_site.hits_of(f"/story/{n}") == 1 for n in (1, 2))


def test_new_items_of_a_feed_are_ingested_in_a_later_round(open_app, local_site):
    feed = local_site.add("/feed.xml", rss_feed(_stories(local_site, 1)), content_type="application/rss+xml")
    watcher = FeedWatcher(open_app(), SETTINGS)
    watcher.run_once([feed])
    local_site.add("/feed.xml", rss_feed([local_site.url + "/story/1", *_stories(local_site, 1, start=2)]),
                   content_type="application/rss+xml")
    summary = watcher.run_once([feed])
    assert (summary.new_items, summary.ingested) == (1, 1)


def test_an_unchanged_feed_is_not_read_again_thanks_to_its_etag(open_app, local_site):
    feed = local_site.add("/feed.xml", rss_feed(_stories(local_site, 1)), content_type="application/rss+xml",
                          headers={"ETag": '"v1"', "Last-Modified": "Tue, 05 Mar 2024 10:00:00 GMT"})
    watcher = FeedWatcher(open_app(), SETTINGS)
    watcher.run_once([feed])
    summary = watcher.run_once([feed])
    assert summary.feeds_unchanged == 1
    second = [hit for hit in local_site.hits if hit.path == "/feed.xml"][1]
    assert second.headers["If-None-Match"] == '"v1"'
    assert second.headers["If-Modified-Since"] == "Tue, 05 Mar 2024 10:00:00 GMT"


def test_a_failed_item_is_retried_later_with_growing_waits(open_app, local_site):
    broken = local_site.url + "/story/late"  # 404 for now
    feed = local_site.add("/feed.xml", rss_feed([broken]), content_type="application/rss+xml")
    clock = Clock()
    watcher = FeedWatcher(open_app(), SETTINGS, clock=clock)
    assert watcher.run_once([feed]).failed == 1
    item = watcher.store.list_feed_items(feed)[0]
    assert (item.status, item.attempts, item.due_at) == ("failed", 1, clock.now + retry_delay(1))
    assert "404" in item.last_error
    watcher.run_once([feed])  # not due yet: not fetched again
    assert local_site.hits_of("/story/late") == 1
    clock.now += retry_delay(1) + 1
    assert watcher.run_once([feed]).failed == 1  # due: tried again, still missing
    assert watcher.store.list_feed_items(feed)[0].due_at == clock.now + retry_delay(2)
    assert retry_delay(2) == 2 * retry_delay(1)
    local_site.add("/story/late", story(9))
    clock.now += retry_delay(2) + 1
    assert watcher.run_once([feed]).ingested == 1
    assert watcher.store.list_feed_items(feed)[0].status == "done"


def test_each_item_gets_one_log_line(open_app, local_site, caplog):
    links = _stories(local_site, 2)
    feed = local_site.add("/feed.xml", rss_feed([*links, local_site.url + "/missing"]),
                          content_type="application/rss+xml")
    with caplog.at_level(logging.INFO, logger="quotecheck.watch"):
        FeedWatcher(open_app(), SETTINGS).run_once([feed])
    for link in [*links, local_site.url + "/missing"]:
        assert len([r for r in caplog.records if r.getMessage().startswith(f"item {link}:")]) == 1


def test_a_feed_that_cannot_be_read_is_reported_and_the_others_still_are(open_app, local_site):
    good = local_site.add("/feed.xml", rss_feed(_stories(local_site, 1)), content_type="application/rss+xml")
    summary = FeedWatcher(open_app(), SETTINGS).run_once([local_site.url + "/nofeed", good])
    assert summary.feeds_failed == [local_site.url + "/nofeed"] and summary.ingested == 1


def test_by_default_a_feed_on_a_private_address_is_refused(open_app, local_site):
    feed = local_site.add("/feed.xml", rss_feed([]), content_type="application/rss+xml")
    summary = FeedWatcher(open_app(), FetchSettings()).run_once([feed])
    assert summary.feeds_failed == [feed] and local_site.hits == []
