"""Quotebank files imported into a real SQLite store."""
import shutil
from pathlib import Path

import pytest

from service.ingest import ingest_paths, runner

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
QUOTEBANK_FILES = [FIXTURES / "quotes-2015.json", FIXTURES / "quotes-2016.json.bz2"]


@pytest.fixture(autouse=True, params=["in-process", "child-process"])
def parsing(request, monkeypatch):
    """Parse the files in this process, or (as big files are) in a child process."""
    monkeypatch.setattr(runner, "WORKER_MIN_BYTES", 1 << 40 if request.param == "in-process" else 0)
    return request.param


def service_of(app):
    return app.extensions["quotecheck"]


def all_quotes(service):
    return {quote.text: quote for quote in service.iter_quotes()}


def test_quotebank_quotes_are_stored_with_speaker_date_and_every_url_as_a_source(empty_app):
    service = service_of(empty_app)
    summary = ingest_paths(service, QUOTEBANK_FILES, out=None)
    assert (summary.read, summary.skipped, summary.imported) == (9, 1, 7)
    quotes = all_quotes(service)
    bridge = quotes["we are going to build the bridge before the winter comes"]
    assert bridge.speaker.name == "Mara Lindqvist"
    assert bridge.speaker.wikidata == "Q90000001"
    assert bridge.date == "2015-08-31"
    assert bridge.kind == "imported"
    assert sorted(o.source.url for o in bridge.sources) == [
        "http://www.harbourtimes.example/2015/08/31/bridge-plans",
        "https://news.example.org/local/bridge?id=7",
    ]
    assert quotes["Nobody in this town has ever seen a budget like this one"].speaker is None


def test_importing_the_same_files_twice_adds_no_quote_and_no_source(empty_app):
    service = service_of(empty_app)
    ingest_paths(service, QUOTEBANK_FILES, out=None)
    before = {text: len(q.sources) for text, q in all_quotes(service).items()}
    again = ingest_paths(service, QUOTEBANK_FILES, out=None)
    assert again.imported == 0
    assert {text: len(q.sources) for text, q in all_quotes(service).items()} == before


def test_imported_quotes_are_found_by_verify(empty_app):
    from service.services import VerifyRequest

    service = service_of(empty_app)
    ingest_paths(service, QUOTEBANK_FILES, out=None)
    verdict = service.verify(VerifyRequest(text="The ferry will run every hour from June", speaker="Tomas Berg"))
    assert verdict.verdict == "verified"
    assert verdict.matches[0].quote.speaker.name == "Tomas Berg"


def test_the_same_quote_in_a_plain_and_a_bz2_file_is_one_quote(empty_app, tmp_path):
    service = service_of(empty_app)
    plain = tmp_path / "quotes-2016.json"
    import bz2

    plain.write_bytes(bz2.decompress((FIXTURES / "quotes-2016.json.bz2").read_bytes()))
    shutil.copy(FIXTURES / "quotes-2016.json.bz2", tmp_path / "quotes-2017.json.bz2")
    summary = ingest_paths(service, [plain, tmp_path / "quotes-2017.json.bz2"], out=None)
    assert summary.imported == 3
    assert summary.merged == 5
