"""PostgreSQL beside SQLite: ingest rate, index start-up and verify latency at 100k and 1M quotes.

Run it as `python -m benchmarks.stores --database postgresql://USER@HOST:5432/DB [--sizes 100000,1000000]`.
Each size is imported into a fresh SQLite file and into a fresh schema of the PostgreSQL database
(dropped afterwards), through `QuoteService`, from the reproducible corpus of `benchmarks.corpus`.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import tempfile
import time
import uuid
from contextlib import contextmanager
from urllib.parse import quote as urlquote

import numpy as np

from service.store import is_postgres_url

INGEST_BATCH = 10_000  # records per add_quotes call (one transaction each), as bulk import does


def rss_mb() -> float:
    """Resident memory of this process now, in MiB (Linux)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return float("nan")


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the sorted values fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


@contextmanager
def postgres_schema(url: str):
    """A fresh schema in the given database, yielded as a url confined to it, dropped afterwards."""
    import psycopg

    schema = f"qc_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield url + ("&" if "?" in url else "?") + "options=" + urlquote(f"-csearch_path={schema}")
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def queries(size: int, count: int, seed: int, corpus_texts: list[str], speakers: list[str]) -> list[str]:
    """Submissions a fact-checker meets: corpus quotes edited each way the corpus module knows."""
    from benchmarks.corpus import PERTURBATIONS, Vocabulary, perturb

    vocabulary = Vocabulary(seed)
    rng = np.random.default_rng([seed, size, 99])
    picks = rng.integers(0, size, size=count)
    return [perturb(PERTURBATIONS[n % len(PERTURBATIONS)], corpus_texts[i], rng, vocabulary, speakers[i])
            for n, i in enumerate(picks.tolist())]


def measure(target: str, records: list, submissions: list[str], warmup: int = 50) -> dict:
    """Import the records into one empty store, build its index and time every verify."""
    from service.services import QuoteService, VerifyRequest
    from service.store import open_store

    service = QuoteService(open_store(target), snapshot=False)
    try:
        started = time.perf_counter()
        for i in range(0, len(records), INGEST_BATCH):
            service.add_quotes(records[i:i + INGEST_BATCH])
        ingest = time.perf_counter() - started

        started = time.perf_counter()
        streamed = sum(len(rows) for rows in service.store.iter_quote_texts())
        stream = time.perf_counter() - started

        gc.collect()
        before = rss_mb()
        started = time.perf_counter()
        indexed = len(service.index)
        build = time.perf_counter() - started
        gc.collect()
        index_mb = rss_mb() - before

        for text in submissions[:warmup]:
            service.verify(VerifyRequest(text=text))
        verify_ms: list[float] = []
        fetch_ms: list[float] = []
        verdicts: dict[str, int] = {}
        for text in submissions:
            started = time.perf_counter()
            verdict = service.verify(VerifyRequest(text=text))
            verify_ms.append((time.perf_counter() - started) * 1000)
            verdicts[verdict.verdict] = verdicts.get(verdict.verdict, 0) + 1
            ids = [m.quote.id for m in verdict.matches if m.quote.id is not None] or [1]
            started = time.perf_counter()
            service.store.get_quotes(ids)
            fetch_ms.append((time.perf_counter() - started) * 1000)
        return {
            "quotes": len(records),
            "ingest_seconds": round(ingest, 1),
            "ingest_per_second": round(len(records) / ingest),
            "stream_texts_seconds": round(stream, 2),
            "streamed": streamed,
            "index_build_seconds": round(build, 2),
            "indexed": indexed,
            "index_rss_mb": round(index_mb),
            "verify_p50_ms": round(statistics.median(verify_ms), 2),
            "verify_p99_ms": round(percentile(verify_ms, 0.99), 2),
            "fetch_p50_ms": round(statistics.median(fetch_ms), 3),
            "verdicts": verdicts,
        }
    finally:
        service.close()


def index_memory(size: int, seed: int = 7) -> dict:
    """Resident memory the matching index of `size` corpus quotes keeps (the input texts freed)."""
    from benchmarks.corpus import iter_quotes
    from service.core.index import QuoteIndex

    texts = [(q.id + 1, q.text) for q in iter_quotes(size, seed)]
    gc.collect()
    before = rss_mb()
    started = time.perf_counter()
    index = QuoteIndex()
    index.add_many(texts)
    index.search(texts[0][1], limit=5)  # any pending part merged
    build = time.perf_counter() - started
    del texts
    gc.collect()
    kept = rss_mb() - before
    return {"quotes": size, "index_build_seconds": round(build, 1), "index_rss_mb": round(kept),
            "mib_per_million": round(kept * 1_000_000 / size)}


def run(sizes: list[int], database: str | None, count: int = 500, seed: int = 7) -> list[dict]:
    """Measure each size on SQLite and, when a database url is given, on PostgreSQL."""
    from benchmarks.corpus import iter_quotes
    from service.core.models import QuoteRecord

    results = []
    for size in sizes:
        corpus = list(iter_quotes(size, seed))
        records = [QuoteRecord(text=q.text, speaker=q.speaker, date=q.date) for q in corpus]
        submissions = queries(size, count, seed, [q.text for q in corpus], [q.speaker for q in corpus])
        del corpus
        with tempfile.TemporaryDirectory(prefix="quotecheck-stores-") as folder:
            row = measure(os.path.join(folder, "bench.sqlite3"), records, submissions)
            results.append({"store": "sqlite", **row})
            print(_line(results[-1]), flush=True)
        if database:
            with postgres_schema(database) as url:
                row = measure(url, records, submissions)
            results.append({"store": "postgresql", **row})
            print(_line(results[-1]), flush=True)
    return results


def _line(r: dict) -> str:
    """One readable result line."""
    return (f"{r['store']:<10} {r['quotes']:>9,} quotes  ingest {r['ingest_per_second']:>7,}/s  "
            f"texts streamed {r['stream_texts_seconds']:>5}s  index built {r['index_build_seconds']:>5}s "
            f"(+{r['index_rss_mb']} MiB)  verify p50 {r['verify_p50_ms']} ms p99 {r['verify_p99_ms']} ms  "
            f"fetch p50 {r['fetch_p50_ms']} ms")


def main(argv=None) -> int:
    """Parse options, run the comparison and print one line (or JSON) per store and size."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stores", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated corpus sizes")
    parser.add_argument("--database", default=os.environ.get("QUOTECHECK_BENCH_POSTGRES"),
                        help="postgresql:// url of a database to benchmark in (a schema is created and dropped)")
    parser.add_argument("--queries", type=int, default=500, help="verify calls timed per store and size")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the measurements as JSON")
    parser.add_argument("--index-memory", type=int, metavar="N",
                        help="only measure the index memory of N quotes (no store) and stop")
    args = parser.parse_args(argv)
    if args.index_memory:
        r = index_memory(args.index_memory, args.seed)
        print(f"{r['quotes']:,} quotes: index built in {r['index_build_seconds']}s, keeps {r['index_rss_mb']} MiB "
              f"({r['mib_per_million']} MiB per million quotes)")
        return 0
    if args.database and not is_postgres_url(args.database):
        parser.error("--database must be a postgresql:// url (SQLite is always measured in a temporary file)")
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    results = run(sizes, args.database, args.queries, args.seed)
    if args.json:
        print(json.dumps(results, indent=2))
    by_size: dict[int, dict[str, dict]] = {}
    for r in results:
        by_size.setdefault(r["quotes"], {})[r["store"]] = r
    for size, stores in by_size.items():
        if {"sqlite", "postgresql"} <= set(stores):
            ratio = stores["postgresql"]["verify_p50_ms"] / stores["sqlite"]["verify_p50_ms"]
            print(f"{size:,} quotes: PostgreSQL verify p50 is {ratio:.2f}x SQLite's")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
