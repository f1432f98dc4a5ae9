"""Bulk import speed: a Quotebank-shaped file (fixed seed) imported end to end into a fresh store.

Run it as `quotecheck bench import [--lines N] [--plain]` or `python -m benchmarks.importing`.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from service.store import is_postgres_url


def run(lines: int = 1_000_000, seed: int = 1, database: str | None = None, compressed: bool = True,
        batch_size: int | None = None) -> dict:
    """Generate `lines` Quotebank quotes, import them with ingest_paths and return the measurements."""
    from service.ingest import ingest_paths
    from service.ingest.runner import BATCH_SIZE
    from service.ingest.synthetic import write_quotebank_file
    from service.services import QuoteService
    from service.store import open_store

    with tempfile.TemporaryDirectory(prefix="quotecheck-bench-") as folder:
        name = "quotes-2019.json.bz2" if compressed else "quotes-2019.json"
        started = time.perf_counter()
        data = write_quotebank_file(Path(folder) / name, lines, seed)
        generated = time.perf_counter() - started
        target = database or str(Path(folder) / "bench.sqlite3")
        # As `quotecheck ingest` does: no disk sync per batch, one checkpoint (and sync) at the end.
        service = QuoteService(open_store(target, sqlite_synchronous="NORMAL"), snapshot=False)
        if service.store.count_quotes():
            service.close()
            raise SystemExit(f"quotecheck bench import: {target} already holds quotes; give an empty database")
        cpu_before = _cpu_seconds(resource.RUSAGE_SELF), _cpu_seconds(resource.RUSAGE_CHILDREN)
        try:
            summary = ingest_paths(service, [data], out=None, progress=False, batch_size=batch_size or BATCH_SIZE)
            synced = time.perf_counter()
            service.store.checkpoint()
            summary.seconds += time.perf_counter() - synced
            stored = service.store.count_quotes()
        finally:
            service.close()
        cpu = _cpu_seconds(resource.RUSAGE_SELF) - cpu_before[0], _cpu_seconds(resource.RUSAGE_CHILDREN) - cpu_before[1]
        size = data.stat().st_size
    seconds = summary.seconds
    return {
        "lines": lines,
        "records": summary.read,
        "quotes_stored": stored,
        "skipped": summary.skipped,
        "file": name,
        "file_mb": round(size / 2**20, 1),
        "generate_seconds": round(generated, 2),
        "seconds": round(seconds, 2),
        "quotes_per_second": round(lines / seconds, 1) if seconds else None,
        "records_per_second": round(summary.read / seconds, 1) if seconds else None,
        "cpu_seconds": round(cpu[0], 1),
        "parser_cpu_seconds": round(cpu[1], 1),
        "peak_memory_mb": round(_peak_rss_mb(), 1),
        "parser_peak_memory_mb": round(_peak_rss_mb(resource.RUSAGE_CHILDREN), 1),
        "store": "postgresql" if database and is_postgres_url(database) else "sqlite",
    }


def _cpu_seconds(who: int) -> float:
    """CPU time (user and system) used so far by this process, or by its finished children."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory so far, in MiB, of this process or (RUSAGE_CHILDREN) of its largest child.

    Linux reports KiB, macOS bytes. The children are the parsing process and its decompressor.
    """
    peak = resource.getrusage(who).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def main(argv=None) -> int:
    """Parse options, run the benchmark and print the import rate and peak memory."""
    parser = argparse.ArgumentParser(prog="quotecheck bench import", description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000, help="Quotebank quotes to generate and import")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database", help="store to import into (default: a fresh temporary SQLite file)")
    parser.add_argument("--plain", action="store_true", help="an uncompressed file instead of .bz2")
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="print the measurements as JSON")
    args = parser.parse_args(argv)
    database = args.database or os.environ.get("QUOTECHECK_BENCH_DATABASE")
    result = run(args.lines, args.seed, database, not args.plain, args.batch_size)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"imported {result['lines']:,} Quotebank quotes ({result['records']:,} quote-url records, "
              f"{result['file']}, {result['file_mb']} MB) into {result['store']} in {result['seconds']} s: "
              f"{result['quotes_per_second']:,.0f} quotes/s, {result['records_per_second']:,.0f} records/s; "
              f"peak memory {result['peak_memory_mb']} MB (parsing process {result['parser_peak_memory_mb']} MB); "
              f"CPU {result['cpu_seconds']} s (parsing and decompressing processes {result['parser_cpu_seconds']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
