"""Extraction speed against a baseline checkout, measured in one process so that the machine's drift cancels.

    python -m benchmarks.extraction --speed-against /path/to/other/checkout [--rounds 3]
    python -m benchmarks.extraction_speed /path/to/other/checkout [--rounds 3]

The other checkout's `service` package is loaded under another name beside this one (its core imports are
relative, so it runs as it would on its own), and the two extractors take turns over PolNeAR train in batches
of 20 texts, which of them goes first alternating; CPU time (`time.process_time`) is summed per extractor. The
result is each one's milliseconds per 10 KB of text and their ratio (this checkout over the baseline). A
baseline made with `git worktree add /tmp/base <commit>` or `git archive <commit> | tar -x -C /tmp/base`.
"""
from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.extraction import EVAL_DIR  # noqa: E402
from service.core.extraction import extract_quotes  # noqa: E402

BATCH = 20
Extractor = Callable[[str], Any]


def baseline_extractor(checkout: Path) -> Extractor:
    """The extract_quotes of another checkout, its package loaded as `service_baseline`."""
    package = checkout / "service"
    spec = importlib.util.spec_from_file_location("service_baseline", package / "__init__.py",
                                                  submodule_search_locations=[str(package)])
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"no service package in {checkout}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["service_baseline"] = module
    spec.loader.exec_module(module)
    for name in ("service_baseline.core.extraction", "service_baseline.core.extract"):  # (its layout may be older)
        try:
            return importlib.import_module(name).extract_quotes
        except ModuleNotFoundError:
            continue
    raise FileNotFoundError(f"no extractor in {checkout}")


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
                spent[which] += time.process_time() - began
    return spent[0] / rounds, spent[1] / rounds


def main(argv: list[str] | None = None) -> int:
    """Command line: print both extractors' CPU time per 10 KB and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("baseline", type=Path, help="the other checkout (its folder holds service/)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--split", default="train")
    args = parser.parse_args(argv)
    folder = EVAL_DIR / "polnear-dev" / args.split / "text"
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    if not texts:
        print(f"no texts in {folder}", file=sys.stderr)
        return 2
    try:
        theirs = baseline_extractor(args.baseline)
    except (FileNotFoundError, ImportError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    for text in texts[:BATCH]:  # (caches and word lists loaded before the clock runs)
        extract_quotes(text)
        theirs(text)
    ours_s, theirs_s = paired_cpu(texts, extract_quotes, theirs, args.rounds)
    per_10kb = sum(map(len, texts)) / 10_000
    print(f"{len(texts)} texts, {args.rounds} rounds: this checkout {1000 * ours_s / per_10kb:.2f} ms CPU per 10 KB, "
          f"baseline {1000 * theirs_s / per_10kb:.2f} ms; ratio {ours_s / theirs_s:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
