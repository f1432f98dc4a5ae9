"""The calibration check on the newsroom set: `python -m benchmarks.calibration --newsroom` gives a table of right
speakers per band of confidence in which every quote with a speaker is counted in one band."""
from __future__ import annotations

from benchmarks import calibration


def test_the_newsroom_band_table_counts_every_quote_in_one_band(capsys):
    judged = calibration.judged_newsroom("a")
    assert judged and all(confidence is not None for _, confidence, _ in judged)
    bands = calibration.per_band(judged)
    assert [band for band, _, _ in bands] == list(calibration.BANDS)
    assert sum(total for _, _, total in bands) == len(judged)
    assert all(0 <= right <= total for _, right, total in bands)
    assert calibration.main(["--newsroom", "--half", "a"]) == 0
    printed = capsys.readouterr().out
    band_rows = [line for line in printed.splitlines() if line.startswith("| 0.")]
    assert len(band_rows) == len(calibration.BANDS)
    assert "| confidence band (newsroom a) | right / quotes | share right |" in printed
    assert sum(int(row.split("|")[2].split("/")[1]) for row in band_rows) == len(judged)
