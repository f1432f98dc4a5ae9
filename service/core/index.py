"""Candidate search over many quotes: an inverted index over word keys and adjacent word pairs.

A submission is usually a quote with a few words changed, an excerpt of it, or a paragraph that
contains it. Adjacent word pairs ("pairs") are far rarer than single words, so a handful of them
pins down the right quote; single words still count, with less weight, for short or heavily
edited submissions. Each key points at a posting list of quote slots.

Postings live in two compressed-sparse-row tables (numpy offsets + one uint32 array each):

* the word table is indexed directly by word id;
* the pair table is a hash table: a pair of word ids is hashed into one of 2**bits buckets.
  A collision only merges two posting lists, which costs a little precision, never recall.

A search reads the posting lists of the submission's keys rarest first and stops at a fixed budget
of postings, so its cost depends on how rare the submission's keys are, not on the corpus size.

New quotes are findable at once: `add` appends them to a small pending part (plain dicts) that the
search also reads; pending quotes are merged into the tables in one vectorised step now and then.
`remove` only clears a quote's slot; slots are reclaimed when enough of them are dead.
"""
from __future__ import annotations

import io
import json
import math
import os
import tempfile
import threading
import zipfile
from array import array
from collections.abc import Iterable

import numpy as np

from . import text as _text

SNAPSHOT_FORMAT = "quotecheck-index"
SNAPSHOT_VERSION = 1

# Hash constants (odd 64-bit multipliers) that spread a pair of word ids over the buckets.
_PAIR_A = np.uint64(0x9E3779B97F4A7C15)
_PAIR_B = np.uint64(0xC2B2AE3D27D4EB4F)

# Quotes keyed at a time in a full build (bounds its temporary memory).
BUILD_CHUNK = 50_000
# Pending quotes are merged into the tables once there are this many of them.
MERGE_AFTER = 8192
# Dead slots are reclaimed (full rebuild) once they are this share of all slots.
VACUUM_SHARE = 0.25
# A search reads at most this many postings (rarest keys first), whatever the corpus size.
POSTING_BUDGET = 8_000
# Keys held by more than this share of the quotes say nothing about which quote it is.
COMMON_SHARE = 0.05
# A pair of words identifies a quote more than the same two words apart.
PAIR_WEIGHT = 1.5
# Spellings remembered with their word id, so repeated words skip keying (bounds the cache).
RAW_SPELLINGS = 2_000_000
# Keys of one submission looked at, at most (rarest first).
MAX_KEYS = 4096
# Share of a quote's keys (or of the submission's, if fewer) a candidate must share.
MIN_COVERAGE = 0.1
# Candidates scoring below this share of the best candidate's score are not returned.
RELATIVE_FLOOR = 0.25


_WORD_PATTERN = getattr(_text, "_WORD", None)
_TRANSLATION = getattr(_text, "_TRANSLATION", None)


def _raw_words(text: str) -> list[str]:
    """Return the words of text as `service.core.text.words` finds them, before keying them.

    Keying each word (Unicode normalisation, case folding) is most of the cost of indexing, and
    the same spellings recur, so the index keys each spelling once. Should the text module change
    shape, its keyed words are used instead (keying a key again changes nothing).
    """
    if _WORD_PATTERN is None or _TRANSLATION is None:
        return _text.words(text)
    return _WORD_PATTERN.findall(text.translate(_TRANSLATION))


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """Sort values in place and return them without repeats."""
    values.sort()
    if len(values) < 2:
        return values
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _pair_buckets(ids: np.ndarray, bits: int) -> np.ndarray:
    """Hash each adjacent pair of word ids into a bucket number below 2**bits."""
    ids = ids.astype(np.uint64)
    mixed = (ids[:-1] * _PAIR_A) ^ (ids[1:] * _PAIR_B)
    return (mixed >> np.uint64(64 - bits)).astype(np.int64)


def _bits_for(entries: int) -> int:
    """Pick the pair table size: about one bucket per two postings, within sensible bounds."""
    return int(min(28, max(12, math.ceil(math.log2(max(2, entries // 2))))))


def _offsets_dtype(total: int):
    """Offsets fit in uint32 up to 2**32 postings (halves the pair table's largest array)."""
    return np.uint32 if total < 2**32 - 1 else np.int64


class _Table:
    """One posting table: `offsets[k]:offsets[k+1]` is the slice of `postings` holding key k."""

    __slots__ = ("offsets", "postings")

    def __init__(self, offsets: np.ndarray, postings: np.ndarray) -> None:
        self.offsets = offsets
        self.postings = postings

    @classmethod
    def empty(cls, keys: int) -> "_Table":
        """A table of `keys` empty posting lists."""
        return cls(np.zeros(keys + 1, dtype=np.uint32), np.zeros(0, dtype=np.uint32))

    @property
    def keys(self) -> int:
        """How many keys the table covers."""
        return len(self.offsets) - 1

    def grow(self, keys: int) -> None:
        """Cover more keys (new keys start with empty posting lists)."""
        if keys > self.keys:
            tail = np.full(keys - self.keys, self.offsets[-1], dtype=self.offsets.dtype)
            self.offsets = np.concatenate([self.offsets, tail])

    def merge(self, keys: np.ndarray, slots: np.ndarray) -> None:
        """Insert (key, slot) postings sorted by (key, slot); slots exceed every slot in the table."""
        if not len(keys):
            return
        # Each new posting goes at the end of its key's list, which keeps every list sorted.
        self.postings = np.insert(self.postings, self.offsets[keys + 1].astype(np.int64), slots.astype(np.uint32))
        # Offsets after each touched key move up by the new postings before them: a step function,
        # added in place (the offsets array is the size of the table, the new postings are few).
        firsts, run = _runs(keys)
        touched = keys[firsts]
        steps = np.cumsum(run)
        spans = np.diff(np.append(touched + 1, self.keys + 1))
        dtype = _offsets_dtype(len(self.postings))
        if self.offsets.dtype != dtype:
            self.offsets = self.offsets.astype(dtype)
        elif not self.offsets.flags.writeable:
            self.offsets = self.offsets.copy()
        self.offsets[touched[0] + 1:] += np.repeat(steps.astype(dtype), spans)

    def df(self, key: int) -> int:
        """How many postings key has in the table."""
        return int(self.offsets[key + 1]) - int(self.offsets[key]) if key < self.keys else 0

    def postings_of(self, key: int) -> np.ndarray:
        """The posting list of key."""
        if key >= self.keys:
            return self.postings[:0]
        return self.postings[self.offsets[key]:self.offsets[key + 1]]


def _runs(sorted_keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (first index, length) of each run of equal values in a sorted array."""
    if not len(sorted_keys):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    firsts = np.flatnonzero(np.concatenate([[True], sorted_keys[1:] != sorted_keys[:-1]]))
    return firsts, np.diff(np.append(firsts, len(sorted_keys)))


def _doc_keys(tokens: np.ndarray, starts: np.ndarray, slots: np.ndarray, bits: int):
    """Return (word keys, word slots, pair keys, pair slots), each sorted by (key, slot).

    `tokens[starts[i]:starts[i+1]]` are the word ids of the document in slot `slots[i]`.
    Keys repeated inside one document are posted once.
    """
    lengths = np.diff(starts)
    owner = np.repeat(slots.astype(np.int64), lengths)
    words = _sorted_unique((tokens.astype(np.int64) << 32) | owner)
    if len(tokens) > 1:
        buckets = _pair_buckets(tokens, bits)
        same_doc = owner[:-1] == owner[1:]  # a pair may not straddle two documents
        pairs = _sorted_unique((buckets[same_doc] << 32) | owner[:-1][same_doc])
    else:
        pairs = np.zeros(0, dtype=np.int64)
    return words >> 32, words & 0xFFFFFFFF, pairs >> 32, pairs & 0xFFFFFFFF


def _build_tables(tokens: np.ndarray, starts: np.ndarray, bits: int, vocabulary: int) -> tuple[_Table, _Table]:
    """Build the word and pair tables for documents 0..n-1 (slot = position), chunk by chunk.

    A counting sort in two passes over chunks keeps the temporary arrays small: the first pass
    counts each key's postings, the second drops every posting at its place.
    """
    n = len(starts) - 1

    def chunks():
        for first in range(0, n, BUILD_CHUNK):
            last = min(n, first + BUILD_CHUNK)
            bounds = starts[first:last + 1]
            yield _doc_keys(tokens[bounds[0]:bounds[-1]], bounds - bounds[0],
                            np.arange(first, last, dtype=np.int64), bits)

    counts = [np.zeros(vocabulary, dtype=np.int64), np.zeros(1 << bits, dtype=np.int64)]
    for word_keys, _, pair_keys, _ in chunks():
        for count, keys in zip(counts, (word_keys, pair_keys)):
            firsts, run = _runs(keys)
            count[keys[firsts]] += run
    tables, cursors = [], []
    for count in counts:
        offsets = np.concatenate([[0], np.cumsum(count)])
        tables.append(_Table(offsets.astype(_offsets_dtype(int(offsets[-1]))),
                             np.zeros(int(offsets[-1]), dtype=np.uint32)))
        cursors.append(offsets[:-1].copy())
    for word_keys, word_slots, pair_keys, pair_slots in chunks():
        for table, cursor, keys, slots in zip(tables, cursors, (word_keys, pair_keys), (word_slots, pair_slots)):
            firsts, run = _runs(keys)
            rank = np.arange(len(keys)) - np.repeat(firsts, run)
            table.postings[cursor[keys] + rank] = slots
            cursor[keys[firsts]] += run
    return tables[0], tables[1]


def _read_member(archive: zipfile.ZipFile, name: str) -> np.ndarray:
    """Read one .npy member as a (read-only) array over its bytes, without copying it again.

    Reading a member checks its CRC, so a damaged file fails here.
    """
    data = archive.read(name)
    stream = io.BytesIO(data)
    version = np.lib.format.read_magic(stream)
    if version == (1, 0):
        shape, fortran_order, dtype = np.lib.format.read_array_header_1_0(stream)
    else:
        shape, fortran_order, dtype = np.lib.format.read_array_header_2_0(stream)
    if dtype.hasobject or fortran_order or len(shape) != 1:
        raise ValueError(f"unexpected array layout in {name}")
    return np.frombuffer(data, dtype=dtype, count=shape[0], offset=stream.tell())


class QuoteIndex:
    """In-memory candidate index over normalised word tokens of quote texts."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._vocab: dict[str, int] = {}
        self._vocab_list: list[str] = []
        self._raw_ids: dict[str, int] = {}               # word as written -> word id (a cache)
        self._quote_ids = np.zeros(0, dtype=np.int64)   # slot -> quote id
        self._alive = np.zeros(0, dtype=bool)           # slot -> still in the index
        self._lengths = np.zeros(0, dtype=np.uint32)    # slot -> words in the quote
        self._slot_of: dict[int, int] = {}              # quote id -> slot
        self._slots = 0
        self._dead = 0
        # Word ids of every slot's text, flat: needed to merge, resize and reclaim slots.
        self._tokens = np.zeros(0, dtype=np.uint32)
        self._starts = np.zeros(1, dtype=np.int64)
        self._merged = 0                                # slots below this are in the tables
        self._pending_tokens = array("I")               # word ids of slots merged..slots-1, flat
        self._pending_lengths = array("I")              # words of each of those slots
        self._pending_words: dict[int, list[int]] = {}  # word id -> pending slots
        self._pending_pairs: dict[int, list[int]] = {}  # pair bucket -> pending slots
        self._pending_searchable = True                 # False: merge before the next search
        self._bits = 12
        self._words = _Table.empty(0)
        self._pairs = _Table.empty(1 << self._bits)

    # -- writing ------------------------------------------------------------------------------

    def __len__(self) -> int:
        """How many quotes are in the index."""
        return self._slots - self._dead

    def __contains__(self, quote_id: object) -> bool:
        """Tell whether a quote id is in the index."""
        return quote_id in self._slot_of

    def words_of(self, quote_id: int) -> list[str]:
        """Return the word keys the index holds for a quote (KeyError if it is not indexed)."""
        with self._lock:
            return [self._vocab_list[i] for i in self._ids_of(self._slot_of[quote_id])]

    def _ids_of(self, slot: int) -> list[int]:
        """The word ids stored for a slot, merged or pending."""
        if slot < self._merged:
            return self._tokens[self._starts[slot]:self._starts[slot + 1]].tolist()
        before = slot - self._merged
        start = sum(self._pending_lengths[:before])
        return self._pending_tokens[start:start + self._pending_lengths[before]].tolist()

    def nbytes(self) -> int:
        """Approximate memory held by the index's arrays (dicts and the vocabulary excluded)."""
        arrays = (self._quote_ids, self._alive, self._lengths, self._tokens, self._starts, self._words.offsets,
                  self._words.postings, self._pairs.offsets, self._pairs.postings)
        return sum(a.nbytes for a in arrays)

    def add(self, quote_id: int, text: str) -> None:
        """Index one quote; it is findable as soon as this returns. Re-adding an id replaces it."""
        with self._lock:
            appended = self._append(quote_id, text)
            if appended is None:
                return
            slot, ids = appended
            if len(self._pending_lengths) > MERGE_AFTER:
                self._pending_searchable = False
            if self._pending_searchable:
                for word in set(ids):
                    self._pending_words.setdefault(word, []).append(slot)
                if len(ids) > 1:
                    for bucket in set(_pair_buckets(np.asarray(ids), self._bits).tolist()):
                        self._pending_pairs.setdefault(bucket, []).append(slot)
            else:
                self._merge_pending()

    def add_many(self, items: Iterable[tuple[int, str]]) -> None:
        """Index many quotes at once (one vectorised merge instead of one update per quote)."""
        with self._lock:
            for quote_id, text in items:
                self._append(quote_id, text)
            # Merged lazily: consecutive batches cost one merge, done before the next search.
            self._pending_searchable = False

    def remove(self, quote_id: int) -> None:
        """Take a quote out of the index; removing an unknown id does nothing."""
        with self._lock:
            slot = self._slot_of.pop(quote_id, None)
            if slot is None:
                return
            self._alive[slot] = False
            self._dead += 1
            if self._dead > 1024 and self._dead > VACUUM_SHARE * self._slots:
                self._rebuild()

    def _append(self, quote_id: int, text: str) -> tuple[int, list[int]] | None:
        """Give a quote a new slot and record its word ids; return the slot and the ids.

        Returns None when the quote is already indexed with the same words (replaying a change
        log adds the same quotes again; that must cost nothing).
        """
        quote_id = int(quote_id)
        if quote_id < 0 or quote_id >= 1 << 63:
            raise ValueError(f"quote id must be a non-negative 64-bit integer, not {quote_id}")
        ids = self._word_ids(text or "", grow=True)
        old_slot = self._slot_of.get(quote_id)
        if old_slot is not None:
            # Only merged slots are compared: finding a pending slot's words costs a scan.
            if old_slot < self._merged and self._ids_of(old_slot) == ids:
                return None
            self.remove(quote_id)
        slot = self._slots
        if slot >= 1 << 32:
            raise OverflowError("the index holds at most 2**32 slots")
        if slot >= len(self._quote_ids):
            capacity = max(1024, 2 * slot)
            self._quote_ids = np.resize(self._quote_ids, capacity)
            self._lengths = np.resize(self._lengths, capacity)
            alive = np.zeros(capacity, dtype=bool)
            alive[:slot] = self._alive[:slot]
            self._alive = alive
        self._quote_ids[slot] = quote_id
        self._lengths[slot] = len(ids)
        self._alive[slot] = True
        self._slot_of[quote_id] = slot
        self._pending_tokens.extend(ids)
        self._pending_lengths.append(len(ids))
        self._slots += 1
        return slot, ids

    def _word_ids(self, text: str, grow: bool) -> list[int]:
        """Return the word id of each word of text (-1 for words never indexed unless `grow`)."""
        raw = _raw_words(text)
        ids = list(map(self._raw_ids.get, raw))
        if None in ids:
            # First sight of these spellings: key them the one way (`text.word_key`) and remember.
            vocab = self._vocab
            for i, word in enumerate(raw):
                if ids[i] is not None:
                    continue
                key = _text.word_key(word)
                wid = vocab.get(key)
                if wid is None and grow:
                    wid = vocab[key] = len(self._vocab_list)
                    self._vocab_list.append(key)
                if wid is None:
                    ids[i] = -1
                else:
                    ids[i] = wid
                    if len(self._raw_ids) < RAW_SPELLINGS:
                        self._raw_ids[word] = wid
        return ids

    def _flush_pending(self) -> tuple[np.ndarray, np.ndarray]:
        """Move pending word ids to the flat store; return their tokens and local starts."""
        new_tokens = np.frombuffer(self._pending_tokens, dtype=np.uint32).copy()
        starts = np.zeros(len(self._pending_lengths) + 1, dtype=np.int64)
        np.cumsum(np.frombuffer(self._pending_lengths, dtype=np.uint32), out=starts[1:])
        self._pending_tokens, self._pending_lengths = array("I"), array("I")
        self._tokens = np.concatenate([self._tokens, new_tokens]) if len(self._tokens) else new_tokens
        self._starts = np.concatenate([self._starts, self._starts[-1] + starts[1:]])
        self._pending_words, self._pending_pairs = {}, {}
        self._pending_searchable = True
        return new_tokens, starts

    def _merge_pending(self) -> None:
        """Move the pending slots into the posting tables in one vectorised step."""
        if not len(self._pending_lengths):
            self._pending_searchable = True
            return
        pending = len(self._pending_lengths)
        new_tokens, starts = self._flush_pending()
        if _bits_for(len(self._tokens)) > self._bits + 1 or pending * 4 > self._merged:
            # Many new quotes, or an overfull pair table: building afresh is cheaper than inserting.
            self._rebuild()
            return
        slots = np.arange(self._merged, self._slots, dtype=np.int64)
        word_keys, word_slots, pair_keys, pair_slots = _doc_keys(new_tokens, starts, slots, self._bits)
        self._words.grow(len(self._vocab_list))
        self._words.merge(word_keys, word_slots)
        self._pairs.merge(pair_keys, pair_slots)
        self._merged = self._slots

    def _rebuild(self) -> None:
        """Rebuild both tables from the stored word ids, dropping dead slots and resizing."""
        if len(self._pending_lengths):
            self._flush_pending()
        alive = self._alive[:self._slots]
        lengths = np.diff(self._starts)
        if self._dead:
            self._tokens = self._tokens[np.repeat(alive, lengths)]
            lengths = lengths[alive]
            self._starts = np.concatenate([[0], np.cumsum(lengths)])
            keep = np.flatnonzero(alive)
            self._quote_ids = self._quote_ids[keep]
            self._slot_of = dict(zip(self._quote_ids.tolist(), range(len(keep))))
        n = len(lengths)
        self._quote_ids = self._quote_ids[:n].copy()
        self._lengths = lengths.astype(np.uint32)
        self._alive = np.ones(n, dtype=bool)
        self._slots, self._dead, self._merged = n, 0, n
        self._bits = _bits_for(len(self._tokens))
        self._words, self._pairs = _build_tables(self._tokens, self._starts, self._bits, len(self._vocab_list))

    # -- searching ----------------------------------------------------------------------------

    def search(self, text: str, limit: int = 10) -> list[tuple[int, float]]:
        """Return up to `limit` (quote id, rough score 0-1) pairs that may match text, best first.

        The text may be a quote with words changed or dropped, an excerpt of one, or a paragraph
        that contains one among other words.
        """
        if limit <= 0 or not text:
            return []
        with self._lock:
            if not self._pending_searchable:
                self._merge_pending()
            if not len(self):
                return []
            return self._search_ids(self._word_ids(text, grow=False), limit)

    def _query_keys(self, ids: list[int]) -> list[tuple[int, float, int, int]]:
        """(posting count, weight, table, key) of each distinct informative key of a submission."""
        n_alive = max(1, len(self))
        common = max(50, COMMON_SHARE * n_alive)
        wanted: list[tuple[int, float, int, int]] = []
        pending_words, pending_pairs = self._pending_words, self._pending_pairs
        for word in set(ids):
            if word < 0:
                continue
            df = self._words.df(word) + (len(pending_words[word]) if word in pending_words else 0)
            if 0 < df <= common:
                wanted.append((df, math.log(1 + n_alive / df), 0, word))
        known = np.asarray(ids, dtype=np.int64)
        runs = (known[:-1] >= 0) & (known[1:] >= 0)
        if runs.any():
            buckets = _pair_buckets(known, self._bits)[runs]
            offsets = self._pairs.offsets
            for bucket in set(buckets.tolist()):
                df = int(offsets[bucket + 1] - offsets[bucket])
                if bucket in pending_pairs:
                    df += len(pending_pairs[bucket])
                if 0 < df <= common:
                    wanted.append((df, PAIR_WEIGHT * math.log(1 + n_alive / df), 1, bucket))
        wanted.sort()
        return wanted[:MAX_KEYS]

    def _search_ids(self, ids: list[int], limit: int) -> list[tuple[int, float]]:
        """Score slots by the weighted rare keys they share with the submission."""
        wanted = self._query_keys(ids)
        if not wanted:
            return []
        total_weight = sum(w for _, w, _, _ in wanted)
        lists: list[np.ndarray] = []
        read = 0
        for df, _, table, key in wanted:
            if read and read + df > POSTING_BUDGET:
                break  # rarest keys first: what is left is common and cheap to ignore
            read += df
            base, pending = (self._words, self._pending_words) if table == 0 else (self._pairs, self._pending_pairs)
            postings = base.postings_of(key)
            if key in pending:
                postings = np.concatenate([postings, np.asarray(pending[key], dtype=np.uint32)])
            lists.append(postings)
        keys_read = len(lists)
        weights = np.fromiter((w for _, w, _, _ in wanted[:keys_read]), dtype=np.float64, count=keys_read)
        lengths = np.fromiter((len(p) for p in lists), dtype=np.int64, count=keys_read)
        # One sort groups the postings by slot; the low bits say which key each posting came from.
        packed = (np.concatenate(lists).astype(np.uint64) << np.uint64(16)) | np.repeat(
            np.arange(keys_read, dtype=np.uint64), lengths)
        packed.sort()
        slots = (packed >> np.uint64(16)).astype(np.int64)
        if not len(slots):
            return []
        firsts = np.flatnonzero(np.concatenate([[True], slots[1:] != slots[:-1]]))
        scores = np.add.reduceat(weights[(packed & np.uint64(0xFFFF)).astype(np.int64)], firsts)
        hits = np.diff(np.append(firsts, len(slots)))
        slots = slots[firsts]
        # A quote must share a fair part of its own keys or of the submission's: this drops
        # quotes that merely share a rare word or two with the submission.
        doc_keys = np.maximum(1, 2 * self._lengths[slots].astype(np.int64) - 1)
        keep = self._alive[slots] & (hits >= MIN_COVERAGE * np.minimum(doc_keys, keys_read))
        slots, scores = slots[keep], scores[keep]
        if not len(slots):
            return []
        # Quotes sharing a small share of what the best one shares cannot align better; dropping
        # them saves the caller aligning them.
        keep = scores >= RELATIVE_FLOOR * scores.max()
        slots, scores = slots[keep], scores[keep]
        if len(slots) > limit:
            top = np.argpartition(-scores, limit - 1)[:limit]
            slots, scores = slots[top], scores[top]
        # Best first; equal scores in slot (insertion) order so results are deterministic.
        order = np.lexsort((slots, -scores))
        ids_out = self._quote_ids[slots[order]].tolist()
        return [(qid, round(float(s) / total_weight, 4)) for qid, s in zip(ids_out, scores[order].tolist())]

    # -- persistence --------------------------------------------------------------------------

    def save(self, path: str | os.PathLike, watermark: int = 0) -> None:
        """Write a compact snapshot atomically (temporary file, then rename over `path`)."""
        path = os.fspath(path)
        with self._lock:
            self._merge_pending()
            header = {"format": SNAPSHOT_FORMAT, "version": SNAPSHOT_VERSION, "watermark": int(watermark),
                      "bits": self._bits, "slots": self._slots, "vocab": len(self._vocab_list)}
            arrays = {
                "quote_ids": self._quote_ids[:self._slots],
                "alive": self._alive[:self._slots],
                "tokens": self._tokens,
                "starts": self._starts,
                "word_offsets": self._words.offsets,
                "word_postings": self._words.postings,
                "pair_offsets": self._pairs.offsets,
                "pair_postings": self._pairs.postings,
                "vocab": np.frombuffer("\n".join(self._vocab_list).encode("utf-8"), dtype=np.uint8),
            }
            folder = os.path.dirname(os.path.abspath(path))
            fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=folder)
            try:
                with os.fdopen(fd, "wb") as handle:
                    with zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
                        archive.writestr("header.json", json.dumps(header))
                        for name, array in arrays.items():
                            with archive.open(name + ".npy", "w", force_zip64=True) as member:
                                np.lib.format.write_array(member, np.ascontiguousarray(array),
                                                          allow_pickle=False)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, path)
            except BaseException:
                if os.path.exists(tmp):
                    os.unlink(tmp)
                raise

    @classmethod
    def load(cls, path: str | os.PathLike) -> tuple["QuoteIndex", int]:
        """Read a snapshot written by `save`; return (index, watermark).

        Raises ValueError when the file is corrupt, truncated or from another format version.
        """
        try:
            with zipfile.ZipFile(os.fspath(path)) as archive:
                header = json.loads(archive.read("header.json"))
                if header.get("format") != SNAPSHOT_FORMAT or header.get("version") != SNAPSHOT_VERSION:
                    raise ValueError(f"not a version {SNAPSHOT_VERSION} quote index snapshot")
                arrays = {}
                for name in ("quote_ids", "alive", "tokens", "starts", "word_offsets", "word_postings",
                             "pair_offsets", "pair_postings", "vocab"):
                    arrays[name] = _read_member(archive, name + ".npy")
            return cls._from_arrays(header, arrays), int(header["watermark"])
        except FileNotFoundError:
            raise
        except ValueError:
            raise
        except Exception as exc:  # zipfile, json, numpy and key errors all mean "unusable file"
            raise ValueError(f"corrupt quote index snapshot {os.fspath(path)!r}: {exc}") from exc

    @classmethod
    def _from_arrays(cls, header: dict, arrays: dict[str, np.ndarray]) -> "QuoteIndex":
        """Assemble an index from snapshot arrays after checking they fit together."""
        index = cls()
        slots, bits = int(header["slots"]), int(header["bits"])
        vocab = arrays["vocab"].tobytes().decode("utf-8")
        vocab_list = vocab.split("\n") if vocab else []
        checks = [
            len(vocab_list) == int(header["vocab"]),
            len(arrays["quote_ids"]) == slots == len(arrays["alive"]),
            len(arrays["starts"]) == slots + 1 and int(arrays["starts"][-1]) == len(arrays["tokens"]),
            len(arrays["pair_offsets"]) == (1 << bits) + 1,
            int(arrays["pair_offsets"][-1]) == len(arrays["pair_postings"]),
            len(arrays["word_offsets"]) == len(vocab_list) + 1,
            int(arrays["word_offsets"][-1]) == len(arrays["word_postings"]),
            not len(arrays["tokens"]) or int(arrays["tokens"].max()) < len(vocab_list),
            not len(arrays["word_postings"]) or int(arrays["word_postings"].max()) < max(1, slots),
            not len(arrays["pair_postings"]) or int(arrays["pair_postings"].max()) < max(1, slots),
        ]
        if not all(checks):
            raise ValueError("quote index snapshot is inconsistent")
        for name in ("starts", "word_offsets", "pair_offsets"):
            values = arrays[name]
            if len(values) and (values[0] != 0 or np.any(values[1:] < values[:-1])):
                raise ValueError(f"quote index snapshot has unordered {name}")
        index._vocab_list = vocab_list
        index._vocab = dict(zip(vocab_list, range(len(vocab_list))))
        index._quote_ids = arrays["quote_ids"].astype(np.int64)
        index._alive = arrays["alive"].astype(bool)
        live = np.nonzero(index._alive)[0]
        index._slot_of = dict(zip(index._quote_ids[live].tolist(), live.tolist()))
        index._slots, index._merged = slots, slots
        index._dead = slots - len(live)
        index._tokens = arrays["tokens"].astype(np.uint32, copy=False)
        index._starts = arrays["starts"].astype(np.int64, copy=False)
        index._lengths = np.diff(index._starts).astype(np.uint32)
        index._bits = bits
        index._words = _Table(arrays["word_offsets"], arrays["word_postings"].astype(np.uint32, copy=False))
        index._pairs = _Table(arrays["pair_offsets"], arrays["pair_postings"].astype(np.uint32, copy=False))
        return index
