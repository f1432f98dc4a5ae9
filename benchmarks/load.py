"""Load and worst-case benchmark of the HTTP service: gunicorn on loopback over a 100k-quote corpus.

Two measurements:

- `worst` — the most work one request may ask for under the configured bounds (a verify text of
  MAX_TEXT_LENGTH characters, a verify batch of MAX_BATCH such texts, a quote batch of MAX_QUOTE_BATCH
  records, an article of MAX_ARTICLE_LENGTH characters), timed in process through the test client;
- `load` — `quotecheck serve --workers N` driven by client threads over keep-alive connections
  (http.client) with a mix of verify calls (edited corpus quotes) and reads, at rising
  concurrency; reported per step: requests/s, p50/p99 latency and errors, and the highest rate held
  with p99 under the target and no error.

Run: `python -m benchmarks.load --quotes 100000 --workers 1,2`.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from benchmarks.corpus import Vocabulary, iter_quotes, perturb

ROOT = Path(__file__).resolve().parent.parent
P99_TARGET_MS = 50.0
BUILD_CHUNK = 5_000


# -- the corpus database ---------------------------------------------------------------------

def build_database(path: Path, count: int) -> None:
    """Fill a SQLite file with `count` corpus quotes and save the index snapshot (skipped if done)."""
    from service import create_app
    from service.core.models import QuoteRecord, Source

    marker = path.with_suffix(".count")
    if path.exists() and marker.exists() and marker.read_text() == str(count):
        return
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    app = create_app({"DATABASE": str(path), "SEEDS": "", "RATE_LIMIT": "", "SYNC_INTERVAL": 0.0})
    service = app.extensions["quotecheck"]
    started = time.perf_counter()
    batch = []
    for quote in iter_quotes(count):
        batch.append(QuoteRecord(text=quote.text, speaker=quote.speaker, date=quote.date,
                                 source=Source(url=f"https://corpus.example/{quote.id}", published=quote.date)))
        if len(batch) == BUILD_CHUNK:
            service.add_quotes(batch)
            batch = []
    if batch:
        service.add_quotes(batch)
    service.index  # noqa: B018 - build it once, then keep the snapshot so workers start fast
    service.save_index()
    service.close()
    marker.write_text(str(count))
    print(f"built {count} quotes in {time.perf_counter() - started:.0f}s -> {path}", file=sys.stderr)


def sample_requests(count: int, corpus_size: int, seed: int = 11) -> list[tuple[str, str, bytes | None]]:
    """A reproducible request mix: 70% verify (edited corpus quotes), 10% unknown text, 20% reads."""
    vocabulary = Vocabulary()
    rng = np.random.default_rng(seed)
    pick = random.Random(seed)
    wanted = sorted(pick.sample(range(corpus_size), min(count, corpus_size)))
    quotes = {}
    for quote in iter_quotes(wanted[-1] + 1, vocabulary=vocabulary):
        if quote.id in wanted:
            quotes[quote.id] = quote
    kinds = ("replace2", "drop1", "middle60", "stripped", "paragraph")
    out: list[tuple[str, str, bytes | None]] = []
    for n, quote_id in enumerate(wanted):
        roll = n % 10
        quote = quotes[quote_id]
        if roll < 7:
            text = perturb(kinds[n % len(kinds)], quote.text, rng, vocabulary, quote.speaker)
            out.append(("POST", "/v1/verify", json.dumps({"text": text, "limit": 3}).encode()))
        elif roll == 7:
            out.append(("POST", "/v1/verify", json.dumps({"text": vocabulary.sentence(rng)}).encode()))
        elif roll == 8:
            out.append(("GET", f"/v1/quotes/{quote_id + 1}", None))
        else:
            out.append(("GET", f"/v1/quotes?speaker={quote.speaker.replace(' ', '%20')}&page_size=5", None))
    pick.shuffle(out)
    return out


# -- worst case per request ------------------------------------------------------------------

def worst_case(database: Path, repeat: int = 3) -> list[tuple[str, float, int]]:
    """Time the largest request each bound allows; return (what, best seconds, status)."""
    from service import create_app
    from service.config import DEFAULTS

    app = create_app({"DATABASE": str(database), "SEEDS": "", "RATE_LIMIT": "", "SYNC_INTERVAL": 0.0})
    client = app.test_client()
    client.post("/v1/verify", json={"text": "warm the index up"})
    limit, batch, batch_chars = DEFAULTS["MAX_TEXT_LENGTH"], DEFAULTS["MAX_BATCH"], DEFAULTS["MAX_BATCH_CHARACTERS"]
    corpus = list(iter_quotes(2_000))
    # A long text made of real corpus quotes: every sentence has candidates to align.
    long_text = _fill(" ".join(q.text for q in corpus), limit)
    common = _fill(" ".join(Vocabulary().words[:60]) + " ", limit)  # the words in most quotes
    fragments = _fill(" ".join(f"“{q.text.split()[0]} {q.text.split()[1]}”" for q in corpus), limit)
    marks = ("“" * (limit // 2) + "”" * (limit // 2))[:limit]
    short_items = [_fill(" ".join(q.text for q in corpus[n * 20:(n + 1) * 20]), batch_chars // batch)
                   for n in range(batch)]
    article_text = _fill("\n\n".join(f"“{q.text}” said {q.speaker}." for q in corpus), DEFAULTS["MAX_ARTICLE_LENGTH"])
    # As many full-length records as the record count and the body size allow.
    body_room = DEFAULTS["MAX_CONTENT_LENGTH"] // (limit + 200)
    long_records = [{"text": _fill(" ".join(q.text for q in corpus[n:n + 200]), limit), "speaker": q.speaker}
                    for n, q in enumerate(corpus[: min(DEFAULTS["MAX_QUOTE_BATCH"], body_room)])]
    repeated = _fill("“We will win this,” Mayor Ortiz said. ", DEFAULTS["MAX_ARTICLE_LENGTH"])
    short_records = [{"text": q.text, "speaker": q.speaker, "date": q.date}
                     for q in iter_quotes(DEFAULTS["MAX_QUOTE_BATCH"], seed=99)]

    cases = [
        ("verify: MAX_TEXT_LENGTH of corpus quotes", "/v1/verify", {"text": long_text}),
        ("verify: the same inside quotation marks", "/v1/verify", {"text": "“" + long_text[:-2] + "”"}),
        ("verify: MAX_TEXT_LENGTH of the 60 commonest words", "/v1/verify", {"text": common}),
        ("verify: MAX_TEXT_LENGTH of two-word quoted fragments", "/v1/verify", {"text": fragments}),
        ("verify: one word of MAX_TEXT_LENGTH letters", "/v1/verify", {"text": "a" * limit}),
        ("verify: MAX_TEXT_LENGTH quotation marks", "/v1/verify", {"text": marks}),
        (f"verify batch: {batch_chars // limit} texts of MAX_TEXT_LENGTH", "/v1/verify/batch",
         {"items": [{"text": long_text}] * (batch_chars // limit)}),
        (f"verify batch: {batch} texts of {batch_chars // batch} characters", "/v1/verify/batch",
         {"items": [{"text": t} for t in short_items]}),
        (f"quote batch: {len(short_records)} corpus records", "/v1/quotes", {"quotes": short_records}),
        (f"quote batch: {len(long_records)} records of MAX_TEXT_LENGTH (body limit)", "/v1/quotes",
         {"quotes": long_records}),
        ("verify: 2,000 quoted fragments of two letters", "/v1/verify", {"text": "“a b” " * 2000}),
        ("verify: MAX_TEXT_LENGTH of quoted fragments of two letters", "/v1/verify", {"text": _fill("“a b” ", limit)}),
        (f"verify batch: {batch} texts of {batch_chars // batch} characters of quoted fragments", "/v1/verify/batch",
         {"items": [{"text": _fill("“a b” ", batch_chars // batch)}] * batch}),
        (f"article of MAX_ARTICLE_LENGTH ({len(article_text)} characters)", "/v1/articles", {"text": article_text}),
        ("article of MAX_ARTICLE_LENGTH repeating one short quote", "/v1/articles", {"text": repeated}),
    ]
    results = []
    for what, path, body in cases:
        best, status = float("inf"), 0
        for _ in range(1 if path in ("/v1/quotes", "/v1/articles") else repeat):
            started = time.perf_counter()
            response = client.post(path, json=body)
            best = min(best, time.perf_counter() - started)
            status = response.status_code
        results.append((what, best, status))
        if body.get("text") is repeated:
            article_id = response.get_json()["article"]["id"]
            best = min(_timed(client.get, f"/v1/articles/{article_id}") for _ in range(repeat))
            results.append(("read that article back (GET /v1/articles/{id})", best, 200))
    app.extensions["quotecheck"].close()
    return results


# -- the server and the load ---------------------------------------------------------------

def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`quotecheck serve --workers N` on a free loopback port, in its own process group."""

    def __init__(self, database: Path, workers: int, threads: int):
        self.port = free_port()
        env = {**os.environ, "QUOTECHECK_SEEDS": "", "QUOTECHECK_RATE_LIMIT": ""}
        env.pop("QUOTECHECK_API_KEYS", None)
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - the server's log, closed when it stops
        self.process = subprocess.Popen(
            [sys.executable, "-m", "service.cli", "serve", "--port", str(self.port), "--database", str(database),
             "--workers", str(workers), "--threads", str(threads)],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        self._wait(workers)

    def _wait(self, workers: int) -> None:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                raise RuntimeError("server exited:\n" + self.log.read().decode(errors="replace"))
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                # One verify per worker, so every worker has its index loaded before timing starts.
                for _ in range(workers * 4):
                    conn.request("POST", "/v1/verify", body=b'{"text": "warm up the index"}',
                                 headers={"Content-Type": "application/json"})
                    conn.getresponse().read()
                conn.close()
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        """Stop gunicorn and its workers (the process group it leads)."""
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


@dataclass
class Step:
    """What one concurrency level achieved."""

    concurrency: int
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Requests answered per second."""
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        """The p-th percentile of the latencies, in milliseconds."""
        return float(np.percentile(self.latencies_ms, p)) if self.latencies_ms else float("nan")


def run_step(port: int, requests: list, concurrency: int, seconds: float) -> Step:
    """Keep `concurrency` clients busy for `seconds`; each sends the next request as soon as answered."""
    step = Step(concurrency)
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds
    counter = iter(range(10**9))

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        latencies, errors = [], 0
        while time.monotonic() < stop_at:
            method, path, body = requests[next(counter) % len(requests)]
            started = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers={"Content-Type": "application/json"})
                response = conn.getresponse()
                response.read()
                if response.status >= 400 and response.status != 404:
                    errors += 1
            except (OSError, http.client.HTTPException):
                errors += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            latencies.append((time.perf_counter() - started) * 1000)
        conn.close()
        with lock:
            step.latencies_ms += latencies
            step.errors += errors

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    step.seconds = time.perf_counter() - started
    step.requests = len(step.latencies_ms)
    return step


def held_rate(steps: list[Step]) -> Step | None:
    """The step with the highest rate whose p99 is under the target and that had no error."""
    good = [s for s in steps if s.errors == 0 and s.percentile(99) < P99_TARGET_MS]
    return max(good, key=lambda s: s.rate) if good else None


# -- command line ----------------------------------------------------------------------------

def main(argv=None) -> int:
    """Build the corpus database, time the worst cases, then load 1 and 2 workers."""
    parser = argparse.ArgumentParser(prog="benchmarks.load", description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=int, default=100_000, help="corpus size")
    parser.add_argument("--database", help="SQLite file for the corpus (built if missing)")
    parser.add_argument("--workers", default="1,2", help="gunicorn worker counts to compare")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker")
    parser.add_argument("--concurrency", default="1,2,3,4,6,8", help="client concurrency steps")
    parser.add_argument("--seconds", type=float, default=10.0, help="duration of each step")
    parser.add_argument("--skip-worst", action="store_true", help="skip the worst-case timings")
    parser.add_argument("--skip-load", action="store_true", help="skip the load steps")
    args = parser.parse_args(argv)

    database = Path(args.database
                    or Path(tempfile.gettempdir()) / f"quotecheck-load-{args.quotes}" / "quotecheck.sqlite3")
    database.parent.mkdir(parents=True, exist_ok=True)
    build_database(database, args.quotes)
    print(f"# quotecheck load benchmark: {args.quotes} quotes, {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}")

    if not args.skip_worst:
        scratch = database.parent / "worst.sqlite3"
        for stale in scratch.parent.glob(scratch.name + "*"):
            stale.unlink()
        # The worst cases write, so they run on a copy of the corpus database.
        _copy(database, scratch)
        print("\n## Worst case per request (in process, best of 3)\n")
        print("| request | seconds | status |\n|---|---:|---:|")
        for what, seconds, status in worst_case(scratch):
            print(f"| {what} | {seconds:.3f} | {status} |")

    if not args.skip_load:
        requests = sample_requests(2_000, args.quotes)
        print(f"\n## Load (p99 target {P99_TARGET_MS:.0f} ms; {args.seconds:.0f} s per step; "
              "70% verify of edited quotes, 10% unknown text, 20% reads)\n")
        print("| workers | clients | req/s | p50 ms | p99 ms | errors |\n|---:|---:|---:|---:|---:|---:|")
        summary = []
        for workers in [int(w) for w in args.workers.split(",")]:
            server = Server(database, workers, args.threads)
            try:
                steps = []
                for concurrency in [int(c) for c in args.concurrency.split(",")]:
                    step = run_step(server.port, requests, concurrency, args.seconds)
                    steps.append(step)
                    print(f"| {workers} | {concurrency} | {step.rate:.0f} | {step.percentile(50):.1f} | "
                          f"{step.percentile(99):.1f} | {step.errors} |", flush=True)
            finally:
                server.stop()
            summary.append((workers, held_rate(steps)))
        print()
        for workers, best in summary:
            if best is None:
                print(f"- {workers} worker(s): no step kept p99 under {P99_TARGET_MS:.0f} ms with zero errors")
            else:
                print(f"- {workers} worker(s): {best.rate:.0f} requests/s held at p99 {best.percentile(99):.1f} ms "
                      f"({best.concurrency} clients, 0 errors)")
    return 0


def _timed(call, *args) -> float:
    """Seconds one call takes."""
    started = time.perf_counter()
    call(*args)
    return time.perf_counter() - started


def _fill(text: str, length: int) -> str:
    """Repeat text up to exactly `length` characters."""
    return (text * (length // max(1, len(text)) + 1))[:length]


def _copy(source: Path, target: Path) -> None:
    """Copy a SQLite database consistently (through SQLite's backup API)."""
    import sqlite3

    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


if __name__ == "__main__":
    sys.exit(main())
