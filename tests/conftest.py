"""Shared fixtures: an app on a fresh store (SQLite, then PostgreSQL), loaded with the seed article.

The `app` and `empty_app` fixtures run every test that uses them on both stores. PostgreSQL tests
use the server named by QUOTECHECK_TEST_POSTGRES (or the local one, as root or postgres), each test
in its own throw-away schema. Without a server they are skipped, except under CI=true: there they fail.
"""
from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from service import create_app

# Tests are imported in importlib mode, which leaves sys.path alone: helpers beside this file
# (local_site.py, the web site fetching tests read from) become importable by every test.
sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
LOCAL_POSTGRES = ("postgresql://root@127.0.0.1:5432/test", "postgresql://postgres@127.0.0.1:5432/test")


def make_config(tmp_path, **extra) -> dict:
    """Settings for a hermetic test app on its own SQLite file."""
    config = {
        "TESTING": True,
        "DATABASE": str(tmp_path / "quotecheck.sqlite3"),
        "SEEDS": str(SEEDS),
        "RATE_LIMIT": "",
        "SYNC_INTERVAL": 0.0,
    }
    config.update(extra)
    return config


def in_schema(url: str, schema: str) -> str:
    """The same server url with its search_path set to one schema."""
    return url + ("&" if "?" in url else "?") + "options=" + quote(f"-csearch_path={schema}")


def missing_service(reason: str):
    """Skip a test that needs an absent server, but fail it under CI, where every server must run."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the test must run)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_server() -> str | None:
    """The url of a reachable PostgreSQL server, or None (checked once per run)."""
    import psycopg

    configured = os.environ.get("QUOTECHECK_TEST_POSTGRES")
    for url in [configured] if configured else LOCAL_POSTGRES:
        try:
            with psycopg.connect(url, connect_timeout=3) as conn:
                conn.execute("SELECT 1")
            return url
        except psycopg.Error:
            continue
    return None


@pytest.fixture
def postgres_url(postgres_server, tmp_path, monkeypatch) -> Iterator[str]:
    """A url of the test server confined to a fresh schema, dropped after the test."""
    import psycopg

    if postgres_server is None:
        missing_service("no PostgreSQL server answers (set QUOTECHECK_TEST_POSTGRES to a postgresql:// url)")
    schema = f"qc_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    # Index snapshots of this throw-away database go to the test's own folder.
    monkeypatch.setenv("QUOTECHECK_SNAPSHOT_DIR", str(tmp_path / "snapshots"))
    yield in_schema(postgres_server, schema)
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request, tmp_path) -> str:
    """A fresh, empty database setting: a SQLite file, then a PostgreSQL schema."""
    if request.param == "sqlite":
        return str(tmp_path / "quotecheck.sqlite3")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def app(tmp_path, database):
    """The application on a fresh store with the seed article loaded."""
    app = create_app(make_config(tmp_path, DATABASE=database))
    yield app
    app.extensions["quotecheck"].close()


@pytest.fixture
def empty_app(tmp_path, database):
    """The application on a fresh store with no seeds."""
    app = create_app(make_config(tmp_path, SEEDS="", DATABASE=database))
    yield app
    app.extensions["quotecheck"].close()


@pytest.fixture
def client(app):
    """A test client of the seeded app."""
    return app.test_client()


@pytest.fixture
def empty_client(empty_app):
    """A test client of the app with an empty database."""
    return empty_app.test_client()


@pytest.fixture
def local_site():
    """A web site on 127.0.0.1 the test fills with pages, feeds and errors (tests/local_site.py)."""
    from local_site import LocalSite

    with LocalSite() as site:
        yield site
