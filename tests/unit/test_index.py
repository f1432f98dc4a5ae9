"""The candidate index: finds what exhaustive search finds, stays current, persists safely."""
from __future__ import annotations

import json
import zipfile

import numpy as np
import pytest
from rapidfuzz import fuzz, process, utils

from benchmarks.corpus import PERTURBATIONS, Vocabulary, invented_sentence, iter_quotes, perturb
from service.core import index as index_module
from service.core.align import align
from service.core.index import QuoteIndex

CORPUS_SIZE = 3000
QUERIES_PER_KIND = 40


@pytest.fixture(scope="module")
def vocabulary():
    return Vocabulary(seed=3)


@pytest.fixture(scope="module")
def corpus(vocabulary):
    return [q.text for q in iter_quotes(CORPUS_SIZE, seed=3, vocabulary=vocabulary)]


@pytest.fixture(scope="module")
def built(corpus):
    index = QuoteIndex()
    index.add_many(enumerate(corpus))
    return index


def ids(results):
    return [quote_id for quote_id, _ in results]


@pytest.mark.parametrize("kind", PERTURBATIONS)
def test_index_finds_the_quote_exhaustive_search_finds_for_each_perturbation(kind, built, corpus, vocabulary):
    rng = np.random.default_rng([11, PERTURBATIONS.index(kind)])
    prepared = [utils.default_process(t) for t in corpus]
    found_by_index = found_by_exhaustive = 0
    for _ in range(QUERIES_PER_KIND):
        source = int(rng.integers(len(corpus)))
        claim = perturb(kind, corpus[source], rng, vocabulary, "Ann Lee")
        exhaustive_best = process.extractOne(utils.default_process(claim), prepared,
                                             scorer=fuzz.token_set_ratio, processor=None)[2]
        candidates = ids(built.search(claim, limit=10))
        found_by_exhaustive += exhaustive_best == source
        found_by_index += source in candidates
        if exhaustive_best == source:
            assert source in candidates, claim
    assert found_by_index >= found_by_exhaustive
    assert found_by_index == QUERIES_PER_KIND


def test_the_right_quote_is_ranked_first_for_an_exact_excerpt(built, corpus):
    for source in (0, 17, 1234, CORPUS_SIZE - 1):
        words = corpus[source].split()
        assert built.search(" ".join(words[3:15]), limit=10)[0][0] == source


def test_invented_sentences_of_corpus_vocabulary_align_below_the_match_threshold(built, corpus, vocabulary):
    rng = np.random.default_rng(5)
    for _ in range(50):
        claim = invented_sentence(rng, vocabulary)
        for quote_id, _ in built.search(claim, limit=10):
            assert align(claim, corpus[quote_id]).score < 60


def test_results_are_best_first_with_scores_between_zero_and_one(built, corpus):
    results = built.search(corpus[42], limit=10)
    scores = [score for _, score in results]
    assert results[0] == (42, 1.0)
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 1 for s in scores)


def test_case_curly_quotes_and_dashes_do_not_change_what_is_found():
    index = QuoteIndex()
    index.add(1, "We call on Russia to immediately de-escalate the situation.")
    index.add(2, "Diplomacy remains the only way forward for everyone involved.")
    assert ids(index.search("\u201cWE CALL ON RUSSIA TO IMMEDIATELY DE\u2013ESCALATE\u201d"))[0] == 1


def test_added_quote_is_findable_immediately_after_bulk_and_single_adds(corpus):
    index = QuoteIndex()
    index.add_many(enumerate(corpus[:500]))
    index.add(10_000, "A brand new sentence about zebras crossing the lagoon at midnight.")
    assert ids(index.search("zebras crossing the lagoon"))[0] == 10_000
    index.add_many([(10_001, "Another remark on flamingos guarding the old harbour.")])
    assert ids(index.search("flamingos guarding the old harbour"))[0] == 10_001
    assert len(index) == 502


def test_many_single_adds_are_merged_and_stay_findable(corpus, monkeypatch):
    monkeypatch.setattr(index_module, "MERGE_AFTER", 16)
    index = QuoteIndex()
    for quote_id, text in enumerate(corpus[:200]):
        index.add(quote_id, text)
        assert ids(index.search(text, limit=1)) == [quote_id]
    assert all(ids(index.search(corpus[i], limit=1)) == [i] for i in range(0, 200, 7))


def test_removed_quote_disappears_immediately(built, corpus):
    index = QuoteIndex()
    index.add_many(enumerate(corpus[:300]))
    index.remove(7)
    assert 7 not in ids(index.search(corpus[7], limit=10))
    assert len(index) == 299 and 7 not in index
    index.remove(7)  # removing twice, or an unknown id, does nothing
    index.remove(123_456)
    assert len(index) == 299


def test_re_adding_an_id_replaces_its_text():
    index = QuoteIndex()
    index.add(5, "The old wording about canals and bridges.")
    index.add(5, "The new wording about mountains and rivers.")
    assert len(index) == 1
    assert ids(index.search("new wording about mountains and rivers")) == [5]
    assert index.search("canals bridges") == []


def test_removing_most_quotes_reclaims_slots_and_keeps_the_rest_findable(corpus):
    index = QuoteIndex()
    index.add_many(enumerate(corpus[:2000]))
    for quote_id in range(1500):
        index.remove(quote_id)
    assert len(index) == 500
    index.flush()  # dead slots are reclaimed by a merge, which may run in the background
    assert index._slots < 2000  # dead slots were reclaimed
    for quote_id in range(1500, 2000, 37):
        assert ids(index.search(corpus[quote_id], limit=1)) == [quote_id]
    assert all(qid >= 1500 for qid in ids(index.search(corpus[3], limit=10)))


def test_growing_in_batches_resizes_the_pair_table_without_losing_quotes(corpus):
    index = QuoteIndex()
    bits = []
    for start in range(0, CORPUS_SIZE, 250):
        index.add_many((i, corpus[i]) for i in range(start, start + 250))
        index.search("x")
        bits.append(index._base.bits)
    assert bits[-1] > bits[0]
    assert all(ids(index.search(corpus[i], limit=1)) == [i] for i in range(0, CORPUS_SIZE, 101))


def test_large_quote_ids_round_trip():
    index = QuoteIndex()
    index.add(2**40 + 3, "Quote ids may be large numbers handed out by a database sequence.")
    assert ids(index.search("handed out by a database sequence")) == [2**40 + 3]


def test_a_negative_quote_id_is_refused():
    with pytest.raises(ValueError):
        QuoteIndex().add(-1, "text")


@pytest.mark.parametrize("text", ["", "   ", "...!?", "\u2026", "\U0001F600 \U0001F44D", "\x00\x01\x7f",
                                  "zzzz qqqq unknownword", "a" * 100_000])
def test_odd_input_gives_a_list_without_crashing(built, text):
    assert isinstance(built.search(text), list)


def test_huge_input_still_finds_the_quote_inside_it(built, corpus, vocabulary):
    rng = np.random.default_rng(9)
    filler = " ".join(invented_sentence(rng, vocabulary) for _ in range(300))
    assert 77 in ids(built.search(filler + " " + corpus[77] + " " + filler, limit=10))


def test_limit_bounds_the_results(built, corpus):
    assert built.search(corpus[1], limit=0) == [] and built.search(corpus[1], limit=-3) == []
    assert len(built.search("the of and to a in that", limit=3)) <= 3


def test_empty_index_finds_nothing(tmp_path):
    index = QuoteIndex()
    assert len(index) == 0 and index.search("anything at all") == []
    index.save(tmp_path / "empty.idx")
    loaded, watermark = QuoteIndex.load(tmp_path / "empty.idx")
    assert len(loaded) == 0 and watermark == 0 and loaded.search("anything") == []


def test_quotes_without_words_are_counted_but_never_found():
    index = QuoteIndex()
    index.add(1, "...")
    assert len(index) == 1 and index.search("...") == []


def test_save_and_load_round_trip_results_and_watermark(tmp_path, corpus):
    index = QuoteIndex()
    index.add_many(enumerate(corpus[:1000]))
    index.add(5000, "A pending quote about copper kettles, written just before the snapshot.")
    index.remove(3)
    path = tmp_path / "index.snapshot"
    index.save(path, watermark=41)
    loaded, watermark = QuoteIndex.load(path)
    assert watermark == 41 and len(loaded) == len(index) == 1000
    for text in (corpus[10], corpus[999], corpus[3], "copper kettles written just before"):
        assert loaded.search(text) == index.search(text)
    loaded.add(6000, "Added after loading: a note on silver spoons.")
    loaded.remove(10)
    assert ids(loaded.search("a note on silver spoons"))[0] == 6000
    assert 10 not in ids(loaded.search(corpus[10]))


def test_save_replaces_the_file_atomically_and_leaves_no_temporary_files(tmp_path, corpus):
    index = QuoteIndex()
    index.add_many(enumerate(corpus[:50]))
    path = tmp_path / "index.snapshot"
    index.save(path, watermark=1)
    index.add(99_999, "One more quote about lanterns.")
    index.save(path, watermark=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.snapshot"]
    loaded, watermark = QuoteIndex.load(path)
    assert watermark == 2 and 99_999 in loaded


def _saved(tmp_path, corpus):
    index = QuoteIndex()
    index.add_many(enumerate(corpus[:200]))
    path = tmp_path / "index.snapshot"
    index.save(path, watermark=3)
    return path


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_corrupt_snapshot_raises_value_error(tmp_path, corpus, damage):
    path = _saved(tmp_path, corpus)
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        middle = len(data) // 2
        data[middle] ^= 0xFF
    elif damage == "garbage":
        data = bytearray(b"not a snapshot at all" * 100)
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    with pytest.raises(ValueError):
        QuoteIndex.load(path)


def _rewrite_header(path, change) -> None:
    """Rewrite a saved snapshot with `change(header)` applied to its header, arrays untouched."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    header = json.loads(members["header.json"])
    change(header)
    members["header.json"] = json.dumps(header).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_a_snapshot_of_another_format_version_raises_value_error(tmp_path, corpus):
    path = _saved(tmp_path, corpus)
    _rewrite_header(path, lambda header: header.update(version=0))
    with pytest.raises(ValueError):
        QuoteIndex.load(path)


def test_a_snapshot_with_mismatched_arrays_raises_value_error(tmp_path, corpus):
    path = _saved(tmp_path, corpus)
    _rewrite_header(path, lambda header: header.update(slots=header["slots"] + 1))
    with pytest.raises(ValueError):
        QuoteIndex.load(path)


def test_a_missing_snapshot_raises_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        QuoteIndex.load(tmp_path / "nowhere.snapshot")


@pytest.mark.parametrize("text", [
    "We call on Russia to de-escalate, it's said: 100,000 troops & 3.5 tanks.",
    "\u201cCurly\u201d quotes \u2014 dashes \u2013 and I\u2019m caf\u00e9 \uff21\uff22\uff23 na\u00efve",
    "UPPER lower MiXeD o'clock rock-'n'-roll",
])
def test_index_words_are_the_text_modules_words(text):
    from service.core.text import word_key, words

    assert [word_key(w) for w in index_module._raw_words(text)] == words(text)
    index = QuoteIndex()
    index.add(1, text)
    assert index.words_of(1) == words(text)
    index.add_many([(2, text)])
    index.search("merge")
    assert index.words_of(1) == index.words_of(2) == words(text)




@pytest.fixture(scope="module")
def with_seed_quotes(corpus):
    """The seed article's quotes among the synthetic ones (ids 100000 and up)."""
    quotes = [
        "The document we've delivered includes concerns of the US and our allies and partners about Russia's "
        "actions that undermine security",
        "The military alliance's door remains open",
        "We call on Russia once again to immediately de-escalate the situation",
        "We will read it. Study it. And then we will reject it.",
        "We are ready to sit down and talk",
        "NATO firmly believes that tensions and disagreements must be resolved through dialogue and diplomacy",
    ]
    index = QuoteIndex()
    index.add_many(enumerate(corpus))
    index.add_many((100_000 + i, q) for i, q in enumerate(quotes))
    return index, quotes


@pytest.mark.parametrize("claim, expected", [
    ("the military alliance's door remains open", 1),
    ("The military alliance\u2019s door remains closed", 1),
    ("We call on Russia to immediately escalate the situation", 2),
    ("We will read it. And then we will reject it.", 3),
    ("Asked about the letter, the minister said: \u201cWe are ready to sit down and talk,\u201d and left.", 4),
    ("tensions and disagreements must be resolved through dialogue", 5),
])
def test_short_and_real_quotes_are_found_among_many_synthetic_ones(with_seed_quotes, claim, expected):
    index, _ = with_seed_quotes
    assert 100_000 + expected in ids(index.search(claim, limit=10))


def test_near_duplicate_quotes_both_come_back_with_the_exact_one_first():
    index = QuoteIndex()
    index.add(1, "We will never accept a deal that leaves our farmers behind.")
    index.add(2, "We will never accept a deal that leaves our workers behind.")
    index.add(3, "Something else entirely about the weather in spring.")
    assert ids(index.search("We will never accept a deal that leaves our workers behind"))[:2] == [2, 1]


def test_adding_an_indexed_quote_again_with_the_same_text_changes_nothing(corpus):
    index = QuoteIndex()
    index.add_many(enumerate(corpus[:100]))
    index.search("merge")
    slots = index._slots
    for quote_id in range(100):
        index.add(quote_id, corpus[quote_id])
    assert index._slots == slots and len(index) == 100
    assert ids(index.search(corpus[5], limit=1)) == [5]


def test_merging_single_adds_gives_the_same_tables_as_one_bulk_build(corpus, monkeypatch):
    monkeypatch.setattr(index_module, "MERGE_AFTER", 15)
    grown = QuoteIndex()
    grown.add_many(enumerate(corpus[:1900]))
    grown.search("build")
    for quote_id in range(1900, 2000):
        grown.add(quote_id, corpus[quote_id])
    grown.flush()  # the last few adds are still pending
    bulk = QuoteIndex()
    bulk.add_many(enumerate(corpus[:2000]))
    bulk.search("build")
    assert grown._base.bits == bulk._base.bits
    for mine, theirs in ((grown._base.words, bulk._base.words), (grown._base.pairs, bulk._base.pairs)):
        assert np.array_equal(mine.offsets.astype(np.int64), theirs.offsets.astype(np.int64))
        assert np.array_equal(mine.postings, theirs.postings)


def _search_while_writing(index, corpus, first, last, remove_every=0):
    """Add corpus[first:last] on a writer thread (removing some) while this thread searches.

    Returns the problems seen: quotes added before a search started but not found by it, and
    removed quotes that a search returned.
    """
    import threading

    added_upto = first       # quotes first..added_upto-1 are in the index (their add returned)
    removed: set[int] = set()
    done = threading.Event()

    def write():
        nonlocal added_upto
        for quote_id in range(first, last):
            index.add(quote_id, corpus[quote_id])
            added_upto = quote_id + 1
            if remove_every and quote_id % remove_every == 0:
                index.remove(quote_id - remove_every // 2)
                removed.add(quote_id - remove_every // 2)
        done.set()

    writer = threading.Thread(target=write)
    writer.start()
    problems, probe = [], first
    while not done.is_set() or probe < added_upto:
        known_added, known_removed = added_upto, set(removed)
        if probe >= known_added:
            continue
        quote_id = probe
        found = ids(index.search(corpus[quote_id], limit=10))
        if quote_id not in known_removed and quote_id not in removed and quote_id not in found:
            problems.append(("missing", quote_id))
        problems += [("removed but found", q) for q in found if q in known_removed]
        probe += 3
    writer.join()
    return problems


def test_quotes_added_on_another_thread_are_found_by_every_later_search_across_merges(corpus, monkeypatch):
    monkeypatch.setattr(index_module, "MERGE_AFTER", 64)
    index = QuoteIndex()
    index.add_many(enumerate(corpus[:1000]))
    index.search("build")
    first_base = index._base
    assert _search_while_writing(index, corpus, 1000, 2600) == []
    index.flush()
    assert index._base is not first_base  # merges did happen during the writes
    assert index.merge_error is None and len(index) == 2600


def test_quotes_removed_while_merging_and_reclaiming_never_come_back(corpus, monkeypatch):
    monkeypatch.setattr(index_module, "MERGE_AFTER", 32)
    monkeypatch.setattr(index_module, "VACUUM_SHARE", 0.01)
    index = QuoteIndex()
    index.add_many(enumerate(corpus[:1200]))
    index.search("build")
    for quote_id in range(0, 1100):  # enough dead slots that a reclaiming rebuild is due
        index.remove(quote_id)
    assert _search_while_writing(index, corpus, 1200, 2800, remove_every=10) == []
    index.flush()
    removed = {q - 5 for q in range(1200, 2800) if q % 10 == 0}
    live = [q for q in range(1100, 2800) if q not in removed]
    assert len(index) == len(live) and index.merge_error is None
    assert all(q in index for q in live) and not any(q in index for q in removed)
    for quote_id in list(removed)[:40] + list(range(0, 1100, 97)):
        assert quote_id not in ids(index.search(corpus[quote_id], limit=10))
    for quote_id in live[::23]:
        assert ids(index.search(corpus[quote_id], limit=1)) == [quote_id]


def test_after_background_merges_results_are_those_of_a_full_rebuild(corpus, monkeypatch):
    monkeypatch.setattr(index_module, "MERGE_AFTER", 50)
    grown = QuoteIndex()
    grown.add_many(enumerate(corpus[:1500]))
    grown.search("build")
    for quote_id in range(1500, 2400):
        grown.add(quote_id, corpus[quote_id])
        if quote_id % 7 == 0:
            grown.remove(quote_id - 3)
    grown.flush()
    base = grown._base
    words, pairs = index_module._build_tables(base.tokens, base.starts, base.bits, len(grown._vocab_list))
    for mine, rebuilt in ((base.words, words), (base.pairs, pairs)):
        assert np.array_equal(mine.offsets.astype(np.int64), rebuilt.offsets.astype(np.int64))
        assert np.array_equal(mine.postings, rebuilt.postings)
    rebuilt_index = QuoteIndex()
    rebuilt_index.add_many((q, corpus[q]) for q in range(2400) if q in grown)
    rebuilt_index.search("build")
    for quote_id in [q for q in range(0, 2400, 13) if q in grown]:
        assert ids(grown.search(corpus[quote_id], limit=1)) == [quote_id]
        assert ids(grown.search(corpus[quote_id], limit=1)) == ids(rebuilt_index.search(corpus[quote_id], limit=1))


def test_pending_quotes_are_found_while_a_merge_is_being_built(corpus, monkeypatch):
    import threading

    index = QuoteIndex()
    index.add_many(enumerate(corpus[:800]))
    index.search("build")
    building, release = threading.Event(), threading.Event()
    real_build = QuoteIndex._build

    def slow_build(merge):
        building.set()
        release.wait(10)
        real_build(merge)

    monkeypatch.setattr(QuoteIndex, "_build", staticmethod(slow_build))
    monkeypatch.setattr(index_module, "MERGE_AFTER", 20)
    for quote_id in range(800, 820):
        index.add(quote_id, corpus[quote_id])
    assert building.wait(10)  # the merge is frozen and held back
    index.add(900, corpus[900])  # goes to the fresh part
    index.remove(805)             # removed from the frozen part
    index.remove(3)               # removed from the tables being replaced
    assert ids(index.search(corpus[810], limit=1)) == [810]
    assert ids(index.search(corpus[900], limit=1)) == [900]
    assert 805 not in ids(index.search(corpus[805])) and 3 not in ids(index.search(corpus[3]))
    release.set()
    index.flush()
    assert index._base.slots >= 820
    assert ids(index.search(corpus[810], limit=1)) == [810] and ids(index.search(corpus[900], limit=1)) == [900]
    assert 805 not in ids(index.search(corpus[805])) and 3 not in ids(index.search(corpus[3]))


def test_save_during_writes_and_after_merges_loads_a_consistent_snapshot(tmp_path, corpus, monkeypatch):
    import threading

    monkeypatch.setattr(index_module, "MERGE_AFTER", 40)
    index = QuoteIndex()
    index.add_many(enumerate(corpus[:1000]))
    index.search("build")
    path = tmp_path / "index.snapshot"
    def write() -> None:
        for q in range(1000, 1600):
            index.add(q, corpus[q])

    writer = threading.Thread(target=write)
    writer.start()
    index.save(path, watermark=1)  # while adds and background merges go on
    writer.join()
    loaded, _ = QuoteIndex.load(path)
    assert 1000 <= len(loaded) <= 1600
    assert all(q in loaded for q in range(1000))
    for quote_id in range(0, 1600, 53):
        if quote_id in loaded:
            assert ids(loaded.search(corpus[quote_id], limit=1)) == [quote_id]
    index.remove(7)
    index.save(path, watermark=2)
    loaded, watermark = QuoteIndex.load(path)
    assert watermark == 2 and len(loaded) == len(index) == 1599 and 7 not in loaded
    for text in (corpus[10], corpus[1599], corpus[7]):
        assert loaded.search(text) == index.search(text)


def test_a_snapshot_saved_for_another_store_raises_value_error(tmp_path, corpus):
    path = tmp_path / "index.snapshot"
    index = QuoteIndex()
    index.add_many(enumerate(corpus[:50]))
    index.save(path, watermark=3, store="first-database")
    assert QuoteIndex.load(path, store="first-database")[1] == 3
    with pytest.raises(ValueError):
        QuoteIndex.load(path, store="second-database")
