"""Reading quote records from JSON Lines and JSON arrays."""
import json
from pathlib import Path

import pytest

from service.ingest import read_quote_records
from service.ingest.malformed import MalformedRecord
from service.ingest.records import RecordError, quote_records_from_dict

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_jsonl_records_are_read_and_the_empty_one_is_reported_by_line():
    problems: list[MalformedRecord] = []
    records = list(read_quote_records(FIXTURES / "records.jsonl", problems.append))
    assert [r.text for r in records] == [
        "The new clinic opens in May",
        "Bus fares will not rise this year",
        "Bus fares will not rise this year",
    ]
    assert [(p.line, "text" in p.reason) for p in problems] == [(3, True)]


def test_record_fields_follow_the_api_shape():
    first = next(read_quote_records(FIXTURES / "records.jsonl", lambda problem: None))
    assert first.speaker == "Ines Okafor"
    assert first.date == "2021-03-04"
    assert first.source.url == "https://www.valleypost.example/clinic"
    assert first.source.outlet == "Valley Post"
    assert first.context.startswith("Asked about the delays")


def test_speaker_object_gives_name_title_and_wikidata_and_url_string_is_a_source():
    (record,) = quote_records_from_dict(
        {"text": "x", "speaker": {"name": "Tomas Berg", "title": "Commissioner", "wikidata": "Q9"},
         "source": "https://news.example.org/x", "date": "March 5, 2021"}
    )
    assert (record.speaker, record.title, record.wikidata) == ("Tomas Berg", "Commissioner", "Q9")
    assert record.source.url == "https://news.example.org/x"
    assert record.date == "2021-03-05"


def test_json_array_is_read_item_by_item_and_a_bad_date_names_the_field():
    problems: list[MalformedRecord] = []
    records = list(read_quote_records(FIXTURES / "records.json", problems.append))
    assert [r.speaker for r in records] == ["Mara Lindqvist", "Tomas Berg"]
    assert problems[0].line == 2 and "'date'" in problems[0].reason


def test_wrapped_api_body_is_read_as_its_records(tmp_path):
    path = tmp_path / "body.json"
    path.write_text(json.dumps({"quotes": [{"text": "a", "speaker": "A"}, {"text": "b", "speaker": "B"}]}))
    assert [r.text for r in read_quote_records(path)] == ["a", "b"]


def test_exported_quote_with_several_sources_becomes_one_record_per_source():
    exported = {
        "id": 3, "text": "It doubles what we can unload", "kind": "direct", "date": "2022-03-01",
        "speaker": {"name": "Tomas Berg", "title": "port director", "aliases": [], "wikidata": None},
        "sources": [{"url": "https://a.example/1", "published": "2022-03-01", "start": 5, "end": 20},
                    {"url": "https://b.example/2", "published": "2022-03-04"}],
        "first_seen": "2022-03-01", "context": "The port...",
    }
    records = quote_records_from_dict(exported)
    assert [r.source.url for r in records] == ["https://a.example/1", "https://b.example/2"]
    assert {r.kind for r in records} == {"direct"}
    assert records[0].title == "port director"


@pytest.mark.parametrize(
    "item, field",
    [
        ({"speaker": "A"}, "text"),
        ({"text": "a", "speaker": 3}, "speaker"),
        ({"text": "a", "source": {"url": 5}}, "source.url"),
        ({"text": "a", "kind": "rumour"}, "kind"),
        ({"text": "a", "source": {"url": "u", "published": "soon"}}, "source.published"),
    ],
)
def test_bad_record_is_refused_naming_the_field(item, field):
    with pytest.raises(RecordError, match=field.replace(".", r"\.")):
        quote_records_from_dict(item)


def test_a_scraped_datasets_capitalised_keys_and_author_read_as_text_and_speaker():
    (record,) = quote_records_from_dict({"Quote": "Be yourself; everyone else is already taken.",
                                         "Author": "Oscar Wilde", "Tags": ["honesty"]})
    assert (record.text, record.speaker) == ("Be yourself; everyone else is already taken.", "Oscar Wilde")


def test_a_speaker_field_wins_over_an_author_field():
    (record,) = quote_records_from_dict({"quote": "So many books.", "speaker": "Frank Zappa", "author": "A. Editor"})
    assert record.speaker == "Frank Zappa"
