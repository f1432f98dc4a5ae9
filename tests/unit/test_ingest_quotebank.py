"""Reading Quotebank quote files as published."""
import bz2
import json
from pathlib import Path

import pytest

from service.ingest import MalformedInput, detect_format, read_quotebank
from service.ingest.malformed import MalformedRecord
from service.ingest.quotebank import quotebank_records

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def entry(**fields):
    base = {
        "quoteID": "2015-08-31-000001",
        "quotation": "we will build the bridge",
        "speaker": "Mara Lindqvist",
        "qids": ["Q90000001", "Q90000009"],
        "date": "2015-08-31 00:00:00",
        "numOccurrences": 1,
        "probas": [["Mara Lindqvist", "0.8"], ["Tomas Berg", "0.15"], ["None", "0.05"]],
        "urls": ["http://www.harbourtimes.example/a"],
        "phase": "E",
    }
    base.update(fields)
    return base


def test_fields_map_to_a_quote_record():
    (record,) = quotebank_records(entry())
    assert record.text == "we will build the bridge"
    assert record.speaker == "Mara Lindqvist"
    assert record.wikidata == "Q90000001"
    assert record.date == "2015-08-31"
    assert record.kind == "imported"
    assert record.source.url == "http://www.harbourtimes.example/a"
    assert record.source.outlet == "www.harbourtimes.example"
    assert record.source.published == "2015-08-31"


def test_runner_up_speakers_above_the_floor_become_alternatives_none_included():
    (record,) = quotebank_records(entry())
    assert record.alternatives == [("Tomas Berg", 0.15), (None, 0.05)]


def test_runner_ups_below_the_floor_are_left_out():
    (record,) = quotebank_records(entry(probas=[["Mara Lindqvist", "0.9"], ["Tomas Berg", "0.049"], ["None", "0.051"]]))
    assert record.alternatives == [(None, 0.051)]


def test_the_chosen_speakers_probability_is_the_records_confidence():
    (record,) = quotebank_records(entry())
    assert record.confidence == 0.8
    assert record.method == "dataset"


def test_speaker_none_means_unknown_speaker_and_no_wikidata():
    (record,) = quotebank_records(entry(speaker="None", qids=[], probas=[["None", "0.6"], ["Tomas Berg", "0.4"]]))
    assert record.speaker is None
    assert record.wikidata is None
    assert record.alternatives == [("Tomas Berg", 0.4)]
    assert record.confidence == 0.6


def test_each_url_is_one_record_with_its_own_outlet():
    records = quotebank_records(entry(urls=["https://a.example.org/x", "http://user@b.example.net:8080/y?z=1"]))
    assert [r.source.outlet for r in records] == ["a.example.org", "b.example.net"]
    assert {r.text for r in records} == {"we will build the bridge"}


def test_quote_without_urls_is_one_record_without_source():
    (record,) = quotebank_records(entry(urls=[]))
    assert record.source is None


def test_plain_file_with_one_malformed_line_reports_it_and_reads_the_rest():
    problems: list[MalformedRecord] = []
    records = list(read_quotebank(FIXTURES / "quotes-2015.json", problems.append))
    assert len(records) == 5  # four good lines, the first seen at two urls
    assert [(p.line, Path(p.path).name) for p in problems] == [(4, "quotes-2015.json")]
    assert "not a JSON object" in problems[0].reason


def test_bz2_file_reads_like_the_plain_one():
    records = list(read_quotebank(FIXTURES / "quotes-2016.json.bz2"))
    assert [r.date for r in records] == ["2016-01-11", "2016-01-12", "2016-01-12", "2016-01-13"]
    assert records[2].source.outlet == "radio.example.net"


def test_malformed_line_stops_reading_when_nobody_handles_it():
    with pytest.raises(MalformedInput) as raised:
        list(read_quotebank(FIXTURES / "quotes-2015.json"))
    assert raised.value.record.line == 4


def test_line_missing_the_quotation_is_reported_by_field(tmp_path):
    path = tmp_path / "quotes-2019.json"
    path.write_text(json.dumps({"quoteID": "x", "speaker": "A"}) + "\n", encoding="utf-8")
    problems: list[MalformedRecord] = []
    assert list(read_quotebank(path, problems.append)) == []
    assert "quotation" in problems[0].reason and problems[0].line == 1


def test_quotebank_is_detected_by_name_and_by_keys(tmp_path):
    assert detect_format(FIXTURES / "quotes-2016.json.bz2") == "quotebank"
    renamed = tmp_path / "sample.jsonl.bz2"
    renamed.write_bytes(bz2.compress((json.dumps(entry()) + "\n").encode()))
    assert detect_format(renamed) == "quotebank"
