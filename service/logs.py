"""Request log lines: one `key=value` line per request, safe to parse and free of submitted text.

Values that hold spaces, quotes, `=` or control characters are written as JSON strings, so a crafted
path (`/v1/%0a...`) cannot forge a second log line. Submitted quote text is left out unless
LOG_QUOTES is on (or the app runs in debug mode), because what a fact-checker is checking can be
sensitive.
"""
from __future__ import annotations

import json
import logging
import re

REQUEST_LOGGER = "quotecheck.requests"
MAX_LOGGED_TEXT = 200  # characters of a submitted text kept in a log line when LOG_QUOTES is on

_BARE = re.compile(r"[A-Za-z0-9_.:/@+\-]+")
_REQUEST_ID = re.compile(r"[A-Za-z0-9._\-]{1,64}")


def format_value(value) -> str:
    """One logfmt value: bare when it is plain, else a JSON string (escapes newlines and quotes)."""
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.1f}"
    text = str(value)
    if _BARE.fullmatch(text):
        return text
    return json.dumps(text, ensure_ascii=True)


def format_line(fields: dict) -> str:
    """A logfmt line from ordered fields."""
    return " ".join(f"{key}={format_value(value)}" for key, value in fields.items())


def clean_request_id(supplied: str | None) -> str | None:
    """A caller's X-Request-Id when it is short and plain (it is echoed in headers and logs), else None."""
    if supplied and _REQUEST_ID.fullmatch(supplied):
        return supplied
    return None


def submitted_text(body) -> str | None:
    """The quote text a request submitted (verify, batch, article or quote records), shortened."""
    if not isinstance(body, dict):
        return None
    texts = []
    if isinstance(body.get("text"), str):
        texts.append(body["text"])
    for key in ("items", "quotes"):
        for item in body.get(key) or []:
            if isinstance(item, dict) and isinstance(item.get("text"), str):
                texts.append(item["text"])
    if not texts:
        return None
    joined = " | ".join(texts)
    return joined if len(joined) <= MAX_LOGGED_TEXT else joined[:MAX_LOGGED_TEXT] + "…"


def request_logger() -> logging.Logger:
    """The logger request lines go to."""
    return logging.getLogger(REQUEST_LOGGER)
