"""Record files parsed by a child process read exactly as the same files read in this one."""
import dataclasses
from pathlib import Path

import pytest

from service.ingest import MalformedInput, worker
from service.ingest.files import InputFile
from service.ingest.formats import CSV_RECORDS, QUOTE_RECORDS, QUOTEBANK
from service.ingest.malformed import MalformedRecord
from service.ingest.synthetic import write_quotebank_file
from service.ingest.worker import RECORD_READERS, ParsedFile, ParsingFailed
from service.store.keys import text_key

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def read_here(path, kind):
    problems: list[MalformedRecord] = []
    with InputFile(path) as handle:
        records = [(n, dataclasses.astuple(r)) for n, r in RECORD_READERS[kind](handle, problems.append)]
    return records, problems


def read_in_child(path, kind):
    problems: list[MalformedRecord] = []
    with ParsedFile(path, kind) as parsed:
        records = [(n, dataclasses.astuple(r)[:-1]) for n, r in parsed.records(problems.append)]
    return records, problems


@pytest.mark.parametrize("name, kind", [
    ("quotes-2015.json", QUOTEBANK),
    ("quotes-2016.json.bz2", QUOTEBANK),
    ("records.jsonl", QUOTE_RECORDS),
    ("records.json", QUOTE_RECORDS),
    ("records.csv", CSV_RECORDS),
])
def test_a_file_parsed_in_a_child_gives_the_records_and_problems_read_here(name, kind):
    assert read_in_child(FIXTURES / name, kind) == read_here(FIXTURES / name, kind)


def test_records_from_the_child_carry_the_key_of_their_text():
    with ParsedFile(FIXTURES / "quotes-2016.json.bz2", QUOTEBANK) as parsed:
        records = [record for _, record in parsed.records()]
    assert records and all(r.text_key == text_key(r.text) for r in records)


def test_a_big_file_comes_in_many_chunks_in_line_order(tmp_path):
    path = write_quotebank_file(tmp_path / "quotes-2019.json.bz2", worker.CHUNK * 3, seed=2)
    with ParsedFile(path, QUOTEBANK) as parsed:
        numbers = [number for number, _ in parsed.records()]
        assert parsed.consumed() == path.stat().st_size
    assert sorted(set(numbers)) == list(range(1, worker.CHUNK * 3 + 1))
    assert numbers == sorted(numbers)


def test_a_malformed_line_stops_a_strict_reading_at_its_place():
    with ParsedFile(FIXTURES / "quotes-2015.json", QUOTEBANK) as parsed:
        read = []
        with pytest.raises(MalformedInput) as raised:
            for number, _ in parsed.records():
                read.append(number)
    assert raised.value.record.line == 4
    assert read == [1, 1, 2, 3]


def test_a_damaged_file_gives_what_was_read_before_the_damage_then_the_same_error(tmp_path):
    whole = write_quotebank_file(tmp_path / "quotes-2018.json.bz2", 10_000, seed=4)  # several bz2 blocks
    damaged = tmp_path / "quotes-2019.json.bz2"
    damaged.write_bytes(whole.read_bytes()[:-200])
    with InputFile(damaged) as handle, pytest.raises(EOFError) as here:
        expected = []
        for number, _ in RECORD_READERS[QUOTEBANK](handle):
            expected.append(number)
    with ParsedFile(damaged, QUOTEBANK) as parsed, pytest.raises(EOFError) as there:
        got = []
        for number, _ in parsed.records():
            got.append(number)
    assert got == expected and len(got) > 1000
    assert str(there.value) == str(here.value)


def test_closing_early_stops_the_child(tmp_path):
    path = write_quotebank_file(tmp_path / "quotes-2019.json", worker.CHUNK * 2, seed=3)
    with ParsedFile(path, QUOTEBANK) as parsed:
        assert next(parsed.records())[0] == 1
        child = parsed._child
    assert child.returncode is not None


def test_a_child_that_dies_is_a_parsing_failure_with_its_reason(monkeypatch):
    monkeypatch.setattr(worker, "_START", "import sys; sys.exit('the parser fell over')")
    with ParsedFile(FIXTURES / "quotes-2015.json", QUOTEBANK) as parsed:
        with pytest.raises(ParsingFailed, match="the parser fell over"):
            list(parsed.records())


def test_a_kind_without_a_record_reader_is_refused():
    with pytest.raises(ValueError):
        ParsedFile(FIXTURES / "articles.jsonl", "articles")
