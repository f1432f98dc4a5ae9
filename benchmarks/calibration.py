"""Calibration of the extractor's confidence: speaker accuracy per attribution class on PolNeAR.

    python -m benchmarks.calibration [--data PATH/TO/polnear] [--train train] [--dev dev] [--write docs/CALIBRATION.md]
    python -m benchmarks.calibration --newsroom [--half a|b|...|r]
    python -m benchmarks.calibration --fit      # the confidences fitted on train and the read newsroom halves

Each quote the extractor finds and the gold annotations also hold (the matching rules of
`benchmarks.extraction`) is counted under its attribution class, right or wrong: a named gold source is
met when its head name's last word is in the predicted speaker; a pronoun source by its hand-checked
referent where `benchmarks/referents` has one, else by the nearest named source before it (the proxy).
A class's confidence is its accuracy on the train split, taken at the low end of its 95% interval
(Wilson): the train articles are one genre (US election coverage), and a confidence must not claim more
than was measured. The dev split then shows how often speakers are right per band of confidence, the
check that the figures hold on articles they were not fitted on. `--newsroom` shows the same check on the
newsroom set (`benchmarks/newsroom`, many outlets and styles), a speaker judged by the rules of
`benchmarks.extraction_newsroom` (the right person).
"""
from __future__ import annotations

import argparse
import glob
import math
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.extraction import (  # noqa: E402
    _PRONOUNS,
    EVAL_DIR,
    REFERENTS_DIR,
    SCORED_KINDS,
    head_tokens,
    load_article,
    load_referents,
    refers_to,
)
from benchmarks.extraction_newsroom import HALVES, load_articles, speaker_match  # noqa: E402
from benchmarks.extraction_newsroom import _pieces as newsroom_pieces  # noqa: E402
from service.core.extraction import extract_quotes  # noqa: E402
from service.core.extraction.confidence import CONFIDENCE, EXTRACTED  # noqa: E402
from service.core.models import ExtractedQuote  # noqa: E402

BANDS = ((0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.5, 0.7), (0.0, 0.5))
# The newsroom halves whose errors have been read (rules were chosen on them): the confidences are fitted on
# them and PolNeAR train. The others (c held out; k, l, m and q scored blind) and PolNeAR dev check the fit.
FITTED_HALVES = ("a", "b", "d", "e", "f", "g", "h", "i", "j", "n", "o", "p", "r")
CHECK_HALVES = tuple(h for h in HALVES if h not in FITTED_HALVES)
Z95 = 1.96


def wilson_low(right: int, total: int, z: float = Z95) -> float:
    """The lower end of the Wilson score interval of an accuracy (0 for no observations)."""
    if not total:
        return 0.0
    p = right / total
    centre = p + z * z / (2 * total)
    spread = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total))
    return (centre - spread) / (1 + z * z / total)


def judged_quotes(data: str, split: str) -> list[tuple[str, float | None, bool]]:
    """(attribution class, confidence, speaker right) of every extracted quote a gold quote with a scorable
    source matches, on one split."""
    split_dir = os.path.join(data, split)
    checked = load_referents(*sorted(REFERENTS_DIR.glob(f"polnear-{split}*.json")),
                             REFERENTS_DIR / f"calibration-{split}.json")
    meta = {}
    for line in Path(data, "metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        meta[cols[1]] = cols
    stems = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(split_dir, "text", "*.txt")))
    judged = []
    for stem in stems:
        if not glob.glob(os.path.join(split_dir, "attributions", stem + "_*.ann")):
            continue
        text, gold, _ = load_article(split_dir, stem)
        published, author = ((meta.get(stem) or [""] * 8)[5:7] + [""])[:2]
        preds = [q for q in extract_quotes(text, published or None, author=author or None) if q.kind in SCORED_KINDS]
        for ga, gb, source, previous, source_at in gold:
            best = next((q for q in preds if min(q.end, gb) - max(q.start, ga) >= 0.5 * max(gb - ga, q.end - q.start)),
                        None)
            if best is None or not best.speaker:
                continue
            ok = speaker_right(best.speaker, source, previous, checked.get((stem, source_at)))
            if ok is not None:
                judged.append((best.method or "none", best.confidence, ok))
    return judged


def judged_newsroom(*halves: str) -> list[tuple[str, float | None, bool]]:
    """(attribution class, confidence, right person) of every extracted quote with a speaker that a gold quote of
    the newsroom set (of the halves given; with none, of the development halves a and b) matches, matched as
    `benchmarks.extraction_newsroom` matches them."""
    judged = []
    articles = [a for half in halves for a in load_articles(half=half)] if halves else load_articles()
    for article in articles:
        preds = [q for q in newsroom_pieces(extract_quotes(article.text)) if q.kind in SCORED_KINDS]
        for g in article.quotes:
            best = next((q for q in preds if _overlap(q, g.start, g.end) >= 0.5 * (g.end - g.start)
                         and _overlap(q, g.start, g.end) >= 0.5 * max(1, q.end - q.start)), None)
            if best is not None and best.speaker:
                judged.append((best.method or "none", best.confidence, speaker_match(g, best.speaker)[0]))
    return judged


def _overlap(q: ExtractedQuote, start: int, end: int) -> int:
    """Characters a quote shares with a span."""
    return min(q.end, end) - max(q.start, start)


def speaker_right(speaker: str, source: str, previous: list[str], referent: tuple[str, bool] | None) -> bool | None:
    """Whether a predicted speaker is the gold source's person (None: the source cannot be scored): the
    hand-read referent where there is one ("the presumptive Republican nominee" is Donald Trump, which its own
    capitalised word, "Republican", would not say), else the source's head name, else for a pronoun the proxy."""
    if referent is not None:
        return refers_to(referent[0], speaker, referent[1]) if referent[0] else None
    names = head_tokens(source)
    if names:
        return names[-1].lower() in speaker.lower()
    if source.strip().lower() in _PRONOUNS and previous:
        return previous[-1].lower() in speaker.lower()
    return None


def per_class(judged: list[tuple[str, float | None, bool]]) -> dict[str, tuple[int, int]]:
    """(right, all) per attribution class."""
    counts: dict[str, tuple[int, int]] = {}
    for method, _, ok in judged:
        right, total = counts.get(method, (0, 0))
        counts[method] = (right + ok, total + 1)
    return counts


def per_band(judged: list[tuple[str, float | None, bool]]) -> list[tuple[tuple[float, float], int, int]]:
    """((low, high), right, all) per confidence band, surest first."""
    rows = []
    for low, high in BANDS:
        inside = [ok for _, confidence, ok in judged if confidence is not None and low <= confidence < high]
        rows.append(((low, high), sum(inside), len(inside)))
    return rows


def report(train: list, dev: list) -> str:
    """The calibration table and the dev check, as Markdown."""
    lines = [("| class | train right / quotes | train accuracy | 95% low end | confidence used | dev right / quotes "
              "| dev accuracy |"), "|---|---|---|---|---|---|---|"]
    train_counts, dev_counts = per_class(train), per_class(dev)
    train_counts[EXTRACTED] = (sum(ok for _, _, ok in train), len(train))
    dev_counts[EXTRACTED] = (sum(ok for _, _, ok in dev), len(dev))
    for method in sorted(set(train_counts) | set(dev_counts), key=lambda m: -CONFIDENCE.get(m, 0)):
        tr, tn = train_counts.get(method, (0, 0))
        dr, dn = dev_counts.get(method, (0, 0))
        used = CONFIDENCE.get(method)
        lines.append(f"| {method} | {tr} / {tn} | {tr / max(1, tn):.3f} | {wilson_low(tr, tn):.3f} | "
                     f"{used if used is not None else '-'} | {dr} / {dn} | {dr / max(1, dn):.3f} |")
    return "\n".join(lines) + "\n\n" + band_table(dev, "dev")


def band_table(judged: list[tuple[str, float | None, bool]], name: str) -> str:
    """How often speakers are right per band of confidence, as Markdown (every band, counted or empty)."""
    lines = [f"| confidence band ({name}) | right / quotes | share right |", "|---|---|---|"]
    for (low, high), right, total in per_band(judged):
        label = f"{low:.1f} – {min(high, 1.0):.1f}" + (" (incl. 1.0)" if high > 1 else "")
        lines.append(f"| {label} | {right} / {total} | {right / max(1, total):.3f} |" if total else
                     f"| {label} | 0 / 0 | - |")
    return "\n".join(lines) + "\n"


def newsroom_report(judged: list[tuple[str, float | None, bool]], name: str = "newsroom") -> str:
    """The newsroom check, as Markdown: right speakers per attribution class, then per band of confidence."""
    lines = [f"| class | confidence used | {name} right / quotes | {name} accuracy |", "|---|---|---|---|"]
    counts = per_class(judged)
    counts[EXTRACTED] = (sum(ok for _, _, ok in judged), len(judged))
    for method in sorted(counts, key=lambda m: -CONFIDENCE.get(m, 0)):
        right, total = counts[method]
        used = CONFIDENCE.get(method)
        lines.append(f"| {method} | {used if used is not None else '-'} | {right} / {total} | "
                     f"{right / max(1, total):.3f} |")
    return "\n".join(lines) + "\n\n" + band_table(judged, name)


def fitted_confidences(train: list, newsroom: list) -> dict[str, float]:
    """Each class's confidence: the low end of its 95% interval over PolNeAR train and the newsroom halves
    read together, rounded down to two places: many newsrooms, so that one genre's habits are not promised to
    every other, and one count, so that a class one set meets a few times is not judged on those few."""
    fitted = {}
    train_counts, newsroom_counts = per_class(train), per_class(newsroom)
    for method in set(train_counts) | set(newsroom_counts):
        tr, tn = train_counts.get(method, (0, 0))
        nr, nn = newsroom_counts.get(method, (0, 0))
        fitted[method] = math.floor(wilson_low(tr + nr, tn + nn) * 100) / 100
    return fitted


def fit_report(train: list, newsroom: list) -> str:
    """The fitted confidences beside the ones in use, as Markdown."""
    lines = ["| class | train right / quotes | newsroom right / quotes | fitted | in use |", "|---|---|---|---|---|"]
    train_counts, newsroom_counts = per_class(train), per_class(newsroom)
    for method, value in sorted(fitted_confidences(train, newsroom).items(), key=lambda kv: -kv[1]):
        tr, tn = train_counts.get(method, (0, 0))
        nr, nn = newsroom_counts.get(method, (0, 0))
        lines.append(f"| {method} | {tr} / {tn} | {nr} / {nn} | {value:.2f} | {CONFIDENCE.get(method)} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command line: print (or write) the calibration table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(EVAL_DIR / "polnear-dev"))
    parser.add_argument("--train", default="train")
    parser.add_argument("--dev", default="dev")
    parser.add_argument("--write", default=None, help="also write the table into this Markdown file")
    parser.add_argument("--newsroom", action="store_true", help="check the confidences on the newsroom set instead")
    parser.add_argument("--half", choices=HALVES + ("fitted", "check"), default=None,
                        help="with --newsroom: one half of the set only, or the halves the fit read (fitted) or "
                             "those it did not (check: c held out; k, l and m scored blind)")
    parser.add_argument("--fit", action="store_true",
                        help="print each class's confidence fitted on train and the newsroom halves read")
    args = parser.parse_args(argv)
    if args.fit:
        print(fit_report(judged_quotes(args.data, args.train), judged_newsroom(*FITTED_HALVES)))
        return 0
    if args.newsroom:
        named = {"fitted": FITTED_HALVES, "check": CHECK_HALVES}
        halves = named.get(args.half or "", (args.half,) if args.half else ())
        table = newsroom_report(judged_newsroom(*halves), f"newsroom {args.half}" if args.half else "newsroom")
        print(table)
        if args.write:
            Path(args.write).write_text(table, encoding="utf-8")
        return 0
    if not os.path.isdir(os.path.join(args.data, args.train)):
        print(f"no PolNeAR split at {os.path.join(args.data, args.train)}", file=sys.stderr)
        return 2
    table = report(judged_quotes(args.data, args.train), judged_quotes(args.data, args.dev))
    print(table)
    if args.write:
        Path(args.write).write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
