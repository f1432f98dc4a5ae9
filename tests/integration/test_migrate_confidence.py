"""Migration 0010 on a database made at the schema before it: every source gets the confidence of its kind."""
from __future__ import annotations

import sqlite3

import pytest

from service.core.extraction.confidence import CONFIDENCE, EXTRACTED
from service.store import migrations, open_store

BEFORE = 10  # the first schema version with confidences

ROWS = [
    "INSERT INTO speakers (id, name, surname_key) VALUES (1, 'Lena Ortiz', 'ortiz'), (2, 'Ana Lopes', 'lopes')",
    ("INSERT INTO sources (id, url, title, outlet, published, text, text_hash, is_article) VALUES "
    "(1, 'https://news.example/a', 'Harbour plan', 'News', '2021-05-03', 'article text', 'h1', 1), "
    "(2, 'https://a.example/1', NULL, 'a.example', '2020-01-01', NULL, NULL, 0), "
    "(3, 'https://notes.example/n', NULL, NULL, '2022-01-01', NULL, NULL, 0)"),
    ("INSERT INTO quotes (id, text, text_key, speaker_id, speaker_key, kind, date, first_seen, alternatives) VALUES "
    "(1, 'We will never close the harbour', 11, 1, 1, 'direct', '2021-05-03', '2021-05-03', NULL), "
    "(2, 'the harbour will be dredged', 12, 2, 2, 'imported', '2020-01-01', '2020-01-01', "
    "'[[\"Rui Costa\", 0.25], [null, 0.1]]'), "
    "(3, 'Fares will be frozen', 13, 1, 1, 'imported', '2022-01-01', '2022-01-01', NULL), "
    "(4, 'Ferries will run all night', 14, 1, 1, 'imported', NULL, NULL, NULL)"),
    ("INSERT INTO occurrences (quote_id, source_id, start, \"end\", cue) VALUES "
    "(1, 1, 0, 30, 'said'), (2, 2, NULL, NULL, NULL), (3, 3, NULL, NULL, NULL)"),
]


def old_database(database: str, monkeypatch) -> None:
    """Create the database at the schema before 0010 and fill it as that schema's code did."""
    every = migrations.steps
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "steps", lambda dialect: [s for s in every(dialect) if s[0] < BEFORE])
        open_store(database).close()
    if database.startswith("postgresql"):
        import psycopg

        with psycopg.connect(database, autocommit=True) as conn:
            for statement in ROWS:
                conn.execute(statement)
            for table in ("speakers", "sources", "quotes"):
                conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 10)")
    else:
        with sqlite3.connect(database) as conn:
            for statement in ROWS:
                conn.execute(statement)


@pytest.fixture
def migrated(database, monkeypatch):
    old_database(database, monkeypatch)
    store = open_store(database)
    yield store
    store.close()


def sources_of(store, quote_id):
    return [(o.confidence, o.method) for o in store.get_quotes([quote_id])[0].sources]


def test_an_extracted_quote_gets_the_extractors_overall_confidence(migrated):
    assert sources_of(migrated, 1) == [(CONFIDENCE[EXTRACTED], "extracted")]


def test_a_dataset_record_gets_what_its_runner_ups_leave(migrated):
    [(confidence, method)] = sources_of(migrated, 2)
    assert method == "dataset" and confidence == pytest.approx(0.65)


def test_a_record_naming_its_speaker_gets_full_confidence(migrated):
    assert sources_of(migrated, 3) == [(1.0, "record")]
    assert migrated.get_quotes([4])[0].confidence == 1.0


def test_the_migrated_database_takes_new_writes_with_their_own_confidence(migrated):
    from service.core.models import QuoteRecord, Source

    [qid] = migrated.add_quotes([QuoteRecord("Buses will be free on Sundays", "Lena Ortiz", confidence=0.3,
                                             source=Source(url="https://blog.example/x"))])
    assert sources_of(migrated, qid) == [(0.3, "record")]
