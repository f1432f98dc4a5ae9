"""Versioned schema steps, one SQL file per step and per database, applied in order."""
from __future__ import annotations

from importlib import resources


def steps(dialect: str) -> list[tuple[int, str]]:
    """Return (version, sql) of every migration for a dialect ("sqlite" or "postgres"), in order."""
    folder = resources.files(__package__) / dialect
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)
