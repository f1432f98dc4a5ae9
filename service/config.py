"""Settings: defaults, then the instance config file, then the environment, then command-line flags."""
from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .core.errors import SettingError

PACKAGE_ROOT = Path(__file__).resolve().parent
DEFAULT_SEEDS = PACKAGE_ROOT.parent / "seeds"

DEFAULTS: dict[str, Any] = {
    "DATABASE": None,  # SQLite path or postgresql:// URL; None: quotecheck.sqlite3 in the instance folder
    "API_KEYS": [],  # bearer keys allowed to write; empty: writes only on a loopback address
    "SEEDS": str(DEFAULT_SEEDS),  # folder of seed articles loaded into an empty database; "" for none
    "HOST": "127.0.0.1",  # the address the server listens on (decides whether keyless writes are allowed)
    "MAX_CONTENT_LENGTH": 1024 * 1024,  # request body bytes (413 above)
    # Work per request stays well under a second with these bounds (docs/SECURITY.md, "Limits").
    "MAX_URL_LENGTH": 4096,  # characters of path and query string (414 above; gunicorn's own limit is 8,190 bytes)
    "MAX_TEXT_LENGTH": 20_000,  # characters of a verify text or quote record (422 above)
    "MAX_ARTICLE_LENGTH": 100_000,  # characters of an article text (422 above); bigger: `quotecheck ingest`
    "MAX_BATCH": 100,  # items of a verify batch (422 above)
    "MAX_BATCH_CHARACTERS": 50_000,  # characters of all texts of a verify batch together (422 above)
    "MAX_QUOTE_BATCH": 500,  # records of one POST /v1/quotes (422 above); bigger: `quotecheck ingest`
    "RATE_LIMIT": "600/minute",  # per client address; "" disables
    "RATE_LIMIT_LOOPBACK": False,  # whether clients on this machine (127.0.0.1, ::1) are limited too
    "REDIS_URL": None,  # shared rate-limit storage for several instances
    "CORS_WRITE_ORIGINS": [],  # origins allowed to call write endpoints from a browser
    "SYNC_INTERVAL": 0.5,  # seconds between polls of other instances' writes
    "LOG_QUOTES": False,  # log submitted text (off unless debugging)
    "TRUSTED_PROXIES": 0,  # reverse proxies in front whose X-Forwarded-For is believed (rate limits, access)
    "FETCH_PRIVATE": False,  # whether pages and feeds may be fetched from loopback/private/link-local addresses
    "FETCH_TIMEOUT": 10.0,  # seconds for one page or feed fetch, redirects included (504 above)
    "FETCH_MAX_BYTES": 5 * 1024 * 1024,  # bytes of one fetched page or feed (413 above)
    "FETCH_MAX_REDIRECTS": 5,  # redirects followed, each checked like the first url
    "CHECK_RATE_LIMIT": "30/minute",  # stored checks (POST /v1/checks) per client address; "" disables
    "SQLITE_SYNCHRONOUS": "FULL",  # FULL: an acknowledged write survives a power cut (bulk imports use NORMAL)
    # Support (0-1) from which a speaker's evidence is strong (it can confirm, or contradict a claim) and
    # substantial (it stands against another speaker's): README, *Verdicts*.
    "SUPPORT_STRONG": 0.8,
    "SUPPORT_SUBSTANTIAL": 0.5,
}

# Environment variables read on top of the defaults, and how each is parsed.
ENVIRONMENT: dict[str, tuple[str, Callable[[str], Any]]] = {
    "QUOTECHECK_DATABASE": ("DATABASE", str),
    "QUOTECHECK_API_KEYS": ("API_KEYS", lambda v: [k.strip() for k in v.split(",") if k.strip()]),
    "QUOTECHECK_SEEDS": ("SEEDS", str),
    "QUOTECHECK_MAX_CONTENT_LENGTH": ("MAX_CONTENT_LENGTH", int),
    "QUOTECHECK_MAX_URL_LENGTH": ("MAX_URL_LENGTH", int),
    "QUOTECHECK_MAX_TEXT_LENGTH": ("MAX_TEXT_LENGTH", int),
    "QUOTECHECK_MAX_ARTICLE_LENGTH": ("MAX_ARTICLE_LENGTH", int),
    "QUOTECHECK_MAX_BATCH": ("MAX_BATCH", int),
    "QUOTECHECK_MAX_BATCH_CHARACTERS": ("MAX_BATCH_CHARACTERS", int),
    "QUOTECHECK_MAX_QUOTE_BATCH": ("MAX_QUOTE_BATCH", int),
    "QUOTECHECK_RATE_LIMIT": ("RATE_LIMIT", str),
    "QUOTECHECK_RATE_LIMIT_LOOPBACK": ("RATE_LIMIT_LOOPBACK", lambda v: v.lower() in ("1", "true", "yes")),
    "QUOTECHECK_REDIS_URL": ("REDIS_URL", str),
    "QUOTECHECK_CORS_WRITE_ORIGINS": ("CORS_WRITE_ORIGINS", lambda v: [o.strip() for o in v.split(",") if o.strip()]),
    "QUOTECHECK_HOST": ("HOST", str),
    "QUOTECHECK_LOG_QUOTES": ("LOG_QUOTES", lambda v: v.lower() in ("1", "true", "yes")),
    "QUOTECHECK_TRUSTED_PROXIES": ("TRUSTED_PROXIES", int),
    "QUOTECHECK_FETCH_PRIVATE": ("FETCH_PRIVATE", lambda v: v.lower() in ("1", "true", "yes")),
    "QUOTECHECK_FETCH_TIMEOUT": ("FETCH_TIMEOUT", float),
    "QUOTECHECK_FETCH_MAX_BYTES": ("FETCH_MAX_BYTES", int),
    "QUOTECHECK_FETCH_MAX_REDIRECTS": ("FETCH_MAX_REDIRECTS", int),
    "QUOTECHECK_CHECK_RATE_LIMIT": ("CHECK_RATE_LIMIT", str),
    "QUOTECHECK_SUPPORT_STRONG": ("SUPPORT_STRONG", float),
    "QUOTECHECK_SUPPORT_SUBSTANTIAL": ("SUPPORT_SUBSTANTIAL", float),
}


def default_database() -> str:
    """The SQLite file used when neither QUOTECHECK_DATABASE nor --database names one: quotecheck.sqlite3 in
    the application's instance folder (the same for the server and every command, wherever it is run from)."""
    from flask import Flask

    return os.path.join(Flask("service", instance_relative_config=True).instance_path, "quotecheck.sqlite3")


def from_environment(environ=None) -> dict:
    """Return the settings the environment sets."""
    environ = os.environ if environ is None else environ
    found = {}
    for name, (key, parse) in ENVIRONMENT.items():
        if name in environ:
            try:
                found[key] = parse(environ[name])
            except ValueError as exc:
                raise SettingError(f"{name}={environ[name]!r} is not a valid value ({exc})") from exc
    return found


def is_loopback(host: str) -> bool:
    """Tell whether a host is this machine: an address literal in 127.0.0.0/8 or ::1, or "localhost".

    Only literals count: "127.attacker.example" is a name an attacker's DNS may point anywhere.
    """
    host = host.strip().lower()
    if host == "localhost":
        return True
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback
