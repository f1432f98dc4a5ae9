"""Start-up time of the service on an existing database: snapshot load against a rebuild.

    python -m benchmarks.startup --database big.db [--rebuild]

Each measurement runs in a fresh process, as a restart would: build the app, load (or build) the
matching index, answer one verify. `--rebuild` also times the same start with the snapshot moved
aside, the baseline the snapshot saves.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

_PROBE = r"""
import json, resource, sys, time
started = time.perf_counter()
from service import create_app
from service.services import VerifyRequest
app = create_app(overrides={"DATABASE": sys.argv[1], "SEEDS": ""})
service = app.extensions["quotecheck"]
built = time.perf_counter()
service.index
ready = time.perf_counter()
text = service.store.get_quotes([service.store.count_quotes() // 2 or 1])
first = service.verify(VerifyRequest(text=text[0].text if text else "nothing at all"))
answered = time.perf_counter()
print(json.dumps({"app_seconds": built - started, "index_seconds": ready - built,
                  "ready_seconds": ready - started, "first_verify_ms": (answered - ready) * 1000,
                  "verdict": first.verdict, "quotes": len(service.index),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(database: str) -> dict:
    """Start the service on a database in a fresh process and return its timings."""
    out = subprocess.run([sys.executable, "-c", _PROBE, database], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    """Print start-up time with the snapshot and, with --rebuild, without it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="an existing SQLite file")
    parser.add_argument("--rebuild", action="store_true", help="also time a start without the snapshot")
    args = parser.parse_args(argv)
    snapshot = os.path.abspath(args.database) + ".index"
    rows = [("snapshot", measure(args.database))]
    if args.rebuild and os.path.exists(snapshot):
        aside = snapshot + ".aside"
        os.replace(snapshot, aside)
        try:
            rows.append(("rebuild", measure(args.database)))
        finally:
            # The rebuild wrote a fresh snapshot; keep the original one.
            os.replace(aside, snapshot)
    print("| start | quotes | app built | index ready | ready in all | first verify | peak RSS |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, r in rows:
        print(f"| {name} | {r['quotes']:,} | {r['app_seconds']:.2f} s | {r['index_seconds']:.2f} s | "
              f"{r['ready_seconds']:.2f} s | {r['first_verify_ms']:.1f} ms | {r['rss_mb']:.0f} MB |")
    if len(rows) == 2:
        print(f"\nthe snapshot starts {rows[1][1]['ready_seconds'] / rows[0][1]['ready_seconds']:.1f}x faster "
              "than a rebuild")
    return 0


if __name__ == "__main__":
    sys.exit(main())
