"""Word-level alignment of a submission against one quote: span, diff, score and wording.

The submission may be the quote, an excerpt of it (with ellipses for omitted words), the quote with
words changed, or a longer text that contains the quote. Alignment runs in three steps:

1. rapidfuzz's Indel opcodes (a longest common subsequence over word keys) give the blocks of words
   the two texts share;
2. the best chain of consecutive blocks is chosen like a maximum-sum subarray, where each block is
   worth its length and each gap between blocks costs the words it skips, so stray common words
   ("and", "the") far from the real match do not stretch the span;
3. rapidfuzz's Levenshtein opcodes over that span give the word diff (equal/replace/insert/delete).
"""
from __future__ import annotations

import functools

from rapidfuzz.distance import Indel, Levenshtein

from . import reasons as R
from .lexicon import words
from .models import Alignment, DiffOp
from .text import ELLIPSIS, SPLIT_JOIN, Token, is_negation, is_number, split_ellipses, tokenize, turns_meaning

# A claim is a match for a quote when enough of both line up (see `is_close`).
MIN_SPAN_COVERAGE = 0.6  # share of the aligned quote words the claim reproduces
MIN_CLAIM_COVERAGE = 0.5  # share of the claim's words that are the quote's


class _Claim:
    """A submission's words, with the positions where an ellipsis marks omitted words."""

    __slots__ = ("text", "tokens", "keys", "ellipsis_before", "split_before")

    def __init__(self, text: str):
        self.text = text
        self.tokens: list[Token] = []
        self.ellipsis_before: set[int] = set()  # token positions an ellipsis stands right before
        offset = 0
        parts = split_ellipses(text)
        for n, part in enumerate(parts):
            if n:
                self.ellipsis_before.add(len(self.tokens))
            for t in tokenize(part):
                self.tokens.append(Token(t.key, t.start + offset, t.end + offset))
            offset += len(part)
            if n < len(parts) - 1:
                # skip the ellipsis itself: find where the next part starts in the original text
                offset = text.index(parts[n + 1], offset) if parts[n + 1] else offset
        self.keys = [t.key for t in self.tokens]
        # Token positions where parts split by an attribution meet (“A,” he said, “B”): adjacent words.
        marks = [i for i, ch in enumerate(text) if ch == SPLIT_JOIN.strip()] if SPLIT_JOIN.strip() in text else []
        self.split_before = {next((n for n, t in enumerate(self.tokens) if t.start > m), len(self.tokens))
                             for m in marks}


@functools.lru_cache(maxsize=256)
def _claim(text: str) -> _Claim:
    """Tokenise a claim once, however many candidate quotes it is aligned with."""
    return _Claim(text)


def _best_chain(blocks: list[tuple[int, int, int]], ellipsis_before: set[int]) -> tuple[int, int] | None:
    """Pick the consecutive run of shared blocks with the highest matched-minus-skipped value."""
    best_value, best_run = 0.0, None
    run_start, run_value = 0, 0.0
    for i, (q, c, n) in enumerate(blocks):
        if i == 0:
            run_start, run_value = 0, float(n)
        else:
            pq, pc, pn = blocks[i - 1]
            q_gap = q - (pq + pn)
            c_gap = c - (pc + pn)
            if any(pos in ellipsis_before for pos in range(pc + pn, c + 1)):
                q_gap = 0  # quote words skipped at an ellipsis are omitted on purpose
            cost = max(q_gap, c_gap)
            if run_value - cost > 0:
                run_value += n - cost
            else:
                run_start, run_value = i, float(n)
        if run_value > best_value:
            best_value, best_run = run_value, (run_start, i)
    return best_run


def _verbatim_blocks(q_keys: list[str], c: _Claim) -> list[tuple[int, int, int]] | None:
    """Find the claim's words as they stand in the quote: each ellipsis-separated run contiguous, in order.

    This settles verbatim excerpts exactly even when words repeat ("B B A" in "B B B A"), where a
    longest-common-subsequence alignment may pick the wrong copy of a repeated word.
    """
    starts = sorted({0, *c.ellipsis_before} - {len(c.keys)})
    bounds = [(a, b) for a, b in zip(starts, starts[1:] + [len(c.keys)]) if b > a]
    if not bounds:
        return None
    sep = "\x1f"
    haystack = sep + sep.join(q_keys) + sep
    blocks, position = [], 0
    for a, b in bounds:
        found = haystack.find(sep + sep.join(c.keys[a:b]) + sep, position)
        if found < 0:
            return None
        q_index = haystack.count(sep, 0, found)
        blocks.append((q_index, a, b - a))
        position = found + len(sep.join(q_keys[q_index:q_index + b - a])) + 1
    return blocks


def _block_opcodes(blocks: list[tuple[int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    """Opcodes of verbatim blocks: each block equal, quote words between blocks deleted (omitted)."""
    opcodes = []
    for n, (q, c, length) in enumerate(blocks):
        if n:
            pq, pc, pn = blocks[n - 1]
            if q > pq + pn:
                opcodes.append(("delete", pq + pn, q, c, c))
        opcodes.append(("equal", q, q + length, c, c + length))
    return opcodes


def _facing_words(claim_extra: int, quote_extra: int) -> int:
    """How many unmatched words at one end to pair up as replacements rather than additions.

    One or two changed words at an end are a substitution; a longer, uneven tail is new text.
    """
    if claim_extra == quote_extra or min(claim_extra, quote_extra) <= 2:
        return min(claim_extra, quote_extra)
    return 0


def _slice(text: str, tokens: list[Token], i: int, j: int, end: int) -> str:
    """Return the text from token i up to token j (exclusive), or up to `end` when j is the last."""
    if i >= j:
        return ""
    stop = tokens[j].start if j < len(tokens) and tokens[j].start <= end else end
    return text[tokens[i].start:stop].replace(SPLIT_JOIN, " ")


def align(claim: str, quote_text: str, whole_claim: bool = True) -> Alignment | None:
    """Align a claim with a quote's text; None when they share no word.

    With `whole_claim` every word of the claim is part of what is claimed, so words before or after
    the matching span appear as inserts; without it they are context and left out of the diff.
    """
    q_tokens = tokenize(quote_text)
    c = _claim(claim)
    if not q_tokens or not c.tokens:
        return None
    q_keys = [t.key for t in q_tokens]
    verbatim = _verbatim_blocks(q_keys, c)
    if verbatim:
        blocks, chain = verbatim, (0, len(verbatim) - 1)
    else:
        blocks = [(op.src_start, op.dest_start, op.src_end - op.src_start)
                  for op in Indel.opcodes(q_keys, c.keys) if op.tag == "equal"]
        best = _best_chain(blocks, c.ellipsis_before)
        if best is None:
            return None
        chain = best
    first, last = blocks[chain[0]], blocks[chain[1]]
    qa, ca = first[0], first[1]
    qb, cb = last[0] + last[2], last[1] + last[2]

    if whole_claim:
        # Claim words just outside the span facing quote words just outside it are replacements
        # ("They call on" for "We call on"), not additions in front of the quote.
        lead = _facing_words(ca, qa) if ca not in c.ellipsis_before else 0
        trail = _facing_words(len(c.keys) - cb, len(q_keys) - qb) if cb not in c.ellipsis_before else 0
        qa, ca, qb, cb = qa - lead, ca - lead, qb + trail, cb + trail

    ops: list[DiffOp] = []
    matched = omitted = 0
    # An excerpt that starts or ends inside a clause must not leave out the rest of the clause when that
    # holds a negation, number or limiting word ("invade our neighbours" of "We will never invade …").
    cut_start = _clause_edge(quote_text, q_tokens, qa, -1) if whole_claim and ca == 0 else qa
    cut_end = _clause_edge(quote_text, q_tokens, qb, +1) if whole_claim and cb == len(c.tokens) else qb
    if q_keys[cut_start] in _SUBORDINATORS and _break_between(quote_text, q_tokens, qa) == 1:
        cut_start = qa  # a whole leading clause left out ("If they attack, | we will defend …")
    cut_start = cut_start if any(turns_meaning(k) for k in q_keys[cut_start:qa]) else qa
    cut_end = cut_end if any(turns_meaning(k) for k in q_keys[qb:cut_end]) else qb
    span_start, span_end = q_tokens[cut_start].start, q_tokens[max(qb, cut_end) - 1].end
    claim_end = c.tokens[cb - 1].end if cb else 0

    found: list[str] = []
    if cut_start < qa or cut_end > qb:
        found.append(R.OMISSION_CHANGES_MEANING)  # the score still counts the claimed span only
    if cut_start < qa:
        shown = ELLIPSIS if 0 in c.ellipsis_before else ""
        ops.append(DiffOp("delete", quote_text[span_start:q_tokens[qa].start], shown))
    if whole_claim and ca > 0:
        ops.append(DiffOp("insert", "", _slice(claim, c.tokens, 0, ca, c.tokens[ca].start).rstrip()))
        found += _change_reasons("insert", [], c.keys[:ca])
    if verbatim:
        opcodes = _block_opcodes(verbatim)
    else:
        opcodes = [(op.tag, op.src_start + qa, op.src_end + qa, op.dest_start + ca, op.dest_end + ca)
                   for op in Levenshtein.opcodes(q_keys[qa:qb], c.keys[ca:cb])]
    unfair_omission = False
    for tag, i1, i2, j1, j2 in opcodes:
        original = _slice(quote_text, q_tokens, i1, i2, span_end)
        submitted = _slice(claim, c.tokens, j1, j2, claim_end)
        if tag == "equal":
            matched += i2 - i1
        elif tag == "delete" and (j1 in c.ellipsis_before):
            omitted += i2 - i1
            submitted = ELLIPSIS
            if not _fair_omission(quote_text, q_tokens, i1, i2):
                unfair_omission = True
                found.append(R.OMISSION_CHANGES_MEANING)
        else:
            found += _change_reasons(tag, q_keys[i1:i2], c.keys[j1:j2])
            if tag == "delete" and j1 in c.split_before:
                found.append(R.SPLIT_CLAIM_SKIPS_WORDS)
        ops.append(DiffOp(tag, original, submitted))
    if whole_claim and cb < len(c.tokens):
        ops.append(DiffOp("insert", "", claim[c.tokens[cb].start:c.tokens[-1].end].replace(SPLIT_JOIN, " ")))
        found += _change_reasons("insert", [], c.keys[cb:])
    if cut_end > qb:
        ops.append(DiffOp("delete", quote_text[q_tokens[qb].start:span_end],
                          ELLIPSIS if len(c.tokens) in c.ellipsis_before else ""))

    altered = unfair_omission or cut_start < qa or cut_end > qb or any(
        o.op != "equal" and o.submitted != ELLIPSIS for o in ops)
    span_words = qb - qa - omitted
    claim_words = len(c.tokens) if whole_claim else cb - ca
    score = 100.0 * 2 * matched / max(1, span_words + claim_words)
    if altered:
        wording = "altered"
    elif qa == 0 and qb == len(q_tokens) and omitted == 0:
        wording = "exact"
    else:
        wording = "excerpt"
    return Alignment(score=round(score, 1), start=span_start, end=span_end, diff=ops,
                     wording=wording, matched_words=matched, span_words=span_words,
                     claim_words=claim_words, quote_words=len(q_tokens), reasons=list(dict.fromkeys(found)))


def _change_reasons(tag: str, original: list[str], submitted: list[str]) -> list[str]:
    """The reasons one changed stretch of words gives: a number or symbol, a negation, other words."""
    found = []
    if any(is_number(k) for k in (*original, *submitted)):
        found.append(R.NUMBER_CHANGED)
    if sorted(k for k in original if is_negation(k)) != sorted(k for k in submitted if is_negation(k)):
        found.append(R.NEGATION_CHANGED)
    if tag != "replace" or not found:
        found.append({"insert": R.WORDS_ADDED, "delete": R.WORDS_REMOVED}.get(tag, R.WORD_CHANGED))
    return found


# What ends a sentence between two words; a comma or a dash separates clauses.
_SENTENCE_BREAK = frozenset(".!?;:\n")
_CLAUSE_BREAK = frozenset(",\u2013\u2014\u2015")


def _break_between(quote_text: str, tokens: list[Token], i: int) -> int:
    """How the text between token i-1 and token i separates them: 2 a sentence, 1 a clause, 0 not at all."""
    if i <= 0 or i >= len(tokens):
        return 2  # the quote's own start or end
    gap = quote_text[tokens[i - 1].end:tokens[i].start]
    if any(ch in _SENTENCE_BREAK for ch in gap):
        return 2
    return 1 if any(ch in _CLAUSE_BREAK for ch in gap) or " - " in gap else 0


# Words that open a new clause after a comma ("…, but …"); a comma before other words may close an aside
# inside one clause ("I do not, under any circumstances, support the war").
_CLAUSE_OPENERS = words("comma_clause_openers")
# Pronouns that open a clause after a comma as its subject ("…in the world, you do not experiment"), unless the
# comma opens a short aside ("I do not, I think, support the war").
_CLAUSE_SUBJECTS = words("comma_clause_subjects")
MAX_ASIDE_WORDS = 3


def _aside(quote_text: str, tokens: list[Token], j: int) -> bool:
    """Tell whether the words from token j close with a comma or dash within a few words: an aside set off inside
    a clause ("…, I think, …"), not a clause of its own."""
    return any(_break_between(quote_text, tokens, k) == 1 for k in range(j + 1, min(len(tokens), j + 1 +
                                                                                    MAX_ASIDE_WORDS)))


# Words that open a leading subordinate clause, which a comma then closes ("If they attack, we …").
_SUBORDINATORS = frozenset("if unless when whenever because although though while since after before once as".split())


def _clause_edge(quote_text: str, tokens: list[Token], i: int, step: int) -> int:
    """The first token of the clause that token i stands in (step -1), or the end of the clause that
    token i-1 stands in (step +1)."""
    def opens_clause(j: int) -> bool:
        level = _break_between(quote_text, tokens, j)
        return level == 2 or level == 1 and (tokens[j].key in _CLAUSE_OPENERS or (
            tokens[j].key in _CLAUSE_SUBJECTS and not _aside(quote_text, tokens, j)))

    if step < 0:
        while i > 0 and not opens_clause(i):
            i -= 1
        return i
    while i < len(tokens) and not opens_clause(i):
        i += 1
    return i


def _fair_omission(quote_text: str, tokens: list[Token], i1: int, i2: int) -> bool:
    """Tell whether leaving out quote tokens i1..i2 at an ellipsis keeps the meaning (SPEC, "Wording").

    Whole clauses or sentences may go with whatever they hold: the omission then starts and ends at a
    clause break. Otherwise it must not drop a negation, a number or a limiting word from the clause whose
    other words are kept ("We will … invade" from "We will never invade").
    """
    if not any(turns_meaning(t.key) for t in tokens[i1:i2]):
        return True
    return _break_between(quote_text, tokens, i1) >= 1 and _break_between(quote_text, tokens, i2) >= 1


def is_close(alignment: Alignment | None) -> bool:
    """Tell whether an alignment is close enough to call the quote a match for the claim at all."""
    if alignment is None:
        return False
    m = alignment.matched_words
    # At least three shared words, unless the quote or the claim is shorter than that
    # ("study" as a whole quote, or "Study it." from a longer one); a lone word is too common
    # to stand for an excerpt of a longer quote.
    if m < min(3, alignment.quote_words, max(2, alignment.claim_words)):
        return False
    if m < MIN_SPAN_COVERAGE * max(1, alignment.span_words):
        return False
    # The claim is mostly this quote, or the whole quote sits inside a longer claim.
    return m >= MIN_CLAIM_COVERAGE * alignment.claim_words or m >= 0.8 * alignment.quote_words


def only_added_around(alignment: Alignment) -> bool:
    """Tell whether a claim differs from the quote only by words before or after it (nothing changed inside)."""
    inner = list(alignment.diff)
    if inner and inner[0].op == "insert":
        inner = inner[1:]
    if inner and inner[-1].op == "insert":
        inner = inner[:-1]
    return bool(inner) and all(o.op == "equal" or o.submitted == ELLIPSIS for o in inner)


def word_count(text: str) -> int:
    """Count the words of a text, ellipses excluded."""
    return sum(len(tokenize(p)) for p in split_ellipses(text))
