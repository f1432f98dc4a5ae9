"""What the paraphrase look-up costs: verify for claims no quote matches closely, with and without a speaker.

A claim that names a speaker and matches nothing closely ("Stoltenberg said NATO will escalate") makes
the service search the claimed speaker's quotes for the claim's content words (`verdict.paraphrase_matches`).
This measures that extra work against the same claims without a speaker, in the same run, on a
reproducible corpus imported into a fresh SQLite file.

    quotecheck bench paraphrase [--size 100000] [--claims 300]
    python -m benchmarks.paraphrase --size 100000
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

import numpy as np

from benchmarks.corpus import Vocabulary, iter_quotes
from benchmarks.stores import INGEST_BATCH, percentile


def paraphrases(corpus: list, count: int, seed: int, vocabulary: Vocabulary) -> list[tuple[str, str, int]]:
    """(claim, speaker, quote id) triples: three words of a quote in new words ("X will a b c"), so that no
    quote matches the claim closely but the speaker's quote shares its content words."""
    rng = np.random.default_rng([seed, 4242])
    picked = rng.choice(len(corpus), size=count, replace=False)
    claims = []
    for n in picked.tolist():
        quote = corpus[n]
        words = [w.strip(",.").lower() for w in quote.text.split() if len(w.strip(",.")) >= 5]
        if len(words) < 3:
            continue
        chosen = [words[i] for i in sorted(rng.choice(len(words), size=3, replace=False).tolist())]
        filler = vocabulary.sentence(rng, 4, 6).rstrip(".").split()
        claims.append((f"{filler[0]} will {chosen[0]} {filler[1]} {chosen[1]} {filler[2]} {chosen[2]}",
                       quote.speaker, quote.id))
    return claims


def run(size: int, count: int, seed: int = 7) -> dict:
    """Import `size` corpus quotes, then time verify for each claim with its speaker and without."""
    from service.core.models import QuoteRecord
    from service.services import QuoteService, VerifyRequest
    from service.store import open_store

    vocabulary = Vocabulary(seed)
    corpus = list(iter_quotes(size, seed, vocabulary))
    claims = paraphrases(corpus, count, seed, vocabulary)
    with tempfile.TemporaryDirectory(prefix="quotecheck-paraphrase-") as folder:
        service = QuoteService(open_store(os.path.join(folder, "bench.sqlite3")), snapshot=False)
        try:
            records = [QuoteRecord(text=q.text, speaker=q.speaker, date=q.date) for q in corpus]
            for i in range(0, len(records), INGEST_BATCH):
                service.add_quotes(records[i:i + INGEST_BATCH])
            len(service.index)
            ids = {q.id: n + 1 for n, q in enumerate(corpus)}  # store ids follow the import order
            timings: dict[str, list[float]] = {"without speaker": [], "with speaker": []}
            found = 0
            for claim, speaker, quote_id in claims:  # alternate the two, so machine noise hits both alike
                for label, named in (("without speaker", None), ("with speaker", speaker)):
                    started = time.perf_counter()
                    verdict = service.verify(VerifyRequest(text=claim, speaker=named))
                    timings[label].append((time.perf_counter() - started) * 1000)
                    if named and verdict.matches and verdict.matches[0].quote.id == ids[quote_id]:
                        found += 1
        finally:
            service.close()
    base = statistics.median(timings["without speaker"])
    return {
        "quotes": size, "claims": len(claims),
        "p50_ms": {k: round(statistics.median(v), 2) for k, v in timings.items()},
        "p99_ms": {k: round(percentile(v, 0.99), 2) for k, v in timings.items()},
        "p50_ratio": round(statistics.median(timings["with speaker"]) / base, 2) if base else None,
        "speaker_quote_found": round(found / max(1, len(claims)), 3),
    }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: print the figures."""
    parser = argparse.ArgumentParser(prog="quotecheck bench paraphrase", description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="corpus quotes (default: %(default)s)")
    parser.add_argument("--claims", type=int, default=300, help="claims timed (default: %(default)s)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--database", help=argparse.SUPPRESS)  # the bench command passes it; a temp file is used
    args = parser.parse_args(argv)
    r = run(args.size, args.claims, args.seed)
    print(f"{r['quotes']} quotes, {r['claims']} paraphrased claims")
    for label in ("without speaker", "with speaker"):
        print(f"  {label:16} verify p50 {r['p50_ms'][label]:.2f} ms, p99 {r['p99_ms'][label]:.2f} ms")
    print(f"  with speaker / without: {r['p50_ratio']}x at p50; the speaker's quote comes first for "
          f"{r['speaker_quote_found']:.1%} of the claims")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
