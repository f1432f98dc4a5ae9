"""A server killed with SIGKILL in the middle of writes loses nothing it acknowledged, keeps no half write.

The test runs the real `quotecheck serve` (gunicorn) on a free loopback port and a temporary SQLite
file, acknowledges some writes, then kills the whole process group while a large quote batch and an
article ingest are in flight, restarts it on the same file and reads everything back.
"""
from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from service.config import DEFAULTS
from service.core.extraction import extract_quotes

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

BIG_BATCH = DEFAULTS["MAX_QUOTE_BATCH"]  # the largest write one request may make


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`quotecheck serve` as a child process in its own process group."""

    def __init__(self, database: Path, log: Path):
        self.database, self.log = database, log
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        env = {**os.environ, "QUOTECHECK_SEEDS": "", "QUOTECHECK_RATE_LIMIT": "", "PYTHONUNBUFFERED": "1"}
        env.pop("QUOTECHECK_API_KEYS", None)
        with self.log.open("ab") as out:  # the child keeps its own copy of the descriptor
            self.process = subprocess.Popen(
                [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(self.port),
                 "--database", str(self.database)],
                cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text()
            try:
                if self.request("GET", "/healthz", timeout=2)[0] == 200:
                    return
            except OSError:
                time.sleep(0.1)
        raise AssertionError("the server did not start:\n" + self.log.read_text())

    def kill(self) -> None:
        """SIGKILL the server and its gunicorn workers (the process group it leads), then reap it."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.kill()

    def request(self, method: str, path: str, body=None, timeout: float = 120):
        """Send one request; return (status, parsed JSON answer)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            payload = json.dumps(body).encode() if body is not None else None
            conn.request(method, path, body=payload, headers={"Content-Type": "application/json"})
            response = conn.getresponse()
            return response.status, json.loads(response.read() or b"null")
        finally:
            conn.close()


@pytest.fixture
def server(tmp_path):
    running = Server(tmp_path / "quotecheck.sqlite3", tmp_path / "server.log")
    yield running
    running.stop()


def records(marker: str, n: int) -> list[dict]:
    """n distinct quote records, all findable by one marker word and one speaker."""
    return [{"text": f"{marker} statement number {i} on the state of the {i % 97} talks",
             "speaker": f"Speaker {marker}", "date": "2022-01-28",
             "source": {"url": f"https://example.org/{marker}/{i}", "title": marker}} for i in range(n)]


def article(marker: str, n: int) -> dict:
    """An article with n quotes, each carrying the marker word."""
    paragraphs = [f"“{marker} remark {i} is about the {i} talks and what comes next,” said Zelda Crashton."
                  for i in range(n)]
    return {"text": "\n\n".join(paragraphs), "title": f"Article {marker}", "url": f"https://example.org/{marker}",
            "published": "2022-01-28"}


def count(server: Server, marker: str) -> int:
    status, body = server.request("GET", f"/v1/quotes?q={marker}&page_size=1")
    assert status == 200
    return body["total"]


class InFlight(threading.Thread):
    """A write sent from a thread; `answer` is the status, or None if the server died first."""

    def __init__(self, server: Server, method: str, path: str, body: dict):
        super().__init__(daemon=True)
        self.server, self.method, self.path, self.body = server, method, path, body
        self.answer: int | None = None

    def run(self) -> None:
        try:
            self.answer = self.server.request(self.method, self.path, self.body)[0]
        except (OSError, http.client.HTTPException):
            self.answer = None


# When to kill, as a share of the time a full batch takes: before, during and around its commit.
@pytest.mark.parametrize("kill_at", [0.1, 0.5, 0.8, 1.0, 1.3])
def test_acknowledged_writes_survive_a_kill_and_interrupted_ones_are_all_or_nothing(server, kill_at):
    server.start()
    assert "writes are accepted because the server listens on loopback" in server.log.read_text()

    # Writes the server acknowledged before the crash; the first also times a full batch.
    acknowledged_ids = []
    batch_seconds = 0.0
    for n in range(3):
        started = time.monotonic()
        status, body = server.request("POST", "/v1/quotes", {"quotes": records(f"ackbatch{n}", BIG_BATCH)})
        if n == 0:
            batch_seconds = time.monotonic() - started
        assert status == 201 and body["created"] == BIG_BATCH
        acknowledged_ids += body["ids"]
    status, body = server.request("POST", "/v1/articles", article("ackarticle", 5))
    assert status == 201
    acknowledged_article = body["article"]["id"]

    # Writes in flight when the server is killed.
    interrupted_article = article("cutarticle", 40)
    expected_article_quotes = len(extract_quotes(interrupted_article["text"], "2022-01-28"))
    assert expected_article_quotes > 0
    batch = InFlight(server, "POST", "/v1/quotes", {"quotes": records("cutbatch", BIG_BATCH)})
    ingest = InFlight(server, "POST", "/v1/articles", interrupted_article)
    batch.start()
    ingest.start()
    time.sleep(kill_at * batch_seconds)
    server.kill()
    batch.join(30)
    ingest.join(30)

    server.start()
    for quote_id in acknowledged_ids[::50] + acknowledged_ids[-1:]:
        assert server.request("GET", f"/v1/quotes/{quote_id}")[0] == 200
    assert sum(count(server, f"ackbatch{n}") for n in range(3)) == 3 * BIG_BATCH
    assert server.request("GET", f"/v1/articles/{acknowledged_article}")[0] == 200
    assert count(server, "ackarticle") == 5

    stored_batch = count(server, "cutbatch")
    assert stored_batch in (0, BIG_BATCH)
    if batch.answer == 201:
        assert stored_batch == BIG_BATCH
    stored_article = count(server, "cutarticle")
    assert stored_article in (0, expected_article_quotes)
    if ingest.answer == 201:
        assert stored_article == expected_article_quotes

    # The store still takes writes after the crash.
    status, body = server.request("POST", "/v1/quotes", {"quotes": records("afterwards", 3)})
    assert status == 201 and body["created"] == 3
