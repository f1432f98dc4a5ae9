"""The speaker-ranker experiment (benchmarks/ranker.py) trains, and its evaluation reports PolNeAR dev and newsroom
figures side by side; the service does not use it (docs/EXTRACTION.md, "Learned speaker ranker: not kept")."""
from __future__ import annotations

from pathlib import Path

from benchmarks import ranker
from benchmarks.ranker_features import FEATURES, article_settings, candidates
from service.core.extraction import extract_quotes

ROOT = Path(__file__).resolve().parents[2]
TEXT = ("Paul Ryan met reporters on Tuesday.\n\n"
        "“We have the votes,” Ryan said.\n\n"
        "“The bill will pass this week,” he added.\n")


def _split(folder: Path, split: str) -> None:
    """One article in a brat split: two quotes of Paul Ryan, the second credited by a pronoun (each content span
    holds its quotation marks, as the scorer reads quotes inside them)."""
    (folder / split / "text").mkdir(parents=True)
    (folder / split / "attributions").mkdir()
    (folder / split / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    ann, n = [], 0
    for quote, source in (("We have the votes", "Ryan said"), ("The bill will pass this week", "he added")):
        at, src = TEXT.index(quote), TEXT.index(source)
        name = source.split()[0]
        ann += [f"T{n + 1}\tSource {src} {src + len(name)}\t{name}",
                f"T{n + 2}\tContent {at - 1} {at + len(quote) + 2}\t{TEXT[at - 1:at + len(quote) + 2]}",
                f"E{n // 2 + 1}\tAttribution:T{n + 2} Content:T{n + 2} Source:T{n + 1}"]
        n += 2
    (folder / split / "attributions" / "a_x.ann").write_text("\n".join(ann) + "\n", encoding="utf-8")


def _data(tmp_path: Path) -> str:
    for split in ("train", "dev"):
        _split(tmp_path, split)
    (tmp_path / "metadata.tsv").write_text("compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\t"
                                           "author\ttitle\ntrain\ta\t1\tx\tp\t2016-09-01\t\tA\n", encoding="utf-8")
    return str(tmp_path)


def test_every_candidate_has_a_value_for_every_feature_and_the_rules_speaker_is_among_them():
    quotes = extract_quotes(TEXT)
    for setting in article_settings(TEXT, quotes):
        found = candidates(setting)
        assert all(len(c.features) == len(FEATURES) for c in found)
        if setting.quote.speaker:
            assert setting.quote.speaker in [c.name for c in found]


def test_training_writes_the_same_weights_twice(tmp_path):
    data = _data(tmp_path)
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    assert ranker.main(["train", "--data", data, "--weights", str(first)]) == 0
    assert ranker.main(["train", "--data", data, "--weights", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert set(ranker.load_weights(first)) == {"ranker", "low confidence"}


def test_the_evaluation_reports_figures_for_polnear_dev_and_both_newsroom_halves(tmp_path, capsys):
    data = _data(tmp_path)
    weights = tmp_path / "weights.json"
    ranker.main(["train", "--data", data, "--weights", str(weights)])
    rows = dict(ranker.evaluate(data, ranker.load_weights(weights), limit=2))
    for name in ("PolNeAR dev, named sources", "newsroom a, all speakers", "newsroom b, all speakers"):
        assert set(rows[name]) == set(ranker.MODES)
        assert all(0 <= right <= counted and counted > 0 for right, counted in rows[name].values()), name
    assert ranker.main(["evaluate", "--data", data, "--weights", str(weights), "--limit", "1"]) == 0
    printed = capsys.readouterr().out
    assert "| PolNeAR dev, named sources |" in printed and "| newsroom b, all speakers |" in printed


def test_the_committed_weights_fit_the_features():
    assert set(ranker.load_weights()) == {"ranker", "low confidence"}


def test_the_service_does_not_use_the_ranker():
    for path in (ROOT / "service").rglob("*.py"):
        assert "ranker" not in path.read_text(encoding="utf-8"), path
