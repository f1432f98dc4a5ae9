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
        seeded = client.get("/v1/quotes").json["items"][0]["text"]
        answer = client.post("/v1/verify", json={"text": seeded})
        assert answer.status_code == 200 and answer.json["matches"][0]["quote"]["text"] == seeded
        assert not (tmp_path / "quotecheck.sqlite3.index").exists()
    finally:
        app.extensions["quotecheck"].close()
