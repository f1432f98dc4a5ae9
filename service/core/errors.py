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


class FetchFailed(QuotecheckError):
    """A page or feed could not be fetched or read; `status` is the HTTP answer the API gives for it."""

    status = 502
    title = "Bad Gateway"

    def __init__(self, message: str, upstream_status: int | None = None):
        super().__init__(message)
        self.upstream_status = upstream_status


class AddressRefused(FetchFailed):
    """The url names a scheme or an address the service must not fetch (loopback, private, metadata)."""

    status, title = 403, "Forbidden"


class Unreachable(FetchFailed):
    """The host could not be resolved or connected to, or broke off the answer."""

    status, title = 502, "Bad Gateway"


class FetchTimedOut(FetchFailed):
    """The host did not answer in time."""

    status, title = 504, "Gateway Timeout"


class UpstreamError(FetchFailed):
    """The host answered with an error status (404, 500, ...); `upstream_status` says which."""

    status, title = 422, "Unprocessable Entity"


class NotHtml(FetchFailed):
    """The answer is not an HTML page (a PDF, an image, ...)."""

    status, title = 415, "Unsupported Media Type"


class PageTooLarge(FetchFailed):
    """The answer is bigger than the configured fetch size limit."""

    status, title = 413, "Content Too Large"


class NoArticleText(FetchFailed):
    """The page holds no readable article text."""

    status, title = 422, "Unprocessable Entity"


class SettingError(QuotecheckError):
    """A setting (an environment variable or a flag) has a value the service cannot use."""
