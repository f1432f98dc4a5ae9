"""`quotecheck watch FEED_URL... --once`: one round over the feeds, non-zero when something failed."""
from __future__ import annotations

import os

import pytest
from local_site import rss_feed, story

from service.cli import main


@pytest.fixture
def env(env, monkeypatch):
    """The clean environment, in which the test site on this machine may be fetched."""
    monkeypatch.setenv("QUOTECHECK_FETCH_PRIVATE", "1")
    return env


def test_watch_once_ingests_the_feed_and_a_second_run_adds_nothing(env, local_site, capsys):
    db = str(env / "watch.sqlite3")
    links = [local_site.add(f"/story/{n}", story(n)) for n in range(2)]
    feed = local_site.add("/feed.xml", rss_feed(links), content_type="application/rss+xml")
    assert main(["watch", feed, "--once", "--database", db]) == 0
    assert "2 ingested" in capsys.readouterr().err
    assert main(["watch", feed, "--once", "--database", db]) == 0
    assert "0 new item(s)" in capsys.readouterr().err
    assert all(local_site.hits_of(f"/story/{n}") == 1 for n in range(2))


def test_watch_once_exits_non_zero_when_a_feed_cannot_be_read(env, local_site, capsys):
    assert main(["watch", local_site.url + "/nofeed", "--once", "--database", str(env / "w.sqlite3")]) != 0
    assert "cannot read the feed" in capsys.readouterr().err


@pytest.mark.postgres
def test_two_watch_processes_on_one_postgresql_store_fetch_each_article_once(env, local_site, postgres_url):
    import subprocess
    import sys as _sys

    links = [local_site.add(f"/story/{n}", story(n), delay=0.2) for n in range(8)]
    feed = local_site.add("/feed.xml", rss_feed(links), content_type="application/rss+xml")
    command = [_sys.executable, "-m", "service.cli", "watch", feed, "--once", "--database", postgres_url]
    watchers = [subprocess.Popen(command, env={**os.environ}, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    logs = [watcher.communicate(timeout=120)[1] for watcher in watchers]
    assert [watcher.returncode for watcher in watchers] == [0, 0], logs
    assert all(local_site.hits_of(f"/story/{n}") == 1 for n in range(8))
    ingested = [log.count(": ingested") for log in logs]
    assert sum(ingested) == 8, logs
