"""Matching benchmark: how fast and how well a perturbed quote is found among N quotes.

For each corpus size it measures the in-process verify (`QuoteIndex.search` for candidates, then
`service.core.align.align` on each, best score wins): build rate, snapshot size and load time,
memory, latency per perturbation kind and for text that matches nothing, top-1 recall, the
false-match rate on invented sentences, and incremental adds. Exhaustive rapidfuzz over a subset
of the same corpus gives the baseline for recall and speed.

Run it as `quotecheck bench matching --sizes 10000,100000,1000000` or
`python -m benchmarks.matching --sizes 10000,100000,1000000`.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.corpus import (
    ADDED_STREAM,
    PERTURBATIONS,
    QUERY_STREAM,
    Vocabulary,
    invented_sentence,
    iter_quotes,
    perturb,
)
from service.core import align as align_module
from service.core.index import QuoteIndex

KINDS = PERTURBATIONS + ("nomatch",)
CANDIDATES = 10
BURST_ADDS = 20_000
DOC_SECTION = "## Matching"


def match_threshold() -> float:
    """The align score from which a candidate counts as a match (the service's, or 60)."""
    return float(getattr(align_module, "MATCH_THRESHOLD", 60))


def memory_mb() -> tuple[float, float]:
    """Return (current, peak) resident memory of this process in MB."""
    current = peak = 0.0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                current = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    except OSError:
        import resource
        peak = current = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return current, peak


def make_queries(texts: list[str], speakers: list[str], kind: str, count: int, seed: int,
                 vocabulary: Vocabulary, population: int) -> list[tuple[int | None, str]]:
    """Draw `count` (expected quote id or None, submission) pairs of one kind."""
    rng = np.random.default_rng([QUERY_STREAM, seed, KINDS.index(kind), population])
    queries: list[tuple[int | None, str]] = []
    for _ in range(count):
        if kind == "nomatch":
            queries.append((None, invented_sentence(rng, vocabulary)))
        else:
            i = int(rng.integers(population))
            queries.append((i, perturb(kind, texts[i], rng, vocabulary, speakers[i])))
    return queries


def percentile_ms(samples: list[float], q: float) -> float:
    """A latency percentile in milliseconds."""
    return float(np.percentile(samples, q) * 1000) if samples else 0.0


def measure_queries(index: QuoteIndex, texts: list[str], queries, threshold: float) -> dict:
    """Time verify over queries; return latency, recall@1, candidate recall and false matches."""
    verify_times, search_times, cpu_times = [], [], []
    hits = candidate_hits = false_matches = 0
    for expected, claim in queries:
        cpu_started = time.thread_time()
        started = time.perf_counter()
        candidates = index.search(claim, limit=CANDIDATES)
        searched = time.perf_counter()
        best_id, best_score = None, -1.0
        for quote_id, _ in candidates:
            alignment = align_module.align(claim, texts[quote_id], whole_claim=True)
            # The service's own rule decides what is a match at all (else: not_found).
            if alignment is not None and align_module.is_close(alignment) and alignment.score > best_score:
                best_id, best_score = quote_id, alignment.score
        finished = time.perf_counter()
        cpu_times.append(time.thread_time() - cpu_started)
        search_times.append(searched - started)
        verify_times.append(finished - started)
        if expected is None:
            false_matches += best_id is not None
        else:
            hits += best_id == expected
            candidate_hits += any(qid == expected for qid, _ in candidates)
    n = max(1, len(queries))
    return {"p50_ms": percentile_ms(verify_times, 50), "p99_ms": percentile_ms(verify_times, 99),
            "cpu_p50_ms": percentile_ms(cpu_times, 50), "cpu_p99_ms": percentile_ms(cpu_times, 99),
            "search_p50_ms": percentile_ms(search_times, 50), "search_p99_ms": percentile_ms(search_times, 99),
            "recall_at_1": hits / n, "candidate_recall": candidate_hits / n,
            "false_match_rate": false_matches / n, "queries": len(queries)}


def measure_exhaustive(texts: list[str], queries, threshold: float) -> dict:
    """Exhaustive rapidfuzz (`process.extractOne`, token_set_ratio) over all of `texts`."""
    from rapidfuzz import fuzz, process, utils

    prepared = [utils.default_process(t) for t in texts]
    times, hits, false_matches = [], 0, 0
    for expected, claim in queries:
        started = time.perf_counter()
        best = process.extractOne(utils.default_process(claim), prepared, scorer=fuzz.token_set_ratio,
                                  processor=None)
        times.append(time.perf_counter() - started)
        if expected is None:
            false_matches += best is not None and best[1] >= threshold
        else:
            hits += best is not None and best[2] == expected
    n = max(1, len(queries))
    return {"p50_ms": percentile_ms(times, 50), "recall_at_1": hits / n, "false_match_rate": false_matches / n}


def measure_incremental(index: QuoteIndex, vocabulary: Vocabulary, seed: int, first_id: int, count: int) -> dict:
    """Add quotes one by one and check each is found at once; then remove them and check they are gone."""
    rng = np.random.default_rng([ADDED_STREAM, seed])
    added = [(first_id + i, vocabulary.sentence(rng)) for i in range(count)]
    times, found = [], 0
    for quote_id, text in added:
        started = time.perf_counter()
        index.add(quote_id, text)
        times.append(time.perf_counter() - started)
        results = index.search(text, limit=1)
        found += bool(results) and results[0][0] == quote_id
    gone = 0
    for quote_id, text in added:
        index.remove(quote_id)
        gone += all(qid != quote_id for qid, _ in index.search(text, limit=CANDIDATES))
    return {"add_p50_ms": percentile_ms(times, 50), "add_max_ms": max(times) * 1000 if times else 0.0,
            "found_after_add": found / max(1, count), "gone_after_remove": gone / max(1, count)}


def measure_burst(index: QuoteIndex, texts: list[str], vocabulary: Vocabulary, seed: int, first_id: int,
                  count: int) -> dict:
    """Add `count` quotes one by one on a writer thread while this thread searches without pause.

    Every MERGE_AFTER adds start a merge; the worst single add and search show whether any call
    waited for one. Afterwards every added quote must be findable.
    """
    import threading

    from service.core import index as index_module

    rng = np.random.default_rng([ADDED_STREAM, seed, 1])
    added = [(first_id + i, vocabulary.sentence(rng)) for i in range(count)]
    add_times: list[float] = []
    base_before = index._base

    def write() -> None:
        for quote_id, text in added:
            started = time.perf_counter()
            index.add(quote_id, text)
            add_times.append(time.perf_counter() - started)

    writer = threading.Thread(target=write)
    search_times: list[float] = []
    writer.start()
    i = 0
    while writer.is_alive():
        claim = texts[(i * 7919) % len(texts)]
        started = time.perf_counter()
        index.search(claim, limit=CANDIDATES)
        search_times.append(time.perf_counter() - started)
        i += 1
    writer.join()
    merged_during = index._base is not base_before
    index.flush()
    sample = added[:: max(1, count // 200)]
    found = sum(bool(r) and r[0][0] == qid for qid, text in sample for r in [index.search(text, limit=1)])
    return {"adds": count, "merge_after": index_module.MERGE_AFTER, "merged_during_burst": merged_during,
            "add_p99_ms": percentile_ms(add_times, 99), "add_max_ms": max(add_times) * 1000,
            "searches": len(search_times), "search_p99_ms": percentile_ms(search_times, 99),
            "search_max_ms": max(search_times, default=0.0) * 1000, "found_after_burst": found / len(sample)}


def run(sizes: list[int], queries: int = 1000, seed: int = 7, exhaustive_subset: int = 20000,
        out=sys.stdout, burst_adds: int = BURST_ADDS) -> dict:
    """Run the matching benchmark for each corpus size; print a report and return the figures."""
    threshold = match_threshold()
    vocabulary = Vocabulary(seed)
    sizes = sorted(set(sizes))
    results: dict = {"sizes": {}, "threshold": threshold, "queries": queries, "seed": seed}
    print(f"matching benchmark: sizes {sizes}, {queries} queries per kind, seed {seed}, "
          f"match threshold {threshold:g}, python {platform.python_version()}", file=out)

    texts: list[str] = []
    speakers: list[str] = []
    generator = iter_quotes(max(sizes), seed, vocabulary)

    def grow(n: int) -> None:
        """Extend the corpus (the same quotes every time: the corpus is prefix-stable)."""
        while len(texts) < n:
            quote = next(generator)
            texts.append(quote.text)
            speakers.append(quote.speaker)

    for size in sizes:
        grow(size)
        gc.collect()
        index = QuoteIndex()
        started = time.perf_counter()
        index.add_many(enumerate(texts[:size]))
        index.search("warm up", limit=1)  # the bulk merge happens before the first search
        build_s = time.perf_counter() - started
        with tempfile.TemporaryDirectory(prefix="quotecheck-bench-") as folder:
            path = os.path.join(folder, "index.snapshot")
            started = time.perf_counter()
            index.save(path, watermark=size)
            save_s = time.perf_counter() - started
            snapshot_mb = os.path.getsize(path) / 2**20
            del index
            gc.collect()
            started = time.perf_counter()
            index, watermark = QuoteIndex.load(path)
            load_s = time.perf_counter() - started
        assert watermark == size and len(index) == size
        gc.collect()
        rss_mb, peak_mb = memory_mb()
        row: dict[str, Any] = {
               "build_rate": size / build_s, "build_s": build_s, "save_s": save_s, "snapshot_mb": snapshot_mb,
               "load_s": load_s, "rss_mb": rss_mb, "peak_rss_mb": peak_mb, "index_mb": index.nbytes() / 2**20,
               "kinds": {}}
        print(f"\n{size:,} quotes: build {row['build_rate']:,.0f} quotes/s ({build_s:.1f} s), "
              f"snapshot {snapshot_mb:.0f} MB saved in {save_s:.1f} s, loaded in {load_s:.2f} s, "
              f"index {row['index_mb']:.0f} MB, RSS {rss_mb:.0f} MB (peak {peak_mb:.0f} MB)", file=out)
        print(f"  {'kind':<10} {'p50 ms':>7} {'p99 ms':>7} {'cpu p50':>7} {'cpu p99':>7} {'search p50':>10} "
              f"{'recall@1':>9} {'cand@10':>8} {'false':>6}", file=out)
        for kind in KINDS:
            batch = make_queries(texts, speakers, kind, queries, seed, vocabulary, size)
            figures = measure_queries(index, texts, batch, threshold)
            row["kinds"][kind] = figures
            print(f"  {kind:<10} {figures['p50_ms']:7.2f} {figures['p99_ms']:7.2f} {figures['cpu_p50_ms']:7.2f} "
                  f"{figures['cpu_p99_ms']:7.2f} {figures['search_p50_ms']:10.2f} {figures['recall_at_1']:9.4f} "
                  f"{figures['candidate_recall']:8.4f} {figures['false_match_rate']:6.3f}", file=out)
        perturbed = [row["kinds"][k] for k in PERTURBATIONS]
        row["recall_at_1"] = sum(f["recall_at_1"] for f in perturbed) / len(perturbed)
        row["p50_ms"] = max(f["p50_ms"] for f in row["kinds"].values())
        row["p99_ms"] = max(f["p99_ms"] for f in row["kinds"].values())
        row["load_average"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
        print(f"  machine load average (1 min): {row['load_average']:.1f}", file=out)
        row["incremental"] = measure_incremental(index, vocabulary, seed, size, min(1000, queries))
        inc = row["incremental"]
        print(f"  incremental add: p50 {inc['add_p50_ms']:.2f} ms, max {inc['add_max_ms']:.0f} ms, "
              f"found right after add {inc['found_after_add']:.3f}, gone after remove {inc['gone_after_remove']:.3f}",
              file=out)
        if size == max(sizes):
            row["burst"] = measure_burst(index, texts[:size], vocabulary, seed, size + 10_000_000, burst_adds)
            burst = row["burst"]
            print(f"  burst of {burst['adds']:,} adds (merge every {burst['merge_after']:,}) with searches running: "
                  f"add p99 {burst['add_p99_ms']:.2f} ms, max {burst['add_max_ms']:.1f} ms; "
                  f"{burst['searches']:,} searches p99 {burst['search_p99_ms']:.2f} ms, "
                  f"max {burst['search_max_ms']:.1f} ms; found after burst {burst['found_after_burst']:.3f}",
                  file=out)
        results["sizes"][size] = row
        del index
        gc.collect()

    subset = min(exhaustive_subset, max(sizes))
    if subset:
        grow(subset)
        count = max(1, min(queries, 200))
        index = QuoteIndex()
        index.add_many(enumerate(texts[:subset]))
        baseline: dict[str, Any] = {"subset": subset, "queries": count, "kinds": {}}
        print(f"\nexhaustive rapidfuzz (extractOne, token_set_ratio) vs index on the first {subset:,} quotes, "
              f"{count} queries per kind:", file=out)
        print(f"  {'kind':<10} {'exh. p50 ms':>11} {'exh. recall@1':>13} {'index recall@1':>14} "
              f"{'index p50 ms':>12} {'exh. false':>10} {'index false':>11}", file=out)
        for kind in KINDS:
            batch = make_queries(texts, speakers, kind, count, seed + 1, vocabulary, subset)
            exhaustive = measure_exhaustive(texts[:subset], batch, threshold)
            ours = measure_queries(index, texts, batch, threshold)
            baseline["kinds"][kind] = {"exhaustive": exhaustive, "index": ours}
            print(f"  {kind:<10} {exhaustive['p50_ms']:11.1f} {exhaustive['recall_at_1']:13.4f} "
                  f"{ours['recall_at_1']:14.4f} {ours['p50_ms']:12.2f} {exhaustive['false_match_rate']:10.3f} "
                  f"{ours['false_match_rate']:11.3f}", file=out)
        per_quote = np.median([k["exhaustive"]["p50_ms"] for k in baseline["kinds"].values()]) / subset
        baseline["ms_per_quote"] = float(per_quote)
        results["exhaustive"] = baseline
        print("  speed-up of verify over exhaustive rapidfuzz at the same size (exhaustive time scales "
              "linearly; extrapolated from the subset):", file=out)
        for size, row in results["sizes"].items():
            exhaustive_ms = per_quote * size
            median_p50 = float(np.median([f["p50_ms"] for f in row["kinds"].values()]))
            row["exhaustive_ms"] = exhaustive_ms
            row["speedup"] = exhaustive_ms / max(median_p50, 1e-6)
            print(f"    {size:>10,} quotes: exhaustive ~{exhaustive_ms:,.0f} ms, verify p50 {median_p50:.2f} ms, "
                  f"x{row['speedup']:,.0f}", file=out)
    return results


def markdown(results: dict, command: str) -> str:
    """Render the figures as the "## Matching" section of docs/BENCHMARKS.md."""
    lines = [DOC_SECTION, "",
             "In-process verify = `QuoteIndex.search(text, limit=10)` + `align()` of each candidate; the best "
             "align score among the candidates the service's `is_close` rule accepts wins (none: not_found); one "
             "process pinned to one core. Corpus: `benchmarks/corpus.py` (fixed seed, 20-60-word "
             "sentences from a 60,000-word vocabulary with Zipf-like frequencies). Perturbations: `replace2` (two "
             "words replaced), `drop1` (one word dropped), `middle60` (the middle 60% only), `stripped` (lower "
             "case, no punctuation), `paragraph` (the quote inside a paragraph of other sentences), `combined` (all "
             "of replace2, drop1, middle60 and stripped at once); `nomatch` are invented sentences of corpus "
             "vocabulary (a false match is one `is_close` accepts; the exhaustive baseline counts a "
             f"token_set_ratio >= {results['threshold']:g}).", "",
             "Command:", "", "```", command, "```", "", f"Machine: {platform.machine()}, "
             f"{os.cpu_count()} cores, Python {platform.python_version()}; {results['queries']} queries per kind.", "",
             "| quotes | build (quotes/s) | snapshot | start-up (load) | index arrays | RSS | search p50 (median "
             "kind) | verify p50 / p99 ms (worst kind) | recall@1 (mean of kinds) | false matches | add p50 | "
             "speed-up vs exhaustive |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for size, row in results["sizes"].items():
        inc = row["incremental"]
        lines.append(
            f"| {size:,} | {row['build_rate']:,.0f} | {row['snapshot_mb']:.0f} MB | {row['load_s']:.2f} s | "
            f"{row['index_mb']:.0f} MB | {row['rss_mb']:.0f} MB (peak {row['peak_rss_mb']:.0f}) | "
            f"{np.median([f['search_p50_ms'] for f in row['kinds'].values()]):.2f} ms | "
            f"{row['p50_ms']:.2f} / {row['p99_ms']:.2f} | "
            f"{row['recall_at_1']:.4f} | {row['kinds']['nomatch']['false_match_rate']:.3f} | "
            f"{inc['add_p50_ms']:.2f} ms | x{row.get('speedup', 0):,.0f} |")
    loads = ", ".join(f"{row.get('load_average', 0):.1f}" for row in results["sizes"].values())
    lines += ["", f"Load average of the machine while measuring (1 min, per size): {loads}. Wall-clock latency "
              "includes waiting for the core when other processes compete for it; the CPU columns do not."]
    lines += ["", "RSS is the benchmark process after loading the snapshot: it also holds the corpus texts "
              "(the service keeps those in its database); \"index arrays\" is the index's own numpy data. "
              "Peak RSS includes the bulk build."]
    sizes = sorted(results["sizes"])
    for size, row in results["sizes"].items():
        if "burst" in row:
            burst = row["burst"]
            lines += ["", f"Write burst at {size:,} quotes: {burst['adds']:,} single `add` calls on one thread while "
                      f"another searches without pause ({burst['searches']:,} searches); a merge starts every "
                      f"{burst['merge_after']:,} adds and runs in the background:", "",
                      "| call | p99 ms | max ms |", "|---|---:|---:|",
                      f"| add | {burst['add_p99_ms']:.2f} | {burst['add_max_ms']:.1f} |",
                      f"| search | {burst['search_p99_ms']:.2f} | {burst['search_max_ms']:.1f} |", "",
                      f"Found right after the burst (sample): {burst['found_after_burst']:.3f}."]
    for size in [s for s in sizes if s >= 1_000_000] or sizes[-1:]:
        lines += _kind_table(size, results["sizes"][size])
    if "exhaustive" in results:
        base = results["exhaustive"]
        lines += ["", f"Exhaustive rapidfuzz (`process.extractOne`, `fuzz.token_set_ratio`) on the first "
                  f"{base['subset']:,} quotes, {base['queries']} queries per kind, against the index over the same "
                  "quotes:", "",
                  "| kind | exhaustive p50 ms | exhaustive recall@1 | index recall@1 | exhaustive false "
                  "| index false |",
                  "|---|---:|---:|---:|---:|---:|"]
        for kind, pair in base["kinds"].items():
            e, i = pair["exhaustive"], pair["index"]
            lines.append(f"| {kind} | {e['p50_ms']:.1f} | {e['recall_at_1']:.4f} | {i['recall_at_1']:.4f} | "
                         f"{e['false_match_rate']:.3f} | {i['false_match_rate']:.3f} |")
    return "\n".join(lines) + "\n"


def _kind_table(size: int, row: dict) -> list[str]:
    """Markdown lines of the per-kind figures at one corpus size."""
    lines = ["", f"Per kind at {size:,} quotes (verify = search + align; search alone in its own columns):", "",
             "| kind | p50 ms | p99 ms | CPU p50 ms | CPU p99 ms | search p50 ms | search p99 ms | recall@1 | "
             "candidates@10 | false matches |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for kind, f in row["kinds"].items():
        lines.append(f"| {kind} | {f['p50_ms']:.2f} | {f['p99_ms']:.2f} | {f['cpu_p50_ms']:.2f} | "
                     f"{f['cpu_p99_ms']:.2f} | {f['search_p50_ms']:.2f} | "
                     f"{f['search_p99_ms']:.2f} | {f['recall_at_1']:.4f} | {f['candidate_recall']:.4f} | "
                     f"{f['false_match_rate']:.3f} |")
    return lines


def write_section(path: Path, section: str) -> None:
    """Replace (or append) the "## Matching" section of a markdown file, leaving other sections alone."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    start = text.find(DOC_SECTION + "\n")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(DOC_SECTION))
        rest = "\n" + text[end + 1:] if end >= 0 else ""
        text = text[:start] + section + rest
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point (`quotecheck bench matching ...`)."""
    parser = argparse.ArgumentParser(prog="quotecheck bench matching", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000",
                        help="comma-separated corpus sizes (default: %(default)s)")
    parser.add_argument("--queries", type=int, default=1000, help="queries per kind (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=7, help="corpus and query seed (default: %(default)s)")
    parser.add_argument("--exhaustive-subset", type=int, default=20000,
                        help="quotes for the exhaustive rapidfuzz baseline; 0 skips it (default: %(default)s)")
    parser.add_argument("--all-cores", action="store_true", help="do not pin the process to one core")
    parser.add_argument("--write-doc", metavar="PATH",
                        help="also write the figures as the '## Matching' section of this markdown file")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error("--sizes takes comma-separated integers")
    if not sizes or min(sizes) < 1 or args.queries < 1:
        parser.error("sizes and --queries must be positive")
    if not args.all_cores and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    results = run(sizes, queries=args.queries, seed=args.seed, exhaustive_subset=args.exhaustive_subset)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    if args.write_doc:
        command = "quotecheck bench matching " + " ".join(argv if argv is not None else sys.argv[1:])
        write_section(Path(args.write_doc), markdown(results, command.strip()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
