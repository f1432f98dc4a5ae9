"""Who may write: bearer keys when configured; otherwise only a server bound to loopback."""
from __future__ import annotations

import functools
import hmac

from flask import current_app, request

from ..config import is_loopback
from .errors import problem


def write_allowed() -> tuple[bool, str]:
    """Decide whether this request may write; the reason is the problem detail when it may not."""
    keys = current_app.config["API_KEYS"]
    if keys:
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return False, "Writes need an 'Authorization: Bearer <key>' header."
        # Compare against every key in constant time, so timing does not reveal a key's prefix.
        ok = False
        for key in keys:
            ok |= hmac.compare_digest(token.strip().encode(), key.encode())
        return ok, "The key is not valid."
    if is_loopback(current_app.config["HOST"]):
        return True, ""
    return False, "This server has no write keys configured and listens on a public address; writes are refused."


def require_write_access(view):
    """Refuse the wrapped write endpoint with 401/403 problem+json unless the request may write."""

    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        allowed, reason = write_allowed()
        if not allowed:
            if current_app.config["API_KEYS"]:
                return problem(401, "Unauthorized", reason, headers={"WWW-Authenticate": 'Bearer realm="quotecheck"'})
            return problem(403, "Forbidden", reason)
        return view(*args, **kwargs)

    return wrapper
