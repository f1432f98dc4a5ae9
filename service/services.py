"""Use cases that tie the domain core to a store: verify, add articles and quotes, read, delete.

The matching index lives in memory next to the store. It is built lazily (or loaded from a
snapshot) on first use and then follows the store's change log, so writes made by this process or
by another one sharing the database become findable without a rebuild.
"""
from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from dataclasses import dataclass

from .core import claim as claims
from .core import evidence, extraction, reasons, speakers
from .core.align import align, is_close
from .core.errors import NotFound
from .core.index import QuoteIndex
from .core.models import ArticleInput, Match, Quote, QuoteRecord, Speaker, Verdict
from .core.passages import passage_around
from .core.verdict import choose_reading, decide, paraphrase_matches, rank_matches
from .store.base import Article, Page, Store

log = logging.getLogger(__name__)

CANDIDATES = 24  # candidates the index hands to alignment for each verify
PARAPHRASE_CANDIDATES = 200  # candidates searched for the claimed speaker's words when nothing matches closely
PASSAGE_SOURCES = 3  # sources of a match looked at for the other pieces of its passage
PASSAGE_PIECES = 3  # pieces either side of a match that may belong to its passage


@dataclass
class VerifyRequest:
    """One verify call's input."""

    text: str
    speaker: str | None = None
    date: str | None = None
    limit: int = 5


class QuoteService:
    """The application: every use case the HTTP API, the CLI and the benchmarks call."""

    def __init__(self, store: Store, sync_interval: float = 0.5, snapshot: bool = True,
                 thresholds: evidence.Thresholds | None = None):
        self.store = store
        self.thresholds = thresholds or evidence.Thresholds()
        self.sync_interval = sync_interval
        self.snapshot = snapshot
        self._index: QuoteIndex | None = None
        self._seq = 0
        self._last_sync = 0.0
        self._lock = threading.RLock()
        # A store that can announce other instances' writes (PostgreSQL's NOTIFY) makes them
        # findable at once; polling every `sync_interval` seconds stays as the fallback.
        store.subscribe(lambda: self.sync(force=True))

    # -- the matching index -------------------------------------------------------------------

    @property
    def index(self) -> QuoteIndex:
        """The in-memory candidate index, loaded or built on first use."""
        if self._index is None:
            with self._lock:
                if self._index is None:
                    self._open_index()
        index = self._index
        assert index is not None, "_open_index sets the index or raises"
        return index

    def _open_index(self) -> None:
        """Load the snapshot and replay the change log after it, or build from the store."""
        path = self.store.snapshot_path() if self.snapshot else None
        started = time.perf_counter()
        if path and os.path.exists(path):
            try:
                self._check_snapshot(QuoteIndex.snapshot_header(path))
                self._index, self._seq = QuoteIndex.load(path, store=self.store.identity())
                applied = self._apply_changes()
                log.info("index loaded from snapshot: %d quotes, %d changes replayed, %.2fs",
                         len(self._index), applied, time.perf_counter() - started)
                if applied > 10_000:
                    self.save_index()
                return
            except (ValueError, OSError) as exc:
                log.warning("index snapshot unusable (%s); rebuilding", exc)
        self._seq = self.store.last_change()
        index = QuoteIndex()
        for rows in self.store.iter_quote_texts():
            index.add_many(rows)
        self._index = index
        # Changes committed while we were reading are replayed; replaying an add is harmless.
        self._apply_changes()
        log.info("index built: %d quotes in %.2fs", len(index), time.perf_counter() - started)
        if path and len(index):
            self.save_index()

    def _check_snapshot(self, header: dict) -> None:
        """Raise ValueError unless a snapshot was written for this database in its present line of history.

        The identity tells databases apart; a backup restored over the same file (or a pg_dump restored into
        the same database) keeps its identity, so the snapshot also records the change-log high-water mark it
        was written at and the last entries up to it. The database must have reached that mark, by the same
        entries: one restored from an earlier backup has not, or has reached it by other writes.
        """
        try:
            watermark = int(header.get("watermark", 0))
            recorded = [(int(seq), int(quote_id), str(op), digest)
                        for seq, quote_id, op, digest in header.get("marks") or []]
        except (TypeError, ValueError) as exc:
            raise ValueError(f"its change-log marks are unreadable ({exc})") from exc
        last = self.store.last_change()
        if watermark > last:
            raise ValueError(f"written at change {watermark}, but the database ends at change {last} "
                             "(restored from an earlier backup?)")
        if watermark and not recorded:
            raise ValueError("it records no change-log marks")
        now = {mark[0]: mark for mark in self._change_marks(watermark)}
        for seq, quote_id, op, digest in recorded:
            mine = now.get(seq)
            # A quote deleted since is fine (its deletion comes after the mark and is replayed);
            # another quote, another operation or other words at the same place in the log is another history.
            if mine is None or mine[1:3] != (quote_id, op) or (mine[3] is not None and mine[3] != digest):
                raise ValueError(f"the change log differs from the snapshot's at change {seq} "
                                 "(the database was restored and written to since?)")
        if len(now) != len(recorded):
            raise ValueError("the change log differs from the snapshot's")

    def _change_marks(self, upto: int) -> list[tuple[int, int, str, str | None]]:
        """The store's last change-log entries up to `upto`, each quote's words as a short digest."""
        return [(seq, quote_id, op, None if text is None else _digest(text))
                for seq, quote_id, op, text in self.store.change_marks(upto)]

    def _apply_changes(self) -> int:
        """Bring the index up to date with the store's change log; return how many entries applied."""
        applied = 0
        index = self._index
        if index is None:  # nothing to bring up to date: opening the index reads the store as it is then
            return applied
        while True:
            changes = self.store.changes_since(self._seq)
            if not changes:
                break
            for change in changes:
                if change.op == "add" and change.text is not None:
                    index.add(change.quote_id, change.text)
                elif change.op == "delete":
                    index.remove(change.quote_id)
                self._seq = change.seq
            applied += len(changes)
        self._last_sync = time.monotonic()
        return applied

    def sync(self, force: bool = False) -> None:
        """Follow writes made elsewhere (at most every `sync_interval` seconds unless forced)."""
        if self._index is None:
            return
        if force or time.monotonic() - self._last_sync >= self.sync_interval:
            with self._lock:
                self._apply_changes()

    def save_index(self) -> bool:
        """Persist the index snapshot so the next start-up does not rebuild it; tell whether it was saved.

        A snapshot only saves start-up time: failing to write one (a full disk, a read-only folder) is
        logged, and the service goes on serving from the index in memory.
        """
        path = self.store.snapshot_path() if self.snapshot else None
        if not path or self._index is None:
            return False
        try:
            with self._lock:
                self._index.save(path, watermark=self._seq, store=self.store.identity(),
                                 marks=[list(mark) for mark in self._change_marks(self._seq)])
        except OSError as exc:
            log.error("could not save the index snapshot to %s (%s); serving without it, the next start "
                      "rebuilds the index", path, exc)
            return False
        return True

    # -- verification -------------------------------------------------------------------------

    def verify(self, request: VerifyRequest) -> Verdict:
        """Check a submission against the index: who said it, where, and what was changed."""
        claim = claims.parse_claim(request.text)
        claimed = (request.speaker or "").strip() or claim.speaker
        claim_from = "request" if (request.speaker or "").strip() else ("text" if claim.speaker else None)
        if not claim.text.strip():
            return decide([], claimed, speakers.person_matches, claim_from, request.date, self.thresholds,
                          claim=claim.text)
        self.sync()
        limit = max(CANDIDATES, request.limit * 3)
        quotes, matches = self._candidates(claim.text, claimed, limit)
        text = claim.text
        if claim.whole:
            more, whole_matches = self._candidates(claim.whole, claimed, limit)
            quotes += more
            text, matches = choose_reading(claim.text, matches, claim.whole, whole_matches, claim.whole_presented)
        paraphrased = not matches and bool(claimed)
        if paraphrased:
            # Nothing close: what the claimed speaker did say about it, as a misquotation ("Stoltenberg said
            # NATO will escalate" -> his "… immediately de-escalate the situation").
            fetched = {quote.id for quote in quotes}
            wider = self.index.search(text, limit=PARAPHRASE_CANDIDATES)
            quotes += self.store.get_quotes([qid for qid, _ in wider if qid not in fetched])
            matches = paraphrase_matches(text, quotes, claimed, speakers.person_matches)
        elif matches and "insert" in (matches[0].alignment.diff[0].op, matches[0].alignment.diff[-1].op):
            # Words before or after the best match may be the other pieces of its passage.
            matches = self._passage(text, matches[0]) + matches[1:]
        # The evidence for each match's words: the candidates already fetched that hold the same passage.
        matches, circulating = evidence.trace_misquote(evidence.attach(matches, quotes, speakers.person_matches))
        # Decided on every match, then cut to the limit: the real speaker's quote comes first even when the
        # claimed one's ranked above it.
        verdict = decide(matches, claimed, speakers.person_matches, claim_from, request.date, self.thresholds,
                         claim=text)
        verdict.matches = verdict.matches[: request.limit]
        if paraphrased and verdict.matches:
            verdict.reasons.append(reasons.CLOSEST_WORDS_OF_SPEAKER)
        if circulating is not None and verdict.wording == "altered":
            verdict.circulating = circulating
            verdict.reasons.append(reasons.MISQUOTE_CIRCULATING)
        elif evidence.earlier_variant(matches):
            verdict.reasons.append(reasons.EARLIER_VARIANT)
        return verdict

    def _passage(self, text: str, best: Match) -> list[Match]:
        """The best match read as one passage with the pieces of the same speaker next to it in a source (a
        quote split around "he said", or continued in the next paragraph), when the claim spans them."""
        pieces: list[Quote] = []
        for occurrence in best.quote.sources[:PASSAGE_SOURCES]:
            if occurrence.start is None or occurrence.source.id is None:
                continue
            ids = self.store.source_quote_ids(occurrence.source.id)
            if best.quote.id not in ids:
                continue
            at = ids.index(best.quote.id)
            pieces = self.store.get_quotes(ids[max(0, at - PASSAGE_PIECES):at + PASSAGE_PIECES + 1])
            passage = passage_around(best.quote, occurrence.source.id, pieces)
            alignment = align(text, passage.text) if passage is not best.quote else None
            if alignment is not None and is_close(alignment) and alignment.score > best.alignment.score:
                return [Match(passage, alignment)]
        return [best]

    def _candidates(self, text: str, claimed: str | None, limit: int) -> tuple[list[Quote], list[Match]]:
        """The index's candidate quotes for a reading of the claim, and the close ones ranked best first."""
        # No service lock here: the index takes concurrent searches beside its one writer.
        candidates = self.index.search(text, limit=limit)
        quotes = self.store.get_quotes([qid for qid, _ in candidates])
        return quotes, rank_matches(text, quotes, claimed, speakers.person_matches)

    # -- writes -------------------------------------------------------------------------------

    def add_article(self, article: ArticleInput) -> tuple[Article, list[Quote], bool]:
        """Extract an article's quotes and store it all in one transaction; idempotent by url or text."""
        existing = self.store.find_article(article.url, article.text)
        if existing:
            return existing, self.store.get_quotes(existing.quote_ids), False
        found = extraction.extract_quotes(article.text, article.published, author=article.author)
        for q in found:
            if not q.context:
                q.context = paragraph_around(article.text, q.start, q.end)
        stored, created = self.store.add_article(article, found)
        self._after_write()
        return stored, self.store.get_quotes(stored.quote_ids), created

    def find_article_by_url(self, url: str) -> Article | None:
        """Return the article stored under this url, if any."""
        return self.store.find_article(url, "") if url else None

    def add_quotes(self, records: list[QuoteRecord]) -> list[int]:
        """Store quote records all-or-nothing; equal quotes merge into one with several sources."""
        ids = self.store.add_quotes(records)
        self._after_write()
        return ids

    def delete_quote(self, quote_id: int) -> None:
        """Delete one quote."""
        if not self.store.delete_quote(quote_id):
            raise NotFound(f"no quote with id {quote_id}")
        self._after_write()

    def delete_article(self, article_id: int) -> None:
        """Delete an article and the quotes that no other source holds."""
        if not self.store.delete_article(article_id):
            raise NotFound(f"no article with id {article_id}")
        self._after_write()

    def _after_write(self) -> None:
        """Make this process's own writes findable at once."""
        if self._index is not None:
            self.sync(force=True)

    # -- reads --------------------------------------------------------------------------------

    def get_quote(self, quote_id: int) -> Quote:
        """Return one quote or raise NotFound."""
        found = self.store.get_quotes([quote_id])
        if not found:
            raise NotFound(f"no quote with id {quote_id}")
        return found[0]

    def list_quotes(self, **filters) -> Page:
        """Return a page of quotes."""
        return self.store.list_quotes(**filters)

    def list_speakers(self, **filters) -> Page:
        """Return a page of speakers with quote counts."""
        return self.store.list_speakers(**filters)

    def get_speaker(self, speaker_id: int, quote_limit: int = 100) -> tuple[Speaker, list[Quote]]:
        """Return a speaker and their quotes, or raise NotFound."""
        speaker = self.store.get_speaker(speaker_id)
        if speaker is None:
            raise NotFound(f"no speaker with id {speaker_id}")
        return speaker, self.store.get_quotes(self.store.speaker_quote_ids(speaker_id, quote_limit))

    def get_article(self, article_id: int) -> tuple[Article, list[Quote]]:
        """Return an article with its quotes, or raise NotFound."""
        article = self.store.get_article(article_id)
        if article is None:
            raise NotFound(f"no article with id {article_id}")
        return article, self.store.get_quotes(article.quote_ids)

    def iter_quotes(self, batch: int = 1000):
        """Yield every stored quote (for export)."""
        return self.store.iter_quotes(batch)

    def is_empty(self) -> bool:
        """Tell whether the store holds no quote at all."""
        return self.store.count_quotes() == 0

    def close(self) -> None:
        """Release the store."""
        self.store.close()


def _digest(text: str) -> str:
    """A short fingerprint of a quote's words."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def paragraph_around(text: str, start: int, end: int) -> str:
    """Return the paragraph (newline-delimited block) that holds text[start:end]."""
    a = text.rfind("\n", 0, max(0, start)) + 1
    b = text.find("\n", end)
    return text[a: b if b != -1 else len(text)].strip()
