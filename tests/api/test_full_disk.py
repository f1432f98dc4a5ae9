"""A full disk: writes answer 507 problem+json and store nothing; reads go on; a snapshot that cannot be
saved is logged and the service still serves."""
from __future__ import annotations

import errno
import logging

import psycopg
import pytest

from service import create_app
from service.core.index import QuoteIndex
from tests.conftest import make_config

RECORD = {"text": "We will defend every inch of allied territory, whatever it costs.", "speaker": "Jens Stoltenberg"}
ARTICLE = {"text": "“We will defend every inch of allied territory,” NATO chief Jens Stoltenberg said on Monday.\n"}


def fill_the_disk(app, monkeypatch) -> None:
    """Make the store's next write fail as it does when the disk is full."""
    store = app.extensions["quotecheck"].store
    if type(store).__name__ == "SqliteStore":
        # SQLite's own size cap: growing the file past it fails with "database or disk is full" (SQLITE_FULL).
        conn = store._connection()
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")
    else:
        def disk_full(*args, **kwargs):
            raise psycopg.errors.DiskFull("could not extend file \"base/1/2\": No space left on device")

        # Raised inside the transaction, after rows were inserted, as PostgreSQL does when a file cannot grow.
        monkeypatch.setattr(store, "_new_ids", disk_full)
        monkeypatch.setattr(store, "_upsert_quote", disk_full)


def assert_507(response) -> None:
    assert response.status_code == 507
    assert response.mimetype == "application/problem+json"
    body = response.json
    assert body["status"] == 507 and "disk is full" in body["detail"] and "nothing" in body["detail"]


@pytest.fixture
def client(app):
    return app.test_client()


def test_a_quote_batch_on_a_full_disk_is_a_507_and_stores_nothing(app, client, monkeypatch):
    before = client.get("/healthz").json["quotes"]
    fill_the_disk(app, monkeypatch)
    records = [dict(RECORD, text=f"{RECORD['text']} Number {n} of a long batch of quotes." * 20) for n in range(200)]
    assert_507(client.post("/v1/quotes", json={"quotes": records}))
    assert client.get("/healthz").json["quotes"] == before
    assert client.post("/v1/verify", json={"text": "NATO will not be intimidated"}).status_code == 200


def test_an_article_on_a_full_disk_is_a_507_and_stores_nothing(app, client, monkeypatch):
    before = client.get("/healthz").json["quotes"]
    fill_the_disk(app, monkeypatch)
    assert_507(client.post("/v1/articles", json={**ARTICLE, "text": ARTICLE["text"] * 300}))
    assert client.get("/healthz").json["quotes"] == before


def test_a_file_write_failing_with_enospc_is_a_507(tmp_path, monkeypatch):
    app = create_app(make_config(tmp_path, SEEDS=""))
    service = app.extensions["quotecheck"]

    def no_space(records):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(service.store, "add_quotes", no_space)
    try:
        assert_507(app.test_client().post("/v1/quotes", json={"quotes": [RECORD]}))
    finally:
        service.close()


def test_a_snapshot_that_cannot_be_saved_is_logged_and_the_service_serves(tmp_path, monkeypatch, caplog):
    def no_space(self, path, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(QuoteIndex, "save", no_space)
    app = create_app(make_config(tmp_path))  # the seeds are loaded, and the index is built with them
    try:
        with caplog.at_level(logging.ERROR, logger="service.services"):
            assert len(app.extensions["quotecheck"].index) > 0
        assert any("could not save the index snapshot" in r.getMessage() for r in caplog.records)
        client = app.test_client()
        listed = client.get("/v1/quotes").get_json()
        seeded = max((item["text"] for item in listed["items"]), key=len)  # long enough to single out
        answer = client.post("/v1/verify", json={"text": seeded})
        assert answer.status_code == 200 and answer.get_json()["matches"][0]["quote"]["text"] == seeded
        assert not (tmp_path / "quotecheck.sqlite3.index").exists()
    finally:
        app.extensions["quotecheck"].close()


@pytest.mark.slow
def test_a_real_server_whose_snapshot_cannot_be_written_boots_and_serves(tmp_path):
    """The snapshot path is taken by a folder, so saving fails at start-up as on a full disk."""
    import json
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    database = tmp_path / "q.sqlite3"
    (tmp_path / "q.sqlite3.index").mkdir()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "QUOTECHECK_RATE_LIMIT": ""}
    env.pop("QUOTECHECK_SEEDS", None)  # the seeds are loaded, so the index has quotes to save
    log = tmp_path / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "service.cli", "serve", "--port", str(port), "--database", str(database)],
            cwd=Path(__file__).resolve().parents[2], env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True)
    try:
        deadline, answer = time.monotonic() + 60, None
        while answer is None:
            assert process.poll() is None, log.read_text()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                    answer = json.loads(response.read())
            except OSError:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.2)
        assert answer["quotes"] > 0
        request = urllib.request.Request(f"http://127.0.0.1:{port}/v1/verify", method="POST",
                                         data=json.dumps({"text": "NATO's door remains open"}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.status == 200
        assert "could not save the index snapshot" in log.read_text()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
