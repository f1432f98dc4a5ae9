"""The repository interface the services use; SQLite and PostgreSQL implement it."""
from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Iterator

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
    def count_quotes(self) -> int:
        """Return how many quotes are stored."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release connections."""

    def snapshot_path(self) -> str | None:
        """Where an index snapshot for this store may be kept (None: keep none)."""
        return None

    def identity(self) -> str | None:
        """This database's random identity (None: it has none), written into index snapshots and checked
        when one is loaded."""
        return None
