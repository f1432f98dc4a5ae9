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
search also reads. Every MERGE_AFTER adds a background thread merges the pending part into new
tables built beside the current ones, from an immutable view (the current tables plus the frozen
pending part), while adds go to a fresh pending part; the new tables are then swapped in by one
reference assignment under a short lock. No `add`, `remove` or `search` waits for that merge.
`remove` only clears a quote's slot; dead slots are reclaimed by a background rebuild when enough
of them are dead. A bulk load (`add_many` of a large batch) is built in one vectorised step
before the next search instead, which is much faster than keying its quotes one by one.
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
from typing import cast

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
    def empty(cls, keys: int) -> _Table:
        """A table of `keys` empty posting lists."""
        return cls(np.zeros(keys + 1, dtype=np.uint32), np.zeros(0, dtype=np.uint32))

    @property
    def keys(self) -> int:
        """How many keys the table covers."""
        return len(self.offsets) - 1

    def merged(self, keys_total: int, keys: np.ndarray, slots: np.ndarray) -> _Table:
        """A new table covering `keys_total` keys with (key, slot) postings inserted; self is left as it is.

        The postings must be sorted by (key, slot) and their slots exceed every slot in the table.
        """
        offsets = self.offsets
        if keys_total > self.keys:
            offsets = np.concatenate([offsets, np.full(keys_total - self.keys, offsets[-1], dtype=offsets.dtype)])
        if not len(keys):
            return _Table(offsets, self.postings)
        # Each new posting goes at the end of its key's list, which keeps every list sorted.
        postings = np.insert(self.postings, offsets[keys + 1].astype(np.int64), slots.astype(np.uint32))
        # Offsets after each key move up by the new postings at or before it: a running sum of the
        # per-key counts. Whole-array ufuncs (not np.repeat) let other threads run meanwhile.
        dtype = _offsets_dtype(len(postings))
        firsts, run = _runs(keys)
        bump = np.zeros(len(offsets), dtype=dtype)
        bump[keys[firsts] + 1] = run
        np.cumsum(bump, out=bump)
        offsets = offsets.astype(dtype)  # a copy: the published table keeps its own offsets
        offsets += bump
        return _Table(offsets, postings)

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


def _u32(values: array) -> np.ndarray:
    """A uint32 view of an array('I') (an empty array for an empty one)."""
    return np.frombuffer(values, dtype=np.uint32) if len(values) else np.zeros(0, dtype=np.uint32)


def _grown(arrays: tuple[np.ndarray, ...], used: int, capacity: int) -> tuple[np.ndarray, ...]:
    """Copies of per-slot arrays with room for `capacity` slots (the first `used` kept, the rest zero)."""
    grown = []
    for values in arrays:
        bigger = np.zeros(capacity, dtype=values.dtype)
        bigger[:used] = values[:used]
        grown.append(bigger)
    return tuple(grown)


class _Generation:
    """The merged part of the index: both posting tables and the word ids they were built from.

    A generation is never changed once published; a merge builds the next one beside it.
    """

    __slots__ = ("words", "pairs", "bits", "tokens", "starts", "slots")

    def __init__(self, words: _Table, pairs: _Table, bits: int, tokens: np.ndarray, starts: np.ndarray) -> None:
        self.words, self.pairs, self.bits = words, pairs, bits
        self.tokens, self.starts = tokens, starts     # word ids of slot i: tokens[starts[i]:starts[i+1]]
        self.slots = len(starts) - 1                  # slots below this are in the tables

    @classmethod
    def empty(cls) -> _Generation:
        """A generation holding no quote."""
        return cls(_Table.empty(0), _Table.empty(1 << 12), 12, np.zeros(0, dtype=np.uint32),
                   np.zeros(1, dtype=np.int64))


class _Part:
    """Quotes added since the last merge: their word ids and small posting dicts.

    Posting dicts hold positions inside the part (slot - first), so renumbering slots after dead
    ones are reclaimed only moves `first`. Pairs are keyed by the exact pair of word ids (not a
    hash bucket), so they do not depend on the size of the pair table either.
    """

    __slots__ = ("first", "tokens", "lengths", "words", "pairs", "searchable")

    def __init__(self, first: int, searchable: bool = True) -> None:
        self.first = first
        self.tokens = array("I")               # word ids of the part's quotes, flat
        self.lengths = array("I")              # words of each quote
        self.words: dict[int, list[int]] = {}  # word id -> positions
        self.pairs: dict[int, list[int]] = {}  # (first word id << 32 | second word id) -> positions
        self.searchable = searchable           # False: bulk load, merged before the next search

    def __len__(self) -> int:
        return len(self.lengths)

    def append(self, ids: list[int]) -> None:
        """Add one quote's word ids at the end of the part."""
        position = len(self.lengths)
        self.tokens.extend(ids)
        self.lengths.append(len(ids))
        if self.searchable:
            words = self.words
            for word in set(ids):
                words.setdefault(word, []).append(position)
            pairs = self.pairs
            for pair in {a << 32 | b for a, b in zip(ids, ids[1:])}:
                pairs.setdefault(pair, []).append(position)

    def stop_keying(self) -> None:
        """Turn the part into a bulk part: no posting dicts, merged before the next search."""
        self.searchable = False
        self.words, self.pairs = {}, {}

    def ids_of(self, position: int) -> list[int]:
        """The word ids of the quote at a position of the part."""
        start = sum(self.lengths[:position])
        return self.tokens[start:start + self.lengths[position]].tolist()


class _Merge:
    """What a merge starts from (taken under the lock) and, once built, what it swaps in."""

    __slots__ = ("base", "parts", "slots", "alive", "quote_ids", "vocabulary", "rebuild",
                 "generation", "keep", "new_quote_ids", "new_lengths", "new_slot_of")

    def __init__(self, base: _Generation, parts: list[_Part], slots: int, alive: np.ndarray,
                 quote_ids: np.ndarray, vocabulary: int, rebuild: bool) -> None:
        self.base, self.parts, self.slots = base, parts, slots
        self.alive, self.quote_ids = alive, quote_ids  # alive: a copy; quote_ids: slots below `slots` never change
        self.vocabulary, self.rebuild = vocabulary, rebuild
        self.generation: _Generation | None = None
        self.keep: np.ndarray | None = None            # surviving old slots, when dead ones were reclaimed
        self.new_quote_ids: np.ndarray | None = None   # with `keep`: the renumbered per-slot arrays
        self.new_lengths: np.ndarray | None = None
        self.new_slot_of: dict[int, int] | None = None


class QuoteIndex:
    """In-memory candidate index over normalised word tokens of quote texts.

    Safe for one writing thread and any number of searching threads. `add`, `remove` and `search`
    hold the index's lock only for their own short work; merges run on a background thread.
    """

    def __init__(self) -> None:
        self._lock = threading.RLock()        # guards everything below; held briefly
        self._merge_lock = threading.Lock()   # held by whoever builds the next generation
        self._merging = False                 # a background merge thread is running
        self._vacuum_wanted = False           # enough dead slots to reclaim them at the next merge
        self.merge_error: BaseException | None = None  # why the last background merge failed, if it did
        self._vocab: dict[str, int] = {}
        self._vocab_list: list[str] = []
        self._raw_ids: dict[str, int] = {}               # word as written -> word id (a cache)
        self._quote_ids = np.zeros(0, dtype=np.int64)   # slot -> quote id
        self._alive = np.zeros(0, dtype=bool)           # slot -> still in the index
        self._lengths = np.zeros(0, dtype=np.uint32)    # slot -> words in the quote
        self._slot_of: dict[int, int] = {}              # quote id -> slot
        self._slots = 0
        self._dead = 0
        self._base = _Generation.empty()
        # Slots base.slots.. in order; adds go to the last part, the others are being merged.
        self._parts: list[_Part] = [_Part(0)]

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
        base = self._base
        if slot < base.slots:
            return base.tokens[base.starts[slot]:base.starts[slot + 1]].tolist()
        for part in self._parts:
            if slot < part.first + len(part):
                return part.ids_of(slot - part.first)
        raise KeyError(slot)

    def nbytes(self) -> int:
        """Approximate memory held by the index's arrays (dicts and the vocabulary excluded)."""
        base = self._base
        arrays = (self._quote_ids, self._alive, self._lengths, base.tokens, base.starts, base.words.offsets,
                  base.words.postings, base.pairs.offsets, base.pairs.postings)
        return sum(a.nbytes for a in arrays)

    def add(self, quote_id: int, text: str) -> None:
        """Index one quote; it is findable as soon as this returns. Re-adding an id replaces it."""
        with self._lock:
            if self._append(quote_id, text) is not None:
                self._start_merge_if_due()

    def add_many(self, items: Iterable[tuple[int, str]]) -> None:
        """Index many quotes at once.

        A batch at least a quarter the size of the indexed quotes (a bulk load) is not keyed one
        quote at a time: it is merged in one vectorised build, before the next search, and
        consecutive batches share that build. A smaller batch is keyed like single adds and merged
        in the background.
        """
        items = list(items)
        with self._lock:
            active = self._parts[-1]
            if active.searchable and (self._slots - self._base.slots + len(items)) * 4 > self._base.slots:
                active.stop_keying()
            for quote_id, text in items:
                self._append(quote_id, text)
            self._start_merge_if_due()

    def remove(self, quote_id: int) -> None:
        """Take a quote out of the index; removing an unknown id does nothing."""
        with self._lock:
            slot = self._slot_of.pop(quote_id, None)
            if slot is None:
                return
            self._alive[slot] = False
            self._dead += 1
            if self._dead > 1024 and self._dead > VACUUM_SHARE * self._slots:
                self._vacuum_wanted = True
                self._start_merge_if_due()

    def flush(self) -> None:
        """Merge every pending quote into the tables now, waiting for a merge in progress first."""
        with self._merge_lock:
            with self._lock:
                if self._slots == self._base.slots and not self._vacuum_wanted:
                    return
            self._merge_once()

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
            if old_slot < self._base.slots and self._ids_of(old_slot) == ids:
                return None
            self.remove(quote_id)
        slot = self._slots
        if slot >= 1 << 32:
            raise OverflowError("the index holds at most 2**32 slots")
        if slot >= len(self._quote_ids):
            self._quote_ids, self._lengths, self._alive = _grown(
                (self._quote_ids, self._lengths, self._alive), slot, max(1024, 2 * slot))
        self._quote_ids[slot] = quote_id
        self._lengths[slot] = len(ids)
        self._alive[slot] = True
        self._slot_of[quote_id] = slot
        self._parts[-1].append(ids)
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
        return cast(list[int], ids)  # every None was replaced above

    # -- merging ------------------------------------------------------------------------------
    #
    # A merge takes three steps. Under the lock, `_freeze` closes the pending parts (adds go to a
    # fresh part from then on) and notes what the merge starts from. Without the lock, `_build`
    # makes the next generation from the current one and the closed parts. Under the lock again,
    # `_swap` publishes it and drops the closed parts: searches see either the old generation and
    # the parts, or the new generation, never a mix. Removals during the build only clear `alive`
    # entries, which the swap carries over (and renumbers when dead slots were reclaimed).

    def _merge_due(self) -> bool:
        """Whether enough has changed to merge (called under the lock)."""
        return self._slots - self._base.slots >= MERGE_AFTER or self._vacuum_wanted

    def _start_merge_if_due(self) -> None:
        """Start the background merge thread if a merge is due and none is running (under the lock)."""
        if self._merging or not self._merge_due() or not self._parts[-1].searchable:
            return  # a bulk part is merged in one step before the next search instead
        self._merging = True
        threading.Thread(target=self._merge_in_background, name="quote-index-merge", daemon=True).start()

    def _merge_in_background(self) -> None:
        """Merge until nothing is due; a failure leaves the quotes pending (still searchable)."""
        try:
            while True:
                with self._merge_lock:
                    with self._lock:
                        if not self._merge_due():
                            self._merging = False
                            return
                    self._merge_once()
        except BaseException as exc:  # noqa: BLE001 - kept for the owner to see; the index stays usable
            with self._lock:
                self.merge_error = exc
                self._merging = False

    def _merge_once(self) -> _Merge:
        """Freeze, build and swap in one merge (the caller holds the merge lock)."""
        with self._lock:
            merge = self._freeze()
        self._build(merge)
        with self._lock:
            self._swap(merge)
        return merge

    def _freeze(self) -> _Merge:
        """Close the pending parts and note what the merge starts from (under the lock)."""
        base, parts, slots = self._base, list(self._parts), self._slots
        self._parts.append(_Part(slots))
        pending = slots - base.slots
        tokens = len(base.tokens) + sum(len(part.tokens) for part in parts)
        # Many new quotes, an overfull pair table or many dead slots: building afresh beats inserting.
        rebuild = self._vacuum_wanted or _bits_for(tokens) > base.bits + 1 or pending * 4 > base.slots
        return _Merge(base, parts, slots, self._alive[:slots].copy(), self._quote_ids, len(self._vocab_list),
                      rebuild)

    @staticmethod
    def _build(merge: _Merge) -> None:
        """Build the next generation for a frozen merge (no lock: touches nothing shared)."""
        base = merge.base
        lengths = np.concatenate([_u32(part.lengths) for part in merge.parts]).astype(np.int64)
        new_tokens = np.concatenate([_u32(part.tokens) for part in merge.parts])
        tokens = np.concatenate([base.tokens, new_tokens])
        starts = np.concatenate([base.starts, base.starts[-1] + np.cumsum(lengths)])
        if not merge.rebuild:
            local_starts = np.concatenate([[0], np.cumsum(lengths)])
            slots = np.arange(base.slots, merge.slots, dtype=np.int64)
            word_keys, word_slots, pair_keys, pair_slots = _doc_keys(new_tokens, local_starts, slots, base.bits)
            merge.generation = _Generation(base.words.merged(merge.vocabulary, word_keys, word_slots),
                                           base.pairs.merged(1 << base.bits, pair_keys, pair_slots),
                                           base.bits, tokens, starts)
            return
        if not merge.alive.all():
            # Reclaim dead slots: the survivors move down, in order.
            keep = np.flatnonzero(merge.alive)
            all_lengths = np.diff(starts)
            tokens = tokens[np.repeat(merge.alive, all_lengths)]
            starts = np.concatenate([[0], np.cumsum(all_lengths[keep])])
            quote_ids = merge.quote_ids[keep]
            n = len(keep)
            merge.keep = keep
            merge.new_quote_ids, merge.new_lengths, _ = _grown(
                (quote_ids, np.diff(starts).astype(np.uint32), np.ones(n, dtype=bool)), n, max(1024, 2 * n))
            slot_of: dict[int, int] = {}
            for first in range(0, n, BUILD_CHUNK):  # in chunks, so other threads get the GIL in between
                last = min(n, first + BUILD_CHUNK)
                slot_of.update(zip(quote_ids[first:last].tolist(), range(first, last)))
            merge.new_slot_of = slot_of
        bits = _bits_for(len(tokens))
        words, pairs = _build_tables(tokens, starts, bits, merge.vocabulary)
        merge.generation = _Generation(words, pairs, bits, tokens, starts)

    def _swap(self, merge: _Merge) -> None:
        """Publish a built generation and drop the parts it holds (under the lock)."""
        assert self._parts[:len(merge.parts)] == merge.parts
        del self._parts[:len(merge.parts)]
        if merge.rebuild:
            self._vacuum_wanted = False
        if merge.keep is not None:
            self._renumber(merge)
        assert merge.generation is not None, "a merge is swapped in only once built"
        self._base = merge.generation

    def _renumber(self, merge: _Merge) -> None:
        """Carry slots over to the numbering of a generation that reclaimed dead slots (under the lock)."""
        keep, quote_ids, lengths, slot_of = merge.keep, merge.new_quote_ids, merge.new_lengths, merge.new_slot_of
        assert keep is not None and quote_ids is not None and lengths is not None and slot_of is not None, (
            "_build sets them all when it reclaims dead slots")
        old, n = merge.slots, len(keep)
        tail = self._slots - old  # slots added while the merge was being built
        alive = np.zeros(len(quote_ids), dtype=bool)
        alive[:n] = True
        if n + tail > len(quote_ids):
            quote_ids, lengths, alive = _grown((quote_ids, lengths, alive), n, 2 * (n + tail))
        quote_ids[n:n + tail] = self._quote_ids[old:self._slots]
        lengths[n:n + tail] = self._lengths[old:self._slots]
        alive[n:n + tail] = self._alive[old:self._slots]
        # Quotes removed while the merge was being built stay removed.
        removed = np.flatnonzero(merge.alive & ~self._alive[:old])
        if len(removed):
            moved = np.searchsorted(keep, removed)
            alive[moved] = False
            for quote_id, slot in zip(self._quote_ids[removed].tolist(), moved.tolist()):
                if slot_of.get(quote_id) == slot:
                    del slot_of[quote_id]
        live = n + np.flatnonzero(alive[n:n + tail])
        slot_of.update(zip(quote_ids[live].tolist(), live.tolist()))
        self._quote_ids, self._lengths, self._alive, self._slot_of = quote_ids, lengths, alive, slot_of
        self._slots = n + tail
        self._dead = self._slots - len(slot_of)
        for part in self._parts:
            part.first -= old - n

    # -- searching ----------------------------------------------------------------------------

    def search(self, text: str, limit: int = 10) -> list[tuple[int, float]]:
        """Return up to `limit` (quote id, rough score 0-1) pairs that may match text, best first.

        The text may be a quote with words changed or dropped, an excerpt of one, or a paragraph
        that contains one among other words.
        """
        if limit <= 0 or not text:
            return []
        while True:
            with self._lock:
                if all(part.searchable for part in self._parts):
                    if not len(self):
                        return []
                    return self._search_ids(self._word_ids(text, grow=False), limit)
            self.flush()  # a bulk load is waiting for its one merge

    def _query_keys(self, ids: list[int], parts: list[_Part]):
        """(posting count, weight, table, key) of each distinct informative key of a submission,
        rarest first, and the exact word pairs behind each pair bucket."""
        base = self._base
        n_alive = max(1, len(self))
        common = max(50, COMMON_SHARE * n_alive)
        wanted: list[tuple[int, float, int, int]] = []
        for word in set(ids):
            if word < 0:
                continue
            df = base.words.df(word)
            for part in parts:
                if word in part.words:
                    df += len(part.words[word])
            if 0 < df <= common:
                wanted.append((df, math.log(1 + n_alive / df), 0, word))
        known = np.asarray(ids, dtype=np.int64)
        runs = (known[:-1] >= 0) & (known[1:] >= 0)
        exact_pairs: dict[int, set[int]] = {}
        if runs.any():
            buckets = _pair_buckets(known, base.bits)[runs]
            if parts:
                exact = ((known[:-1] << 32) | known[1:])[runs]
                for bucket, pair in zip(buckets.tolist(), exact.tolist()):
                    exact_pairs.setdefault(bucket, set()).add(pair)
            offsets = base.pairs.offsets
            for bucket in (exact_pairs if parts else set(buckets.tolist())):
                df = int(offsets[bucket + 1] - offsets[bucket])
                for part in parts:
                    for pair in exact_pairs[bucket]:
                        if pair in part.pairs:
                            df += len(part.pairs[pair])
                if 0 < df <= common:
                    wanted.append((df, PAIR_WEIGHT * math.log(1 + n_alive / df), 1, bucket))
        wanted.sort()
        return wanted[:MAX_KEYS], exact_pairs

    def _pending_postings(self, parts: list[_Part], table: int, key: int, exact_pairs) -> list[np.ndarray]:
        """The slots of the pending parts posted under one word or pair bucket."""
        pieces = []
        for part in parts:
            if table == 0:
                if key in part.words:
                    pieces.append(np.asarray(part.words[key], dtype=np.int64) + part.first)
            else:
                for pair in exact_pairs[key]:
                    if pair in part.pairs:
                        pieces.append(np.asarray(part.pairs[pair], dtype=np.int64) + part.first)
        return pieces

    def _search_ids(self, ids: list[int], limit: int) -> list[tuple[int, float]]:
        """Score slots by the weighted rare keys they share with the submission."""
        base = self._base
        parts = [part for part in self._parts if len(part)]
        wanted, exact_pairs = self._query_keys(ids, parts)
        if not wanted:
            return []
        total_weight = sum(w for _, w, _, _ in wanted)
        lists: list[np.ndarray] = []
        read = 0
        for df, _, table, key in wanted:
            if read and read + df > POSTING_BUDGET:
                break  # rarest keys first: what is left is common and cheap to ignore
            read += df
            postings = (base.words if table == 0 else base.pairs).postings_of(key)
            if parts:
                pieces = self._pending_postings(parts, table, key, exact_pairs)
                if pieces:
                    # Two pairs of one quote may share a bucket: post the quote once.
                    pending = np.unique(np.concatenate(pieces)) if len(pieces) > 1 else pieces[0]
                    postings = np.concatenate([postings.astype(np.int64), pending])
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

    def save(self, path: str | os.PathLike, watermark: int = 0, store: str | None = None,
             marks: list | None = None) -> None:
        """Write a compact snapshot atomically (temporary file, then rename over `path`).

        `marks` (plain JSON values) go into the header, for `snapshot_header` to read back: what proves the
        snapshot belongs to a database state beyond its identity.
        """
        path = os.fspath(path)
        # The snapshot holds the index as it was when the merge below froze it; adds, removals
        # and searches go on meanwhile, and the merge's work is kept (swapped in) as usual.
        with self._merge_lock:
            merge = self._merge_once()
        generation = merge.generation
        assert generation is not None, "_merge_once builds the generation"
        if merge.keep is None:
            quote_ids, alive = merge.quote_ids[:merge.slots], merge.alive
        else:
            assert merge.new_quote_ids is not None, "_build renumbers the slots it keeps"
            quote_ids, alive = merge.new_quote_ids[:len(merge.keep)], np.ones(len(merge.keep), dtype=bool)
        vocab_list = self._vocab_list[:merge.vocabulary]
        header = {"format": SNAPSHOT_FORMAT, "version": SNAPSHOT_VERSION, "watermark": int(watermark), "store": store,
                  "bits": generation.bits, "slots": generation.slots, "vocab": len(vocab_list),
                  "marks": marks if marks is not None else []}
        arrays = {
            "quote_ids": quote_ids,
            "alive": alive,
            "tokens": generation.tokens,
            "starts": generation.starts,
            "word_offsets": generation.words.offsets,
            "word_postings": generation.words.postings,
            "pair_offsets": generation.pairs.offsets,
            "pair_postings": generation.pairs.postings,
            "vocab": np.frombuffer("\n".join(vocab_list).encode("utf-8"), dtype=np.uint8),
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

    @staticmethod
    def snapshot_header(path: str | os.PathLike) -> dict:
        """Read only the header of a snapshot written by `save` (its watermark, store and marks).

        Raises ValueError when the file is no readable snapshot.
        """
        try:
            with zipfile.ZipFile(os.fspath(path)) as archive:
                header = json.loads(archive.read("header.json"))
        except FileNotFoundError:
            raise
        except Exception as exc:  # zipfile, json and key errors all mean "unusable file"
            raise ValueError(f"corrupt quote index snapshot {os.fspath(path)!r}: {exc}") from exc
        if not isinstance(header, dict):  # (a damaged file, not a caller's mistake: ValueError like the rest)
            raise ValueError("quote index snapshot header is not an object")  # noqa: TRY004
        return header

    @classmethod
    def load(cls, path: str | os.PathLike, store: str | None = None) -> tuple[QuoteIndex, int]:
        """Read a snapshot written by `save`; return (index, watermark).

        Raises ValueError when the file is corrupt, truncated, from another format version, or saved for
        another store than `store` (when given).
        """
        try:
            with zipfile.ZipFile(os.fspath(path)) as archive:
                header = json.loads(archive.read("header.json"))
                if header.get("format") != SNAPSHOT_FORMAT or header.get("version") != SNAPSHOT_VERSION:
                    raise ValueError(f"not a version {SNAPSHOT_VERSION} quote index snapshot")
                if store is not None and header.get("store") != store:
                    raise ValueError("saved for another database")
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
    def _from_arrays(cls, header: dict, arrays: dict[str, np.ndarray]) -> QuoteIndex:
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
        index._slots = slots
        index._dead = slots - len(live)
        index._lengths = np.diff(arrays["starts"]).astype(np.uint32)
        index._base = _Generation(
            _Table(arrays["word_offsets"], arrays["word_postings"].astype(np.uint32, copy=False)),
            _Table(arrays["pair_offsets"], arrays["pair_postings"].astype(np.uint32, copy=False)),
            bits, arrays["tokens"].astype(np.uint32, copy=False), arrays["starts"].astype(np.int64, copy=False))
        index._parts = [_Part(slots)]
        return index
