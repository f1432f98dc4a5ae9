"""Telling an input file's format from its name and first record."""
import json
from pathlib import Path

import pytest

from service.ingest import UnknownFormat, detect_format
from service.ingest.formats import format_of_record

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("quotes-2015.json", "quotebank"),
        ("quotes-2016.json.bz2", "quotebank"),
        ("records.jsonl", "quote-records"),
        ("records.json", "quote-records"),
        ("records.csv", "csv"),
        ("articles.jsonl", "articles"),
        ("no-byline.txt", "article-txt"),
    ],
)
def test_fixture_formats_are_detected(name, expected):
    assert detect_format(FIXTURES / name) == expected


@pytest.mark.parametrize(
    "record, expected",
    [
        ({"quoteID": "1", "quotation": "x", "probas": []}, "quotebank"),
        ({"text": "x", "speaker": "A"}, "quote-records"),
        ({"quote": "x"}, "quote-records"),
        ({"Quote": "x", "Author": "Oscar Wilde", "Tags": []}, "quote-records"),
        ({"text": "x", "title": "T", "url": "u", "author": "A", "published": "2020-01-01"}, "articles"),
    ],
)
def test_first_record_keys_tell_the_json_format(record, expected):
    assert format_of_record(record) == expected


def test_pretty_printed_json_array_of_articles_is_detected(tmp_path):
    path = tmp_path / "articles.json"
    path.write_text(json.dumps([{"text": "Body", "title": "T"}], indent=2))
    assert detect_format(path) == "articles"


def test_unknown_extension_is_refused(tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK")
    with pytest.raises(UnknownFormat):
        detect_format(path)
