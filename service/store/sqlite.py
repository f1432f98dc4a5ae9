"""The embedded default store: one SQLite file in WAL mode, one connection per thread."""
from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable
from contextlib import contextmanager

from ..core.errors import StoreError
from . import migrations
from .sql import SqlStore, storage_full


def split_statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (so they can run inside our own transaction)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s.strip(" ;\n")]


class SqliteStore(SqlStore):
    """Quotes in one SQLite file.

    Durability is chosen on purpose: WAL journal with `synchronous=FULL`, so a transaction that
    was acknowledged survives a process kill and a power loss; `foreign_keys=ON` always.
    A bulk import may open the file with `synchronous="NORMAL"` (a commit then survives a killed
    process but not a power cut) and call `checkpoint()` at the end, which makes it all durable;
    an import is idempotent, so one cut short by a power cut is simply run again.
    """

    def __init__(self, path: str, synchronous: str = "FULL"):
        if synchronous not in ("FULL", "NORMAL"):
            raise ValueError("synchronous must be FULL or NORMAL")
        self.synchronous = synchronous
        self.path = os.path.abspath(path)
        folder = os.path.dirname(self.path)
        if folder:
            os.makedirs(folder, exist_ok=True)
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.migrate()

    def _connection(self) -> sqlite3.Connection:
        """Return this thread's connection, opening it on first use."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(f"PRAGMA synchronous={self.synchronous}")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA cache_size=-65536")
            if self.synchronous == "NORMAL":
                # A bulk import copies the log into the file every 64k pages (256 MB), not every
                # 1k: each batch dirties pages all over the indexes, and a copy per batch costs more
                # than the batch itself. The log stays bounded, and `checkpoint()` empties it.
                conn.execute("PRAGMA wal_autocheckpoint=65536")
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    @contextmanager
    def _transaction(self):
        conn = self._connection()
        cur = conn.cursor()
        # IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking.
        try:
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield cur
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
            finally:
                cur.close()
        except (sqlite3.Error, OSError) as exc:
            full = storage_full(exc)
            if full is None:
                raise
            raise full from exc

    @contextmanager
    def _read(self):
        conn = self._connection()
        cur = conn.cursor()
        cur.execute("BEGIN")
        try:
            yield cur
        finally:
            conn.rollback()
            cur.close()

    def migrate(self) -> int:
        """Apply the schema steps this file has not had yet; return the schema version."""
        with self._transaction() as cur:
            cur.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            cur.execute("SELECT MAX(version) FROM schema_version")
            current = cur.fetchone()[0] or 0
            for version, script in migrations.steps("sqlite"):
                if version > current:
                    for statement in split_statements(script):
                        cur.execute(statement)
                    cur.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
                    current = version
            return current

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file and sync it to disk."""
        try:
            self._connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            # The writes are committed in the log already; say why they could not be copied, not a traceback.
            raise storage_full(exc) or StoreError(f"could not checkpoint the database: {exc}") from exc

    def subscribe(self, callback: Callable[[], None]) -> None:
        """Nothing to do: SQLite cannot announce other processes' commits; the service polls the change log."""

    def snapshot_path(self):
        return self.path + ".index"

    def close(self):
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._connections.clear()
        self._local = threading.local()
