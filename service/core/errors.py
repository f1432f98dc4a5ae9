"""Named exceptions of the domain and the stores; the API turns each into a problem+json answer."""


class QuotecheckError(Exception):
    """Base class of every error this service raises on purpose."""


class NotFound(QuotecheckError):
    """The requested quote, speaker or article does not exist."""


class InvalidInput(QuotecheckError):
    """The input is well-formed JSON but breaks a rule; `errors` maps fields to messages."""

    def __init__(self, message: str, errors: dict | None = None):
        super().__init__(message)
        self.errors = errors or {}


class TooLarge(QuotecheckError):
    """A text, batch or body is over its configured bound."""


class StoreError(QuotecheckError):
    """The store could not complete a write; nothing of it was kept."""


class StorageFull(StoreError):
    """The store's disk (or its configured size) is full; nothing of the write was kept."""
