"""Reading the many ways a date is written into an ISO date (YYYY-MM-DD)."""
from __future__ import annotations

import re
from datetime import datetime

# Forms tried in order, after a leading weekday ("Friday, ") and trailing time are removed.
_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%B %d, %Y",
    "%B %d %Y",
    "%b %d, %Y",
    "%b %d %Y",
    "%b. %d, %Y",
    "%d %B %Y",
    "%d %B, %Y",
    "%d %b %Y",
    "%d %b. %Y",
    "%d.%m.%Y",
    "%Y%m%d",
)
_WEEKDAY = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE
)
_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_SEPT = re.compile(r"\bsept\b", re.IGNORECASE)  # strptime knows "Sep" but newsrooms write "Sept."
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_TRAILING_TIME = re.compile(r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?.*)$", re.IGNORECASE)


def parse_date(value: str | None) -> str | None:
    """Return value as an ISO date "YYYY-MM-DD", or None when it is not a recognisable date."""
    if not value:
        return None
    text = value.strip()
    iso = _ISO_PREFIX.match(text)
    if iso:
        return _checked(int(iso[1]), int(iso[2]), int(iso[3]))
    text = _WEEKDAY.sub("", text)
    text = _TRAILING_TIME.sub("", text)
    text = _SEPT.sub("Sep", _ORDINAL.sub(r"\1", text)).strip().rstrip(".")
    slashed = _SLASHED.match(text)
    if slashed:
        first, second, year = int(slashed[1]), int(slashed[2]), int(slashed[3])
        # 01/28/2022 is month-first (US), 28/01/2022 day-first; when both could be months, US wins.
        month, day = (second, first) if first > 12 else (first, second)
        return _checked(year, month, day)
    for form in _FORMATS:
        try:
            return datetime.strptime(text, form).date().isoformat()
        except ValueError:
            continue
    return None


def _checked(year: int, month: int, day: int) -> str | None:
    """Return the ISO form of a calendar date, or None when no such day exists."""
    try:
        return datetime(year, month, day).date().isoformat()
    except ValueError:
        return None
