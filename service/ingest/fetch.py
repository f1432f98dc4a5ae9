"""Fetching a web page or feed safely: public addresses only, bounded in time and size, HTML (or feeds) only.

Every hop of a redirect chain is checked the same way: the scheme must be http or https, and
every address the host name resolves to must be public (not loopback, private, link-local,
shared, reserved or multicast, which covers cloud metadata services at 169.254.169.254 and
fd00:ec2::254). The connection then goes to the very address that was checked, so a DNS answer
that changes between the check and the connection (DNS rebinding) cannot reach an inner host.
`allow_private` (QUOTECHECK_FETCH_PRIVATE=1) lifts the address rule, for an intranet or tests.
"""
from __future__ import annotations

import ipaddress
import os
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from importlib import metadata
from urllib.parse import urljoin, urlsplit

import httpx

from ..core.errors import (
    AddressRefused,
    FetchTimedOut,
    NotHtml,
    PageTooLarge,
    Unreachable,
    UpstreamError,
)

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+xml")
REDIRECTS = (301, 302, 303, 307, 308)
CHUNK = 64 * 1024


def user_agent() -> str:
    """The User-Agent every fetch sends: the project and its version."""
    try:
        version = metadata.version("quotecheck")
    except metadata.PackageNotFoundError:
        version = "0"
    return f"quotecheck/{version} (quote attribution checker; fetches articles and feeds)"


@dataclass(frozen=True)
class FetchSettings:
    """Bounds of one fetch."""

    allow_private: bool = False
    timeout: float = 10.0  # seconds for the whole fetch, redirects included
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5

    @classmethod
    def from_config(cls, config) -> FetchSettings:
        """The settings from an app config (or any mapping with the FETCH_* keys).

        QUOTECHECK_FETCH_PRIVATE=1 in the environment allows private addresses even for an app built
        from a test config (which reads no environment): it is the operator's word either way.
        """
        private = bool(config.get("FETCH_PRIVATE", False)) or \
            os.environ.get("QUOTECHECK_FETCH_PRIVATE", "").lower() in ("1", "true", "yes")
        return cls(allow_private=private,
                   timeout=float(config.get("FETCH_TIMEOUT", 10.0)),
                   max_bytes=int(config.get("FETCH_MAX_BYTES", 5 * 1024 * 1024)),
                   max_redirects=int(config.get("FETCH_MAX_REDIRECTS", 5)))


@dataclass
class Fetched:
    """A successful answer: where it finally came from, its body, and the headers a feed reader keeps."""

    url: str  # after redirects
    status: int  # 200, or 304 for an unchanged feed
    body: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)


def refusal(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address must not be fetched from (None: it is a public address)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    for test, what in ((address.is_loopback, "a loopback"), (address.is_link_local, "a link-local"),
                       (address.is_private, "a private"), (address.is_multicast, "a multicast"),
                       (address.is_unspecified, "an unspecified"), (address.is_reserved, "a reserved")):
        if test:
            return what
    if not address.is_global:
        return "a non-public"
    return None


# Name look-ups run here so a slow resolver counts against the fetch's time limit too.
_RESOLVER = ThreadPoolExecutor(max_workers=4, thread_name_prefix="quotecheck-resolve")


def resolve(host: str, port: int, allow_private: bool, timeout: float = 10.0) -> str:
    """Resolve a host name and check every address it has; return the address to connect to."""
    try:
        infos = _RESOLVER.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM).result(timeout)
    except FutureTimeout as exc:
        raise FetchTimedOut(f"cannot resolve {host} within {timeout:g} s") from exc
    except (OSError, UnicodeError) as exc:
        raise Unreachable(f"cannot resolve {host}: {exc}") from exc
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]
    if not addresses:
        raise Unreachable(f"{host} has no address")
    if not allow_private:
        for address in addresses:
            why = refusal(address)
            if why:
                raise AddressRefused(f"{host} resolves to {address}, {why} address; fetching from it is refused "
                                     "(QUOTECHECK_FETCH_PRIVATE=1 allows it)")
    return str(addresses[0])


def _check_url(url: str) -> tuple[str, str, int]:
    """Return (scheme, host, port) of a fetchable url, or raise AddressRefused."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise AddressRefused(f"not a valid url: {url}") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise AddressRefused(f"only http and https urls are fetched, not {scheme or 'a url without scheme'}")
    if not parts.hostname:
        raise AddressRefused(f"the url names no host: {url}")
    if parts.username or parts.password:
        raise AddressRefused("urls with a user name or password are not fetched")
    return scheme, parts.hostname, port or (443 if scheme == "https" else 80)


def _pinned(url: str, address: str) -> tuple[str, dict[str, str]]:
    """The url with its host replaced by the checked address, and the Host header naming the host."""
    parts = urlsplit(url)
    literal = f"[{address}]" if ":" in address else address
    netloc = literal + (f":{parts.port}" if parts.port else "")
    host_header = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=netloc, fragment="").geturl(), {"Host": host_header}


def fetch(url: str, settings: FetchSettings, accept: tuple[str, ...] = HTML_TYPES,
          headers: dict[str, str] | None = None) -> Fetched:
    """GET a url within the settings' bounds, following redirects; raise a FetchFailed subclass on failure.

    `headers` may carry If-None-Match / If-Modified-Since: a 304 answer is then returned as is.
    """
    deadline = time.monotonic() + settings.timeout
    wanted = ", ".join([*accept, "*/*;q=0.1"])
    base_headers = {"User-Agent": user_agent(), "Accept": wanted, **(headers or {})}
    with httpx.Client(timeout=httpx.Timeout(settings.timeout), follow_redirects=False, trust_env=False) as client:
        for _ in range(settings.max_redirects + 1):
            scheme, host, port = _check_url(url)
            address = resolve(host, port, settings.allow_private, max(deadline - time.monotonic(), 0.1))
            target, host_header = _pinned(url, address)
            extensions = {"sni_hostname": host} if scheme == "https" else {}
            try:
                with client.stream("GET", target, headers={**base_headers, **host_header},
                                   extensions=extensions) as response:
                    if response.status_code in REDIRECTS and response.headers.get("location"):
                        url = urljoin(url, response.headers["location"])
                        continue
                    return _read(url, response, settings, accept, deadline)
            except httpx.TimeoutException as exc:
                raise FetchTimedOut(f"{host} did not answer within {settings.timeout:g} s") from exc
            except httpx.HTTPError as exc:
                raise Unreachable(f"cannot fetch from {host}: {exc or type(exc).__name__}") from exc
    raise Unreachable(f"more than {settings.max_redirects} redirects")


def _read(url: str, response: httpx.Response, settings: FetchSettings, accept: tuple[str, ...],
          deadline: float) -> Fetched:
    """Check the final answer's status, type and size, and read its body within the deadline."""
    kept = {name: response.headers[name] for name in ("etag", "last-modified") if name in response.headers}
    if response.status_code == 304:
        return Fetched(url, 304, b"", "", kept)
    if response.status_code >= 400 or response.status_code < 200:
        raise UpstreamError(f"the page answered {response.status_code} {response.reason_phrase}".rstrip(),
                            upstream_status=response.status_code)
    content_type = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type and content_type not in accept:
        raise NotHtml(f"the page is {content_type}, not {' or '.join(accept[:2])}")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > settings.max_bytes:
        raise PageTooLarge(f"the page is {int(declared)} bytes; the limit is {settings.max_bytes}")
    body = bytearray()
    # Decoded bytes are counted, so a small compressed answer cannot unpack into a huge one.
    for chunk in response.iter_bytes(CHUNK):
        body += chunk
        if len(body) > settings.max_bytes:
            raise PageTooLarge(f"the page is more than {settings.max_bytes} bytes")
        if time.monotonic() > deadline:
            raise FetchTimedOut(f"the page did not arrive within {settings.timeout:g} s")
    if not content_type and not _looks_like_markup(bytes(body[:1024])):
        raise NotHtml("the page declares no type and does not look like HTML or XML")
    return Fetched(url, response.status_code, bytes(body), content_type, kept)


def _looks_like_markup(head: bytes) -> bool:
    """Tell whether an untyped answer starts like a markup document (not a PDF or an image)."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
