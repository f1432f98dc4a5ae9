"""Opening plain and compressed input files and reading them line by line."""
import bz2
import gzip

import pytest

from service.ingest import files
from service.ingest.files import InputFile, inner_name

LINES = [f'{{"n": {n}, "pad": "{"x" * (n % 37)}"}}\n'.encode() for n in range(500)]
COMPRESSIONS = [(".bz2", bz2.compress), (".gz", gzip.compress), ("", bytes)]


@pytest.fixture(params=["in-process", "child-process"])
def decompression(request, monkeypatch):
    """Read compressed files in this process, or (as for big files) through a child process."""
    monkeypatch.setattr(files, "PARALLEL_MIN_BYTES", 1 << 40 if request.param == "in-process" else 0)
    return request.param


def test_compressed_name_is_read_without_its_suffix():
    assert inner_name("data/quotes-2015.json.bz2") == "quotes-2015.json"
    assert inner_name("records.jsonl.gz") == "records.jsonl"
    assert inner_name("article.txt") == "article.txt"


@pytest.mark.parametrize("suffix, compress", COMPRESSIONS)
def test_lines_come_back_numbered_and_whole(tmp_path, decompression, suffix, compress):
    path = tmp_path / f"lines.jsonl{suffix}"
    path.write_bytes(compress(b"".join(LINES)))
    with InputFile(path) as handle:
        read = list(handle.binary_lines())
        assert handle.consumed() == path.stat().st_size
    assert read == list(enumerate(LINES, start=1))


def test_last_line_without_newline_is_kept(tmp_path, decompression):
    path = tmp_path / "lines.jsonl.bz2"
    path.write_bytes(bz2.compress(b"one\ntwo"))
    with InputFile(path) as handle:
        assert [line for _, line in handle.binary_lines()] == [b"one\n", b"two"]


def test_concatenated_bz2_streams_are_read_through(tmp_path, decompression):
    path = tmp_path / "lines.jsonl.bz2"
    path.write_bytes(bz2.compress(b"".join(LINES[:10])) + bz2.compress(b"".join(LINES[10:20])))
    with InputFile(path) as handle:
        assert [line for _, line in handle.binary_lines()] == LINES[:20]


def test_truncated_bz2_raises_an_eof_error_where_it_is_read(tmp_path, decompression):
    path = tmp_path / "lines.jsonl.bz2"
    path.write_bytes(bz2.compress(b"".join(LINES))[:-30])
    with InputFile(path) as handle, pytest.raises(EOFError):
        list(handle.binary_lines())


def test_closing_early_stops_the_decompressing_child(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "PARALLEL_MIN_BYTES", 0)
    path = tmp_path / "lines.jsonl.bz2"
    path.write_bytes(bz2.compress(b"".join(LINES * 100)))
    with InputFile(path) as handle:
        lines = handle.binary_lines()
        assert next(lines) == (1, LINES[0])
        child = handle._child
    assert child.returncode is not None
