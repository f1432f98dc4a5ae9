"""The Store interface is all the service layer needs: every method it calls is declared there, on both stores."""
from __future__ import annotations

import io
from typing import cast

from service.core.models import ArticleInput, QuoteRecord, Source
from service.ingest import export_jsonl
from service.services import QuoteService, VerifyRequest
from service.store import open_store
from service.store.base import Store

TAXES = "We will not raise taxes on working families this year"
ARTICLE = ("The mayor spoke on Monday.\n\n"
           "“Our rivers are cleaner than they have been in fifty years,” Maria Santos said.\n")


class InterfaceOnly:
    """A store seen through the Store interface alone: any other attribute is an AttributeError."""

    DECLARED = frozenset(name for name in dir(Store) if not name.startswith("_"))

    def __init__(self, store: Store) -> None:
        self._store = store
        self.used: set[str] = set()

    def __getattr__(self, name: str):
        if name not in self.DECLARED:
            raise AttributeError(f"{name} is not part of the Store interface")
        self.used.add(name)
        return getattr(self._store, name)


def test_the_service_calls_nothing_the_store_interface_does_not_declare(database):
    seen = InterfaceOnly(open_store(database))
    service = QuoteService(cast(Store, seen), sync_interval=0.0, snapshot=False)
    try:
        [quote_id] = service.add_quotes([QuoteRecord(TAXES, "John Carter", "2023-05-10",
                                                     Source(url="https://news.example/taxes"))])
        article, quotes, created = service.add_article(ArticleInput(ARTICLE, url="https://news.example/rivers"))
        assert created and [q.speaker.name for q in quotes if q.speaker] == ["Maria Santos"]
        assert service.verify(VerifyRequest(TAXES, speaker="John Carter")).verdict == "verified"
        speaker = service.get_quote(quote_id).speaker
        assert speaker is not None and speaker.id is not None
        _, said = service.get_speaker(speaker.id)
        assert [q.text for q in said] == [TAXES]
        assert service.get_article(article.source.id or 0)[0].quote_ids == article.quote_ids
        assert service.list_quotes(speaker="Carter").total == 1 and service.list_speakers().total == 2
        out = io.StringIO()
        assert export_jsonl(service, out) == 2
        service.delete_article(article.source.id or 0)
        service.delete_quote(quote_id)
        assert service.is_empty()
        seen.checkpoint()
        assert {"subscribe", "speaker_quote_ids", "add_article", "changes_since"} <= seen.used
    finally:
        service.close()


def test_migrating_again_changes_nothing_and_answers_the_schema_version(store):
    version = store.migrate()
    assert version >= 1
    store.add_quotes([QuoteRecord(TAXES, "John Carter")])
    assert store.migrate() == version and store.count_quotes() == 1


def test_writes_before_a_checkpoint_are_read_by_a_store_opened_afterwards(database):
    first = open_store(database)
    try:
        ids = first.add_quotes([QuoteRecord(TAXES, "John Carter"), QuoteRecord("A second quote here", "Maria Santos")])
        first.checkpoint()
        second = open_store(database)
        try:
            assert [q.text for q in second.get_quotes(ids)] == [TAXES, "A second quote here"]
        finally:
            second.close()
    finally:
        first.close()


def test_every_store_takes_a_subscriber_and_keeps_serving(store):
    store.subscribe(lambda: None)
    [quote_id] = store.add_quotes([QuoteRecord(TAXES, "John Carter")])
    assert store.get_quotes([quote_id])[0].text == TAXES
