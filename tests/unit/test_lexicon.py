"""The lexicon's data files: each parses, holds every entry once and cleanly, and is read by the code."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from service.core import lexicon

SERVICE = Path(lexicon.__file__).resolve().parents[2]
DATA = Path(lexicon.__file__).resolve().parent
FILES = sorted(path.stem for path in DATA.glob("*.txt"))
# A literal read of a word list: `words("weekdays")`, `lexicon.entries("places")`, `pairs("pronouns")`.
READ = re.compile(r"\b(words|entries|pairs)\(\s*\"([^\"]+)\"\s*\)")


def _reads() -> dict[str, set[str]]:
    """Every word list the code under service/ reads with a literal name, and the loaders it is read with."""
    found: dict[str, set[str]] = {}
    for path in SERVICE.rglob("*.py"):
        for loader, name in READ.findall(path.read_text(encoding="utf-8")):
            found.setdefault(name, set()).add(loader)
    return found


READS = _reads()


def _written(name: str) -> list[str]:
    """The entries of a file as its lines say, read without the loaders: no blank lines, no comments."""
    lines = (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


def test_there_are_word_lists():
    assert len(FILES) > 40


@pytest.mark.parametrize("name", FILES)
def test_every_file_is_read_by_a_literal_call(name):
    assert name in READS, f"{name}.txt is read by no words/entries/pairs(\"{name}\") call under service/"


@pytest.mark.parametrize("name", sorted(READS))
def test_every_literal_call_names_a_file(name):
    assert (DATA / f"{name}.txt").is_file()


@pytest.mark.parametrize("name", FILES)
def test_every_file_parses_into_entries(name):
    found = lexicon.entries(name)
    assert found, f"{name}.txt has no entries"
    if "pairs" in READS.get(name, ()):
        assert all(len(entry.split()) == 2 for entry in found), f"{name}.txt: a line without exactly two words"


@pytest.mark.parametrize("name", FILES)
def test_no_entry_is_written_twice(name):
    found = lexicon.entries(name)
    twice = sorted({entry for entry in found if found.count(entry) > 1})
    assert not twice, f"{name}.txt repeats {twice}"


@pytest.mark.parametrize("name", FILES)
def test_no_entry_has_stray_whitespace(name):
    lines = (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        entry = line.split("#", 1)[0]
        stray = line != line.rstrip() or entry != entry.lstrip() or "\t" in line or "  " in entry.strip()
        assert not stray, f"{name}.txt line {number}: {line!r}"


@pytest.mark.parametrize("name", FILES)
def test_loaders_return_what_the_file_says(name):
    written = _written(name)
    assert lexicon.entries(name) == written
    assert lexicon.words(name) == frozenset(written)
    if "pairs" in READS.get(name, ()):
        assert lexicon.pairs(name) == [tuple(entry.split()) for entry in written]


def test_loaders_skip_comments_and_blank_lines(tmp_path, monkeypatch):
    (tmp_path / "sample.txt").write_text("# a comment\n\nshot back\n  went on  # after the entry\nNew York\n",
                                         encoding="utf-8")
    monkeypatch.setattr(lexicon, "_DATA", tmp_path)
    assert lexicon.entries("sample") == ["shot back", "went on", "New York"]
    assert lexicon.words("sample") == frozenset({"shot back", "went on", "New York"})


def test_pairs_and_groups(tmp_path, monkeypatch):
    (tmp_path / "sample.txt").write_text("shot back\nwent on\nwent off\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "_DATA", tmp_path)
    assert lexicon.pairs("sample") == [("shot", "back"), ("went", "on"), ("went", "off")]
    assert lexicon.grouped(lexicon.pairs("sample")) == {"shot": frozenset({"back"}), "went": frozenset({"on", "off"})}


def test_composed_sets_write_each_concept_once():
    assert lexicon.WEEKDAYS <= lexicon.NON_NAMES and lexicon.MONTHS <= lexicon.NON_NAMES
    assert lexicon.WEEKDAYS | lexicon.MONTHS | lexicon.NEWS_OUTLETS <= lexicon.NOT_CLAUSE_OPENERS
    assert not lexicon.words("non_names") & (lexicon.WEEKDAYS | lexicon.MONTHS)
    assert not lexicon.words("not_clause_openers") & (lexicon.WEEKDAYS | lexicon.MONTHS | lexicon.NEWS_OUTLETS)


def test_the_forename_table_answers_as_gender_guesser_does():
    from gender_guesser.detector import Detector

    detector = Detector(case_sensitive=False)
    table = lexicon._forename_detector()
    names = list(detector.names)[::97] + ["John", "MARIA", "Jean-Luc", "mary ann", "Zzyzx", "Andrea", ""]
    assert [table.get_gender(n) for n in names] == [detector.get_gender(n) for n in names]
    assert {table.get_gender(n) for n in names} >= {"male", "female", "andy", "unknown"}


@pytest.mark.parametrize("name, place", [
    ("Lindi Bus Terminal", True), ("Heathrow Airport", True), ("Abbey Road", True), ("Tower Bridge", True),
    ("Michael Bay", False), ("Jeff Bridge", False),
])
def test_a_facility_is_a_place_and_a_forename_keeps_a_surname_a_person(name, place):
    assert lexicon.is_place(name) is place
