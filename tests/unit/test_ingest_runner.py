"""The bulk import loop: batches, malformed records, summaries, against an in-memory service."""
import io
import shutil
from pathlib import Path

import pytest

from service.core.errors import InvalidInput
from service.ingest import MalformedInput, ingest_paths, runner

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


@pytest.fixture(autouse=True, params=["in-process", "child-process"])
def parsing(request, monkeypatch):
    """Parse record files in this process, or (as big files are) in a child process."""
    monkeypatch.setattr(runner, "WORKER_MIN_BYTES", 1 << 40 if request.param == "in-process" else 0)
    return request.param


class MemoryService:
    """Merges equal quotes like the real service does, without a database."""

    def __init__(self, refuse=()):
        self.quotes = {}  # (text, speaker) -> (id, set of urls)
        self.articles = {}
        self.calls = []
        self.refuse = set(refuse)

    def add_quotes(self, records):
        self.calls.append(len(records))
        if any(r.text in self.refuse for r in records):
            raise InvalidInput("refused", {"text": ["not allowed"]})
        ids = []
        for record in records:
            key = (record.text, record.speaker)
            quote_id, urls = self.quotes.setdefault(key, (len(self.quotes) + 1, set()))
            if record.source:
                urls.add(record.source.url)
            ids.append(quote_id)
        return ids

    def add_article(self, article):
        key = article.url or article.text
        created = key not in self.articles
        self.articles.setdefault(key, article)
        return article, ([] if not created else ["one quote"]), created

    def count_quotes(self):
        return len(self.quotes) + sum(1 for _ in self.articles)


def test_quotebank_files_are_imported_with_malformed_line_skipped_and_reported():
    service, out = MemoryService(), io.StringIO()
    summary = ingest_paths(service, [FIXTURES / "quotes-2015.json", FIXTURES / "quotes-2016.json.bz2"], out=out)
    assert (summary.files, summary.read, summary.skipped) == (2, 9, 1)
    assert summary.imported == 7  # the two records of the first quote and the library quote merge
    assert summary.merged == 2
    assert "quotes-2015.json:4" in out.getvalue()
    assert "imported 7 new quotes" in out.getvalue()


def test_running_the_same_import_twice_adds_nothing_the_second_time():
    service = MemoryService()
    ingest_paths(service, [FIXTURES / "quotes-2015.json"], out=None)
    again = ingest_paths(service, [FIXTURES / "quotes-2015.json"], out=None)
    assert again.imported == 0
    assert again.merged == again.read == 5


def test_records_are_stored_in_batches_of_the_given_size():
    service = MemoryService()
    ingest_paths(service, [FIXTURES / "quotes-2015.json"], out=None, batch_size=2)
    assert service.calls == [2, 2, 1]


def test_strict_run_stops_at_the_first_malformed_line_with_its_place():
    with pytest.raises(MalformedInput) as raised:
        ingest_paths(MemoryService(), [FIXTURES / "quotes-2015.json"], strict=True, out=None)
    assert raised.value.record.line == 4
    assert raised.value.record.path.endswith("quotes-2015.json")


def test_a_record_the_store_refuses_is_skipped_and_the_rest_of_its_batch_is_kept():
    service = MemoryService(refuse={"The ferry will run every hour from June"})
    out = io.StringIO()
    summary = ingest_paths(service, [FIXTURES / "quotes-2015.json"], out=out)
    assert summary.skipped == 2  # the malformed line and the refused record
    assert ("Schools stay open on Fridays", "Ines Okafor") in service.quotes
    assert "quotes-2015.json:3: record refused" in out.getvalue()


def test_folder_is_walked_for_every_importable_file(tmp_path):
    for name in ("records.jsonl", "records.csv", "articles.jsonl", "no-byline.txt"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "README.md").write_text("not data")
    service = MemoryService()
    summary = ingest_paths(service, [tmp_path], out=None)
    assert summary.files == 4
    assert summary.articles_added == 3
    assert len(service.quotes) == 4  # clinic, fares (merged), bikes, pool


def test_missing_path_is_reported_and_the_rest_still_imported(tmp_path):
    out = io.StringIO()
    summary = ingest_paths(MemoryService(), [tmp_path / "nope.jsonl", FIXTURES / "records.jsonl"], out=out)
    assert "nope.jsonl: no such file or folder" in out.getvalue()
    assert summary.read == 3


def test_truncated_bz2_keeps_the_records_read_before_the_damage(tmp_path):
    damaged = tmp_path / "quotes-2016.json.bz2"
    damaged.write_bytes((FIXTURES / "quotes-2016.json.bz2").read_bytes()[:-40])
    out = io.StringIO()
    summary = ingest_paths(MemoryService(), [damaged], out=out)
    assert summary.skipped == 1
    assert "cannot be read further" in out.getvalue()


def test_no_progress_bar_when_output_is_not_a_terminal():
    out = io.StringIO()
    ingest_paths(MemoryService(), [FIXTURES / "quotes-2016.json.bz2"], out=out)
    assert "%|" not in out.getvalue()


def test_progress_bar_when_asked_shows_records():
    out = io.StringIO()
    ingest_paths(MemoryService(), [FIXTURES / "quotes-2016.json.bz2"], out=out, progress=True)
    assert "100%|" in out.getvalue()
    assert "4 records" in out.getvalue()


def test_a_single_path_may_be_given_without_a_list():
    summary = ingest_paths(MemoryService(), str(FIXTURES / "records.jsonl"), out=None)
    assert (summary.files, summary.read) == (1, 3)


def test_interrupted_run_prints_what_it_did_and_how_to_resume():
    class InterruptedService(MemoryService):
        def add_quotes(self, records):
            if self.calls:
                raise KeyboardInterrupt
            return super().add_quotes(records)

    out = io.StringIO()
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(InterruptedService(), [FIXTURES / "quotes-2015.json"], out=out, batch_size=2)
    assert "imported 1 new quotes" in out.getvalue()  # the first batch: one quote seen at two urls
    assert "the same command again resumes" in out.getvalue()
