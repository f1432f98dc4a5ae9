"""The scale-out store: PostgreSQL through a psycopg 3 connection pool, shared by many instances.

The repository SQL is the one in `sql.py` (written with `?` placeholders); this module supplies
connections, transactions, migrations, a streaming index feed, a local snapshot location and a
LISTEN/NOTIFY listener that tells an instance at once when another one changed the quotes.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import errors as pg_errors
from psycopg_pool import ConnectionPool, PoolTimeout

from ..core.errors import StoreError
from ..core.models import Occurrence, Quote, Source, Speaker
from . import migrations
from .sql import SqlStore, storage_full

log = logging.getLogger(__name__)

CHANNEL = "quotecheck_changes"  # the NOTIFY channel the `changes` trigger signals on commit
CONNECT_TIMEOUT = 10  # seconds to wait for the server before giving up at start-up
RETRIES = 3  # attempts of a write that lost a race on a unique index

_LOAD_QUOTES = """
SELECT q.id, q.text, q.kind, q.date, q.context, q.first_seen, q.alternatives, q.confidence,
       s.id, s.name, s.title, s.wikidata,
       (SELECT array_agg(a.alias ORDER BY a.alias COLLATE "C") FROM speaker_aliases a WHERE a.speaker_id = s.id),
       (SELECT json_agg(json_build_array(o.start, o."end", o.cue, o.parts, o.confidence, o.method, so.id, so.url,
                                         so.title, so.author, so.outlet, so.published)
                        ORDER BY so.published NULLS FIRST, so.id)
          FROM occurrences o JOIN sources so ON so.id = o.source_id WHERE o.quote_id = q.id)
FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id
WHERE q.id = ANY(?)
"""

# Errors after which running the whole write again is the right answer (nothing of it was kept).
_RETRYABLE = (pg_errors.UniqueViolation, pg_errors.SerializationFailure, pg_errors.DeadlockDetected)


@functools.lru_cache(maxsize=1024)
def to_pyformat(statement: str) -> str:
    """Rewrite `?` placeholders as `%s` (and a literal `%` as `%%`), leaving quoted text alone."""
    out, quote = [], None
    for ch in statement:
        if quote:
            if ch == quote:
                quote = None
        elif ch in ("'", '"'):
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        if ch == "%":
            out.append("%%")
            continue
        out.append(ch)
    return "".join(out)


def _clean(value):
    """PostgreSQL text cannot hold NUL; drop it rather than fail (it is never meaningful in a quote)."""
    return value.replace("\x00", "") if isinstance(value, str) and "\x00" in value else value


def _clean_params(params):
    """Apply `_clean` to every parameter of one statement."""
    if params is None:
        return None
    return [_clean(p) for p in params]


def _lock_key(purpose: str, schema: str) -> int:
    """A signed 64-bit advisory-lock key for one purpose within one schema."""
    digest = hashlib.blake2b(f"quotecheck:{purpose}:{schema}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class _Cursor:
    """A psycopg cursor that accepts the shared SQL's `?` placeholders."""

    def __init__(self, cursor: psycopg.Cursor):
        self._cursor = cursor

    def execute(self, statement: str, params=None):
        self._cursor.execute(to_pyformat(statement), _clean_params(params))
        return self

    def executemany(self, statement: str, rows):
        # On its own cursor: psycopg runs executemany as a pipeline, and a cursor that ran one can
        # answer a later fetch with a leftover result of that pipeline instead of the new query's.
        with self._cursor.connection.cursor() as cursor:
            cursor.executemany(to_pyformat(statement), [_clean_params(r) for r in rows])
        return self

    def fetchone(self):
        return self._cursor.fetchone()

    def fetchall(self):
        return self._cursor.fetchall()

    def fetchmany(self, size: int):
        return self._cursor.fetchmany(size)

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def close(self) -> None:
        self._cursor.close()


class PostgresStore(SqlStore):
    """Quotes in PostgreSQL, for several instances (or gunicorn workers) behind one database.

    Connections come from a pool (autocommit connections; each repository call runs its own
    explicit transaction). Writes serialize on an advisory lock, which keeps the change log in
    commit order and gives the same find-then-insert semantics as SQLite's single writer.
    """

    def __init__(self, url: str, *, pool_size: int | None = None, snapshot_dir: str | None = None,
                 on_change: Callable[[], None] | None = None):
        self.url = url
        max_size = pool_size or int(os.environ.get("QUOTECHECK_PG_POOL_SIZE", "10"))
        try:
            # One plain connection first: a wrong url or a stopped server fails at once, with its reason.
            psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT).close()
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {_redact(url)}: {exc}".strip()) from exc
        self._pool = ConnectionPool(url, min_size=1, max_size=max(1, max_size), open=False,
                                    kwargs={"autocommit": True}, timeout=30, name="quotecheck")
        try:
            self._pool.open(wait=True, timeout=CONNECT_TIMEOUT)
        except PoolTimeout as exc:
            self._pool.close()
            raise StoreError(f"cannot connect to PostgreSQL at {_redact(url)} within {CONNECT_TIMEOUT}s") from exc
        with self._pool.connection() as conn:
            row = conn.execute("SELECT current_schema()").fetchone()
        schema = row[0] if row else None
        if schema is None:
            self._pool.close()
            raise StoreError("the PostgreSQL search_path names no existing schema")
        self.schema: str = schema
        self._write_lock = _lock_key("write", schema)
        self._migrate_lock = _lock_key("migrate", schema)
        self._snapshot_dir = snapshot_dir if snapshot_dir is not None else _default_snapshot_dir()
        self._listener: _ChangeListener | None = None
        self._listener_guard = threading.Lock()
        self.migrate()
        if on_change is not None:
            self.subscribe(on_change)

    # -- transactions -------------------------------------------------------------------------

    @contextmanager
    def _transaction(self):
        with self._pool.connection() as conn:
            # One round trip: open the transaction and wait for the write lock.
            # Why the lock: a BIGSERIAL hands out numbers at INSERT time, not at COMMIT time. With
            # concurrent writers, change 8 can commit before change 7; a follower that has read 8
            # and moved its watermark past 7 would never see 7. Holding a transaction-scoped lock
            # from before the first change row until commit makes change-writing transactions run
            # one after the other, so every seq below a visible seq is already committed (or rolled
            # back). It also makes "find, else insert" of speakers, sources and quotes race-free,
            # as SQLite's single writer does. Reads never take it.
            conn.execute(f"BEGIN; SELECT pg_advisory_xact_lock({self._write_lock})")
            try:
                # Pipeline mode: statements whose results nobody reads (change rows, aliases, the
                # COMMIT) travel with the next one instead of costing a round trip each.
                with conn.pipeline(), conn.cursor() as cursor:
                    yield _Cursor(cursor)
                    conn.execute("COMMIT")
            except BaseException as exc:
                _rollback(conn)
                full = storage_full(exc)
                if full is None:
                    raise
                raise full from exc

    @contextmanager
    def _read(self):
        with self._pool.connection() as conn:
            # A snapshot for the whole call, so a count and its page agree.
            try:
                # In a pipeline the BEGIN rides along with the first query rather than waiting alone.
                with conn.pipeline(), conn.cursor() as cursor:
                    conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    yield _Cursor(cursor)
                    conn.execute("ROLLBACK")
            except BaseException:
                _rollback(conn)
                raise

    SKIP_LOCKED = " FOR UPDATE SKIP LOCKED"

    @contextmanager
    def _claim_transaction(self):
        # Feed bookkeeping writes no quote change, so it skips the global write lock: watchers
        # claim side by side, and FOR UPDATE SKIP LOCKED keeps any two from taking the same item.
        with self._pool.connection() as conn:
            conn.execute("BEGIN")
            try:
                with conn.cursor() as cursor:
                    yield _Cursor(cursor)
                conn.execute("COMMIT")
            except BaseException:
                _rollback(conn)
                raise

    def _retrying(self, write: Callable):
        """Run a whole write again when it lost a race on a unique index (nothing of it was kept)."""
        for attempt in range(1, RETRIES + 1):
            try:
                return write()
            except _RETRYABLE as exc:
                if attempt == RETRIES:
                    raise StoreError(f"the write kept conflicting with concurrent writes: {exc}") from exc
                log.info("write conflicted (%s); retrying", type(exc).__name__)

    def add_article(self, article, quotes):
        return self._retrying(lambda: super(PostgresStore, self).add_article(article, quotes))

    def add_quotes(self, records):
        return self._retrying(lambda: super(PostgresStore, self).add_quotes(records))

    def _new_ids(self, cur, table, count):
        # From the table's identity sequence, which rows inserted without an id draw from too.
        cur.execute("SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)", (table, count))
        return sorted(row[0] for row in cur.fetchall())

    # -- reading quotes in one round trip ------------------------------------------------------

    def get_quotes(self, ids):
        ids = [int(i) for i in ids]
        if not ids:
            return []
        # One statement is a consistent view by itself: no transaction, one round trip in all.
        with self._pool.connection() as conn, conn.cursor() as cursor:
            found = {q.id: q for q in self._load_quotes(_Cursor(cursor), ids)}
        return [found[i] for i in ids if i in found]

    def _load_quotes(self, cur, ids: list[int]) -> list[Quote]:
        """Fetch quotes with speakers, aliases and sources in one statement (the verify hot path).

        Same result as the shared three-query version; a round trip to a server costs far more
        than to an embedded file, so aliases and sources are aggregated on the server. Orders
        match SQLite's: aliases by code point, sources by date with undated ones first.
        """
        cur.execute(_LOAD_QUOTES, (ids,))
        quotes = []
        for row in cur.fetchall():
            (qid, text, kind, date, context, first_seen, alternatives, confidence,
             sid, sname, stitle, swikidata, aliases, sources) = row
            speaker = None
            if sid is not None:
                speaker = Speaker(sname, sid, [a for a in (aliases or []) if a != sname], stitle, swikidata)
            quote = Quote(text=text, speaker=speaker, kind=kind, date=date, id=qid, context=context,
                          first_seen=first_seen,
                          alternatives=[tuple(a) for a in json.loads(alternatives)] if alternatives else [],
                          confidence=confidence)
            for start, end, cue, parts, source_confidence, method, *source in sources or []:
                pieces = [tuple(p) for p in json.loads(parts)] if parts else []
                quote.sources.append(Occurrence(Source(*source), start, end, cue, pieces, source_confidence, method))
            quotes.append(quote)
        return quotes

    # -- schema -------------------------------------------------------------------------------

    def migrate(self) -> int:
        """Apply the schema steps this database has not had yet; return the schema version.

        Safe when several instances start at once: the first takes the migration lock and
        applies the steps, the others wait for it and then find nothing left to do.
        """
        with self._pool.connection() as conn:
            conn.execute("BEGIN")
            try:
                conn.execute(f"SELECT pg_advisory_xact_lock({self._migrate_lock})")
                conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
                row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
                current = (row[0] if row else None) or 0
                for version, script in migrations.steps("postgres"):
                    if version > current:
                        # A whole script in one simple-protocol call (it holds a function body).
                        conn.execute(script)
                        conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))
                        log.info("schema of %s migrated to version %d", self.schema, version)
                        current = version
            except BaseException:
                _rollback(conn)
                raise
            conn.execute("COMMIT")
            return current

    def checkpoint(self) -> None:
        """Nothing to do: every commit is already durable (the server syncs its log at commit)."""

    # -- index feeding ------------------------------------------------------------------------

    def iter_quote_texts(self, batch: int = 50_000) -> Iterator[list[tuple[int, str]]]:
        """Stream (id, text) of every quote with one binary COPY, in batches.

        One statement and one snapshot instead of a keyset query per batch: a million quotes
        arrive in a couple of seconds, and memory holds one batch at a time.
        """
        with self._pool.connection() as conn:
            conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            try:
                with conn.cursor() as cur:
                    with cur.copy("COPY (SELECT id, text FROM quotes ORDER BY id) TO STDOUT (FORMAT BINARY)") as copy:
                        copy.set_types(["int8", "text"])
                        rows: list[tuple[int, str]] = []
                        for row in copy.rows():
                            rows.append(row)
                            if len(rows) >= batch:
                                yield rows
                                rows = []
                        if rows:
                            yield rows
            finally:
                _rollback(conn)

    def snapshot_path(self) -> str | None:
        """A local cache file for the index snapshot, named by the database's identity."""
        if not self._snapshot_dir:
            return None
        folder = Path(self._snapshot_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("no index snapshot: cannot create %s (%s)", folder, exc)
            return None
        return str(folder / f"postgres-{self.identity()}.index")

    # -- following other instances ------------------------------------------------------------

    def subscribe(self, callback: Callable[[], None]) -> None:
        """Call `callback()` (from a listener thread) soon after any instance commits a quote change."""
        with self._listener_guard:
            if self._listener is None:
                self._listener = _ChangeListener(self.url, self.schema)
                self._listener.start()
            self._listener.callbacks.append(callback)

    def close(self) -> None:
        with self._listener_guard:
            if self._listener is not None:
                self._listener.stop()
                self._listener = None
        self._pool.close()


class _ChangeListener(threading.Thread):
    """LISTENs on its own connection and calls the callbacks when this schema's change log grows."""

    def __init__(self, url: str, schema: str):
        super().__init__(name="quotecheck-listen", daemon=True)
        self.url = url
        self.schema = schema
        self.callbacks: list[Callable[[], None]] = []
        self._stopping = threading.Event()
        self.listening = threading.Event()

    def run(self) -> None:
        while not self._stopping.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, connect_timeout=CONNECT_TIMEOUT) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    # Anything committed while we were not listening: let the followers catch up.
                    self._fire()
                    while not self._stopping.is_set():
                        # Wake at least once a second to notice stop().
                        for note in conn.notifies(timeout=1.0):
                            if note.payload == self.schema:
                                self._fire()
            except psycopg.Error as exc:
                self.listening.clear()
                log.warning("change listener lost its connection (%s); reconnecting", exc)
                self._stopping.wait(1.0)

    def _fire(self) -> None:
        for callback in list(self.callbacks):
            try:
                callback()
            except Exception:  # a failing follower must not stop the listener; polling still covers it
                log.exception("change callback failed")

    def stop(self) -> None:
        self._stopping.set()
        self.join(timeout=5)


def _rollback(conn: psycopg.Connection) -> None:
    """End whatever transaction is open on this connection; a broken connection is left to the pool."""
    with contextlib.suppress(psycopg.Error):
        conn.execute("ROLLBACK")


def _default_snapshot_dir() -> str:
    """Where index snapshots of PostgreSQL databases are cached on this machine ("" disables them)."""
    configured = os.environ.get("QUOTECHECK_SNAPSHOT_DIR")
    if configured is not None:
        return configured
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(cache, "quotecheck")


def _redact(url: str) -> str:
    """The url without its password, for messages."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "the configured server"
    return f"{info.get('host', 'localhost')}:{info.get('port', 5432)}/{info.get('dbname', '')}"
