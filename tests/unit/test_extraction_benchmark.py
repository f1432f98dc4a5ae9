"""The extraction benchmark scores pronoun speakers against the proxy and, where given, hand-checked referents."""
from __future__ import annotations

import json

from benchmarks.extraction import load_referents, refers_to, score_polnear

TEXT = ("Trump spoke first. Paul Ryan said the bill would pass.\n\n"
        "Donald Trump later met the press.\n\n"
        "“We have the votes,” he said.\n")


def _folder(tmp_path) -> str:
    """A one-article brat folder whose pronoun source's proxy (the last named source) is Ryan."""
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir()
    (tmp_path / "dev" / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    ryan, said, bill = TEXT.index("Paul Ryan"), TEXT.index("said the"), TEXT.index("the bill")
    quote, he = TEXT.index("We have"), TEXT.index("he said")
    ann = [f"T1\tSource {ryan} {ryan + 9}\tPaul Ryan", f"T2\tCue {said} {said + 4}\tsaid",
           f"T3\tContent {bill} {bill + 22}\tthe bill would pass", f"T4\tAttribution {said} {said + 4}\tsaid",
           "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
           f"T5\tSource {he} {he + 2}\the", f"T6\tCue {he + 3} {he + 7}\tsaid",
           f"T7\tContent {quote - 1} {quote + 19}\t“We have the votes,”", f"T8\tAttribution {he + 3} {he + 7}\tsaid",
           "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5"]
    (tmp_path / "dev" / "attributions" / "a_x.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")
    (tmp_path / "metadata.tsv").write_text("compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\t"
                                           "author\ttitle\ndev\ta\t1\tx\tp\t2016-09-01\t\tA\n",
                                           encoding="utf-8")
    return str(tmp_path)


def test_a_referent_matches_a_speaker_by_its_last_name_word_or_either_of_two_people():
    assert refers_to("Donald Trump", "Donald Trump")
    assert refers_to("Donald Trump's campaign", "Trump campaign")
    assert refers_to("Charles E. Grassley and Patrick J. Leahy", "Patrick Leahy")
    assert not refers_to("Paul Ryan", "Donald Trump")
    assert not refers_to("Paul Ryan", "")


def test_someone_the_article_never_names_is_met_by_a_description_with_the_same_noun():
    assert refers_to("an unnamed woman adopted from Iran", "One woman", named=False)
    assert not refers_to("an unnamed commentator", "Glen Doherty", named=False)


def test_no_referent_file_means_no_hand_checked_figure(tmp_path):
    assert load_referents(tmp_path / "absent.json") == {}


def test_the_proxy_and_the_hand_checked_referent_are_scored_apart(tmp_path):
    data = _folder(tmp_path)
    he = TEXT.index("he said")
    referents = tmp_path / "referents.json"
    referents.write_text(json.dumps([{"article": "a", "source_start": he, "source_end": he + 2, "pronoun": "he",
                                      "referent": "Donald Trump", "named": True}]), encoding="utf-8")
    result = score_polnear(data, "dev", referents=referents)
    assert result["pronoun"] == (0, 1)  # the proxy is the last named source, Ryan
    assert result["pronoun_referent"] == (1, 1)  # the text means Trump, the subject of the sentence before
    assert result["proxy_meets_referent"] == 0  # even a resolver always right scores 0 on the proxy here
