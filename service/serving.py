"""What gunicorn itself is told: request limits above the app's own, and problem+json for its own errors.

gunicorn reads the request line and headers before the app sees anything. Its limits are set above
the app's (the app refuses a URL over MAX_URL_LENGTH itself, with a 414 problem+json), so the app
answers every request it can. What gunicorn still refuses on its own (a request line over 8,190
bytes, more than 100 headers or one over 8,190 bytes, a malformed request line, a negative or
non-numeric Content-Length) it answers with an HTML page; `answer_errors_as_problems` replaces that
page with the same problem+json every other error has. Used by `gunicorn.conf.py` and `quotecheck serve`.
"""
from __future__ import annotations

import json
import socket
from typing import Any

# gunicorn's largest settings short of "unlimited" (which would let a request line use up memory).
GUNICORN_LIMITS: dict[str, int] = {
    "limit_request_line": 8190,  # bytes of "GET /path?query HTTP/1.1"; the app's own URL bound is lower
    "limit_request_fields": 100,  # header fields
    "limit_request_field_size": 8190,  # bytes of one header field
}


def problem_bytes(status: int, reason: str, detail: str) -> bytes:
    """A whole HTTP/1.1 response carrying a problem+json body; the connection is closed after it."""
    body = json.dumps({"type": "about:blank", "title": reason, "status": status,
                       "detail": detail or reason}).encode("utf-8")
    head = (f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\nContent-Type: application/problem+json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n")
    return head.encode("latin-1") + body


def _write_problem(sock: socket.socket, status_int: int, reason: str, mesg: str) -> None:
    """gunicorn's `util.write_error`, answering problem+json instead of an HTML page."""
    from gunicorn import util

    detail = mesg or reason
    if status_int == 414:
        detail = f"The request line is longer than {GUNICORN_LIMITS['limit_request_line']} bytes."
    elif status_int == 431:
        detail = (f"More than {GUNICORN_LIMITS['limit_request_fields']} header fields, or one longer than "
                  f"{GUNICORN_LIMITS['limit_request_field_size']} bytes.")
    elif status_int >= 500:
        detail = "The server could not read the request."
    util.write_nonblock(sock, problem_bytes(status_int, reason, detail))


def answer_errors_as_problems() -> None:
    """Make gunicorn answer the requests it refuses itself with problem+json (once per process)."""
    from gunicorn import util

    if getattr(util.write_error, "__name__", "") != _write_problem.__name__:
        util.write_error = _write_problem


def apply_limits(cfg: Any) -> None:
    """Set GUNICORN_LIMITS on a gunicorn config object (`quotecheck serve`)."""
    for name, value in GUNICORN_LIMITS.items():
        cfg.set(name, value)
