"""The matching benchmark's corpus is reproducible and its report is written where it belongs."""
from __future__ import annotations

import io

import numpy as np
import pytest

from benchmarks import matching
from benchmarks.corpus import MAX_WORDS, MIN_WORDS, PERTURBATIONS, Vocabulary, iter_quotes, perturb
from service.core.text import words


def test_the_same_seed_gives_the_same_corpus_and_a_larger_corpus_starts_with_the_smaller():
    small = list(iter_quotes(30, seed=4))
    large = list(iter_quotes(12_000, seed=4))
    assert small == list(iter_quotes(30, seed=4))
    assert large[:30] == small
    assert list(iter_quotes(30, seed=5)) != small


def test_generated_quotes_are_sentences_of_twenty_to_sixty_words_with_speakers_and_dates():
    quotes = list(iter_quotes(200, seed=1))
    assert all(MIN_WORDS <= len(q.text.split()) <= MAX_WORDS for q in quotes)
    assert all(q.text[0].isupper() and q.text.endswith(".") for q in quotes)
    assert all(" " in q.speaker and len(q.date) == 10 for q in quotes)
    assert len({q.text for q in quotes}) == 200


def test_word_frequencies_are_skewed_like_natural_text():
    counts: dict[str, int] = {}
    for q in iter_quotes(2000, seed=2):
        for w in words(q.text):
            counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    assert ranked[0] > 20 * ranked[len(ranked) // 2]


@pytest.mark.parametrize("kind", PERTURBATIONS)
def test_each_perturbation_changes_the_quote_as_its_name_says(kind):
    vocabulary = Vocabulary(seed=1)
    text = next(iter_quotes(1, seed=1, vocabulary=vocabulary)).text
    edited = perturb(kind, text, np.random.default_rng(0), vocabulary, "Ann Lee")
    original, changed = words(text), words(edited)
    assert edited != text
    if kind == "drop1":
        assert len(changed) == len(original) - 1
    elif kind == "replace2":
        assert len(changed) == len(original) and sum(a != b for a, b in zip(original, changed)) <= 2
    elif kind == "middle60":
        assert " ".join(changed) in " ".join(original) and len(changed) < len(original)
    elif kind == "stripped":
        assert changed == original and edited == edited.lower() and "," not in edited
    elif kind == "paragraph":
        assert " ".join(original) in " ".join(changed) and len(changed) > len(original) + 20


def test_an_unknown_perturbation_is_refused():
    with pytest.raises(ValueError):
        perturb("shuffle", "a b c", np.random.default_rng(0), Vocabulary(seed=1))


def test_a_small_run_reports_every_kind_and_finds_every_perturbed_quote():
    out = io.StringIO()
    results = matching.run([400], queries=8, seed=3, exhaustive_subset=200, out=out, burst_adds=300)
    row = results["sizes"][400]
    assert row["burst"]["adds"] == 300 and row["burst"]["found_after_burst"] == 1.0
    assert row["burst"]["add_max_ms"] >= row["burst"]["add_p99_ms"] > 0
    assert set(row["kinds"]) == set(matching.KINDS)
    assert row["recall_at_1"] == 1.0
    assert row["kinds"]["nomatch"]["false_match_rate"] == 0.0
    assert row["incremental"]["found_after_add"] == 1.0 and row["incremental"]["gone_after_remove"] == 1.0
    assert set(results["exhaustive"]["kinds"]) == set(matching.KINDS)
    assert "400 quotes" in out.getvalue() and "exhaustive rapidfuzz" in out.getvalue()
    assert "burst of 300 adds" in out.getvalue()
    assert "Write burst at 400 quotes" in matching.markdown(results, "quotecheck bench matching")


def test_the_matching_section_replaces_only_itself(tmp_path):
    path = tmp_path / "BENCHMARKS.md"
    path.write_text("# Benchmarks\n\n## Import\n\nimport figures\n\n## Matching\n\nold\n\n## HTTP\n\nhttp figures\n")
    matching.write_section(path, "## Matching\n\nnew figures\n")
    text = path.read_text()
    assert "import figures" in text and "http figures" in text and "new figures" in text and "old" not in text
    assert text.index("## Import") < text.index("## Matching") < text.index("## HTTP")
    matching.write_section(tmp_path / "fresh.md", "## Matching\n\nfirst\n")
    assert (tmp_path / "fresh.md").read_text().startswith("# Benchmarks\n\n## Matching\n\nfirst")


def test_the_command_line_refuses_bad_sizes():
    with pytest.raises(SystemExit):
        matching.main(["--sizes", "ten"])
