"""The newsroom set's held-out half c: it loads on its own, every gold line parses against its article, and
nothing that loads the set by default (the development figures, the snapshot) sees it."""
from __future__ import annotations

import json

import pytest

from benchmarks import extraction_newsroom
from benchmarks.extraction_newsroom import DEVELOPMENT_HALVES, NEWSROOM_DIR, load_articles, parse_gold


def sources() -> list[dict]:
    return json.loads((NEWSROOM_DIR / "sources.json").read_text(encoding="utf-8"))


def assert_every_gold_line_parses(source: dict) -> list:
    """Parse an article's gold against its text, every line a quote or an open span; the quotes."""
    text = (NEWSROOM_DIR / "articles" / f"{source['id']}.txt").read_text(encoding="utf-8")
    gold = (NEWSROOM_DIR / "gold" / f"{source['id']}.txt").read_text(encoding="utf-8")
    lines = [x for x in gold.splitlines() if x.strip() and not x.startswith("#")]
    quotes, open_spans = parse_gold(text, gold, source["id"])
    assert len(quotes) + len(open_spans) == len(lines), source["id"]
    return quotes


def test_half_c_loads_and_every_gold_line_parses():
    held_out = [s for s in sources() if s["half"] == "c"]
    articles = load_articles(half="c")
    assert len(articles) == len(held_out) >= 12
    assert all(a.half == "c" and len(a.quotes) >= 4 for a in articles)
    for source in held_out:
        quotes = assert_every_gold_line_parses(source)
        assert all(q.text for q in quotes)


def test_half_c_comes_from_other_repositories_than_the_development_halves():
    development = {s["repository"] for s in sources() if s["half"] in DEVELOPMENT_HALVES}
    held_out = {s["repository"] for s in sources() if s["half"] == "c"}
    assert held_out and not held_out & development
    assert all("licence" in s and "copyright" in s["licence"] for s in sources() if s["half"] == "c")


def test_the_default_set_is_the_development_halves_only():
    assert {a.half for a in load_articles()} == set(DEVELOPMENT_HALVES) == {"a", "b"}
    ids = {a.id for a in load_articles()}
    assert ids == {a.id for h in DEVELOPMENT_HALVES for a in load_articles(half=h)}


def test_the_snapshot_never_records_the_held_out_half():
    from benchmarks import snapshot

    held_out = {f"newsroom/{a.id}" for a in load_articles(half="c")}
    names = [name for name, *_ in snapshot.texts(NEWSROOM_DIR / "no-such-eval-dir")]
    assert not held_out & set(names)


def test_the_later_halves_are_choices_of_the_command_line_and_no_other_half_is():
    assert tuple("abcdefghijklmnopqr") == extraction_newsroom.HALVES
    with pytest.raises(SystemExit):
        extraction_newsroom.main(["--half", "z"])


@pytest.mark.parametrize("half", ["d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r"])
def test_a_later_half_loads_and_every_gold_line_parses(half):
    later = [s for s in sources() if s["half"] == half]
    articles = load_articles(half=half)
    assert len(articles) == len(later) >= 13
    for source in later:
        assert_every_gold_line_parses(source)


def test_half_g_comes_from_a_repository_no_other_half_used():
    other = {s["repository"] for s in sources() if s["half"] not in {"g", "h", "i", "j"}}
    half_g = {s["repository"] for s in sources() if s["half"] in {"g", "h", "i"}}
    assert half_g == {"flairNLP/fundus"} and not half_g & other


def test_half_i_holds_other_test_cases_of_the_fundus_parser_than_g_and_h():
    earlier = {s["path"] for s in sources() if s["half"] in {"g", "h"}}
    half_i = [s for s in sources() if s["half"] == "i"]
    assert len(half_i) >= 25 and not earlier & {s["path"] for s in half_i}


def test_half_j_holds_pages_no_other_half_used():
    earlier = {(s["repository"], s["path"]) for s in sources() if s["half"] != "j"}
    half_j = [s for s in sources() if s["half"] == "j"]
    assert len(half_j) >= 20 and not earlier & {(s["repository"], s["path"]) for s in half_j}


@pytest.mark.parametrize("half", ["k", "l"])
def test_halves_k_and_l_hold_benchmark_pages_no_other_half_used(half):
    earlier = {(s["repository"], s["path"]) for s in sources() if s["half"] != half}
    pages = [s for s in sources() if s["half"] == half]
    assert len(pages) >= 24 and not earlier & {(s["repository"], s["path"]) for s in pages}
    assert {s["repository"] for s in pages} == {"scrapinghub/article-extraction-benchmark"}


def test_half_m_holds_pages_no_other_half_used_from_two_repositories():
    earlier = {(s["repository"], s["path"]) for s in sources() if s["half"] != "m"}
    pages = [s for s in sources() if s["half"] == "m"]
    assert len(pages) >= 30 and not earlier & {(s["repository"], s["path"]) for s in pages}
    assert {s["repository"] for s in pages} == {"scrapinghub/article-extraction-benchmark", "codelucas/newspaper"}


def test_half_n_holds_wikinews_articles_and_trafilatura_pages_no_other_half_used():
    earlier = {(s["repository"], s["path"]) for s in sources() if s["half"] != "n"}
    pages = [s for s in sources() if s["half"] == "n"]
    assert len(pages) >= 40 and not earlier & {(s["repository"], s["path"]) for s in pages}
    assert {s["repository"] for s in pages} == {"amir-zeldes/gum", "adbar/trafilatura"}


def test_half_o_holds_abc_news_of_a_repository_no_other_half_used():
    other = {s["repository"] for s in sources() if s["half"] not in {"o", "p", "q"}}
    pages = [s for s in sources() if s["half"] == "o"]
    assert len(pages) >= 40 and {s["repository"] for s in pages} == {"nltk/nltk_data"} and "nltk/nltk_data" not in other
    assert len({s["path"] for s in pages}) == len(pages)


def test_half_p_holds_wire_stories_of_another_file_of_that_repository():
    pages = [s for s in sources() if s["half"] == "p"]
    assert len(pages) >= 30 and {s["repository"] for s in pages} == {"nltk/nltk_data"}
    assert all(s["path"].startswith("packages/corpora/ieer.zip#") for s in pages)
    assert len({s["path"] for s in pages}) == len(pages)


def test_half_q_holds_wall_street_journal_stories_of_a_third_file_of_that_repository():
    pages = [s for s in sources() if s["half"] == "q"]
    assert len(pages) >= 30 and {s["repository"] for s in pages} == {"nltk/nltk_data"}
    assert all(s["path"].startswith("packages/corpora/treebank.zip#wsj_") for s in pages)
    assert len({s["path"] for s in pages}) == len(pages)
