"""Fixtures of the command-line tests."""
from __future__ import annotations

import os

import pytest


@pytest.fixture
def env(tmp_path, monkeypatch):
    """A clean environment: no settings leak in from the machine, no seeds; the folder to work in."""
    for name in list(os.environ):
        if name.startswith("QUOTECHECK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("QUOTECHECK_SEEDS", "")
    return tmp_path
