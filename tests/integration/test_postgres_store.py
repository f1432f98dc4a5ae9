"""What only the PostgreSQL store does: concurrent start-up, commit-ordered changes, races, NOTIFY, snapshots."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest

from service.core.errors import StoreError
from service.core.models import ArticleInput, QuoteRecord
from service.store import migrations, open_store
from service.store.postgres import PostgresStore, to_pyformat

pytestmark = pytest.mark.postgres


def quote(text: str, speaker: str | None = "John Carter") -> QuoteRecord:
    """A quote record without a source."""
    return QuoteRecord(text=text, speaker=speaker, date="2023-05-10")


def test_placeholders_become_pyformat_and_quoted_text_is_left_alone():
    assert to_pyformat("SELECT a FROM t WHERE b = ? AND c LIKE '%?' AND \"d?\" = ?") == \
        "SELECT a FROM t WHERE b = %s AND c LIKE '%%?' AND \"d?\" = %s"


def test_a_postgresql_url_opens_the_postgres_store(postgres_url):
    store = open_store(postgres_url)
    try:
        assert isinstance(store, PostgresStore) and store.count_quotes() == 0
    finally:
        store.close()


def test_migrating_again_changes_nothing(pg_store):
    version = pg_store.migrate()
    assert version >= 1 and pg_store.migrate() == version


def test_quotes_keyed_in_hex_before_version_3_are_found_by_their_words_after_the_upgrade(postgres_url,
                                                                                          quotes_keyed_in_hex):
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        for version, script in migrations.steps("postgres")[:2]:
            conn.execute(script)
            conn.execute("INSERT INTO schema_version VALUES (%s)", (version,))
        conn.cursor().executemany("INSERT INTO quotes (text, text_hash, speaker_key, kind) "
                                  "VALUES (%s, %s, 0, 'imported')", quotes_keyed_in_hex)
    store = PostgresStore(postgres_url)
    try:
        assert store.migrate() == migrations.steps("postgres")[-1][0]
        ids = store.add_quotes([quote(words, None) for words in (
            "never was so much owed by so many to so few!", "We shall fight on the beaches",
            "We shall fight in the hills")])
        assert ids[:2] == [2, 1] and ids[2] not in (1, 2) and store.count_quotes() == 3
    finally:
        store.close()


def test_instances_starting_at_once_migrate_the_schema_exactly_once(postgres_url):
    with ThreadPoolExecutor(4) as pool:
        stores = list(pool.map(lambda _: PostgresStore(postgres_url), range(4)))
    try:
        assert len({s.migrate() for s in stores}) == 1
        with stores[0]._read() as cur:
            cur.execute("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_version")
            total, distinct = cur.fetchone()
        assert total == distinct
        assert len({s.identity() for s in stores}) == 1
    finally:
        for s in stores:
            s.close()


def test_a_change_committed_late_is_never_skipped_by_a_follower(pg_store):
    # Writer A draws a change seq and holds its transaction open; writer B comes later. If B could
    # commit first, a follower would read B's seq, move past A's and never see A's change.
    holding, release = threading.Event(), threading.Event()

    def slow_writer():
        with pg_store._transaction() as cur:
            pg_store._upsert_quote(cur, "The first words of a slow writer", None, "imported", None, None, None, None)
            holding.set()
            release.wait(10)

    a = threading.Thread(target=slow_writer)
    a.start()
    assert holding.wait(10)
    b = threading.Thread(target=lambda: pg_store.add_quotes([quote("The words of a quick writer")]))
    b.start()
    b.join(0.5)  # room for B to commit, if it could overtake A
    seen_while_a_open = pg_store.changes_since(0)
    release.set()
    a.join(10)
    b.join(10)
    assert seen_while_a_open == []
    texts = [c.text for c in pg_store.changes_since(0)]
    assert texts == ["The first words of a slow writer", "The words of a quick writer"]


def test_a_follower_polling_during_concurrent_writes_sees_every_change(pg_store):
    writers, per_writer = 4, 15
    seen: list[int] = []
    done = threading.Event()

    def follow():
        last = 0
        while True:
            finished = done.is_set()
            for change in pg_store.changes_since(last):
                seen.append(change.seq)
                last = change.seq
            if finished:
                return

    def write(n):
        for i in range(per_writer):
            pg_store.add_quotes([quote(f"Writer {n} says thing number {i} today")])

    follower = threading.Thread(target=follow)
    follower.start()
    with ThreadPoolExecutor(writers) as pool:
        list(pool.map(write, range(writers)))
    done.set()
    follower.join(30)
    assert sorted(seen) == seen and len(seen) == writers * per_writer


def test_the_same_article_posted_concurrently_is_stored_once_without_error(pg_store):
    body = '"Our rivers are cleaner than they have been in fifty years," Maria Santos said.'
    post = ArticleInput(text=body, title="Rivers", url="https://news.example/rivers", published="2023-06-01")
    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(lambda _: pg_store.add_article(post, []), range(6)))
    assert sum(created for _, created in results) == 1
    assert len({article.source.id for article, _ in results}) == 1


def test_the_same_quote_imported_concurrently_is_one_quote(pg_store):
    with ThreadPoolExecutor(6) as pool:
        ids = list(pool.map(lambda _: pg_store.add_quotes([quote("Exactly the same words")]), range(6)))
    assert len({tuple(i) for i in ids}) == 1 and pg_store.count_quotes() == 1
    assert pg_store.list_speakers().total == 1


def test_a_nul_character_in_text_is_dropped_not_a_server_error(pg_store):
    [qid] = pg_store.add_quotes([quote("Words with a \x00 hidden character")])
    assert pg_store.get_quotes([qid])[0].text == "Words with a  hidden character"


def test_a_commit_elsewhere_wakes_the_subscribers_of_this_schema(postgres_url):
    writer, follower = PostgresStore(postgres_url), PostgresStore(postgres_url)
    woken = threading.Event()
    try:
        follower.subscribe(woken.set)
        assert follower._listener.listening.wait(5)
        woken.clear()
        writer.add_quotes([quote("Words that wake the other instance")])
        assert woken.wait(5)
        woken.clear()
        writer.add_article(ArticleInput(text="No quotes here at all.", url="https://x.example/none"), [])
        assert not woken.wait(0.5)  # a write without quote changes logs nothing and wakes no one
    finally:
        writer.close()
        follower.close()


def test_the_index_snapshot_is_named_by_the_database_identity(postgres_url, tmp_path):
    store = PostgresStore(postgres_url, snapshot_dir=str(tmp_path / "cache"))
    same = PostgresStore(postgres_url, snapshot_dir=str(tmp_path / "cache"))
    try:
        path = store.snapshot_path()
        assert path is not None and path.startswith(str(tmp_path / "cache")) and store.identity() in path
        assert same.snapshot_path() == path  # every instance on this database shares the name
    finally:
        store.close()
        same.close()
    without = PostgresStore(postgres_url, snapshot_dir="")
    try:
        assert without.snapshot_path() is None
    finally:
        without.close()


def test_streaming_quote_texts_can_stop_early_and_the_store_stays_usable(pg_store):
    pg_store.add_quotes([quote(f"Line {i} of a long list of statements") for i in range(10)])
    stream = pg_store.iter_quote_texts(batch=2)
    assert len(next(stream)) == 2
    stream.close()
    assert pg_store.count_quotes() == 10


def test_an_unreachable_server_is_a_clear_store_error():
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL"):
        PostgresStore("postgresql://nobody@127.0.0.1:1/none?connect_timeout=1")
