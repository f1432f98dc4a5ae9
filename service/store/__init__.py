"""Storage behind one repository interface: embedded SQLite by default, PostgreSQL to scale out."""
from __future__ import annotations

from .base import Store


def is_postgres_url(target: str) -> bool:
    """Tell whether a database setting names a PostgreSQL server rather than a SQLite file."""
    return target.startswith(("postgresql://", "postgres://"))


def open_store(target: str, sqlite_synchronous: str = "FULL") -> Store:
    """Open the store a database setting names: a `postgresql://` URL or a SQLite file path."""
    if is_postgres_url(target):
        from .postgres import PostgresStore

        return PostgresStore(target)
    from .sqlite import SqliteStore

    return SqliteStore(target, synchronous=sqlite_synchronous)
