"""Shared fixtures: an app on a temporary SQLite file, loaded with the seed article."""
from __future__ import annotations

from pathlib import Path

import pytest

from service import create_app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


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


@pytest.fixture
def app(tmp_path):
    """The application on a fresh SQLite file with the seed article loaded."""
    app = create_app(make_config(tmp_path))
    yield app
    app.extensions["quotecheck"].close()


@pytest.fixture
def empty_app(tmp_path):
    """The application on a fresh SQLite file with no seeds."""
    app = create_app(make_config(tmp_path, SEEDS=""))
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
