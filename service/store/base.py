"""The repository interface the services use; SQLite and PostgreSQL implement it."""
from __future__ import annotations

import abc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..core.models import ArticleInput, ExtractedQuote, Quote, QuoteRecord, Source, Speaker


@dataclass
class Article:
    """A stored article: its source record plus the quotes extracted from it."""

    source: Source
    text: str
    quote_ids: list[int] = field(default_factory=list)


@dataclass
class Change:
    """One entry of the change log that in-memory indexes follow: a quote added or deleted."""

    seq: int
    quote_id: int
    op: str  # "add" | "delete"
    text: str | None = None  # the quote's text for an "add" still present


@dataclass
class Page:
    """One page of a list answer."""

    items: list
    total: int


@dataclass
class FeedState:
    """What a watcher remembers of a feed's last answer, for a conditional GET."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    checked_at: float | None = None  # epoch seconds


@dataclass
class FeedItem:
    """One item seen in a feed, and how far its ingestion got."""

    id: int
    feed_url: str
    key: str  # the item's guid/id, or its link when it has none
    link: str
    title: str | None = None
    status: str = "new"  # new | claimed | done | failed | abandoned
    attempts: int = 0
    due_at: float = 0.0  # epoch seconds: a failed item's next try, or when a claim lapses
    last_error: str | None = None
    article_id: int | None = None


@dataclass
class StoredCheck:
    """A shareable check: the verify request and the answer it got, as they were."""

    id: str
    request: dict
    result: dict
    created: str  # ISO timestamp (UTC)


class Store(abc.ABC):
    """Durable storage of quotes, speakers and sources. Every write is one transaction."""

    @abc.abstractmethod
    def find_article(self, url: str | None, text: str) -> Article | None:
        """Return the stored article with this url, or with exactly this text."""

    @abc.abstractmethod
    def add_article(self, article: ArticleInput, quotes: list[ExtractedQuote]) -> tuple[Article, bool]:
        """Store an article and its extracted quotes; (article, False) when it was already there."""

    @abc.abstractmethod
    def add_quotes(self, records: list[QuoteRecord]) -> list[int]:
        """Store quote records all-or-nothing, merging each into an equal stored quote; return their ids."""

    @abc.abstractmethod
    def get_quotes(self, ids: list[int]) -> list[Quote]:
        """Return the quotes with these ids (missing ids are left out), in the order asked."""

    @abc.abstractmethod
    def list_quotes(self, speaker: str | None = None, q: str | None = None, date_from: str | None = None,
                    date_to: str | None = None, page: int = 1, page_size: int = 20) -> Page:
        """Return one page of quotes, filtered by speaker name, words of the text and date range."""

    @abc.abstractmethod
    def list_speakers(self, q: str | None = None, page: int = 1, page_size: int = 20) -> Page:
        """Return one page of speakers with their quote counts."""

    @abc.abstractmethod
    def get_speaker(self, speaker_id: int) -> Speaker | None:
        """Return one speaker with aliases and quote count."""

    @abc.abstractmethod
    def speaker_quote_ids(self, speaker_id: int, limit: int = 100) -> list[int]:
        """Return the ids of a speaker's quotes, newest first."""

    @abc.abstractmethod
    def source_quote_ids(self, source_id: int, limit: int = 1000) -> list[int]:
        """Return the ids of the quotes found at known offsets in one source, in the order they stand there."""

    @abc.abstractmethod
    def get_article(self, article_id: int) -> Article | None:
        """Return one article with the ids of its quotes."""

    @abc.abstractmethod
    def delete_quote(self, quote_id: int) -> bool:
        """Delete a quote; False when there was none."""

    @abc.abstractmethod
    def delete_article(self, article_id: int) -> bool:
        """Delete an article and the quotes no other source holds; False when there was none."""

    @abc.abstractmethod
    def iter_quote_texts(self, batch: int = 50_000) -> Iterator[list[tuple[int, str]]]:
        """Yield (id, text) of every quote in batches, for building the matching index."""

    @abc.abstractmethod
    def iter_quotes(self, batch: int = 1000) -> Iterator[Quote]:
        """Yield every quote with speaker and sources, for export."""

    @abc.abstractmethod
    def changes_since(self, seq: int, limit: int = 10_000) -> list[Change]:
        """Return the change-log entries after `seq`, oldest first."""

    @abc.abstractmethod
    def last_change(self) -> int:
        """Return the newest change-log sequence number (0 when empty)."""

    @abc.abstractmethod
    def change_marks(self, upto: int, count: int = 16) -> list[tuple[int, int, str, str | None]]:
        """Return the last `count` change-log entries at or before `upto`, newest first, as (seq, quote_id, op,
        the quote's text now or None): what an index snapshot records to prove which database state it is of."""

    @abc.abstractmethod
    def count_quotes(self) -> int:
        """Return how many quotes are stored."""

    @abc.abstractmethod
    def migrate(self) -> int:
        """Apply the schema steps the database has not had yet; return the schema version."""

    @abc.abstractmethod
    def checkpoint(self) -> None:
        """Make every committed write durable on disk (after a bulk import that skipped per-commit syncs)."""

    @abc.abstractmethod
    def subscribe(self, callback: Callable[[], None]) -> None:
        """Call `callback()` soon after any process commits a quote change, where the store can announce it."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release connections."""

    # -- feeds --------------------------------------------------------------------------------

    @abc.abstractmethod
    def feed_state(self, url: str) -> FeedState | None:
        """Return what was remembered of a feed's last answer (None: never read)."""

    @abc.abstractmethod
    def save_feed_state(self, state: FeedState) -> None:
        """Remember a feed's validators (ETag, Last-Modified) and when it was read."""

    @abc.abstractmethod
    def add_feed_items(self, feed_url: str, items: list[tuple[str, str, str | None]], now: float) -> int:
        """Record (key, link, title) items of a feed not seen before, due now; return how many were new."""

    @abc.abstractmethod
    def claim_feed_items(self, feed_urls: list[str], now: float, lease: float, limit: int = 1) -> list[FeedItem]:
        """Take up to `limit` due items of these feeds for this caller alone, until `now + lease`.

        Several watchers may claim at once: each item goes to one of them (the claim is committed
        before it returns). A claim that lapses (its watcher died) makes the item due again.
        """

    @abc.abstractmethod
    def finish_feed_item(self, item_id: int, article_id: int | None) -> None:
        """Mark an item done: its article is stored."""

    @abc.abstractmethod
    def fail_feed_item(self, item_id: int, error: str, retry_at: float | None) -> None:
        """Count a failed attempt: retry at `retry_at`, or give up (abandoned) when it is None."""

    @abc.abstractmethod
    def list_feed_items(self, feed_url: str) -> list[FeedItem]:
        """Return every item seen in a feed, oldest first."""

    # -- shareable checks ---------------------------------------------------------------------

    @abc.abstractmethod
    def add_check(self, check: StoredCheck) -> tuple[StoredCheck, bool]:
        """Store a check under its id; (the stored one, False) when that id was stored already."""

    @abc.abstractmethod
    def get_check(self, check_id: str) -> StoredCheck | None:
        """Return a stored check."""

    def snapshot_path(self) -> str | None:
        """Where an index snapshot for this store may be kept (None: keep none)."""
        return None

    def identity(self) -> str | None:
        """This database's random identity (None: it has none), written into index snapshots and checked
        when one is loaded."""
        return None
