"""Opening input files, plain or compressed, with a count of the bytes consumed for progress."""
from __future__ import annotations

import bz2
import gzip
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

COMPRESSED_SUFFIXES = {
    ".bz2": lambda raw: bz2.BZ2File(raw, "rb"),
    ".gz": lambda raw: gzip.GzipFile(fileobj=raw, mode="rb"),
}
# Compressed files at least this big are decompressed by a child process, in parallel with the
# parsing and storing done here: bz2 decompression alone is slower than the rest of an import.
# (A thread does not help: the decompressor's Python-level reads fight the main thread for the GIL.)
PARALLEL_MIN_BYTES = 1 << 20
PIPE_BUFFER = 1 << 20
_DECOMPRESS = (
    "import bz2, gzip, shutil, sys\n"
    "opener = bz2.open if sys.argv[1] == '.bz2' else gzip.open\n"
    "with opener(sys.stdin.buffer, 'rb') as source:\n"
    "    shutil.copyfileobj(source, sys.stdout.buffer, 1 << 20)\n"
)


def widen_pipe(pipe) -> None:
    """Let a pipe from a child hold PIPE_BUFFER bytes (Linux), not 64 KiB.

    With the default the child can only be 64 KiB ahead: whenever this process stops to store a
    batch, the child soon blocks, and afterwards this process waits for it to catch up.
    """
    try:
        import fcntl

        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BUFFER)
    except (ImportError, AttributeError, OSError):
        pass  # another system, or a limit below PIPE_BUFFER: the default still works


def compression_suffix(path: str | os.PathLike) -> str | None:
    """Return ".bz2" or ".gz" when the file name says it is compressed, else None."""
    suffix = Path(path).suffix.lower()
    return suffix if suffix in COMPRESSED_SUFFIXES else None


def inner_name(path: str | os.PathLike) -> str:
    """Return the file name without its compression suffix ("quotes-2015.json.bz2" -> "quotes-2015.json")."""
    name = Path(path).name
    suffix = compression_suffix(path)
    return name[: -len(suffix)] if suffix else name


class InputFile:
    """One input file opened for reading; knows how many on-disk bytes it has consumed so far."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.size = self.path.stat().st_size
        self._raw: BinaryIO = open(self.path, "rb")  # noqa: SIM115 - closed by close()
        self._suffix = compression_suffix(self.path)
        opener = COMPRESSED_SUFFIXES.get(self._suffix or "")
        # A decompressor reads the raw file in chunks, so raw.tell() is the compressed bytes consumed.
        # (typeshed types BZ2File and GzipFile as buffered streams, not BinaryIO: they are binary files all the same)
        self.binary: BinaryIO = cast(BinaryIO, opener(self._raw)) if opener else self._raw
        self._text: io.TextIOWrapper | None = None
        self._child: subprocess.Popen | None = None

    def consumed(self) -> int:
        """Return how many bytes of the file on disk have been read."""
        try:
            if self._child is not None:
                # The child reads through the same open file, so the shared offset is its progress.
                return os.lseek(self._raw.fileno(), 0, os.SEEK_CUR)
            return self._raw.tell()
        except (ValueError, OSError):
            return self.size

    def binary_lines(self) -> Iterator[tuple[int, bytes]]:
        """Yield (line number, raw line) pairs, numbered from 1."""
        if self._suffix and self.size >= PARALLEL_MIN_BYTES:
            return _numbered(self._lines_from_child(self._suffix))
        return enumerate(self.binary, start=1)

    def _lines_from_child(self, suffix: str) -> Iterator[bytes]:
        """Yield the decompressed lines a child process writes; raise what it failed with."""
        os.lseek(self._raw.fileno(), 0, os.SEEK_SET)
        self._child = subprocess.Popen(
            [sys.executable, "-c", _DECOMPRESS, suffix],
            stdin=self._raw, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=PIPE_BUFFER,
        )
        stdout, stderr = self._child.stdout, self._child.stderr
        assert stdout is not None and stderr is not None  # both are pipes
        widen_pipe(stdout)
        yield from stdout
        stdout.close()
        failure = stderr.read().decode("utf-8", "replace").strip()
        if self._child.wait() != 0:
            last = failure.splitlines()[-1] if failure else f"exit status {self._child.returncode}"
            raise EOFError(f"{self.path.name} could not be decompressed to the end: {last}")

    def text(self) -> io.TextIOWrapper:
        """Return the content as a UTF-8 text stream (a byte-order mark is not content and is dropped)."""
        if self._text is None:
            self._text = io.TextIOWrapper(self.binary, encoding="utf-8-sig", newline=None)
        return self._text

    def close(self) -> None:
        """Close the file and any decompressor over it (stopping a decompressing child first)."""
        if self._child is not None:
            if self._child.poll() is None:
                self._child.kill()
            self._child.wait()
            for pipe in (self._child.stdout, self._child.stderr):
                if pipe is not None:
                    pipe.close()
        if self._text is not None:
            self._text.detach()
        if self.binary is not self._raw:
            self.binary.close()
        self._raw.close()

    def __enter__(self) -> InputFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _numbered(lines: Iterator[bytes]) -> Iterator[tuple[int, bytes]]:
    """Yield (line number, line) pairs; a generator, so closing it closes what it reads from."""
    yield from enumerate(lines, start=1)
