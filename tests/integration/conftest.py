"""Fixtures of the store tests: an open store of each kind, and the Redis server for shared limits."""
from __future__ import annotations

import hashlib
import os

import pytest

from service.core.text import key_string
from service.store import open_store

LOCAL_REDIS = "redis://127.0.0.1:6379/15"  # db 15: the tests' own, keys removed after each test


@pytest.fixture
def store(database):
    """An open, empty store: SQLite, then PostgreSQL (see the root `database` fixture)."""
    opened = open_store(database)
    yield opened
    opened.close()


@pytest.fixture
def pg_store(postgres_url):
    """An open, empty PostgreSQL store in its own schema."""
    from service.store.postgres import PostgresStore

    opened = PostgresStore(postgres_url)
    yield opened
    opened.close()


@pytest.fixture
def redis_url() -> str:
    """The url of the tests' Redis database; skipped without a server (failed under CI=true)."""
    import redis

    url = os.environ.get("QUOTECHECK_TEST_REDIS", LOCAL_REDIS)
    try:
        redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except redis.RedisError as exc:
        reason = f"no Redis server answers at {url} ({exc})"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason} (CI=true: the test must run)", pytrace=False)
        pytest.skip(reason)
    return url


@pytest.fixture
def quotes_keyed_in_hex() -> list[tuple[str, str]]:
    """Two quotes as schema versions 1 and 2 stored them: (text, 20 hex digits of the wording's digest)."""
    texts = ("We shall fight on the beaches", "Never was so much owed by so many to so few")
    return [(text, hashlib.blake2b(key_string(text).encode(), digest_size=10).hexdigest()) for text in texts]
