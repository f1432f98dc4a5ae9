"""Shareable checks in SQL, shared by both stores: the request and its answer as JSON, by id."""
from __future__ import annotations

import json
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from .base import StoredCheck


class ChecksSql:
    """The check methods of the Store interface over the `checks` table."""

    if TYPE_CHECKING:  # provided by the store class this is mixed into
        def _transaction(self) -> AbstractContextManager[Any]: ...

        def _read(self) -> AbstractContextManager[Any]: ...

    def add_check(self, check: StoredCheck) -> tuple[StoredCheck, bool]:
        with self._transaction() as cur:
            cur.execute("INSERT INTO checks (id, request, result, created) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT (id) DO NOTHING RETURNING id",
                        (check.id, json.dumps(check.request, ensure_ascii=False),
                         json.dumps(check.result, ensure_ascii=False), check.created))
            if cur.fetchone() is not None:
                return check, True
        stored = self.get_check(check.id)
        return (stored or check), False

    def get_check(self, check_id: str) -> StoredCheck | None:
        with self._read() as cur:
            cur.execute("SELECT id, request, result, created FROM checks WHERE id = ?", (check_id,))
            row = cur.fetchone()
        if row is None:
            return None
        return StoredCheck(row[0], json.loads(row[1]), json.loads(row[2]), row[3])
