"""Reading a big record file in a second process, which parses while this one stores.

Parsing a Quotebank file costs about as much as storing it (JSON, the records, the key of each
wording), so an import of a big file runs the two side by side, one on each core. The child sends
its records in chunks of plain tuples, which pickle several times faster than the objects do, and
reports malformed lines in the same stream, in their place, so they are handled as if read here.
"""
from __future__ import annotations

import gc
import os
import pickle
import queue
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from service.core.models import Source
from service.ingest.csv_records import iter_csv_records
from service.ingest.files import PIPE_BUFFER, InputFile, widen_pipe
from service.ingest.formats import CSV_RECORDS, QUOTE_RECORDS, QUOTEBANK
from service.ingest.malformed import MalformedRecord, OnError, reporter
from service.ingest.quotebank import iter_quotebank
from service.ingest.records import iter_quote_records
from service.store.keys import KeyedRecord, text_key

RECORD_READERS = {
    QUOTEBANK: iter_quotebank,
    QUOTE_RECORDS: iter_quote_records,
    CSV_RECORDS: iter_csv_records,
}
# Smaller files are read in this process: starting a Python child costs about a tenth of a second.
WORKER_MIN_BYTES = 1 << 20
CHUNK = 2_000  # records (and malformed lines) per message
# Chunks the child may have parsed before the parent takes them: enough to run a whole batch
# ahead while the parent stores the previous one (a pipe holds only a fraction of one).
AHEAD = 40
# Allocations between two collections of the youngest generation during an import (Python's default: 700).
BULK_GC_THRESHOLD = 100_000
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])  # the folder the child imports `service` from
_START = ("import sys; sys.path.insert(0, sys.argv[1]); "
          "from service.ingest.worker import serve; serve(sys.argv[2], sys.argv[3])")


@contextmanager
def fewer_collections():
    """Run the block with the cyclic garbage collector running less often, then as before.

    An import allocates millions of short-lived objects (records, rows) that form no cycles and
    are freed as soon as their batch is stored; collecting every 700 allocations costs about a
    tenth of the importing process's time. Cycles are still collected, only later.
    """
    before = gc.get_threshold()
    gc.set_threshold(BULK_GC_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


class ParsingFailed(RuntimeError):
    """The parsing process stopped before the end of its file (a crash, not malformed input)."""


class ParsedFile:
    """A record file read by a child process: its path, the bytes read so far, and its records."""

    def __init__(self, path: str | os.PathLike, kind: str):
        if kind not in RECORD_READERS:
            raise ValueError(f"no record reader for {kind!r}")
        self.path = Path(path)
        self.size = self.path.stat().st_size
        self._consumed = 0
        # Its error output goes to a file, not a pipe: a pipe nobody reads until the end could fill
        # and stop the child, which would stop this process too, waiting for records.
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        self._child = subprocess.Popen(
            [sys.executable, "-c", _START, _PACKAGE_ROOT, str(self.path), kind],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=self._errors, bufsize=PIPE_BUFFER,
        )
        assert self._child.stdout is not None  # stdout=PIPE
        self._stdout: IO[bytes] = self._child.stdout
        widen_pipe(self._stdout)

    def consumed(self) -> int:
        """Return how many bytes of the file on disk the child has read so far."""
        return self._consumed

    def records(self, on_error: OnError | None = None) -> Iterator[tuple[int, KeyedRecord]]:
        """Yield (line number, record) pairs as the in-process readers do; malformed lines go to on_error."""
        report = reporter(self.path, on_error)
        while True:
            message = self._receive()
            if message[0] == "end":
                self._consumed = self.size
                return
            if message[0] == "damaged":
                # As the in-process reader would have raised it, after the records read before.
                raise (EOFError if message[1] == "EOFError" else OSError)(message[2])
            self._consumed = message[1]
            for number, item in message[2]:
                if type(item) is str:
                    report(number, item)
                    continue
                (text, speaker, date, source, context, kind, title, wikidata, alternatives, confidence, method,
                 key) = item
                yield number, KeyedRecord(text, speaker, date, Source(*source) if source else None, context,
                                          kind, title, wikidata, alternatives, confidence, method, text_key=key)

    def _receive(self) -> tuple:
        """Read the child's next message; a child that died without saying "end" is a ParsingFailed."""
        try:
            return pickle.load(self._stdout)
        except (EOFError, pickle.UnpicklingError):
            self._child.wait()
            self._errors.seek(0)
            failure = self._errors.read().decode("utf-8", "replace").strip()
            last = failure.splitlines()[-1] if failure else f"exit status {self._child.returncode}"
            raise ParsingFailed(f"reading {self.path.name} stopped: {last}") from None

    def close(self) -> None:
        """Stop the child if it is still parsing, and close its pipes."""
        if self._child.poll() is None:
            self._child.kill()
        self._child.wait()
        self._stdout.close()
        self._errors.close()

    def __enter__(self) -> ParsedFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def serve(path: str, kind: str) -> None:
    """The child's side: parse one file and write its records to stdout as pickled chunks."""
    # The parent decides what an interrupt means and stops this process itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    out = os.fdopen(os.dup(1), "wb", buffering=PIPE_BUFFER)
    os.dup2(2, 1)  # anything else printed goes to stderr, never into the stream of chunks
    waiting: queue.Queue[bytes | None] = queue.Queue(AHEAD)
    # A thread writes, so parsing goes on while the parent is busy and the pipe is full.
    writer = threading.Thread(target=_write_all, args=(waiting, out), daemon=True)
    writer.start()
    items: list[tuple] = []

    def send(*message) -> None:
        waiting.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    def malformed(problem: MalformedRecord) -> None:
        items.append((problem.line, problem.reason))

    text = key = None
    with fewer_collections(), InputFile(path) as handle:
        try:
            for number, record in RECORD_READERS[kind](handle, malformed):
                if record.text is not text:  # the records of one Quotebank line share their text
                    text, key = record.text, text_key(record.text)
                source = record.source
                items.append((number, (
                    text, record.speaker, record.date,
                    (source.id, source.url, source.title, source.author, source.outlet, source.published)
                    if source else None,
                    record.context, record.kind, record.title, record.wikidata, record.alternatives,
                    record.confidence, record.method, key,
                )))
                if len(items) >= CHUNK:
                    send("records", handle.consumed(), items)
                    items = []
        except (OSError, EOFError, UnicodeDecodeError) as error:
            # A damaged file: what was read before the damage goes first, as in-process.
            send("records", handle.consumed(), items)
            send("damaged", type(error).__name__, str(error))
        else:
            send("records", handle.size, items)
            send("end")
    waiting.put(None)
    writer.join()


def _write_all(waiting: queue.Queue, out) -> None:
    """Write each pickled message to the parent until None comes; end the process if the parent is gone."""
    try:
        while (data := waiting.get()) is not None:
            out.write(data)
            out.flush()
    except OSError:
        # The parent died (or stopped reading): nobody wants the rest. Exit at once, as the
        # parsing thread may be waiting on a full queue that will never be emptied.
        os._exit(1)
