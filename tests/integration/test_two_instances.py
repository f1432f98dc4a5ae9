"""Several instances on one database: each finds the others' writes and loses their deletes within a second.

Instances are apps in this process (two `create_app` on one PostgreSQL schema) and real
`quotecheck serve` processes; a rate limit is shared between instances through Redis.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from service import create_app

ROOT = Path(__file__).resolve().parents[2]
WORDS = "The harbour bridge will be rebuilt before the next winter storms arrive"
RECORD = {"text": WORDS, "speaker": "Maria Santos", "date": "2023-05-10"}
FOLLOW_WITHIN = 1.0  # seconds: the promise made to operators of several instances


def settings(database: str, **extra) -> dict:
    """Hermetic settings of one instance on a shared database, without seeds or rate limits."""
    return {"TESTING": True, "DATABASE": database, "SEEDS": "", "RATE_LIMIT": "", "SYNC_INTERVAL": 0.5, **extra}


def eventually(check, within: float = FOLLOW_WITHIN) -> bool:
    """Call `check()` until it is true or `within` seconds have passed; return its last answer."""
    deadline = time.monotonic() + within
    while True:
        if check():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)


def verdict_of(client) -> str:
    """The verdict an instance gives for WORDS."""
    return client.post("/v1/verify", json={"text": WORDS}).get_json()["verdict"]


@pytest.fixture
def two_apps(postgres_url):
    """Two app instances on the same PostgreSQL schema, each with its own in-memory index."""
    apps = [create_app(settings(postgres_url)) for _ in range(2)]
    yield apps
    for app in apps:
        app.extensions["quotecheck"].close()


@pytest.mark.postgres
def test_each_instance_sees_the_others_writes_and_deletes_within_a_second(two_apps):
    a, b = (app.test_client() for app in two_apps)
    assert verdict_of(a) == verdict_of(b) == "not_found"  # both indexes are loaded, and empty
    ids = a.post("/v1/quotes", json={"quotes": [RECORD]}).get_json()["ids"]
    assert eventually(lambda: verdict_of(b) == "verified")
    assert b.delete(f"/v1/quotes/{ids[0]}").status_code == 204
    assert eventually(lambda: verdict_of(a) == "not_found")


@pytest.mark.postgres
def test_a_notification_alone_brings_another_instances_write_within_a_second(postgres_url):
    # Polling is set to once an hour: only LISTEN/NOTIFY can make the write findable in time.
    apps = [create_app(settings(postgres_url, SYNC_INTERVAL=3600)) for _ in range(2)]
    try:
        writer, follower = apps[0].test_client(), apps[1].test_client()
        service = apps[1].extensions["quotecheck"]
        assert verdict_of(follower) == "not_found"
        service.store.subscribe(lambda: service.sync(force=True))  # as gunicorn.conf.py wires each worker
        assert service.store._listener.listening.wait(5)
        ids = writer.post("/v1/quotes", json={"quotes": [RECORD]}).get_json()["ids"]
        assert eventually(lambda: verdict_of(follower) == "verified")
        writer.delete(f"/v1/quotes/{ids[0]}")
        assert eventually(lambda: verdict_of(follower) == "not_found")
    finally:
        for app in apps:
            app.extensions["quotecheck"].close()


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(port: int, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
    """One JSON request to a local server; (status, parsed body)."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw else {}
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def wait_until_serving(process: subprocess.Popen, port: int, within: float = 60) -> None:
    """Wait for a server's health check to answer, failing early if the process died."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server on port {port} exited: {process.stderr.read().decode()[-2000:]}")
        try:
            if call(port, "GET", "/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"server on port {port} did not answer within {within}s")


@pytest.fixture
def two_servers(postgres_url, tmp_path):
    """Two `quotecheck serve` processes on free ports, sharing one PostgreSQL schema."""
    env = dict(os.environ, QUOTECHECK_DATABASE=postgres_url, QUOTECHECK_SEEDS="", QUOTECHECK_RATE_LIMIT="",
               QUOTECHECK_SNAPSHOT_DIR=str(tmp_path / "snapshots"), PYTHONPATH=str(ROOT))
    env.pop("QUOTECHECK_API_KEYS", None)
    servers = []
    try:
        for _ in range(2):
            port = free_port()
            process = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1",
                                        "--port", str(port)], cwd=ROOT, env=env,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            servers.append((process, port))
        for process, port in servers:
            wait_until_serving(process, port)
        yield [port for _, port in servers]
    finally:
        for process, _ in servers:
            process.terminate()
        for process, _ in servers:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@pytest.mark.postgres
@pytest.mark.slow
def test_two_served_processes_follow_each_others_writes_and_deletes(two_servers):
    a, b = two_servers

    def verdict(port):
        return call(port, "POST", "/v1/verify", {"text": WORDS})[1]["verdict"]

    assert verdict(a) == verdict(b) == "not_found"
    status, body = call(a, "POST", "/v1/quotes", {"quotes": [RECORD]})
    assert status == 201
    assert eventually(lambda: verdict(b) == "verified")
    assert call(b, "DELETE", f"/v1/quotes/{body['ids'][0]}")[0] == 204
    assert eventually(lambda: verdict(a) == "not_found")


def test_two_instances_share_one_rate_limit_through_redis(tmp_path, redis_url):
    import redis

    database = str(tmp_path / "shared.sqlite3")
    apps = [create_app(settings(database, RATE_LIMIT="3/minute", REDIS_URL=redis_url)) for _ in range(2)]
    # A client address of its own, so parallel runs on the same Redis never share a counter.
    address = f"10.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250 + 1}"
    a, b = (app.test_client() for app in apps)
    try:
        answers = [client.get("/v1/quotes", environ_base={"REMOTE_ADDR": address}).status_code
                   for client in (a, b, a)]
        over = b.get("/v1/quotes", environ_base={"REMOTE_ADDR": address})
        assert answers == [200, 200, 200]
        assert over.status_code == 429 and int(over.headers["Retry-After"]) >= 1
        assert over.mimetype == "application/problem+json"
    finally:
        for app in apps:
            app.extensions["quotecheck"].close()
        server = redis.Redis.from_url(redis_url)
        for key in server.scan_iter(match=f"*{address}*"):
            server.delete(key)
