"""How the store tells quotes apart: a 64-bit key of a wording's normalised words."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..core.models import QuoteRecord
from ..core.text import key_string


def text_key(text: str) -> int:
    """Identity of a quote's wording as a signed 64-bit integer: equal after normalisation, equal key."""
    # The first 8 bytes of the 10-byte digest that schema versions 1 and 2 kept in hex, so that
    # migration 0003 can derive every stored key from the old column. An integer makes the
    # identity index a third the size of the hex one, which is what a bulk import keeps touching.
    # Two different wordings share a key with odds of about n^2 / 2^65 for n stored quotes
    # (below 1 in 1,000 at the 178 million quotations of the whole of Quotebank).
    digest = hashlib.blake2b(key_string(text).encode(), digest_size=10).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@dataclass
class KeyedRecord(QuoteRecord):
    """A quote record that carries the text_key of its text, computed where it was read.

    A bulk import parses and keys its records in a second process; the store then takes the key
    as given instead of computing it again. It must be `text_key(text)`.
    """

    text_key: int | None = None
