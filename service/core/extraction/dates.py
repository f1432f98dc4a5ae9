"""Dates written next to an attribution ("On January 27, he said"), read relative to the article's date."""
from __future__ import annotations

import datetime as dt
import re

from ..lexicon import entries

MONTHS = entries("month_abbreviations")
WEEKDAYS = entries("weekdays")
# Words after a weekday that make it a paper's or a programme's name ("the Sunday Telegraph").
WEEKDAY_TITLE_WORDS = entries("weekday_title_words")

_MONTHS = {month.casefold(): number for number, month in enumerate(MONTHS, 1)}
_WEEKDAYS = {day.casefold(): number for number, day in enumerate(WEEKDAYS)}
_MONTH = "|".join(MONTHS)  # ("Sept" and "September" too: the letters after the abbreviation are read on)
_MONTH_DAY = re.compile(
    rf"\b(?P<month>{_MONTH})[a-z]*\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b")
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})"
    r"[a-z]*\.?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b")
# A weekday that names a paper or a programme ("Writing in the Sunday Telegraph", "on Fox News Sunday") dates nothing.
_WEEKDAY = re.compile(r"\b(?:on\s+|last\s+)?(?<!News )"
                      rf"(?P<weekday>{'|'.join(WEEKDAYS)})\b"
                      rf"(?!\s+(?:{'|'.join(map(re.escape, WEEKDAY_TITLE_WORDS))})\b)")
_RELATIVE = re.compile(r"\b(?P<word>yesterday|today|on the previous day|the previous day|previous day|"
                       r"the day before)\b", re.I)


def _published(published: str | None) -> dt.date | None:
    """Parse the article's ISO date, or None when it is missing or malformed."""
    try:
        return dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def date_in(clause: str, published: str | None) -> str | None:
    """Return the ISO date a clause says something was said on, relative to the publication date."""
    base = _published(published)
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.search(clause)
        if not match:
            continue
        month = _MONTHS[match.group("month")[:3].lower()]
        year = int(match.group("year")) if match.group("year") else (base.year if base else None)
        if year is None:
            return None
        try:
            found = dt.date(year, month, int(match.group("day")))
        except ValueError:
            return None
        # "On December 30" in a January article means the December before.
        if not match.group("year") and base and found > base:
            found = found.replace(year=year - 1)
        return found.isoformat()
    if base is None:
        return None
    match = _WEEKDAY.search(clause)
    if match:
        # The latest such weekday on or before publication ("on Friday" in a Saturday paper).
        back = (base.weekday() - _WEEKDAYS[match.group("weekday").lower()]) % 7
        if back == 0 and match.group(0).casefold().startswith("last"):
            back = 7  # "last Friday" in a Friday paper is a week ago
        return (base - dt.timedelta(days=back)).isoformat()
    match = _RELATIVE.search(clause)
    if match:
        word = match.group("word").lower()
        return (base if word == "today" else base - dt.timedelta(days=1)).isoformat()
    return None
