"""JSON input read record by record: JSON Lines, or one JSON document holding an array of records."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator

from service.ingest.files import InputFile

# Keys a JSON document may wrap its array of records in ({"quotes": [...]} as POSTed to the API).
WRAPPER_KEYS = ("quotes", "articles", "items", "records")


def iter_json_objects(
    handle: InputFile, report: Callable[[int | None, str], None]
) -> Iterator[tuple[int, dict]]:
    """Yield (line or item number, object) pairs; malformed lines or items go to report and are skipped."""
    first = _first_character(handle)
    if first in ("[", "{") and not _first_line_is_json(handle):
        document = _load_document(handle)
        if document is not None:
            yield from _document_items(document, report)
            return
    yield from _json_lines(handle, report)


def first_json_object(handle: InputFile) -> dict | None:
    """Return the first record of a JSON or JSON Lines file, or None when there is none to read."""
    for _, item in iter_json_objects(handle, lambda line, reason: None):
        return item
    return None


def _json_lines(handle: InputFile, report) -> Iterator[tuple[int, dict]]:
    """Yield the object on each non-blank line."""
    handle.binary.seek(0)
    for number, raw in handle.binary_lines():
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
        except ValueError as error:
            report(number, f"not JSON: {error}")
            continue
        if not isinstance(item, dict):
            report(number, f"expected a JSON object, got {type(item).__name__}")
            continue
        wrapped = _wrapped_list(item)
        if wrapped is None:
            yield number, item
            continue
        # A one-line {"quotes": [...]} body: its records all come from this line.
        for position, inner in enumerate(wrapped, start=1):
            if isinstance(inner, dict):
                yield number, inner
            else:
                report(number, f"item {position} is not a JSON object")


def _document_items(document, report) -> Iterator[tuple[int, dict]]:
    """Yield the records of a whole JSON document, numbered from 1 by their place in the array."""
    if isinstance(document, dict):
        wrapped = _wrapped_list(document)
        items = wrapped if wrapped is not None else [document]
    elif isinstance(document, list):
        items = document
    else:
        report(None, "expected a JSON object or an array of objects")
        return
    for number, item in enumerate(items, start=1):
        if isinstance(item, dict):
            yield number, item
        else:
            report(number, f"item {number} is not a JSON object")


def _wrapped_list(item: dict) -> list | None:
    """Return the array of records an object wraps ({"quotes": [...]}), or None when it is a record itself."""
    if "text" in item:
        return None
    return next((item[key] for key in WRAPPER_KEYS if isinstance(item.get(key), list)), None)


def _first_character(handle: InputFile) -> str:
    """Return the first non-blank character of the file ("" when it is empty)."""
    handle.binary.seek(0)
    while True:
        chunk = handle.binary.read(4096)
        if not chunk:
            return ""
        stripped = chunk.lstrip().lstrip(b"\xef\xbb\xbf").lstrip()
        if stripped:
            return chr(stripped[0])


def _first_line_is_json(handle: InputFile) -> bool:
    """Tell whether the first non-blank line is a complete JSON value (then the file is JSON Lines)."""
    handle.binary.seek(0)
    for raw in handle.binary:
        if raw.strip():
            try:
                json.loads(raw)
            except ValueError:
                return False
            # A one-line JSON array is a document, not a line of records.
            return raw.lstrip().startswith(b"{")
    return False


def _load_document(handle: InputFile):
    """Load the whole file as one JSON document, or None when it is not one (e.g. JSON Lines with a bad first line)."""
    handle.binary.seek(0)
    try:
        return json.load(handle.binary)
    except ValueError:
        return None
