"""Reporting input that cannot be read: which file, which line, and why."""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from service.core.errors import InvalidInput


@dataclass(frozen=True)
class MalformedRecord:
    """One record (line or row) of an input file that was skipped, and why."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


class MalformedInput(InvalidInput):
    """A record of an input file is malformed and the run is strict, so it stops."""

    def __init__(self, record: MalformedRecord):
        super().__init__(str(record), {"path": [record.path], "line": [str(record.line)]})
        self.record = record


OnError = Callable[[MalformedRecord], None]


def raise_malformed(record: MalformedRecord) -> None:
    """Default error handler of the readers: stop at the first malformed record."""
    raise MalformedInput(record)


def reporter(path: str | os.PathLike, on_error: OnError | None) -> Callable[[int | None, str], None]:
    """Return a function that reports a malformed line of path to on_error (raising when there is none)."""
    handler = on_error or raise_malformed
    name = str(path)

    def report(line: int | None, reason: str) -> None:
        handler(MalformedRecord(name, line, reason))

    return report
