"""An index snapshot is used only for the database state it was written from; a restored backup rebuilds.

The identity of a database survives a backup and restore, so a snapshot also records the change-log
high-water mark it was written at and the entries up to it. Each scenario restores a real backup
(SQLite's `.backup`, PostgreSQL's `pg_dump`), then writes other quotes than the lost ones, and checks
that every quote of the restored database verifies and none of the lost ones does.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess

import psycopg
import pytest

from service.core.models import QuoteRecord
from service.services import QuoteService, VerifyRequest
from service.store import open_store

STREETS = ["Harbour", "Mill", "Station", "Church", "Bridge", "Market", "Castle", "Orchard"]
# The quotes of each line of history share no words, so an index of one cannot find the other's.
SHAPES = {
    "old": "Our plan for {street} Street number {n} opens in spring {year}, with {k} new homes.",
    "lost": "Farmers near lake {street}wick reported {k} sheep missing after storm {n} of {year}.",
    "new": "Tonight's orchestra concert {n} features violinist {street}son playing sonatas from {year}, tickets {k}.",
}


def records(first: int, count: int, tag: str) -> list[QuoteRecord]:
    """Distinct quotes, each long and specific enough to single out one quote."""
    return [QuoteRecord(text=SHAPES[tag].format(street=STREETS[n % 8], n=n, year=1900 + n, k=n * 7 + 3),
                        speaker="Ruth Alvarez") for n in range(first, first + count)]


def service_on(database: str, snapshot: bool = True) -> QuoteService:
    return QuoteService(open_store(database), sync_interval=0.0, snapshot=snapshot)


def verdicts(service: QuoteService, quotes: list[QuoteRecord]) -> list[str]:
    return [service.verify(VerifyRequest(text=q.text, speaker="Ruth Alvarez")).verdict for q in quotes]


def restore(backup: str, database: str) -> None:
    """Put a SQLite backup in place of the database (its write-ahead log goes too), leaving the snapshot."""
    for suffix in ("-wal", "-shm"):
        if os.path.exists(database + suffix):
            os.unlink(database + suffix)
    shutil.move(backup, database)


def write_and_snapshot(database: str, quotes: list[QuoteRecord]) -> None:
    """Write quotes through a serving instance and leave its index snapshot behind, as `ingest` does."""
    service = service_on(database)
    assert len(service.index) == service.store.count_quotes()  # opened, so it follows the writes below
    service.add_quotes(quotes)
    assert service.save_index()
    service.close()


def write_without_index(database: str, quotes: list[QuoteRecord]) -> None:
    """Write quotes as another instance that never opens the index (no snapshot written)."""
    service = service_on(database, snapshot=False)
    service.add_quotes(quotes)
    service.close()


def assert_serves_the_restored_state(database: str, kept: list[QuoteRecord], lost: list[QuoteRecord],
                                     written: list[QuoteRecord]) -> None:
    service = service_on(database)
    try:
        assert len(service.index) == service.store.count_quotes() == len(kept) + len(written)
        assert set(verdicts(service, kept + written)) == {"verified"}
        assert "verified" not in verdicts(service, lost)
    finally:
        service.close()
    # A second start loads the snapshot the rebuild wrote, and it answers the same.
    service = service_on(database)
    try:
        assert set(verdicts(service, kept[:20] + written[:20])) == {"verified"}
    finally:
        service.close()


def test_a_sqlite_backup_restored_under_a_newer_snapshot_rebuilds_the_index(tmp_path):
    database = str(tmp_path / "quotes.sqlite3")
    kept, lost, written = records(0, 50, "old"), records(50, 400, "lost"), records(450, 400, "new")
    write_and_snapshot(database, kept)
    subprocess.run(["sqlite3", database, f".backup {database}.bak"], check=True)
    write_and_snapshot(database, lost)
    assert os.path.exists(database + ".index")
    restore(database + ".bak", database)
    # The restored database is written to (no index opened) past the snapshot's high-water mark.
    write_without_index(database, written)
    assert_serves_the_restored_state(database, kept, lost, written)


def test_a_sqlite_backup_restored_and_started_at_once_rebuilds_the_index(tmp_path):
    database = str(tmp_path / "quotes.sqlite3")
    kept, lost = records(0, 50, "old"), records(50, 100, "lost")
    write_and_snapshot(database, kept)
    backup = sqlite3.connect(str(tmp_path / "copy.sqlite3"))
    with sqlite3.connect(database) as source:
        source.backup(backup)
    backup.close()
    write_and_snapshot(database, lost)
    restore(str(tmp_path / "copy.sqlite3"), database)
    assert_serves_the_restored_state(database, kept, lost, [])


def test_a_snapshot_of_this_very_state_is_loaded_not_rebuilt(tmp_path, monkeypatch):
    database = str(tmp_path / "quotes.sqlite3")
    write_and_snapshot(database, records(0, 30, "old"))
    service = service_on(database)
    built: list[int] = []

    def counting_texts(*args, **kwargs):
        built.append(1)
        return iter(())

    monkeypatch.setattr(service.store, "iter_quote_texts", counting_texts)
    try:
        assert len(service.index) == 30 and not built
    finally:
        service.close()


@pytest.mark.postgres
def test_a_pg_dump_restored_under_a_newer_snapshot_rebuilds_the_index(postgres_server, postgres_url, tmp_path):
    schema = postgres_url.rsplit("search_path%3D", 1)[1]
    kept, lost, written = records(0, 50, "old"), records(50, 400, "lost"), records(450, 400, "new")
    write_and_snapshot(postgres_url, kept)
    dump = tmp_path / "backup.sql"
    subprocess.run(["pg_dump", "--dbname", postgres_server, "--schema", schema, "--file", str(dump)], check=True)
    write_and_snapshot(postgres_url, lost)
    assert os.listdir(tmp_path / "snapshots")
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")
    subprocess.run(["psql", "--quiet", "--set", "ON_ERROR_STOP=1", "--dbname", postgres_server,
                    "--file", str(dump)], check=True, stdout=subprocess.DEVNULL)
    write_without_index(postgres_url, written)
    assert_serves_the_restored_state(postgres_url, kept, lost, written)


def test_change_marks_are_the_last_entries_up_to_a_mark_newest_first(database):
    store = open_store(database)
    try:
        ids = store.add_quotes(records(0, 5, "old"))
        store.delete_quote(ids[1])
        last = store.last_change()
        marks = store.change_marks(last, count=3)
        assert [m[0] for m in marks] == [last, last - 1, last - 2]
        assert marks[0][1:] == (ids[1], "delete", None)
        assert marks[1][1:3] == (ids[4], "add") and marks[1][3] == records(4, 1, "old")[0].text
        assert [m[0] for m in store.change_marks(last - 3)] == list(range(last - 3, 0, -1))
    finally:
        store.close()


@pytest.mark.parametrize("marks", [5, [[1, 2]], [["x", 1, "add", None]], None])
def test_a_snapshot_with_unreadable_or_missing_marks_is_rebuilt_not_fatal(tmp_path, marks):
    import json
    import zipfile

    database = str(tmp_path / "quotes.sqlite3")
    kept = records(0, 30, "old")
    write_and_snapshot(database, kept)
    path = database + ".index"
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(path + ".new", "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "header.json":
                header = json.loads(data)
                header["marks"] = marks
                data = json.dumps(header).encode()
            new.writestr(item, data)
    os.replace(path + ".new", path)
    assert_serves_the_restored_state(database, kept, [], [])
