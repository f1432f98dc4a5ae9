"""Export of stored quotes as JSON Lines in the API's quote shape."""
import io
import json

from service.core.models import Occurrence, Quote, Source, Speaker
from service.ingest import export_jsonl
from service.ingest.records import quote_records_from_dict


class StoredQuotes:
    """Serves a fixed list of quotes the way the service's iterator does."""

    def __init__(self, quotes):
        self.quotes = quotes
        self.batches = []

    def iter_quotes(self, batch=1000):
        self.batches.append(batch)
        return iter(self.quotes)


def blinken_quote():
    speaker = Speaker(name="Anthony Blinken", id=7, aliases=["Blinken", "Antony Blinken"],
                      title="US Secretary of State", wikidata="Q7")
    source = Source(id=2, url="https://example.org/nato", title="US and NATO Respond", author="N. K.",
                    outlet="Example", published="2022-01-28")
    return Quote(text="The military alliance’s door remains open", speaker=speaker, kind="direct",
                 date="2022-01-28", id=11, context="He added.", first_seen="2022-01-28",
                 sources=[Occurrence(source, 1599, 1640, "added")], alternatives=[("Jens Stoltenberg", 0.1)])


def test_each_quote_is_one_json_line_in_the_api_shape():
    out = io.StringIO()
    written = export_jsonl(StoredQuotes([blinken_quote(), Quote(text="Unattributed", speaker=None, id=12)]), out)
    lines = out.getvalue().splitlines()
    assert written == len(lines) == 2
    first = json.loads(lines[0])
    assert {"id", "text", "speaker", "date", "kind", "sources", "first_seen", "context"} <= set(first)
    assert first["id"] == "11"
    assert first["speaker"] == {"id": "7", "name": "Anthony Blinken", "title": "US Secretary of State",
                                "aliases": ["Blinken", "Antony Blinken"], "wikidata": "Q7"}
    assert first["sources"][0]["url"] == "https://example.org/nato"
    assert (first["sources"][0]["start"], first["sources"][0]["end"]) == (1599, 1640)
    assert json.loads(lines[1])["speaker"] is None


def test_non_ascii_text_is_written_as_is():
    out = io.StringIO()
    export_jsonl(StoredQuotes([blinken_quote()]), out)
    assert "alliance’s" in out.getvalue()


def test_exported_line_reads_back_as_quote_records():
    out = io.StringIO()
    export_jsonl(StoredQuotes([blinken_quote()]), out)
    (record,) = quote_records_from_dict(json.loads(out.getvalue()))
    assert (record.text, record.speaker, record.kind) == ("The military alliance’s door remains open",
                                                          "Anthony Blinken", "direct")
    assert record.source.url == "https://example.org/nato"


def test_exported_shape_is_the_api_quote_shape():
    from service.api.schemas import QuoteSchema

    quote = blinken_quote()
    out = io.StringIO()
    export_jsonl(StoredQuotes([quote]), out)
    assert json.loads(out.getvalue()) == json.loads(json.dumps(QuoteSchema().dump(quote)))


def test_runner_up_speakers_survive_the_round_trip():
    out = io.StringIO()
    export_jsonl(StoredQuotes([blinken_quote()]), out)
    (record,) = quote_records_from_dict(json.loads(out.getvalue()))
    assert record.alternatives == [("Jens Stoltenberg", 0.1)]


def test_each_sources_confidence_survives_an_export_and_import():
    quote = blinken_quote()
    quote.sources[0].confidence = 0.55
    out = io.StringIO()
    export_jsonl(StoredQuotes([quote]), out)
    (record,) = quote_records_from_dict(json.loads(out.getvalue()))
    assert record.confidence == 0.55
