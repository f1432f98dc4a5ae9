"""The extractor's whole output on fixed texts, kept as a file, so a change that should alter nothing shows none.

    python -m benchmarks.snapshot --write     # record the output (benchmarks/snapshots/extraction.jsonl.gz)
    python -m benchmarks.snapshot             # compare today's output with the record; exit 1 on a difference

The texts: the seed article, the newsroom set's development halves a and b (never the held-out half c, so that
its articles stay out of every recorded output), and PolNeAR dev and train when `shared/eval` is present (or
QUOTECHECK_EVAL_DIR). Each line of the record is one article: its name and every field of every quote extracted.
"""
from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.extraction import EVAL_DIR  # noqa: E402
from benchmarks.extraction_newsroom import DEVELOPMENT_HALVES, load_articles  # noqa: E402
from service.core.extraction import extract_quotes  # noqa: E402

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "extraction.jsonl.gz"
SEED = ROOT / "seeds" / "2022-01-28-us-nato-respond-to-russian-demands.txt"


def texts(eval_dir: Path = EVAL_DIR) -> Iterator[tuple[str, str, str | None, str | None]]:
    """(name, text, published, author) of every text the snapshot covers, in a fixed order."""
    yield "seed", SEED.read_text(encoding="utf-8"), "2022-01-28", None
    for article in load_articles(half=None):  # the development halves a and b only
        assert article.half in DEVELOPMENT_HALVES
        yield f"newsroom/{article.id}", article.text, None, None
    data = eval_dir / "polnear-dev"
    if not data.is_dir():
        return
    meta = {}
    for line in (data / "metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        meta[cols[1]] = cols
    for split in ("dev", "train"):
        for path in sorted((data / split / "text").glob("*.txt")):
            published, author = ((meta.get(path.stem) or [""] * 8)[5:7] + [""])[:2]
            yield f"{split}/{path.stem}", path.read_text(encoding="utf-8"), published or None, author or None


def record(name: str, text: str, published: str | None, author: str | None) -> dict:
    """One article's line: every field of every quote, as JSON."""
    quotes = [dataclasses.asdict(q) for q in extract_quotes(text, published, author=author)]
    return {"name": name, "quotes": json.loads(json.dumps(quotes))}


def load(path: Path = SNAPSHOT) -> dict[str, list]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {line["name"]: line["quotes"] for line in map(json.loads, f)}


def differences(saved: dict[str, list], eval_dir: Path = EVAL_DIR) -> list[str]:
    """A line per article whose output differs from the record (or is missing from it), quote by quote."""
    out = []
    for name, text, published, author in texts(eval_dir):
        now = record(name, text, published, author)["quotes"]
        before = saved.pop(name, None)
        if before is None:
            out.append(f"{name}: not in the record")
        elif now != before:
            for i in range(max(len(now), len(before))):
                a = before[i] if i < len(before) else None
                b = now[i] if i < len(now) else None
                if a != b:
                    out.append(f"{name} quote {i}:\n  was {json.dumps(a, ensure_ascii=False)}\n"
                               f"  now {json.dumps(b, ensure_ascii=False)}")
    polnear = (eval_dir / "polnear-dev").is_dir()
    out += [f"{name}: in the record, not among the texts" for name in saved
            if polnear or not name.startswith(("dev/", "train/"))]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="record today's output")
    parser.add_argument("--path", type=Path, default=SNAPSHOT)
    args = parser.parse_args(argv)
    if args.write:
        args.path.parent.mkdir(parents=True, exist_ok=True)
        lines = [json.dumps(record(*t), ensure_ascii=False, sort_keys=True) for t in texts()]
        # (mtime 0: the same output makes the same file.)
        with open(args.path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as f:
            f.write(("\n".join(lines) + "\n").encode("utf-8"))
        print(f"recorded {len(lines)} articles in {args.path}")
        return 0
    saved = load(args.path)
    total = len(saved)
    diff = differences(saved)
    print("\n".join(diff) if diff else f"no difference in {total} articles")
    return 1 if diff else 0


if __name__ == "__main__":
    raise SystemExit(main())
