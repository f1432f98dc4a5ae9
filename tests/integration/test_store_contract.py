"""The repository contract, run on both stores: SQLite and PostgreSQL must behave alike."""
from __future__ import annotations

import sqlite3

import psycopg
import pytest

from service.core.models import ArticleInput, ExtractedQuote, QuoteRecord, Source
from service.store.keys import KeyedRecord, text_key

TAXES = "We will not raise taxes on working families this year"
RIVERS = "Our rivers are cleaner than they have been in fifty years"


def record(text=TAXES, speaker="John Carter", date="2023-05-10", url=None, **extra) -> QuoteRecord:
    """A quote record with an optional source url."""
    source = Source(url=url, title="A report", published=date) if url else None
    return QuoteRecord(text=text, speaker=speaker, date=date, source=source, **extra)


def article(text: str, url: str | None = "https://news.example/a") -> ArticleInput:
    """An article input dated 2023-06-01."""
    return ArticleInput(text=text, title="A title", url=url, author="A. Writer", outlet="News",
                        published="2023-06-01")


def extracted(body: str, quote: str, speaker="Maria Santos") -> ExtractedQuote:
    """The extraction result for one quote inside an article body."""
    start = body.index(quote)
    return ExtractedQuote(text=quote, speaker=speaker, start=start, end=start + len(quote), kind="direct",
                          cue="said")


def test_stored_quotes_are_read_back_with_speaker_and_source(store):
    [qid] = store.add_quotes([record(url="https://a.example/taxes")])
    [quote] = store.get_quotes([qid])
    assert quote.text == TAXES and quote.speaker.name == "John Carter" and quote.date == "2023-05-10"
    assert [o.source.url for o in quote.sources] == ["https://a.example/taxes"]


def test_get_quotes_keeps_the_order_asked_and_leaves_out_missing_ids(store):
    a, b = store.add_quotes([record(), record(RIVERS, "Maria Santos")])
    assert [q.id for q in store.get_quotes([b, 999_999, a])] == [b, a]


def test_the_same_record_twice_is_one_quote_with_both_sources(store):
    first = store.add_quotes([record(url="https://a.example/1")])
    again = store.add_quotes([record(url="https://b.example/2", date="2023-05-01")])
    assert first == again and store.count_quotes() == 1
    [quote] = store.get_quotes(first)
    assert {o.source.url for o in quote.sources} == {"https://a.example/1", "https://b.example/2"}
    assert quote.date == "2023-05-01"  # the earliest date wins on merge


def test_a_record_keyed_where_it_was_read_merges_with_the_same_words_unkeyed(store):
    keyed = KeyedRecord(TAXES, "John Carter", source=Source(url="https://a.example/1"), text_key=text_key(TAXES))
    first = store.add_quotes([keyed])
    again = store.add_quotes([record(TAXES.upper() + "!", url="https://b.example/2")])
    assert first == again and store.count_quotes() == 1


def test_runner_up_speakers_are_read_back_as_written(store):
    alternatives = [("Ana Núñez", 0.25), ("Bo \"Quoted\" Li", 1e-05), ("Cy Int", 1), ("Di Nan", float("inf"))]
    [qid] = store.add_quotes([record(alternatives=alternatives)])
    assert store.get_quotes([qid])[0].alternatives == alternatives


def test_a_failing_record_leaves_nothing_of_its_batch(store):
    # A text the schema refuses (NOT NULL) in the middle of the batch.
    bad = QuoteRecord(text=None, speaker="X Y")  # type: ignore[arg-type]
    with pytest.raises((TypeError, AttributeError, sqlite3.IntegrityError, psycopg.IntegrityError)):
        store.add_quotes([record(), bad, record(RIVERS, "Maria Santos")])
    assert store.count_quotes() == 0
    assert store.changes_since(0) == []
    assert store.list_speakers().total == 0


def test_posting_an_article_twice_by_url_or_by_text_stores_it_once(store):
    body = f'"{RIVERS}," Maria Santos said on Monday.'
    stored, created = store.add_article(article(body), [extracted(body, RIVERS)])
    again, created_again = store.add_article(article(body), [extracted(body, RIVERS)])
    by_text, created_by_text = store.add_article(article(body, url=None), [])
    assert created and not created_again and not created_by_text
    assert again.source.id == by_text.source.id == stored.source.id
    assert again.quote_ids == stored.quote_ids and store.count_quotes() == 1


def test_an_article_is_found_by_url_and_read_with_its_quote_offsets(store):
    body = f'"{RIVERS}," Maria Santos said.'
    stored, _ = store.add_article(article(body), [extracted(body, RIVERS)])
    assert store.find_article("https://news.example/a", "other text").source.id == stored.source.id
    assert store.get_article(stored.source.id).text == body
    [quote] = store.get_quotes(stored.quote_ids)
    occurrence = quote.sources[0]
    assert body[occurrence.start:occurrence.end] == RIVERS and occurrence.cue == "said"


def test_deleting_an_article_keeps_quotes_another_source_holds(store):
    body_a = f'"{RIVERS}," Maria Santos said. "{TAXES}," she added.'
    body_b = f'"{RIVERS}," Maria Santos told reporters.'
    a, _ = store.add_article(article(body_a, "https://news.example/a"),
                             [extracted(body_a, RIVERS), extracted(body_a, TAXES)])
    store.add_article(article(body_b, "https://news.example/b"), [extracted(body_b, RIVERS)])
    assert store.delete_article(a.source.id) is True
    assert [q.text for q in store.list_quotes().items] == [RIVERS]
    assert store.get_article(a.source.id) is None
    assert store.delete_article(a.source.id) is False


def test_the_change_log_lists_adds_and_deletes_in_order(store):
    a, b = store.add_quotes([record(), record(RIVERS, "Maria Santos")])
    assert store.delete_quote(a) is True and store.delete_quote(a) is False
    changes = store.changes_since(0)
    assert [(c.quote_id, c.op) for c in changes] == [(a, "add"), (b, "add"), (a, "delete")]
    assert [c.seq for c in changes] == sorted(c.seq for c in changes)
    assert changes[1].text == RIVERS and changes[0].text is None  # a deleted quote's add carries no text
    assert store.last_change() == changes[-1].seq
    assert store.changes_since(changes[1].seq) == changes[2:]


def test_quote_texts_stream_in_batches_of_the_size_asked(store):
    texts = [f"Statement number {i} about the harbour budget" for i in range(7)]
    store.add_quotes([record(t, "John Carter") for t in texts])
    batches = list(store.iter_quote_texts(batch=3))
    assert [len(b) for b in batches] == [3, 3, 1]
    assert [t for b in batches for _, t in b] == texts


def test_every_quote_is_exported_with_its_sources(store):
    store.add_quotes([record(url="https://a.example/1"), record(RIVERS, "Maria Santos")])
    exported = list(store.iter_quotes(batch=1))
    assert [q.text for q in exported] == [TAXES, RIVERS]
    assert exported[0].sources[0].source.url == "https://a.example/1"


def test_quote_lists_filter_by_speaker_words_and_dates_and_paginate(store):
    store.add_quotes([record(), record(RIVERS, "Maria Santos", date="2023-04-02"),
                      record("A 100% honest answer from the mayor", "Maria Santos", date="2023-08-01")])
    assert [q.text for q in store.list_quotes(speaker="maria santos").items][0] == RIVERS
    assert store.list_quotes(q="RIVERS cleaner").total == 1
    assert [q.text for q in store.list_quotes(q="100%").items] == ["A 100% honest answer from the mayor"]
    assert store.list_quotes(date_from="2023-05-01", date_to="2023-06-01").total == 1
    page = store.list_quotes(page=2, page_size=2)
    assert page.total == 3 and len(page.items) == 1


def test_speakers_are_listed_with_quote_counts_and_aliases(store):
    store.add_quotes([record(), record(RIVERS, "John Carter"), record("Another thing entirely", "Maria Santos")])
    page = store.list_speakers()
    counts = {s.name: s.quote_count for s in page.items}
    assert page.total == 2 and counts == {"John Carter": 2, "Maria Santos": 1}
    carter = next(s for s in page.items if s.name == "John Carter")
    assert store.get_speaker(carter.id).quote_count == 2
    assert len(store.speaker_quote_ids(carter.id)) == 2
    assert store.get_speaker(999_999) is None


def test_a_large_batch_merges_and_links_every_record(store):
    records = [QuoteRecord(f"Statement number {n} on the budget of the port", f"Speaker {n % 40}",
                           source=Source(url=f"https://news.example/{n}", published="2021-03-04"))
               for n in range(1500)]
    ids = store.add_quotes(records + records[:700])
    assert len(set(ids)) == 1500 and ids[1500:] == ids[:700]
    assert store.count_quotes() == 1500
    quote = store.get_quotes([ids[3]])[0]
    assert [o.source.url for o in quote.sources] == ["https://news.example/3"]
    assert len(store.changes_since(0)) == 1500


def test_a_speaker_first_stored_under_a_surname_takes_the_full_name_and_keeps_other_forenames_apart(store):
    store.add_quotes([record(speaker="Obama")])
    store.add_quotes([record(RIVERS, speaker="Barack Obama")])
    store.add_quotes([record("Another thing entirely", speaker="Michelle Obama")])
    counts = {s.name: s.quote_count for s in store.list_speakers().items}
    assert counts == {"Barack Obama": 2, "Michelle Obama": 1}


def test_a_speaker_stored_without_accents_takes_the_accented_spelling_when_one_comes(store):
    store.add_quotes([record(speaker="Felipe Calderon")])
    store.add_quotes([record(RIVERS, speaker="Felipe Calderón")])
    assert [(s.name, s.quote_count) for s in store.list_speakers().items] == [("Felipe Calderón", 2)]


def test_the_quotes_of_a_source_are_listed_in_the_order_they_stand_there(store):
    body = f'"{RIVERS}," Maria Santos said. "{TAXES}," she added.'
    stored, _ = store.add_article(article(body), [extracted(body, TAXES), extracted(body, RIVERS)])
    ids = store.source_quote_ids(stored.source.id)
    assert [q.text for q in store.get_quotes(ids)] == [RIVERS, TAXES]
    assert store.source_quote_ids(stored.source.id + 1000) == []
