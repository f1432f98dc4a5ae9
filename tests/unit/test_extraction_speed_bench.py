"""The speed benchmark loads another checkout's extractor beside this one and times both in turns."""
from pathlib import Path

import pytest

from benchmarks import extraction_speed

CHECKOUT = Path(__file__).resolve().parents[2]


def test_a_checkout_s_extractor_loads_under_the_name_given_and_reads_as_this_one():
    from service.core.extraction import extract_quotes

    theirs = extraction_speed.load_extractor(CHECKOUT, "service_loaded")
    text = "“We will act,” said Jens Stoltenberg, NATO's secretary-general."
    assert theirs.__module__.startswith("service_loaded.")
    assert [q.speaker for q in theirs(text)] == [q.speaker for q in extract_quotes(text)]


def test_both_extractors_read_every_text_each_round_taking_turns_to_go_first():
    calls: list[tuple[str, str]] = []
    texts = [f"text {n}" for n in range(45)]
    extraction_speed.paired_cpu(texts, lambda t: calls.append(("ours", t)), lambda t: calls.append(("theirs", t)),
                                rounds=2)
    assert sorted(t for who, t in calls if who == "ours") == sorted(texts * 2)
    assert sorted(t for who, t in calls if who == "theirs") == sorted(texts * 2)
    batch = extraction_speed.BATCH
    assert calls[0][0] == "ours" and calls[2 * batch][0] == "theirs"  # the second batch starts with the other


def test_a_folder_without_a_service_package_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        extraction_speed.load_extractor(tmp_path, "service_nothing")


def test_a_run_in_one_load_order_times_both_over_new_texts(tmp_path, monkeypatch):
    folder = tmp_path / "polnear-dev"
    for split in ("train", "dev"):
        (folder / split / "text").mkdir(parents=True)
        (folder / split / "text" / "a.txt").write_text("“We will act,” said Jens Stoltenberg.", encoding="utf-8")
    monkeypatch.setattr(extraction_speed, "EVAL_DIR", tmp_path)
    ours, theirs = extraction_speed.one_order(CHECKOUT, False, "train", rounds=1)
    assert ours >= 0.0 and theirs >= 0.0
