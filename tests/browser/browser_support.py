"""Plumbing shared by the browser tests and the screenshot script: the server and Chromium."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXTENSION_DIR = REPO / "extension"
PAGES_DIR = Path(__file__).resolve().parent / "pages"
CHROMIUM = os.environ.get("QUOTECHECK_CHROMIUM", "/usr/bin/chromium")
# Quiet, reproducible Chromium: nothing phones home, nothing updates, no first-run dialogs.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
SERVER_START_TIMEOUT = 120.0


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def quotecheck_executable() -> str:
    """The `quotecheck` command installed next to the Python running the tests."""
    candidate = Path(sys.executable).with_name("quotecheck")
    return str(candidate) if candidate.exists() else "quotecheck"


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


@contextmanager
def running_server(workdir: Path) -> Iterator[str]:
    """Start `quotecheck serve` on a free port with a fresh database (seeds load into it)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = workdir / "server.log"
    command = [quotecheck_executable(), "serve", "--host", "127.0.0.1", "--port", str(port),
               "--database", str(workdir / "qc.db")]
    env = {key: value for key, value in os.environ.items() if not key.startswith("QUOTECHECK_")}
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=REPO, stdout=log, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while not _healthy(url):
            if process.poll() is not None:
                raise RuntimeError(f"quotecheck serve exited with {process.returncode}:\n{log_path.read_text()}")
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"quotecheck serve not healthy after {SERVER_START_TIMEOUT}s:\n{log_path.read_text()}")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def static_site(directory: Path) -> Iterator[str]:
    """Serve a folder of test pages on 127.0.0.1 (an address the extension may script)."""
    handler = partial(_QuietHandler, directory=str(directory))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the signature is the standard library's
        """Keep test output free of access logs."""


def api_get(base_url: str, path: str) -> dict:
    """GET a JSON resource from the service."""
    with urllib.request.urlopen(f"{base_url}{path}", timeout=10) as response:
        return json.load(response)


def api_post(base_url: str, path: str, payload: dict) -> tuple[int, dict]:
    """POST JSON to the service; returns (status, body) for errors too."""
    request = urllib.request.Request(f"{base_url}{path}", data=json.dumps(payload).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")
