"""Experiment: does a learned speaker ranker over the rules' candidates name speakers better than the rules?

    python -m benchmarks.ranker train [--data PATH/TO/polnear] [--limit N] [--weights FILE]
    python -m benchmarks.ranker evaluate [--data PATH/TO/polnear] [--limit N] [--weights FILE]

`train` fits a conditional logistic regression (a softmax over each quotation's candidates, numpy, full-batch
gradient descent from zero: deterministic) on the PolNeAR train split and writes its weights. The candidates
and their features are those of `benchmarks.ranker_features`; a candidate is right when the PolNeAR scorer
would count it right (`benchmarks.calibration.speaker_right`). `evaluate` compares the rules alone with the
rules and the ranker, on PolNeAR dev (scored as `benchmarks.extraction` scores it) and on both halves of the
newsroom set (scored by `benchmarks.extraction_newsroom`), in two ways: the ranker picks among the candidates
of every quote, or only of quotes whose rules' confidence is below a threshold (the rules' speaker stands
otherwise). The service does not use the ranker: docs/EXTRACTION.md, "Learned speaker ranker: not kept".
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import extraction_newsroom as newsroom  # noqa: E402
from benchmarks.calibration import speaker_right  # noqa: E402
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
from benchmarks.ranker_features import FEATURES, Candidate, article_settings, candidates, key_of  # noqa: E402
from service.core.extraction import extract_quotes  # noqa: E402
from service.core.models import ExtractedQuote  # noqa: E402

WEIGHTS = Path(__file__).resolve().parent / "ranker_weights.json"
THRESHOLD = 0.9  # below it the rules' speaker is open to the ranker in the "low confidence" mode
STEPS, RATE, L2 = 400, 0.5, 1e-3
MODES = ("rules", "ranker", "low confidence")


class Example(NamedTuple):
    """One quotation of the train split: its candidates' features and which candidates are right."""

    features: np.ndarray
    right: np.ndarray


# ---------------------------------------------------------------------------------------------- PolNeAR reading

def _stems(data: str, split: str, limit: int) -> list[str]:
    """The annotated articles of a split, sorted (the first `limit` when it is given)."""
    split_dir = os.path.join(data, split)
    stems = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(split_dir, "text", "*.txt")))
    stems = [s for s in stems if glob.glob(os.path.join(split_dir, "attributions", s + "_*.ann"))]
    return stems[:limit] if limit else stems


def _metadata(data: str) -> dict[str, list[str]]:
    """Rows of metadata.tsv by article."""
    rows = Path(data, "metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {cols[1]: cols for cols in (line.split("\t") for line in rows)}


def _extract(text: str, meta: list[str] | None) -> list[ExtractedQuote]:
    """The rules' quotes of an article (kinds the scorer reads), given its date and byline as the scorer does."""
    published, author = ((meta or [""] * 8)[5:7] + [""])[:2]
    return [q for q in extract_quotes(text, published or None, author=author or None) if q.kind in SCORED_KINDS]


def _matched(preds: list[ExtractedQuote], ga: int, gb: int) -> ExtractedQuote | None:
    """The prediction matching a gold quote, as `benchmarks.extraction` matches them."""
    for q in preds:
        overlap = min(q.end, gb) - max(q.start, ga)
        if overlap >= 0.5 * (gb - ga) and overlap >= 0.5 * max(1, q.end - q.start):
            return q
    return None


def polnear_articles(data: str, split: str, limit: int = 0):
    """(stem, text, gold, rules' quotes, checked referents) of each article of a split."""
    split_dir = os.path.join(data, split)
    checked = load_referents(*sorted(REFERENTS_DIR.glob(f"polnear-{split}*.json")))
    meta = _metadata(data)
    for stem in _stems(data, split, limit):
        text, gold, _ = load_article(split_dir, stem)
        yield stem, text, gold, _extract(text, meta.get(stem)), checked


# ---------------------------------------------------------------------------------------------- training

def train_examples(data: str, split: str = "train", limit: int = 0) -> dict[str, list[Example]]:
    """Quotations of a split whose candidates hold a right speaker, with their features and labels, per mode: every
    quotation ("ranker"), and those whose rules' speaker is missing or below THRESHOLD ("low confidence")."""
    examples: dict[str, list[Example]] = {"ranker": [], "low confidence": []}
    for stem, text, gold, preds, checked in polnear_articles(data, split, limit):
        by_quote = {id(s.quote): s for s in article_settings(text, preds)}
        for ga, gb, source, previous, source_at in gold:
            q = _matched(preds, ga, gb)
            if q is None:
                continue
            cands = candidates(by_quote[id(q)])
            right = [speaker_right(c.name, source, previous, checked.get((stem, source_at))) for c in cands]
            if any(right):
                example = Example(np.array([c.features for c in cands]), np.array(right, dtype=float))
                examples["ranker"].append(example)
                if not _sure(q):
                    examples["low confidence"].append(example)
    return examples


def _sure(q: ExtractedQuote) -> bool:
    """Whether the rules' speaker of a quote is left alone in the "low confidence" mode."""
    return bool(q.speaker) and (q.confidence or 0.0) >= THRESHOLD


def fit(examples: list[Example], steps: int = STEPS, rate: float = RATE, l2: float = L2) -> np.ndarray:
    """Weights of a softmax over each quotation's candidates that maximise the chance given to right ones."""
    if not examples:
        return np.zeros(len(FEATURES))
    x = np.vstack([ex.features for ex in examples])
    target = np.concatenate([ex.right / ex.right.sum() for ex in examples])
    starts = np.cumsum([0] + [len(ex.right) for ex in examples[:-1]])
    group = np.repeat(np.arange(len(examples)), [len(ex.right) for ex in examples])
    w = np.zeros(len(FEATURES))
    for _ in range(steps):
        scores = x @ w
        e = np.exp(scores - np.maximum.reduceat(scores, starts)[group])
        p = e / np.add.reduceat(e, starts)[group]
        w -= rate * (l2 * w - x.T @ (target - p) / len(examples))
    return w


def save_weights(weights: dict[str, np.ndarray], counts: dict[str, int], path: Path = WEIGHTS) -> None:
    """Write the weights of each mode (rounded, so that a retrain writes the same file) with what they were fitted
    on."""
    body = {"features": list(FEATURES), "threshold": THRESHOLD,
            "weights": {mode: [round(float(x), 6) for x in w] for mode, w in weights.items()},
            "fitted_on": {mode: f"PolNeAR train, {n} quotations with a right candidate" for mode, n in counts.items()}}
    path.write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")


def load_weights(path: Path = WEIGHTS) -> dict[str, np.ndarray]:
    """The weights of each mode in a weights file, checked against the features they were fitted for."""
    body = json.loads(path.read_text(encoding="utf-8"))
    if body["features"] != list(FEATURES):
        raise ValueError(f"{path}: fitted for other features; run `python -m benchmarks.ranker train`")
    return {mode: np.array(w) for mode, w in body["weights"].items()}


# ---------------------------------------------------------------------------------------------- choosing

def choose(cands: list[Candidate], w: np.ndarray) -> Candidate | None:
    """The candidate the ranker scores highest (the first of equals)."""
    if not cands:
        return None
    scores = np.array([c.features for c in cands]) @ w
    return cands[int(np.argmax(scores))]


def reranked(text: str, quotes: list[ExtractedQuote], weights: dict[str, np.ndarray],
             mode: str) -> list[ExtractedQuote]:
    """The quotes with the speakers a mode gives them: the rules' ("rules"), the ranker's ("ranker"), or the
    ranker's where the rules' confidence is below THRESHOLD ("low confidence")."""
    if mode == "rules":
        return quotes
    by_quote = {id(s.quote): s for s in article_settings(text, quotes)}
    out = []
    for q in quotes:
        pick = None if mode == "low confidence" and _sure(q) else choose(candidates(by_quote[id(q)]), weights[mode])
        out.append(replace(q, speaker=pick.name) if pick and key_of(pick.name) != key_of(q.speaker) else q)
    return out


# ---------------------------------------------------------------------------------------------- evaluation

class Score(NamedTuple):
    """Right speakers over quotes counted, by kind of gold source."""

    named: tuple[int, int]
    pronoun: tuple[int, int]
    changed: tuple[int, int]  # quotes whose speaker the mode changed, of all the rules' quotes


class GoldSpeaker(NamedTuple):
    """A gold quote the extraction scorer counts a speaker for: a named source by its head name's last word, a
    pronoun by its hand-checked referent."""

    start: int
    end: int
    kind: str  # named | pronoun
    person: str  # the head name's last word, or the referent
    named: bool = True  # whether the article names the referent

    def met_by(self, speaker: str) -> bool:
        """Whether a predicted speaker is this person, as `benchmarks.extraction` judges it."""
        if self.kind == "named":
            return self.person in speaker.lower()
        return refers_to(self.person, speaker, self.named)


def gold_speakers(stem: str, gold: list, checked: dict) -> list[GoldSpeaker]:
    """The gold quotes of an article whose speaker the extraction scorer counts."""
    found = []
    for ga, gb, source, previous, source_at in gold:
        names = head_tokens(source)
        if names:
            found.append(GoldSpeaker(ga, gb, "named", names[-1].lower()))
        elif source.strip().lower() in _PRONOUNS and previous and (stem, source_at) in checked:
            referent, named = checked[(stem, source_at)]
            found.append(GoldSpeaker(ga, gb, "pronoun", referent, named))
    return found


def score_polnear(data: str, split: str, w: dict[str, np.ndarray], limit: int = 0) -> dict[str, Score]:
    """Named and pronoun (referent) speaker counts on a PolNeAR split, per mode."""
    tallies = {mode: {"named": [0, 0], "pronoun": [0, 0], "changed": [0, 0]} for mode in MODES}
    for stem, text, gold, preds, checked in polnear_articles(data, split, limit):
        speakers = gold_speakers(stem, gold, checked)
        for mode in MODES:
            quotes = reranked(text, preds, w, mode)
            tallies[mode]["changed"][0] += changed(preds, quotes)
            tallies[mode]["changed"][1] += len(preds)
            for g in speakers:
                q = _matched(quotes, g.start, g.end)
                if q is not None:
                    tallies[mode][g.kind][0] += g.met_by(q.speaker or "")
                    tallies[mode][g.kind][1] += 1
    return {m: Score(*((t[k][0], t[k][1]) for k in ("named", "pronoun", "changed"))) for m, t in tallies.items()}


def changed(before: list[ExtractedQuote], after: list[ExtractedQuote]) -> int:
    """How many quotes have another speaker after than before."""
    return sum(a.speaker != b.speaker for a, b in zip(before, after, strict=True))


def score_newsroom(half: str, w: dict[str, np.ndarray], limit: int = 0) -> dict[str, dict]:
    """The newsroom figures of one half (`extraction_newsroom.Tally.figures`), per mode."""
    articles = newsroom.load_articles(half=half)[:limit or None]
    tallies = {mode: newsroom.Tally() for mode in MODES}
    moved = {mode: [0, 0] for mode in MODES}
    for article in articles:
        quotes = [q for q in extract_quotes(article.text) if q.kind in SCORED_KINDS]
        for mode in MODES:
            after = reranked(article.text, quotes, w, mode)
            newsroom.score_article(article, after, tallies[mode])
            moved[mode] = [moved[mode][0] + changed(quotes, after), moved[mode][1] + len(quotes)]
    return {mode: {**t.figures(), "changed": tuple(moved[mode])} for mode, t in tallies.items()}


def evaluate(data: str, w: dict[str, np.ndarray], limit: int = 0) -> list[tuple[str, dict[str, tuple[int, int]]]]:
    """Rows of the comparison: (set, right/counted per mode)."""
    dev = score_polnear(data, "dev", w, limit)
    rows = [("PolNeAR dev, named sources", {m: s.named for m, s in dev.items()}),
            ("PolNeAR dev, pronouns (checked referents)", {m: s.pronoun for m, s in dev.items()}),
            ("PolNeAR dev, quotes given another speaker", {m: s.changed for m, s in dev.items()})]
    for half in ("a", "b"):
        figures = score_newsroom(half, w, limit)
        rows.append((f"newsroom {half}, named cue", {m: _cue(f, "N") for m, f in figures.items()}))
        rows.append((f"newsroom {half}, all speakers", {m: f["speaker_counts"] for m, f in figures.items()}))
        rows.append((f"newsroom {half}, quotes given another speaker", {m: f["changed"] for m, f in figures.items()}))
    return rows


def _cue(figures: dict, cue: str) -> tuple[int, int]:
    person, _full, counted = figures["by_cue"][cue]
    return person, counted


def table(rows: list[tuple[str, dict[str, tuple[int, int]]]]) -> str:
    """The side-by-side table, as Markdown."""
    lines = ["| set | rules | rules + ranker (every quote) | rules + ranker (confidence < "
             f"{THRESHOLD}) |", "|---|---|---|---|"]
    for name, by_mode in rows:
        cells = [f"{r}/{n} ({r / max(1, n):.3f})" for r, n in (by_mode[m] for m in MODES)]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Command line: train the ranker or print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("train", "evaluate"))
    parser.add_argument("--data", default=str(EVAL_DIR / "polnear-dev"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles of each set")
    parser.add_argument("--weights", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)
    if not os.path.isdir(os.path.join(args.data, "dev")):
        print(f"no PolNeAR data at {args.data}", file=sys.stderr)
        return 2
    if args.command == "train":
        examples = train_examples(args.data, "train", args.limit)
        save_weights({mode: fit(ex) for mode, ex in examples.items()}, {m: len(ex) for m, ex in examples.items()},
                     args.weights)
        print(f"fitted on {len(examples['ranker'])} quotations ({len(examples['low confidence'])} of low confidence); "
              f"weights in {args.weights}")
        return 0
    print(table(evaluate(args.data, load_weights(args.weights), args.limit)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
