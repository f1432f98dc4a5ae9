"""Telling an input file's format from its name and, for JSON, from the keys of its first record."""
from __future__ import annotations

import os
import re
from pathlib import Path

from service.ingest.files import InputFile, inner_name
from service.ingest.jsonfiles import first_json_object
from service.ingest.records import with_field_keys

ARTICLE_TXT = "article-txt"
ARTICLE_HTML = "article-html"
ARTICLES = "articles"
QUOTE_RECORDS = "quote-records"
CSV_RECORDS = "csv"
QUOTEBANK = "quotebank"
FORMATS = (ARTICLE_TXT, ARTICLE_HTML, ARTICLES, QUOTE_RECORDS, CSV_RECORDS, QUOTEBANK)

# Quotebank's quote-centric files as published: quotes-2015.json.bz2 ... quotes-2020.json.bz2.
_QUOTEBANK_NAME = re.compile(r"^quotes-\d{4}(?:-\d{2})?\.jsonl?$")
_JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
_TEXT_SUFFIXES = (".txt", ".text")
_HTML_SUFFIXES = (".html", ".htm")
_CSV_SUFFIXES = (".csv", ".tsv")
# Keys that only a quote record has (an article has text, title, url, author, outlet, published).
_QUOTE_KEYS = {"speaker", "source", "sources", "context", "quote", "quotation", "kind", "wikidata", "alternatives"}
_QUOTEBANK_KEYS = {"quoteID", "quotation"}


class UnknownFormat(ValueError):
    """The file is none of the formats this service imports."""


def is_importable(path: str | os.PathLike) -> bool:
    """Tell whether a file's name is one of the importable kinds (used when walking a folder)."""
    name = inner_name(path).lower()
    return name.endswith(_TEXT_SUFFIXES + _HTML_SUFFIXES + _CSV_SUFFIXES + _JSON_SUFFIXES)


def detect_format(path: str | os.PathLike) -> str:
    """Return the format of the file at path: one of FORMATS."""
    name = inner_name(path).lower()
    if name.endswith(_TEXT_SUFFIXES):
        return ARTICLE_TXT
    if name.endswith(_HTML_SUFFIXES):
        return ARTICLE_HTML
    if name.endswith(_CSV_SUFFIXES):
        return CSV_RECORDS
    if not name.endswith(_JSON_SUFFIXES):
        raise UnknownFormat(f"{path}: not a .txt, .html, .csv, .tsv, .json or .jsonl file (optionally .bz2 or .gz)")
    if _QUOTEBANK_NAME.match(name):
        return QUOTEBANK
    with InputFile(Path(path)) as handle:
        first = first_json_object(handle)
    if first is None:
        # Nothing readable to tell by: quote records is the harmless guess (every line gets reported).
        return QUOTE_RECORDS
    return format_of_record(first)


def format_of_record(record: dict) -> str:
    """Tell from its keys whether a JSON record is a Quotebank quote, a quote record or an article."""
    keys = set(record)
    if keys & _QUOTEBANK_KEYS and ("quoteID" in keys or "probas" in keys or "numOccurrences" in keys):
        return QUOTEBANK
    keys = set(with_field_keys(record))  # "Quote", "Author" as a scraped dataset writes them
    if keys & _QUOTE_KEYS:
        return QUOTE_RECORDS
    if "text" in keys or "content" in keys:
        return ARTICLES
    raise UnknownFormat(f"cannot tell what a record with keys {sorted(keys)} is")
