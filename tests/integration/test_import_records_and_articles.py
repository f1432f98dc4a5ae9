"""Quote records (JSONL, JSON, CSV) and articles (JSONL, .txt) imported into a real SQLite store."""
import io
import json
from pathlib import Path

from service.ingest import export_jsonl, ingest_paths

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
SEED = ROOT / "seeds" / "2022-01-28-us-nato-respond-to-russian-demands.txt"


def service_of(app):
    return app.extensions["quotecheck"]


def test_records_from_jsonl_json_and_csv_are_stored_and_bad_ones_named(empty_app):
    service = service_of(empty_app)
    out = io.StringIO()
    summary = ingest_paths(service, [FIXTURES / name for name in ("records.jsonl", "records.json", "records.csv")],
                           out=out)
    assert summary.skipped == 4
    # clinic, fares (two records, one quote), visitors, parking, bikes, pool
    assert (summary.read, summary.imported, summary.merged) == (7, 6, 1)
    texts = {quote.text for quote in service.iter_quotes()}
    assert "Every street will have a bike lane, in time" in texts
    assert "records.csv:5: column 'date' is not a date" in out.getvalue()


def test_record_with_two_sources_is_one_quote_with_both(empty_app):
    service = service_of(empty_app)
    ingest_paths(service, [FIXTURES / "records.jsonl"], out=None)
    fares = next(q for q in service.iter_quotes() if q.text == "Bus fares will not rise this year")
    assert sorted(o.source.url for o in fares.sources) == ["https://news.example.org/fares",
                                                           "https://www.harbourtimes.example/fares"]


def test_seed_article_file_is_added_once_with_its_quotes(empty_app):
    service = service_of(empty_app)
    first = ingest_paths(service, [SEED], out=None)
    assert first.articles_added == 1 and first.imported >= 5
    second = ingest_paths(service, [SEED], out=None)
    assert (second.articles_added, second.articles_existing, second.imported) == (0, 1, 0)


def test_articles_jsonl_is_added_article_by_article(empty_app):
    service = service_of(empty_app)
    summary = ingest_paths(service, [FIXTURES / "articles.jsonl"], out=None)
    assert (summary.articles_added, summary.skipped) == (2, 1)
    again = ingest_paths(service, [FIXTURES / "articles.jsonl"], out=None)
    assert again.articles_existing == 2 and again.imported == 0


def test_export_then_import_into_an_empty_store_gives_the_same_quotes(empty_app, tmp_path):
    from service.services import QuoteService
    from service.store import open_store

    service = service_of(empty_app)
    ingest_paths(service, [SEED, FIXTURES / "records.jsonl", FIXTURES / "quotes-2015.json"], out=None)
    exported = tmp_path / "quotes.jsonl"
    with exported.open("w", encoding="utf-8") as out:
        written = export_jsonl(service, out)
    assert written == len(exported.read_text(encoding="utf-8").splitlines())

    copy = QuoteService(open_store(str(tmp_path / "copy.sqlite3")), snapshot=False)
    try:
        summary = ingest_paths(copy, [exported], out=None)
        assert summary.skipped == 0
        assert summary.imported == written

        def shape(svc):
            return sorted((q.text, q.speaker.name if q.speaker else None, q.kind,
                           tuple(sorted(o.source.url or "" for o in q.sources))) for q in svc.iter_quotes())

        assert shape(copy) == shape(service)
    finally:
        copy.close()


def test_exported_lines_have_the_api_quote_fields(empty_app):
    service = service_of(empty_app)
    ingest_paths(service, [SEED], out=None)
    out = io.StringIO()
    export_jsonl(service, out)
    first = json.loads(out.getvalue().splitlines()[0])
    assert {"id", "text", "speaker", "date", "kind", "sources", "first_seen", "context"} <= set(first)
    assert first["sources"][0]["url"] is None or isinstance(first["sources"][0]["url"], str)
    assert first["sources"][0]["start"] is not None
