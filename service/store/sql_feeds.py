"""Feed bookkeeping in SQL, shared by both stores: feed validators, items seen, claims and retries."""
from __future__ import annotations

from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Any

from .base import FeedItem, FeedState

_ITEM_COLUMNS = "id, feed_url, item_key, link, title, status, attempts, due_at, last_error, article_id"
# Items a watcher may take: new ones, failed ones whose retry time came, and claims that lapsed.
_CLAIMABLE = "status IN ('new', 'failed', 'claimed') AND due_at <= ?"


class FeedsSql:
    """The feed methods of the Store interface over the `feeds` and `feed_items` tables."""

    if TYPE_CHECKING:  # provided by the store class this is mixed into
        def _transaction(self) -> AbstractContextManager[Any]: ...

        def _read(self) -> AbstractContextManager[Any]: ...

    # PostgreSQL adds " FOR UPDATE SKIP LOCKED": concurrent claims then pass over each other's rows.
    SKIP_LOCKED = ""

    @contextmanager
    def _claim_transaction(self):
        """A transaction for claiming items (the PostgreSQL store's does without the global write lock)."""
        with self._transaction() as cur:
            yield cur

    def feed_state(self, url: str) -> FeedState | None:
        with self._read() as cur:
            cur.execute("SELECT url, etag, last_modified, checked_at FROM feeds WHERE url = ?", (url,))
            row = cur.fetchone()
        return FeedState(*row) if row else None

    def save_feed_state(self, state: FeedState) -> None:
        with self._claim_transaction() as cur:
            cur.execute("INSERT INTO feeds (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
                        "last_modified = excluded.last_modified, checked_at = excluded.checked_at",
                        (state.url, state.etag, state.last_modified, state.checked_at))

    def add_feed_items(self, feed_url: str, items: list[tuple[str, str, str | None]], now: float) -> int:
        if not items:
            return 0
        with self._claim_transaction() as cur:
            new = 0
            for key, link, title in items:
                cur.execute("INSERT INTO feed_items (feed_url, item_key, link, title, status, due_at) "
                            "VALUES (?, ?, ?, ?, 'new', ?) ON CONFLICT (feed_url, item_key) DO NOTHING RETURNING id",
                            (feed_url, key, link, title, now))
                new += cur.fetchone() is not None
            return new

    def claim_feed_items(self, feed_urls: list[str], now: float, lease: float, limit: int = 1) -> list[FeedItem]:
        if not feed_urls:
            return []
        marks = ",".join("?" * len(feed_urls))
        with self._claim_transaction() as cur:
            cur.execute(f"SELECT {_ITEM_COLUMNS} FROM feed_items WHERE feed_url IN ({marks}) AND {_CLAIMABLE} "
                        f"ORDER BY due_at, id LIMIT ?{self.SKIP_LOCKED}", (*feed_urls, now, limit))
            items = [FeedItem(*row) for row in cur.fetchall()]
            for item in items:
                cur.execute("UPDATE feed_items SET status = 'claimed', due_at = ? WHERE id = ?", (now + lease, item.id))
                item.status, item.due_at = "claimed", now + lease
        return items

    def finish_feed_item(self, item_id: int, article_id: int | None) -> None:
        with self._claim_transaction() as cur:
            cur.execute("UPDATE feed_items SET status = 'done', attempts = attempts + 1, article_id = ?, "
                        "last_error = NULL WHERE id = ?", (article_id, item_id))

    def fail_feed_item(self, item_id: int, error: str, retry_at: float | None) -> None:
        with self._claim_transaction() as cur:
            if retry_at is None:
                cur.execute("UPDATE feed_items SET status = 'abandoned', attempts = attempts + 1, last_error = ? "
                            "WHERE id = ?", (error, item_id))
            else:
                cur.execute("UPDATE feed_items SET status = 'failed', attempts = attempts + 1, last_error = ?, "
                            "due_at = ? WHERE id = ?", (error, retry_at, item_id))

    def list_feed_items(self, feed_url: str) -> list[FeedItem]:
        with self._read() as cur:
            cur.execute(f"SELECT {_ITEM_COLUMNS} FROM feed_items WHERE feed_url = ? ORDER BY id", (feed_url,))
            return [FeedItem(*row) for row in cur.fetchall()]
