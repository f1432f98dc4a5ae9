"""Articles as JSON Lines (or a JSON array): {"text", "title", "url", "author", "outlet", "published"}."""
from __future__ import annotations

import os
from collections.abc import Iterator

from service.core.models import ArticleInput
from service.ingest.dates import parse_date
from service.ingest.files import InputFile
from service.ingest.jsonfiles import iter_json_objects
from service.ingest.malformed import OnError, reporter

ARTICLE_FIELDS = ("title", "url", "author", "outlet")


class ArticleError(ValueError):
    """An article object breaks a rule; the message names the field."""


def read_articles_jsonl(path: str | os.PathLike, on_error: OnError | None = None) -> Iterator[ArticleInput]:
    """Yield the ArticleInputs of a .jsonl/.json file; malformed records go to on_error."""
    with InputFile(path) as handle:
        for _, article in iter_articles(handle, on_error):
            yield article


def iter_articles(handle: InputFile, on_error: OnError | None = None) -> Iterator[tuple[int, ArticleInput]]:
    """Yield (line or item number, article) pairs from an open article file."""
    report = reporter(handle.path, on_error)
    for number, item in iter_json_objects(handle, report):
        try:
            yield number, article_from_dict(item)
        except ArticleError as error:
            report(number, str(error))


def article_from_dict(item: dict) -> ArticleInput:
    """Turn one article object into an ArticleInput; only `text` is required."""
    text = item.get("text", item.get("content"))
    if not isinstance(text, str) or not text.strip():
        raise ArticleError("field 'text' is missing or empty")
    values = {}
    for key in ARTICLE_FIELDS:
        value = item.get(key)
        if value is not None and not isinstance(value, str):
            raise ArticleError(f"field '{key}' must be a string")
        values[key] = value or None
    raw_date = item.get("published", item.get("date"))
    published = parse_date(raw_date) if isinstance(raw_date, str) else None
    if raw_date not in (None, "") and published is None:
        raise ArticleError(f"field 'published' is not a date: {raw_date!r}")
    return ArticleInput(text=text, published=published, **values)
