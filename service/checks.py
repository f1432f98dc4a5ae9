"""Shareable checks: a verify request and the answer it got, stored under an id made from the request.

The same request (text, speaker, date, limit) always gives the same id, so sharing a check twice
gives one link. The stored answer is the one given then; re-checking against today's index is
a fresh verify, which the page offers beside it.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime

from .services import QuoteService, VerifyRequest
from .store.base import StoredCheck

ID_PATTERN = re.compile(r"^[a-z2-7]{20}$")  # 12 bytes of BLAKE2b in lower-case base32


def request_dict(request: VerifyRequest) -> dict:
    """The request as stored and hashed: every field, empty ones as null."""
    return {"text": request.text, "speaker": (request.speaker or "").strip() or None,
            "date": request.date or None, "limit": request.limit}


def check_id(request: VerifyRequest) -> str:
    """The id of a check: a digest of its request, so the same request always gives the same id."""
    canonical = json.dumps(request_dict(request), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.blake2b(canonical.encode("utf-8"), digest_size=12).digest()
    return base64.b32encode(digest).decode("ascii").lower().rstrip("=")


def store_check(service: QuoteService, request: VerifyRequest,
                answer: Callable[[VerifyRequest], dict]) -> tuple[StoredCheck, bool]:
    """Return the stored check of this request, verifying and storing it first when it is new."""
    existing = service.store.get_check(check_id(request))
    if existing is not None:
        return existing, False
    created = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return service.store.add_check(StoredCheck(check_id(request), request_dict(request), answer(request), created))


def find_check(service: QuoteService, check_id_: str) -> StoredCheck | None:
    """Return a stored check by id (None for an id that cannot be one, without asking the store)."""
    if not ID_PATTERN.match(check_id_):
        return None
    return service.store.get_check(check_id_)
