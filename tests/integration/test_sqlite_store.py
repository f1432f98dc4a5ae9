"""The embedded SQLite store on a real file: settings, migrations, transactions."""
from __future__ import annotations

import os
import sqlite3

import pytest

from service.core.models import ArticleInput, ExtractedQuote, QuoteRecord, Source
from service.store import migrations
from service.store.sqlite import SqliteStore


@pytest.fixture
def store(tmp_path):
    s = SqliteStore(str(tmp_path / "store.sqlite3"))
    yield s
    s.close()


def test_the_file_uses_wal_and_foreign_keys(store):
    with store._read() as cur:
        cur.execute("PRAGMA journal_mode")
        assert cur.fetchone()[0] == "wal"
        cur.execute("PRAGMA foreign_keys")
        assert cur.fetchone()[0] == 1


def test_reopening_a_file_keeps_its_data_and_schema_version(tmp_path):
    path = str(tmp_path / "again.sqlite3")
    first = SqliteStore(path)
    ids = first.add_quotes([QuoteRecord("Words that were said once upon a time", "Ada Lovelace")])
    first.close()
    second = SqliteStore(path)
    assert second.migrate() == migrations.steps("sqlite")[-1][0]
    assert [q.text for q in second.get_quotes(ids)] == ["Words that were said once upon a time"]
    second.close()


def test_a_failing_batch_leaves_nothing_behind(store):
    good = QuoteRecord("A perfectly good quote with several words", "Ada Lovelace")
    bad = QuoteRecord(None, "Nobody")  # type: ignore[arg-type]  # NOT NULL text: the database refuses it mid-batch
    with pytest.raises((sqlite3.IntegrityError, TypeError, AttributeError)):
        store.add_quotes([good, bad])
    assert store.count_quotes() == 0
    assert store.last_change() == 0


def test_equal_quotes_merge_and_keep_the_earliest_dates(store):
    a = QuoteRecord("We shall fight on the beaches", "Winston Churchill", date="1940-06-04",
                    source=Source(url="https://b.example/2", published="1940-06-05"))
    b = QuoteRecord("we shall fight on the beaches!", "Winston Churchill", date="1940-06-04",
                    source=Source(url="https://a.example/1", published="1940-06-04"))
    ids = store.add_quotes([a]) + store.add_quotes([b])
    assert ids[0] == ids[1]
    quote = store.get_quotes(ids[:1])[0]
    assert quote.first_seen == "1940-06-04" and len(quote.sources) == 2


def test_an_article_and_its_quotes_are_written_together(store):
    text = "“We are ready,” Maria Lopez said."
    quotes = [ExtractedQuote("We are ready", 1, 13, "direct", "Maria Lopez", cue="said", parts=[(1, 13)])]
    article, created = store.add_article(ArticleInput(text, url="https://x.example/a"), quotes)
    assert created and len(article.quote_ids) == 1
    again, created_again = store.add_article(ArticleInput(text, url="https://x.example/a"), quotes)
    assert not created_again and again.source.id == article.source.id
    occurrence = store.get_quotes(article.quote_ids)[0].sources[0]
    assert (occurrence.start, occurrence.end, occurrence.cue) == (1, 13, "said")


def test_the_change_log_records_adds_and_deletes_in_order(store):
    ids = store.add_quotes([QuoteRecord("First words of the log", "Ada Lovelace"),
                            QuoteRecord("Second words of the log", "Ada Lovelace")])
    store.delete_quote(ids[0])
    changes = store.changes_since(0)
    assert [(c.quote_id, c.op) for c in changes] == [(ids[0], "add"), (ids[1], "add"), (ids[0], "delete")]
    assert changes[0].text is None and changes[1].text == "Second words of the log"
    assert store.changes_since(changes[-1].seq) == []


def test_a_file_of_an_older_schema_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for statement in migrations.steps("sqlite")[0][1].split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (1)")
    conn.execute("INSERT INTO quotes (text, text_hash, speaker_key, kind) VALUES ('Old words', 'h', 0, 'imported')")
    conn.commit()
    conn.close()
    store = SqliteStore(str(path))
    assert store.migrate() == migrations.steps("sqlite")[-1][0]
    assert [q.text for q in store.get_quotes([1])] == ["Old words"]
    assert store.get_quotes([1])[0].sources == []
    store.close()


def test_quotes_keyed_in_hex_before_version_3_are_found_by_their_words_after_the_upgrade(tmp_path,
                                                                                          quotes_keyed_in_hex):
    path = tmp_path / "v2.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    for version, script in migrations.steps("sqlite")[:2]:
        conn.executescript(script)
        conn.execute("INSERT INTO schema_version VALUES (?)", (version,))
    conn.executemany("INSERT INTO quotes (text, text_hash, speaker_key, kind) VALUES (?, ?, 0, 'imported')",
                     quotes_keyed_in_hex)
    conn.commit()
    conn.close()
    store = SqliteStore(str(path))
    ids = store.add_quotes([QuoteRecord("never was so much owed by so many to so few!"),
                            QuoteRecord("We shall fight on the beaches"), QuoteRecord("We shall fight in the hills")])
    assert ids == [2, 1, 3] and store.count_quotes() == 3
    store.close()


def test_a_bulk_import_store_syncs_once_at_the_checkpoint(tmp_path):
    path = tmp_path / "bulk.sqlite3"
    store = SqliteStore(str(path), synchronous="NORMAL")
    with store._read() as cur:
        cur.execute("PRAGMA synchronous")
        assert cur.fetchone()[0] == 1  # NORMAL
        cur.execute("PRAGMA wal_autocheckpoint")
        assert cur.fetchone()[0] == 65536
    store.add_quotes([QuoteRecord("Imported words that must reach the file", "Ada Lovelace")])
    assert (tmp_path / "bulk.sqlite3-wal").stat().st_size > 0
    store.checkpoint()
    assert (tmp_path / "bulk.sqlite3-wal").stat().st_size == 0
    store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT text FROM quotes").fetchall() == [("Imported words that must reach the file",)]


def test_the_default_store_syncs_every_commit(store):
    with store._read() as cur:
        cur.execute("PRAGMA synchronous")
        assert cur.fetchone()[0] == 2  # FULL


def test_a_database_created_again_at_the_same_path_never_uses_the_old_index_snapshot(tmp_path):
    from service.services import QuoteService, VerifyRequest

    path = str(tmp_path / "q.sqlite3")

    def service_with(texts):
        service = QuoteService(SqliteStore(path))
        service.add_quotes([QuoteRecord(text=t, speaker="Ann Lee") for t in texts])
        return service

    first = service_with(["Harbour bridges open every spring", "Schools need teachers"])
    assert len(first.index) == 2
    first.save_index()
    first.store.close()
    os.remove(path)  # the snapshot file beside it stays
    service_with(["Imagination matters more than knowledge", "Copper kettles sold out quickly",
                  "Councils close libraries"]).store.close()
    third = QuoteService(SqliteStore(path))
    answer = third.verify(VerifyRequest(text="Imagination matters more than knowledge"))
    assert answer.verdict == "verified"
    third.store.close()
