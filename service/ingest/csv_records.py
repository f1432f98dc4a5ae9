"""Quote records as CSV (or TSV) with a header row; column names are matched case-insensitively."""
from __future__ import annotations

import csv
import os
from collections.abc import Iterator

from service.core.models import QuoteRecord, Source
from service.ingest.dates import parse_date
from service.ingest.files import InputFile, inner_name
from service.ingest.malformed import OnError, reporter
from service.ingest.records import field_key

# Header name (lower case, spaces and hyphens as "_") -> the record field it fills.
COLUMNS = {
    "text": "text",
    "quote": "text",
    "quotation": "text",
    "speaker": "speaker",
    "author": "speaker",
    "person": "speaker",
    "date": "date",
    "url": "url",
    "source": "url",
    "link": "url",
    "title": "source_title",
    "outlet": "outlet",
    "published": "published",
    "context": "context",
    "speaker_title": "speaker_title",
    "role": "speaker_title",
    "wikidata": "wikidata",
    "qid": "wikidata",
}
# A quoted field of a quote file may hold a long paragraph; the csv module's default cap is 128 KiB.
csv.field_size_limit(16 * 1024 * 1024)


def read_csv_records(path: str | os.PathLike, on_error: OnError | None = None) -> Iterator[QuoteRecord]:
    """Yield the QuoteRecords of a CSV/TSV file; malformed rows go to on_error."""
    with InputFile(path) as handle:
        for _, record in iter_csv_records(handle, on_error):
            yield record


def column_mapping(header: list[str]) -> dict[str, int]:
    """Map record fields to column positions; the first column naming a field wins."""
    mapping: dict[str, int] = {}
    for position, name in enumerate(header):
        target = COLUMNS.get(field_key(name))
        if target and target not in mapping:
            mapping[target] = position
    return mapping


def iter_csv_records(handle: InputFile, on_error: OnError | None = None) -> Iterator[tuple[int, QuoteRecord]]:
    """Yield (line number, record) pairs from an open CSV file."""
    report = reporter(handle.path, on_error)
    text = handle.text()
    dialect = _dialect(handle)
    reader = csv.reader(text, dialect)
    header = next(reader, None)
    if header is None:
        return
    mapping = column_mapping(header)
    if "text" not in mapping:
        report(reader.line_num, "no text column (expected one named text, quote or quotation)")
        return
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        try:
            yield reader.line_num, _record(row, mapping)
        except ValueError as error:
            report(reader.line_num, str(error))


def _record(row: list[str], mapping: dict[str, int]) -> QuoteRecord:
    """Build one record from a row, failing with the field's name when a value is unusable."""

    def cell(field: str) -> str | None:
        position = mapping.get(field)
        if position is None or position >= len(row):
            return None
        return row[position].strip() or None

    text = cell("text")
    if not text:
        raise ValueError("column 'text' is empty")
    date = _date(cell("date"), "date")
    published = _date(cell("published"), "published") or date
    url, source_title, outlet = cell("url"), cell("source_title"), cell("outlet")
    source = (Source(url=url, title=source_title, outlet=outlet, published=published)
              if (url or source_title or outlet) else None)
    return QuoteRecord(
        text=text,
        speaker=cell("speaker"),
        date=date,
        source=source,
        context=cell("context"),
        title=cell("speaker_title"),
        wikidata=cell("wikidata"),
    )


def _date(value: str | None, field: str) -> str | None:
    """Return a date cell as ISO, failing when it is filled but not a date."""
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise ValueError(f"column '{field}' is not a date: {value!r}")
    return parsed


def _dialect(handle: InputFile) -> type[csv.Dialect]:
    """Tab-separated for .tsv files; otherwise the commonest of , ; tab | in the header line."""
    if inner_name(handle.path).lower().endswith(".tsv"):
        return csv.excel_tab
    text = handle.text()
    first_line = text.readline()
    text.seek(0)
    delimiter = max(",;\t|", key=first_line.count)
    if delimiter == "," or first_line.count(delimiter) == 0:
        return csv.excel

    class _Detected(csv.excel):
        """The excel dialect with the header's separator."""

    _Detected.delimiter = delimiter
    return _Detected
