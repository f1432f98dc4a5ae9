"""The extractor's output on the seed, the newsroom set and PolNeAR dev and train is the recorded one.

A change meant to alter nothing (a refactor) must leave this passing; a change that improves extraction
records the new output with `python -m benchmarks.snapshot --write` and shows the difference in review.
"""
from benchmarks.snapshot import differences, load


def test_the_extractor_output_matches_the_recorded_snapshot():
    assert differences(load()) == []
