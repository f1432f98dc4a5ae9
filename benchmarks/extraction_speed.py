"""Extraction speed against a baseline checkout: the two extractors take turns in one process, in both load orders.

    python -m benchmarks.extraction --speed-against /path/to/other/checkout [--rounds 1] [--split train]
    python -m benchmarks.extraction_speed /path/to/other/checkout [--rounds 1] [--split train]

Both checkouts' `service` packages are loaded under names of their own (their core imports are relative, so each
runs as it would on its own). Each extractor first reads 20 texts of another split, so that word lists are
loaded while the timed texts stay new to both (as an ingested article is); then the two take turns over the
split's texts in batches of 20, which goes first alternating, and CPU time (`time.process_time`, garbage
collection included) is summed per extractor; each batch's time ends with a full collection, so that an
extractor that defers the collector's work pays for it in its own batch, not in the other's. `--rounds` more
than 1 reads the texts again, with warm caches.

Taking turns in one process is what makes the figure steady: timed in processes one after the other, the same
extractor reads anywhere from 15 to 23 ms per 10 KB as the shared machine drifts. But which package a process
loads first, and which of the two it times as its own, each move the ratio by a few per cent (the same code read
about 7% slower in the role of "this checkout"), so the measurement runs in four fresh processes: both load orders,
each with the roles as given and swapped. The ratio reported (this checkout over the baseline) is the geometric
mean of the four. (The two extractors
also share the process's collector of garbage, so a saving in long-lived objects shows only in part.) A baseline
is made with `git worktree add /tmp/base <commit>` or `git archive <commit> | tar -x -C /tmp/base`.
"""
from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import math
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# (As benchmarks.extraction has it, without importing it: that would load this checkout's `service` a second
# time, as the plain package, beside the copy timed, and the host of the run then read several per cent faster.)
EVAL_DIR = Path(os.environ.get("QUOTECHECK_EVAL_DIR") or ROOT.parent / "shared" / "eval")

BATCH = 20
Extractor = Callable[[str], Any]


def load_extractor(checkout: Path, name: str) -> Extractor:
    """The extract_quotes of a checkout, its `service` package loaded under `name`."""
    package = checkout / "service"
    spec = importlib.util.spec_from_file_location(name, package / "__init__.py",
                                                  submodule_search_locations=[str(package)])
    if spec is None or spec.loader is None or not (package / "__init__.py").exists():
        raise FileNotFoundError(f"no service package in {checkout}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    for layout in (".core.extraction", ".core.extract"):  # (its layout may be older)
        try:
            return importlib.import_module(name + layout).extract_quotes
        except ModuleNotFoundError:
            continue
    raise FileNotFoundError(f"no extractor in {checkout}")


def split_texts(split: str) -> list[str]:
    """The texts of a PolNeAR split, in file order."""
    folder = EVAL_DIR / "polnear-dev" / split / "text"
    return [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]


def paired_cpu(texts: list[str], ours: Extractor, theirs: Extractor, rounds: int) -> tuple[float, float]:
    """CPU seconds per round of each extractor over the texts, taking turns batch by batch."""
    spent = [0.0, 0.0]
    pair = ((0, ours), (1, theirs))
    for number in range(rounds):
        for start in range(0, len(texts), BATCH):
            batch = texts[start:start + BATCH]
            for which, extract in pair if (start // BATCH + number) % 2 == 0 else pair[::-1]:
                began = time.process_time()
                for text in batch:
                    extract(text)
                gc.collect()  # each pays for collecting what its batch left, not the other's batch
                spent[which] += time.process_time() - began
    return spent[0] / rounds, spent[1] / rounds


def one_order(baseline: Path, ours_first: bool, split: str, rounds: int, this: Path = ROOT) -> tuple[float, float]:
    """(this checkout's, the baseline's) CPU seconds per round, both loaded in this process in the order given."""
    order = [(this, "service_this"), (baseline, "service_baseline")]
    loaded = {name: load_extractor(path, name) for path, name in (order if ours_first else order[::-1])}
    ours, theirs = loaded["service_this"], loaded["service_baseline"]
    for text in split_texts("dev" if split != "dev" else "train")[:BATCH]:  # (word lists loaded, caches cold)
        ours(text)
        theirs(text)
    return paired_cpu(split_texts(split), ours, theirs, rounds)


def in_child(baseline: Path, ours_first: bool, split: str, rounds: int, this: Path = ROOT) -> tuple[float, float]:
    """`one_order` run in a fresh process."""
    done = subprocess.run([sys.executable, "-m", "benchmarks.extraction_speed", str(baseline), "--split", split,
                           "--rounds", str(rounds), "--child", "ours-first" if ours_first else "theirs-first",
                           "--this", str(this)],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed")
    ours, theirs = done.stdout.split()
    return float(ours), float(theirs)


def main(argv: list[str] | None = None) -> int:
    """Command line: print both extractors' CPU time per 10 KB and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("baseline", type=Path, help="the other checkout (its folder holds service/)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--split", default="train")
    parser.add_argument("--child", choices=("ours-first", "theirs-first"), help=argparse.SUPPRESS)
    parser.add_argument("--this", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    texts = split_texts(args.split)
    if not texts:
        print(f"no texts for the split {args.split!r} in {EVAL_DIR / 'polnear-dev'}", file=sys.stderr)
        return 2
    try:
        if args.child:
            print(*one_order(args.baseline, args.child == "ours-first", args.split, args.rounds, args.this))
            return 0
        load_extractor(args.baseline, "service_baseline")  # (a clear error here, not from a child)
        # Both orders of loading, each with the checkouts' roles as given and swapped (which one the process
        # calls its own moved the ratio by several per cent).
        results = [in_child(args.baseline, first, args.split, args.rounds) for first in (True, False)]
        swapped = [in_child(ROOT, first, args.split, args.rounds, this=args.baseline) for first in (True, False)]
        results += [(theirs, ours) for ours, theirs in swapped]
    except (FileNotFoundError, ImportError, RuntimeError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    per_10kb = sum(map(len, texts)) / 10_000
    orders = ("this checkout loaded first", "baseline loaded first", "roles swapped, baseline loaded first",
              "roles swapped, this checkout loaded first")
    for order, (ours, theirs) in zip(orders, results):
        print(f"{order}: this checkout {1000 * ours / per_10kb:.2f} ms CPU per 10 KB, baseline "
              f"{1000 * theirs / per_10kb:.2f} ms; ratio {ours / theirs:.3f}")
    ratio = math.prod(ours / theirs for ours, theirs in results) ** (1 / len(results))
    print(f"{len(texts)} texts, {args.rounds} round(s) in each of {len(results)} runs: ratio {ratio:.3f} "
          "(geometric mean)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
