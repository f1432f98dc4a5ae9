"""Extraction quality on the newsroom development set (`benchmarks/newsroom/`): articles of many outlets and
styles with quotes and speakers read by hand.

    python -m benchmarks.extraction --newsroom [--half a|b|...|r] [--show 20] [--no-verify]
    python -m benchmarks.extraction_newsroom [--half a|b|...|r] [--show 20] [--no-verify]

Halves: `a` and `b` are the development set (rules were chosen on half a's errors, half b is their check); with no
`--half` the figures are those of a and b together, as they have always been published. Half `c` is held out:
articles of other outlets and other repositories whose gold was read by hand before the extractor was run on any of
them, scored only with `--half c` and never chosen on (docs/EXTRACTION.md, "Held-out half c"). Halves `d` and `e`
came later from two more repositories, their gold read before the extractor ran on them; d's first reading is
recorded as a held-out figure and its errors were read after it; e was kept held out as c is until the release of
half o read its errors (docs/EXTRACTION.md, "Halves d and e"). Half `f` came last, from the development halves'
repositories (other pages of them), its gold read the same way; its first reading is recorded and its errors were
read after it (docs/EXTRACTION.md, "Half f"). Half `g` came from a repository no other half used (the parser tests
of flairNLP/fundus: British, Canadian, African, Australian and Indian outlets), read the same way
(docs/EXTRACTION.md, "Half g"); half `h`, its US outlets, was read after g's first reading and scored blind the same
way. Half `i` holds further fundus test cases (other outlets, and other cases of some outlets of g and h), read the
same way after g and h's errors had been read, and scored blind; half `j` holds further test pages of goose3/goose3
and fundus, read the same way at the end of the session whose rules i first checked, and scored blind too; their
errors were read in the session after, and chose its rules. Halves `k` and `l` hold further pages of
scrapinghub/article-extraction-benchmark (typical news copy), read the same way and scored blind, their errors never
read (docs/EXTRACTION.md, "Halves k and l"). Half `m` holds the last English news pages with quotations of that
benchmark and further test pages of codelucas/newspaper that no half used, read the same way and scored blind
(docs/EXTRACTION.md, "Half m"). Half `n` holds Wikinews articles of the GUM corpus and further trafilatura test
pages of news, read the same way; its first reading was recorded blind and its errors read after it
(docs/EXTRACTION.md, "Half n"). Half `o` holds ABC Science and Rural News articles of 2006 (NLTK's abc corpus, an
Australian broadcaster no other half used), read the same way and scored blind (docs/EXTRACTION.md, "Half o").
Half `p` holds AP and New York Times wire of 1998 (NLTK's ieer corpus), half `q` Wall Street Journal stories of 1989
(the Penn Treebank sample in NLTK's data), each read the same way and scored blind (docs/EXTRACTION.md, "Half p",
"Half q"). Half `r` holds further news pages of adbar/trafilatura's test set (Caribbean, Central American, US local
and other outlets no half used), read the same way; its first reading was recorded blind and its errors read
after it (docs/EXTRACTION.md, "Half r").
Nothing else loads c to r by default: `load_articles()` with no half gives a and b only, so the calibration, the
ranker experiment and the extraction snapshot never see them.

Scoring (every piece of a split or multi-paragraph quote is a quote of its own, as the gold lists them):
- a predicted quote (kind direct or partial) is right when at least half of it lies inside one gold quote,
  wrong when it does not and does not lie half inside a span the gold leaves open (`X`: a heading, a term,
  an imagined voice), and counted neither way otherwise; the gold lists quotes of two words or more, as the
  PolNeAR scorer reads them, so a predicted quote of one word ("appalled") is counted neither way either;
- a gold quote is found when a prediction overlaps at least half of it and at least half of the prediction;
- a speaker is the right person when the words of the predicted name (without Mr, Dr, ...) are among the
  words of the gold name or of one of its alternatives; the full name when they are all of them; a gold
  speaker of null (someone the article never names) is met by no speaker or by a description sharing a
  word with the gold's;
- speaker figures are given by the cue the gold reads: a name (N), a pronoun (P), a description (D), no cue
  (C: the quote carries on from a speaker given before);
- "verify": each article is posted to `POST /v1/articles` of an app on a fresh, empty SQLite store of its own,
  then each of its gold full-sentence quotes (kind D) with a named speaker is posted to `POST /v1/verify` with
  that speaker; the figure counts the answers `verified` with attribution `confirmed` (a quote stored with no
  speaker answers `verified` with no attribution to whatever speaker is claimed, which is not verifying it
  with its real speaker).

Gold files (`benchmarks/newsroom/gold/<article>.txt`), one quote a line: `KIND CUE SPEAKER | opening words`,
KIND `D` (full sentence) or `P` (fragment), or `X | exact text` for a span left open; SPEAKER a name,
alternatives joined by " / ", or `- (description)` for someone never named. The opening words are found
right after a quotation mark; the quote runs to its closing mark, or to the end of its paragraph when a
quotation carries on into the next one. docs/EXTRACTION.md, "Newsroom development set", says how the gold
was read.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from service.core.extraction import extract_quotes  # noqa: E402
from service.core.models import ExtractedQuote  # noqa: E402
from service.core.reasons import TOO_SHORT  # noqa: E402

NEWSROOM_DIR = Path(__file__).resolve().parent / "newsroom"
OPENERS = "\"“‘'"
# (An opening curly mark followed by a space or a dash closes in careless copy: `for him,“ Jerry says`; two
# single closing marks close a double quotation in wire copy: `to mislead voters,’’ Will Moy … told the BBC`.)
_DOUBLE_CLOSE = re.compile(r"’’|[”\"]|“(?=[\s—,.])")
# A single closing mark is one no letter follows (an apostrophe inside a word never closes).
_SINGLE_CLOSE = re.compile(r"[’'](?![A-Za-z])")
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sen",
               "rep", "gov", "president", "the"}
CUES = {"N": "named", "P": "pronoun", "D": "description", "C": "carried on (no cue)"}
SCORED_KINDS = ("direct", "partial")
HALVES = ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r")
DEVELOPMENT_HALVES = ("a", "b")  # what "the newsroom set" means with no half named; c is held out


class GoldError(ValueError):
    """A gold line that does not parse or whose words are not in its article."""


@dataclass
class GoldQuote:
    """One hand-read quote: its span in the article, its speaker (names, or None) and how the text gives it."""

    start: int
    end: int
    text: str
    kind: str  # D (full sentence) or P (fragment)
    cue: str  # N, P, D or C
    names: list[str] | None  # the speaker's name and accepted alternatives; None: never named
    description: str = ""


@dataclass
class Article:
    """An article of the set with its gold."""

    id: str
    text: str
    quotes: list[GoldQuote] = field(default_factory=list)
    open_spans: list[tuple[int, int]] = field(default_factory=list)
    half: str = "a"


def _quote_end(text: str, start: int, mark: str, flattened: bool = False) -> int:
    """Where a quotation opened by `mark` just before `start` stops: its closing mark, or its paragraph's end
    (a line break, or " . " in text whose paragraphs were flattened)."""
    closing = (_DOUBLE_CLOSE if mark in "\"“”" else _SINGLE_CLOSE).search(text, start)
    paragraph = text.find(" . " if flattened else "\n", start)
    ends = [x.start() for x in [closing] if x is not None] + [p for p in [paragraph] if p >= 0] + [len(text)]
    end = min(ends)
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def parse_gold(text: str, lines: str, article_id: str = "",
               flattened: bool = False) -> tuple[list[GoldQuote], list[tuple[int, int]]]:
    """Read gold lines against the article's text; raise GoldError on a line that does not fit it."""
    quotes: list[GoldQuote] = []
    open_spans: list[tuple[int, int]] = []
    taken: set[int] = set()
    for number, line in enumerate(lines.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        head, sep, words = line.partition(" | ")
        if not sep or not words.strip():
            raise GoldError(f"{article_id}:{number}: no ' | ' before the quote's words")
        fields = head.split(None, 2)
        if fields[0] == "X":
            exact = words.strip().strip(OPENERS + "’”")
            at = text.find(exact)
            if at < 0:
                raise GoldError(f"{article_id}:{number}: {exact[:40]!r} is not in the article")
            open_spans.append((at, at + len(exact)))
            continue
        if len(fields) < 3 or fields[0] not in "DP" or fields[1] not in CUES:
            raise GoldError(f"{article_id}:{number}: expected 'D|P N|P|D|C SPEAKER | words'")
        kind, cue, speaker = fields[0], fields[1], fields[2].strip()
        opening = _opening(text, words, taken)
        if opening is None:
            raise GoldError(f"{article_id}:{number}: {words[:40]!r} does not follow a quotation mark in the article")
        taken.add(opening)
        end = _quote_end(text, opening, _mark_before(text, opening), flattened)
        names, description = _speaker(speaker)
        quotes.append(GoldQuote(opening, end, text[opening:end], kind, cue, names, description))
    return quotes, open_spans


def _mark_before(text: str, at: int) -> str:
    """The quotation mark that opens the quote starting at `at` (a space may stand between, as in `" 'A`)."""
    j = at - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return text[j] if j >= 0 else "\0"


def _opening(text: str, words: str, taken: set[int]) -> int | None:
    """The first place after a quotation mark where `words` begin, not already given to another gold line."""
    at = text.find(words)
    while at >= 0:
        if at not in taken and (_mark_before(text, at) in OPENERS or _closing_mark_opens(text, at)):
            return at
        at = text.find(words, at + 1)
    return None


def _closing_mark_opens(text: str, at: int) -> bool:
    """Tell whether a closing double mark opens the quote at `at`, as careless copy writes it after a colon
    (`Another reportedly said: ”Bird flu …”`)."""
    return text[max(0, at - 3):at] == ": ”"


def _speaker(field_text: str) -> tuple[list[str] | None, str]:
    """Names (with alternatives) of a gold speaker, or None and the description of someone never named."""
    if field_text.startswith("-"):
        return None, field_text.lstrip("- ").strip("()")
    return [name.strip() for name in field_text.split(" / ")], ""


def load_articles(folder: Path = NEWSROOM_DIR, half: str | None = None) -> list[Article]:
    """The articles of one half when `half` is given (a, b, or the held-out c), else of the development halves
    a and b, with their gold."""
    sources = json.loads((folder / "sources.json").read_text(encoding="utf-8"))
    articles = []
    for source in sources:
        if source["half"] != half if half else source["half"] not in DEVELOPMENT_HALVES:
            continue
        text = (folder / "articles" / f"{source['id']}.txt").read_text(encoding="utf-8")
        gold = (folder / "gold" / f"{source['id']}.txt").read_text(encoding="utf-8")
        quotes, open_spans = parse_gold(text, gold, source["id"], source.get("flattened", False))
        articles.append(Article(source["id"], text, quotes, open_spans, source["half"]))
    return articles


def _name_words(name: str) -> list[str]:
    """Lowercase words of a name without honorifics, possessives and punctuation ("Mr Obama's" -> obama; the
    apostrophe opening "’Manteboheng", a Sesotho forename, as the service's canonical names drop it)."""
    words = [re.sub(r"['’]s$", "", w).strip(".,;:()[]'’").lower() for w in name.split()]
    return [w for w in words if w and w.rstrip(".") not in _HONORIFICS]


def speaker_match(gold: GoldQuote, predicted: str | None) -> tuple[bool, bool]:
    """(right person, full name) of a predicted speaker against the gold one."""
    if gold.names is None:
        if not predicted:
            return True, True
        nouns = {w for w in _name_words(gold.description) if len(w) > 2}
        shared = any(w in nouns for w in _name_words(predicted))
        return shared, shared
    words = _name_words(predicted or "")
    if not words:
        return False, False
    for number, name in enumerate(gold.names):
        allowed = _name_words(name)
        if set(words) <= set(allowed):
            return True, number == 0 and set(words) == set(allowed)
    return False, False


def _pieces(quotes: list[ExtractedQuote]) -> list[ExtractedQuote]:
    """Each piece of a split quote as a quote of its own, as the gold lists them."""
    return [replace(q, start=a, end=b, parts=[(a, b)]) for q in quotes for a, b in (q.parts or [(q.start, q.end)])]


def _overlap(a: int, b: int, x: int, y: int) -> int:
    return min(b, y) - max(a, x)


@dataclass
class Tally:
    """Counts over the articles scored."""

    articles: int = 0
    gold: int = 0
    found: int = 0
    right: int = 0
    wrong: int = 0
    left_open: int = 0
    by_cue: dict[str, list[int]] = field(default_factory=lambda: {c: [0, 0, 0] for c in CUES})
    errors: list[tuple[str, ...]] = field(default_factory=list)

    def figures(self) -> dict:
        """Precision, recall and speaker accuracy (right person; full name) by cue and over all."""
        precision = self.right / max(1, self.right + self.wrong)
        recall = self.found / max(1, self.gold)
        person = sum(v[0] for v in self.by_cue.values())
        full = sum(v[1] for v in self.by_cue.values())
        counted = sum(v[2] for v in self.by_cue.values())
        return {"articles": self.articles, "gold": self.gold, "found": self.found,
                "predicted": self.right + self.wrong + self.left_open, "right": self.right, "wrong": self.wrong,
                "left_open": self.left_open, "precision": precision, "recall": recall,
                "speaker": person / max(1, counted), "speaker_counts": (person, counted),
                "full_name": full / max(1, counted), "full_name_counts": (full, counted),
                "by_cue": {c: tuple(v) for c, v in self.by_cue.items()}}


def score_article(article: Article, predicted: list[ExtractedQuote], tally: Tally) -> None:
    """Add one article's comparison of predicted quotes with its gold to `tally`."""
    tally.articles += 1
    preds = [q for q in _pieces(predicted) if q.kind in SCORED_KINDS]
    for q in preds:
        half = 0.5 * max(1, q.end - q.start)
        if any(_overlap(q.start, q.end, g.start, g.end) >= half for g in article.quotes):
            tally.right += 1
        elif len(article.text[q.start:q.end].split()) < 2 or any(
                _overlap(q.start, q.end, a, b) >= half for a, b in article.open_spans):
            tally.left_open += 1
        else:
            tally.wrong += 1
            tally.errors.append(("not a quote", article.id, article.text[q.start:q.end][:80], q.speaker or ""))
    for g in article.quotes:
        tally.gold += 1
        best = next((q for q in preds if _overlap(q.start, q.end, g.start, g.end) >= 0.5 * (g.end - g.start)
                     and _overlap(q.start, q.end, g.start, g.end) >= 0.5 * max(1, q.end - q.start)), None)
        if best is None:
            tally.errors.append(("missed", article.id, g.text[:80], " / ".join(g.names or ["-"])))
            continue
        tally.found += 1
        person, full = speaker_match(g, best.speaker)
        counts = tally.by_cue[g.cue]
        counts[0] += person
        counts[1] += full
        counts[2] += 1
        if not person:
            tally.errors.append((f"speaker ({g.cue})", article.id, g.text[:50],
                                 f"gold {' / '.join(g.names or ['-' + g.description])!r} got {best.speaker!r}"))


def score(articles: list[Article], show: int = 0) -> dict:
    """Score extract_quotes on `articles`; print `show` errors."""
    tally = Tally()
    for article in articles:
        score_article(article, extract_quotes(article.text), tally)
    for error in tally.errors[:show]:
        print("  ", *error)
    return tally.figures()


class Verified(NamedTuple):
    """The verify figure: gold full quotes verified with their real speaker, quotes asked, and how many of those
    the contract answers `too_short` (fewer than three words, or words many speakers' quotes share: never verified,
    whoever said them)."""

    verified: int
    asked: int
    too_short: int = 0

    def __add__(self, other: object) -> Verified:
        if not isinstance(other, Verified):
            return NotImplemented
        return Verified(self.verified + other.verified, self.asked + other.asked, self.too_short + other.too_short)


def verify_full_quotes(articles: list[Article], show: int = 0) -> Verified:
    """Ingest each article through the service into a fresh store of its own (so that no copy of the same article
    in another form answers for it), then verify each gold full quote with its gold speaker."""
    total = Verified(0, 0)
    for article in articles:
        done = _verify_article(article, show)
        total, show = total + done, max(0, show - (done.asked - done.verified))
    return total


def _verify_article(article: Article, show: int) -> Verified:
    """One article posted to a fresh app and its gold full quotes verified; prints the first `show` failures."""
    from service import create_app

    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"TESTING": True, "DATABASE": str(Path(folder) / "newsroom.sqlite3"), "SEEDS": "",
                          "RATE_LIMIT": "", "SYNC_INTERVAL": 0.0})
        try:
            client = app.test_client()
            answer = client.post("/v1/articles", json={"text": article.text, "title": article.id})
            if answer.status_code not in (200, 201):
                raise RuntimeError(f"{article.id}: POST /v1/articles answered {answer.status_code}")
            verified = asked = too_short = 0
            for g in article.quotes:
                if g.kind != "D" or g.names is None:
                    continue
                asked += 1
                claim = g.text.rstrip(",")
                answer = client.post("/v1/verify", json={"text": claim, "speaker": g.names[0]}).get_json()
                too_short += TOO_SHORT in answer.get("reasons", [])
                # (A quote stored with no speaker answers `verified` with no attribution to any claimed speaker:
                # only a confirmed attribution counts as verifying with the real speaker.)
                verdict = f"{answer['verdict']}/{answer.get('attribution')}"
                verified += verdict == "verified/confirmed"
                if verdict != "verified/confirmed" and show > 0:
                    show -= 1
                    print("   not verified:", verdict, article.id, claim[:60], "|", g.names[0])
            return Verified(verified, asked, too_short)
        finally:
            app.extensions["quotecheck"].close()


def report(r: dict, verify: Verified | None) -> None:
    """Print the figures."""
    print(f"articles {r['articles']}; gold quotes {r['gold']}; predicted {r['predicted']} (right {r['right']}, "
          f"wrong {r['wrong']}, left open or of one word {r['left_open']})")
    print(f"precision {r['precision']:.3f} recall {r['recall']:.3f} ({r['found']}/{r['gold']})")
    print(f"speaker: right person {r['speaker']:.3f} ({r['speaker_counts'][0]}/{r['speaker_counts'][1]}); "
          f"full name {r['full_name']:.3f} ({r['full_name_counts'][0]}/{r['full_name_counts'][1]})")
    for cue, (person, _full, n) in r["by_cue"].items():
        if n:
            print(f"  {CUES[cue]:22s} {person / n:.3f} ({person}/{n})")
    if verify is not None:
        print(f"genuine full quotes that verify with their real speaker after ingest: {verify.verified}/{verify.asked} "
              f"({verify.verified / max(1, verify.asked):.3f}); of those asked, {verify.too_short} are too short or "
              f"too common for the contract ever to verify")


def main(argv: list[str] | None = None) -> int:
    """Command line: print the newsroom figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=HALVES, default=None,
                        help="score one half only (default: the development halves a and b; c, e, k and l "
                             "are held out, the others came later)")
    parser.add_argument("--show", type=int, default=0, help="print this many errors")
    parser.add_argument("--no-verify", action="store_true", help="skip the ingest-and-verify figure")
    parser.add_argument("--folder", type=Path, default=NEWSROOM_DIR)
    args = parser.parse_args(argv)
    try:
        articles = load_articles(args.folder, args.half)
    except (GoldError, OSError, KeyError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    r = score(articles, args.show)
    report(r, None if args.no_verify else verify_full_quotes(articles, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
