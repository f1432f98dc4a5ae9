"""Quote records as JSON Lines or a JSON array, in the shape of `POST /v1/quotes` (and of our own export)."""
from __future__ import annotations

import os
from collections.abc import Iterator

from service.core.models import QUOTE_KINDS, QuoteRecord, Source
from service.ingest.dates import parse_date
from service.ingest.files import InputFile
from service.ingest.jsonfiles import iter_json_objects
from service.ingest.malformed import OnError, reporter

TEXT_KEYS = ("text", "quote", "quotation")
SPEAKER_KEYS = ("speaker", "author", "person")
SOURCE_FIELDS = ("url", "title", "author", "outlet", "published")


class RecordError(ValueError):
    """A record breaks a rule; the message names the field."""


def read_quote_records(path: str | os.PathLike, on_error: OnError | None = None) -> Iterator[QuoteRecord]:
    """Yield the QuoteRecords of a .json/.jsonl file; malformed records go to on_error."""
    with InputFile(path) as handle:
        for _, record in iter_quote_records(handle, on_error):
            yield record


def iter_quote_records(handle: InputFile, on_error: OnError | None = None) -> Iterator[tuple[int, QuoteRecord]]:
    """Yield (line or item number, record) pairs from an open quote-record file."""
    report = reporter(handle.path, on_error)
    for number, item in iter_json_objects(handle, report):
        try:
            records = quote_records_from_dict(item)
        except RecordError as error:
            report(number, str(error))
            continue
        for record in records:
            yield number, record


def field_key(name: str) -> str:
    """The form a record's field name is matched in: lower case, spaces and hyphens as "_" ("Speaker Title")."""
    return name.strip().lower().replace(" ", "_").replace("-", "_")


def with_field_keys(item: dict) -> dict:
    """The record with its keys in matching form ({"Quote", "Author"} of a scraped dataset reads as
    {"quote", "author"}); when two keys meet, the first one wins."""
    keyed: dict = {}
    for key, value in item.items():
        keyed.setdefault(field_key(key) if isinstance(key, str) else key, value)
    return keyed


def quote_records_from_dict(item: dict) -> list[QuoteRecord]:
    """Turn one record object into QuoteRecords: one per source when it lists several (`sources`)."""
    item = with_field_keys(item)
    text = next((item[key] for key in TEXT_KEYS if item.get(key) is not None), None)
    if not isinstance(text, str) or not text.strip():
        raise RecordError("field 'text' is missing or empty")
    # A quote dataset's "author" or "person" is who said it (an article's author sits in its `source`).
    speaker, title, wikidata = _speaker(next((item[key] for key in SPEAKER_KEYS if item.get(key)), None))
    title = _optional_string(item, "title", title)
    wikidata = _optional_string(item, "wikidata", wikidata)
    date = _date(item.get("date"), "date")
    context = _optional_string(item, "context")
    kind = item.get("kind") or "imported"
    if kind not in QUOTE_KINDS:
        raise RecordError(f"field 'kind' must be one of {', '.join(QUOTE_KINDS)}")
    alternatives = _alternatives(item.get("alternatives"))
    confidence = _confidence(item.get("confidence"))
    sources = _sources(item)
    return [
        QuoteRecord(
            text=text,
            speaker=speaker,
            date=date,
            source=source,
            context=context,
            kind=kind,
            title=title,
            wikidata=wikidata,
            alternatives=alternatives,
            # An exported quote's sources each say how surely they credit the speaker.
            confidence=_confidence(credited) if credited is not None else confidence,
        )
        for source, credited in zip(sources, _source_confidences(item))
    ]


def source_from_value(value, field: str = "source") -> Source | None:
    """Read a source given as an object ({"url", "title", ...}) or as a bare url string."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return Source(url=value)
    if not isinstance(value, dict):
        raise RecordError(f"field '{field}' must be an object or a url")
    values = {}
    for key in SOURCE_FIELDS:
        item = value.get(key)
        if item is not None and not isinstance(item, str):
            raise RecordError(f"field '{field}.{key}' must be a string")
        values[key] = item or None
    published = _date(values.pop("published"), f"{field}.published")
    return Source(url=values["url"], title=values["title"], author=values["author"], outlet=values["outlet"],
                  published=published)


def _sources(item: dict) -> list[Source | None]:
    """Return the record's sources: `source`, or every entry of `sources`, or [None] when it has none."""
    if isinstance(item.get("sources"), list) and item["sources"]:
        return [source_from_value(value, f"sources[{index}]") for index, value in enumerate(item["sources"])]
    return [source_from_value(item.get("source"))]


def _source_confidences(item: dict) -> list:
    """The `confidence` each entry of `sources` gives (None where it gives none), one per source."""
    if isinstance(item.get("sources"), list) and item["sources"]:
        return [value.get("confidence") if isinstance(value, dict) else None for value in item["sources"]]
    return [None]


def _speaker(value) -> tuple[str | None, str | None, str | None]:
    """Read a speaker given as a name or as an object {"name", "title", "wikidata"}."""
    if value is None or value == "":
        return None, None, None
    if isinstance(value, str):
        return value.strip() or None, None, None
    if isinstance(value, dict):
        name = value.get("name")
        if name is not None and not isinstance(name, str):
            raise RecordError("field 'speaker.name' must be a string")
        return (name or None), (value.get("title") or None), (value.get("wikidata") or None)
    raise RecordError("field 'speaker' must be a name or an object with a name")


def _optional_string(item: dict, key: str, default: str | None = None) -> str | None:
    """Return a string field, the default when it is absent, and fail when it is not a string."""
    value = item.get(key)
    if value is None or value == "":
        return default
    if not isinstance(value, str):
        raise RecordError(f"field '{key}' must be a string")
    return value


def _date(value, field: str) -> str | None:
    """Return a date field as ISO, failing when it is present but not a date."""
    if value is None or value == "":
        return None
    parsed = parse_date(value) if isinstance(value, str) else None
    if parsed is None:
        raise RecordError(f"field '{field}' is not a date: {value!r}")
    return parsed


def _confidence(value) -> float | None:
    """Read a record's confidence in its speaker: a number from 0 to 1 (absent: the store's 1.0)."""
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError) as error:
        raise RecordError("field 'confidence' must be a number from 0 to 1") from error
    if not 0.0 <= number <= 1.0:
        raise RecordError("field 'confidence' must be a number from 0 to 1")
    return number


def _alternatives(value) -> list[tuple[str | None, float]]:
    """Read runner-up speakers given as [[name, probability], ...]."""
    if not value:
        return []
    try:
        # [[name, probability]] as Quotebank writes it, or [{"name", "probability"}] as the API does.
        pairs = [(item["name"], item["probability"]) if isinstance(item, dict) else item for item in value]
        return [(None if name is None else str(name), float(probability)) for name, probability in pairs]
    except (TypeError, ValueError, KeyError) as error:
        raise RecordError("field 'alternatives' must be a list of [name, probability]") from error
