"""The paraphrase benchmark runs end to end on a small corpus and finds the speakers' quotes."""
from __future__ import annotations

from benchmarks.paraphrase import main, run


def test_a_small_run_times_both_kinds_of_claim_and_finds_the_speakers_quotes():
    result = run(size=3000, count=30)
    assert result["claims"] >= 20
    assert set(result["p50_ms"]) == {"with speaker", "without speaker"}
    assert result["speaker_quote_found"] >= 0.8


def test_the_command_prints_the_ratio(capsys):
    assert main(["--size", "2000", "--claims", "10"]) == 0
    assert "with speaker / without" in capsys.readouterr().out
