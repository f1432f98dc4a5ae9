"""Extraction quality: quote precision/recall and speaker accuracy on PolNeAR articles or the seed article.

    python -m benchmarks.extraction [--data PATH/TO/polnear] --split dev [--separate-parts] [--show 20]
    python -m benchmarks.extraction --seed [--gold PATH/TO/seed_gold.json]
    python -m benchmarks.extraction --newsroom [--half a|b|...|r] [--show 20] [--no-verify]
        (extraction_newsroom.py; no --half: the development halves a and b; --half X: that half alone)
    python -m benchmarks.extraction --speed-against /path/to/other/checkout [--rounds 1]  (extraction_speed.py)

PolNeAR scoring (the same rules as scoring over HTTP, run in process on `extract_quotes`):
- gold quotes: the parts of annotated Content spans inside double quotation marks, two words or more;
- a predicted quote (kind direct or partial) is correct when at least half of it lies in one Content span;
- a gold quote is found when a prediction overlaps at least half of it and at least half of the prediction;
- named speaker: the last word of the gold source's head name must occur in the predicted speaker;
- pronoun speaker (he/she/...): scored against the nearest preceding named source (the proxy), and, where a
  file of hand-checked referents covers the split (`benchmarks/referents/polnear-<split>*.json`, see
  docs/BENCHMARKS.md), against the person each pronoun refers to by the text.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from service.core.extraction import extract_quotes  # noqa: E402

# The evaluation files live in `shared/eval` beside the repository; QUOTECHECK_EVAL_DIR points elsewhere.
EVAL_DIR = Path(os.environ.get("QUOTECHECK_EVAL_DIR") or ROOT.parent / "shared" / "eval")

_QUOTED = re.compile(r'[“"]([^“”"]{3,}?)[”"]')
_NOT_NAMES = {"The", "A", "An", "US", "U.S.", "He", "She", "They", "It", "We", "I", "His", "Her", "In", "But", "And",
              "Mr.", "Mrs.", "Ms."}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}
SCORED_KINDS = ("direct", "partial")


def name_tokens(source: str) -> list[str]:
    """Capitalised words of a source mention, without possessives and common sentence openers."""
    return [re.sub(r"['’]s$", "", t).rstrip(",.") for t in source.split() if t[:1].isupper() and t not in _NOT_NAMES]


def head_tokens(source: str) -> list[str]:
    """The name heading a source span, read as `score_polnear.py` reads it: in the first comma piece that has one,
    the first run of two or more capitalised words (else of one) that is no owner ("Secretary of State Hillary
    Clinton" -> Clinton, "Chris Low at FTN Financial" -> Low, "Clinton's communications director, Jennifer
    Palmieri" -> Palmieri)."""
    for piece in re.split(r",|\(|;", source):
        runs = _capitalised_runs(piece)
        pick = next((r for r in runs if len(r) >= 2), runs[0] if runs else None)
        if pick:
            return pick
    return name_tokens(source)


def _capitalised_runs(piece: str) -> list[list[str]]:
    """Runs of capitalised words of a comma piece, an owner ("Clinton's") ending a run without joining it."""
    runs: list[list[str]] = []
    run: list[str] = []
    for t in piece.split():
        if t[:1].isupper() and t not in _NOT_NAMES:
            run.append(t)
            if re.search(r"['’]s?$", t):
                run = []
                continue
            if t.endswith((",", ".")) and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", t):
                runs.append(run)
                run = []
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    return [[x.rstrip(",.") for x in r] for r in runs if r]


def load_article(split_dir: str, stem: str):
    """Return (text, gold quotes, content spans); gold = (start, end, source text, previous named source words,
    source start offset or None)."""
    text = Path(split_dir, "text", stem + ".txt").read_text(encoding="utf-8")
    ann = sorted(glob.glob(os.path.join(split_dir, "attributions", stem + "_*.ann")))[0]
    entities, relations = {}, []
    for line in Path(ann).read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if cols[0].startswith("T") and len(cols) >= 3:
            label, _, offsets = cols[1].partition(" ")
            entities[cols[0]] = (label, [tuple(map(int, x.split())) for x in offsets.split(";")])
        elif cols[0].startswith("E"):
            relations.append(dict(x.split(":") for x in cols[1].split()[1:] if ":" in x))
    contents, gold = [], []
    last_named: list[str] = []
    for rel in sorted(relations, key=lambda r: entities.get(r.get("Content", ""), ("", [(0, 0)]))[1][0][0]):
        content = entities.get(rel.get("Content", ""))
        if not content:
            continue
        contents += content[1]
        source = entities.get(rel.get("Source", ""))
        source_text = " ".join(text[a:b] for a, b in source[1]) if source else ""
        for a, b in content[1]:
            for m in _QUOTED.finditer(text, a, b):
                if len(m.group(1).split()) >= 2:
                    source_at = source[1][0][0] if source else None
                    gold.append((m.start(1), m.end(1), source_text, list(last_named), source_at))
        if head_tokens(source_text):
            last_named = head_tokens(source_text)
    return text, gold, contents


REFERENTS_DIR = Path(__file__).resolve().parent / "referents"


def load_referents(*paths: Path) -> dict[tuple[str, int], tuple[str, bool]]:
    """Hand-checked referents of pronoun sources from the files that exist among `paths`, keyed by (article,
    source start offset): (referent, whether the article names it)."""
    return {(r["article"], r["source_start"]): (r["referent"], r.get("named", True))
            for path in paths if path.is_file() for r in json.loads(path.read_text(encoding="utf-8"))}


def refers_to(referent: str, speaker: str, named: bool = True) -> bool:
    """Tell whether a predicted speaker names the referent: the last name word of the referent (of either one,
    for two people speaking together) occurs in it, as the proxy's own test reads a name; someone the article
    never names ("an unnamed woman adopted from Iran") is met by a description sharing its noun ("One woman")."""
    if not named:
        nouns = {w for w in referent.lower().split() if len(w) > 2}
        return any(w in nouns for w in speaker.split() if w.islower())
    for part in re.split(r"\s+and\s+", referent):
        words = name_tokens(part) or part.split()
        if words and words[-1].lower() in speaker.lower():
            return True
    return False


def _pieces(quotes: list) -> list:
    """List each piece of a split quote as its own quote, the way the ingest answer lists them."""
    pieces = []
    for q in quotes:
        for start, end in (q.parts or [(q.start, q.end)]):
            pieces.append(replace(q, start=start, end=end, parts=[(start, end)]))
    return pieces


def score_polnear(data: str, split: str, limit: int = 0, show: int = 0, join_split: bool = True,
                  referents: Path | None = None) -> dict:
    """Score extract_quotes on one PolNeAR split; return the figures (and print `show` errors)."""
    split_dir = os.path.join(data, split)
    checked = load_referents(*([referents] if referents else sorted(REFERENTS_DIR.glob(f"polnear-{split}*.json"))))
    referent_ok = referent_n = proxy_meets_referent = 0
    meta = {}
    for line in Path(data, "metadata.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        meta[cols[1]] = cols
    stems = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(split_dir, "text", "*.txt")))
    stems = [s for s in stems if glob.glob(os.path.join(split_dir, "attributions", s + "_*.ann"))]
    if limit:
        stems = stems[:limit]
    tp = fp = gold_n = found = named_ok = named_n = pron_ok = pron_n = pron_unreachable = named_in_source = 0
    wrong = []
    elapsed = 0.0
    chars = 0
    for stem in stems:
        text, gold, contents = load_article(split_dir, stem)
        published, author = ((meta.get(stem) or [""] * 8)[5:7] + [""])[:2]
        started = time.perf_counter()
        # (The publication date and the byline, as the HTTP scorer posts them with each article.)
        preds = [q for q in extract_quotes(text, published or None, author=author or None) if q.kind in SCORED_KINDS]
        if not join_split:
            preds = _pieces(preds)
        elapsed += time.perf_counter() - started
        chars += len(text)
        for q in preds:
            overlap = max((min(q.end, y) - max(q.start, x) for x, y in contents), default=0)
            if overlap >= 0.5 * max(1, q.end - q.start):
                tp += 1
            else:
                fp += 1
                wrong.append(("not a quote", stem, text[q.start:q.end][:90], q.speaker or ""))
        for ga, gb, source, previous, source_at in gold:
            gold_n += 1
            best = None
            for q in preds:
                overlap = min(q.end, gb) - max(q.start, ga)
                if overlap >= 0.5 * (gb - ga) and overlap >= 0.5 * max(1, q.end - q.start):
                    best = q
                    break
            if best is None:
                wrong.append(("missed", stem, text[ga:gb][:90], source))
                continue
            found += 1
            speaker = best.speaker or ""
            names = head_tokens(source)
            if names:
                named_n += 1
                ok = names[-1].lower() in speaker.lower()
                named_ok += ok
                if not ok:
                    # "Jeff Weaver, Sanders’ campaign manager," is scored by its last capitalised word before a
                    # lowercase appositive ("Sanders’"): the predicted "Jeff Weaver" is named in it all the same.
                    surname = speaker.split()[-1].lower() if speaker.split() else ""
                    named_in_source += len(surname) > 2 and surname in source.lower()
                    wrong.append(("speaker", stem, text[ga:gb][:60], f"gold {source!r} got {speaker!r}"))
            elif source.strip().lower() in _PRONOUNS and previous:
                referent, named = checked.get((stem, source_at), (None, True))
                if referent is not None:
                    referent_n += 1
                    # (How the proxy would score a resolver that names every referent right.)
                    proxy_meets_referent += previous[-1].lower() in referent.lower()
                    referent_ok += refers_to(referent, speaker, named)
                    if not refers_to(referent, speaker, named):
                        wrong.append(("pronoun (referent)", stem, text[ga:gb][:60],
                                      f"gold {source!r}={referent!r} got {speaker!r}"))
                pron_n += 1
                ok = previous[-1].lower() in speaker.lower()
                pron_ok += ok
                # The proxy names nobody the extractor gives as a speaker anywhere in the article ("the
                # Vermont senator" leaves the proxy "Vermont"): no choice of speaker could match it.
                unreachable = not ok and not any(previous[-1].lower() in (q.speaker or "").lower() for q in preds)
                pron_unreachable += unreachable
                if not ok:
                    wrong.append(("pronoun (unreachable)" if unreachable else "pronoun", stem, text[ga:gb][:60],
                                  f"gold {source!r}~{previous[-1]} got {speaker!r}"))
    for w in wrong[:show]:
        print("  ", *w)
    precision = tp / max(1, tp + fp)
    recall = found / max(1, gold_n)
    return {
        "articles": len(stems), "gold": gold_n, "predicted": tp + fp, "precision": precision, "recall": recall,
        "f1": 2 * precision * recall / max(1e-9, precision + recall),
        "named_speaker_accuracy": named_ok / max(1, named_n), "named": (named_ok, named_n),
        "pronoun_speaker_accuracy": pron_ok / max(1, pron_n), "pronoun": (pron_ok, pron_n),
        "pronoun_unreachable": pron_unreachable, "named_in_source": named_in_source,
        "pronoun_referent_accuracy": referent_ok / max(1, referent_n), "pronoun_referent": (referent_ok, referent_n),
        "proxy_meets_referent": proxy_meets_referent,
        "ms_per_10kb": 1000 * elapsed / max(1, chars) * 10_000,
    }


def score_seed(gold_path: str, show: int = 0) -> dict:
    """Score extract_quotes on the seed article against its gold list (exact offsets, speaker, title, kind)."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    text = (ROOT / gold["article"]["path"]).read_text(encoding="utf-8")
    preds = extract_quotes(text, gold["article"].get("published"))
    by_offsets = {(q.start, q.end): q for q in preds}
    exact = speaker_ok = title_ok = kind_ok = 0
    for item in gold["quotes"]:
        q = by_offsets.get((item["start"], item["end"]))
        if q is None:
            if show:
                print("   missed", item["text"][:60])
            continue
        exact += 1
        speaker_ok += q.speaker == item["speaker"]
        title_ok += q.title == item.get("title")
        kind_ok += q.kind == item["kind"]
        if show and (q.speaker != item["speaker"] or q.title != item.get("title") or q.kind != item["kind"]):
            print("   wrong", item["text"][:40], (q.speaker, q.title, q.kind))
    extra = len(preds) - exact
    return {"gold": len(gold["quotes"]), "found_exact": exact, "speaker": speaker_ok, "title": title_ok,
            "kind": kind_ok, "extra_predictions": extra}


def main(argv: list[str] | None = None) -> int:
    """Command line: print the extraction figures."""
    argv = sys.argv[1:] if argv is None else argv
    if "--newsroom" in argv:
        from benchmarks import extraction_newsroom

        return extraction_newsroom.main([a for a in argv if a != "--newsroom"])
    if "--speed-against" in argv:
        from benchmarks import extraction_speed

        return extraction_speed.main([a for a in argv if a != "--speed-against"])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(EVAL_DIR / "polnear-dev"),
                        help="folder holding metadata.tsv and <split>/text, <split>/attributions")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--show", type=int, default=0, help="print this many errors")
    parser.add_argument("--separate-parts", action="store_true",
                        help="list each part of a split quote as its own quote, as the ingest answer does "
                             "(and as the gold counts them)")
    parser.add_argument("--seed", action="store_true", help="score the seed article against its gold list")
    parser.add_argument("--referents", type=Path, default=None,
                        help="a file of hand-checked pronoun referents (default: every "
                             "benchmarks/referents/polnear-<split>*.json)")
    parser.add_argument("--gold", default=os.environ.get("QUOTECHECK_SEED_GOLD", str(EVAL_DIR / "seed_gold.json")))
    args = parser.parse_args(argv)
    if args.seed:
        r = score_seed(args.gold, args.show)
        print(f"seed: {r['found_exact']}/{r['gold']} quotes with exact offsets; speakers {r['speaker']}/{r['gold']}; "
              f"titles {r['title']}/{r['gold']}; kinds {r['kind']}/{r['gold']}; "
              f"other predictions {r['extra_predictions']}")
        return 0
    r = score_polnear(args.data, args.split, args.limit, args.show, join_split=not args.separate_parts,
                      referents=args.referents)
    print(f"articles {r['articles']}; gold quotes {r['gold']}; predicted {r['predicted']}")
    print(f"precision {r['precision']:.3f} recall {r['recall']:.3f} F1 {r['f1']:.3f}")
    print(f"named-speaker accuracy {r['named_speaker_accuracy']:.3f} ({r['named'][0]}/{r['named'][1]}); "
          f"pronoun-speaker accuracy (proxy) {r['pronoun_speaker_accuracy']:.3f} ({r['pronoun'][0]}/{r['pronoun'][1]})")
    if r["pronoun_referent"][1]:
        print(f"pronoun-speaker accuracy (hand-checked referents) {r['pronoun_referent_accuracy']:.3f} "
              f"({r['pronoun_referent'][0]}/{r['pronoun_referent'][1]}); the proxy names the referent in "
              f"{r['proxy_meets_referent']} of them (the proxy figure of a resolver always right: "
              f"{r['proxy_meets_referent'] / r['pronoun_referent'][1]:.3f})")
    reachable = (r["pronoun"][1] - r["pronoun_unreachable"]) / max(1, r["pronoun"][1])
    print(f"pronoun quotes whose proxy names no speaker in the article: {r['pronoun_unreachable']} "
          f"(best reachable pronoun accuracy {reachable:.3f})")
    print(f"named speakers counted wrong whose gold source contains the predicted surname: {r['named_in_source']} "
          f"(the head word the scorer reads is another: an appositive, a place, an outlet)")
    print(f"extraction time {r['ms_per_10kb']:.1f} ms per 10 KB of text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
