"""Fixtures of the API tests that need apps with particular settings."""
from __future__ import annotations

import pytest
from flask import Flask

from service import create_app


@pytest.fixture
def make_client(tmp_path):
    """Build a test client of an empty app with some settings changed."""
    apps: list[Flask] = []

    def build(**settings):
        folder = tmp_path / f"app{len(apps)}"
        config = {"TESTING": True, "DATABASE": str(folder / "quotecheck.sqlite3"), "SEEDS": "",
                  "RATE_LIMIT": "", "SYNC_INTERVAL": 0.0, **settings}
        app = create_app(config)
        apps.append(app)
        return app.test_client()

    yield build
    for app in apps:
        app.extensions["quotecheck"].close()
