"""Behind a real gunicorn, every refused request gets problem+json: from the app wherever gunicorn lets the
request through, from gunicorn itself (no HTML page) where it refuses it before the app sees it.

Both ways of serving are checked: `gunicorn -c gunicorn.conf.py` and `quotecheck serve`.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def exchange(port: int, raw: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send raw bytes as one request; return (status, headers, body) of the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as conn:
        conn.sendall(raw)
        data = b""
        while True:
            chunk = conn.recv(65536)
            if not chunk:
                break
            data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            lengths = [line for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")]
            if lengths and len(body) >= int(lengths[0].split(b":")[1]):
                break
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


@pytest.fixture(params=["gunicorn.conf.py", "quotecheck serve"])
def port(request, tmp_path):
    port = free_port()
    env = {**os.environ, "QUOTECHECK_SEEDS": "", "QUOTECHECK_RATE_LIMIT": "", "QUOTECHECK_WORKERS": "1",
           "QUOTECHECK_DATABASE": str(tmp_path / "q.sqlite3"), "QUOTECHECK_BIND": f"127.0.0.1:{port}"}
    if request.param == "gunicorn.conf.py":
        command = [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "service:create_app()"]
    else:
        command = [sys.executable, "-m", "service.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
    log = tmp_path / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log.read_text()
            try:
                if exchange(port, b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")[0] == 200:
                    break
            except OSError:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.2)
        yield port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def request(path: str, extra: str = "", body: bytes = b"", method: str = "GET") -> bytes:
    return f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra}Connection: close\r\n\r\n".encode() + body


def assert_problem(answer, status: int) -> tuple[dict, dict]:
    got, headers, body = answer
    assert got == status, body[:300]
    assert headers["content-type"] == "application/problem+json"
    problem = json.loads(body)
    assert problem["status"] == status and problem["title"] and problem["detail"]
    assert b"<html" not in body.lower()
    return problem, headers


def test_a_url_over_the_apps_bound_is_the_apps_own_414(port):
    problem, headers = assert_problem(exchange(port, request("/v1/quotes?q=" + "a" * 5000)), 414)
    assert "X-Request-Id".lower() in headers  # the app answered, not gunicorn
    assert "4096" in problem["detail"]


def test_a_request_line_past_gunicorns_limit_is_a_414_problem(port):
    problem, _ = assert_problem(exchange(port, request("/v1/quotes?q=" + "a" * 9000)), 414)
    assert "8190" in problem["detail"]


@pytest.mark.parametrize("length", ["-1", "abc", "1, 2"])
def test_a_bad_content_length_is_a_400_problem(port, length):
    raw = request("/v1/verify", f"Content-Type: application/json\r\nContent-Length: {length}\r\n",
                  b'{"text": "hello"}', "POST")
    assert_problem(exchange(port, raw), 400)


def test_too_many_header_fields_is_a_431_problem(port):
    extra = "".join(f"X-Filler-{n}: {n}\r\n" for n in range(150))
    assert_problem(exchange(port, request("/healthz", extra)), 431)


def test_a_malformed_request_line_is_a_400_problem(port):
    assert_problem(exchange(port, b"GET /healthz\x00 HTTP/1.1 extra\r\nHost: x\r\n\r\n"), 400)


def test_a_well_formed_request_still_gets_the_apps_answer(port):
    got, headers, body = exchange(port, request("/healthz"))
    assert got == 200 and json.loads(body)["status"] == "ok" and "x-request-id" in headers
