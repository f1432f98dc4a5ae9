"""Plain-text articles in the seed's shape: a title line, a "By AUTHOR" line, a date line, then the body."""
from __future__ import annotations

import os
import re
from pathlib import Path

from service.core.models import ArticleInput
from service.ingest.dates import parse_date
from service.ingest.files import InputFile

_BYLINE = re.compile(r"^\s*by[:\s]\s*(?P<author>\S.*?)\s*$", re.IGNORECASE)
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")
# The header is at most title, byline and date (in either order); the body starts after it.
_HEADER_LINES = 3
# A first line longer than this is a paragraph of a file without a header, not a title.
_LONGEST_TITLE = 200


def read_article_txt(path: str | os.PathLike) -> ArticleInput:
    """Read one article file; its `text` is the whole file, unchanged, so quote offsets index into it."""
    with InputFile(path) as handle:
        text = handle.text().read()
    return parse_article_text(text, fallback_date=_date_from_name(Path(path).name))


def parse_article_text(text: str, fallback_date: str | None = None) -> ArticleInput:
    """Read title, author and date from the first lines of an article; the text itself stays whole."""
    title = author = published = None
    lines = [line.strip() for line in text.splitlines()[: _HEADER_LINES + 2]]
    lines = [line for line in lines if line][:_HEADER_LINES]
    for position, line in enumerate(lines):
        byline = _BYLINE.match(line)
        if byline and author is None and len(line) < 120:
            author = byline["author"]
            continue
        date = parse_date(line) if len(line) < 60 else None
        if date and published is None:
            published = date
            continue
        if position == 0 and len(line) <= _LONGEST_TITLE:
            title = line
            continue
        break  # the body has started: a header line is never found below it
    return ArticleInput(
        text=text,
        title=title,
        author=author,
        published=published or fallback_date,
    )


def _date_from_name(name: str) -> str | None:
    """Return the ISO date a file name starts with or contains ("2022-01-28-some-title.txt"), if any."""
    found = _DATE_IN_NAME.search(name)
    return parse_date(found[1]) if found else None
