"""Reading quote records from CSV files with loosely named columns."""
from pathlib import Path

from service.ingest import read_csv_records
from service.ingest.csv_records import column_mapping
from service.ingest.malformed import MalformedRecord

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_header_names_map_case_insensitively_to_record_fields():
    mapping = column_mapping(["Quote", "AUTHOR", "Date", "Source", "Title", "outlet", "Speaker Title"])
    assert mapping == {"text": 0, "speaker": 1, "date": 2, "url": 3, "source_title": 4, "outlet": 5,
                       "speaker_title": 6}


def test_csv_rows_become_records_and_bad_rows_are_reported_by_line():
    problems: list[MalformedRecord] = []
    records = list(read_csv_records(FIXTURES / "records.csv", problems.append))
    assert [r.text for r in records] == ["Every street will have a bike lane, in time", "The pool reopens next week"]
    first = records[0]
    assert first.speaker == "Mara Lindqvist"
    assert first.source.title == "Bike lanes for all" and first.source.outlet == "Valley Post"
    assert first.context.endswith('in time," she said.')
    assert records[1].date == "2022-05-03"
    assert [p.line for p in problems] == [4, 5]
    assert "text" in problems[0].reason and "date" in problems[1].reason


def test_semicolon_separated_file_is_read(tmp_path):
    path = tmp_path / "quotes.csv"
    path.write_text("text;person\nHello there;Ines Okafor\n", encoding="utf-8")
    (record,) = read_csv_records(path)
    assert (record.text, record.speaker, record.source) == ("Hello there", "Ines Okafor", None)


def test_tsv_file_is_tab_separated(tmp_path):
    path = tmp_path / "quotes.tsv"
    path.write_text("quotation\tspeaker\turl\nA, B and C\tTomas Berg\thttps://x.example/1\n", encoding="utf-8")
    (record,) = read_csv_records(path)
    assert record.text == "A, B and C" and record.source.url == "https://x.example/1"


def test_file_without_a_text_column_is_reported_once(tmp_path):
    path = tmp_path / "quotes.csv"
    path.write_text("speaker,date\nA,2020-01-01\n", encoding="utf-8")
    problems: list[MalformedRecord] = []
    assert list(read_csv_records(path, problems.append)) == []
    assert len(problems) == 1 and "no text column" in problems[0].reason
