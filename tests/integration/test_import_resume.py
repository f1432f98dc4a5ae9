"""An import killed half-way and started again finishes without duplicates."""
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from service.ingest import read_quotebank
from service.ingest.synthetic import write_quotebank_file

ROOT = Path(__file__).resolve().parents[2]
LINES = 60_000  # several batches of the import, so a kill can land between two


def run_ingest(database: Path, data: Path) -> subprocess.Popen:
    python_path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "QUOTECHECK_SEEDS": "", "PYTHONPATH": python_path}
    return subprocess.Popen(
        [sys.executable, "-m", "service.cli", "ingest", "--database", str(database), str(data)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def counts(database: Path) -> tuple[int, int, int]:
    with sqlite3.connect(database, timeout=30) as db:
        return tuple(db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                     for table in ("quotes", "sources", "occurrences"))


def quote_count(database: Path) -> int:
    try:
        with sqlite3.connect(database, timeout=30) as db:
            return db.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created yet


@pytest.mark.slow
def test_import_killed_mid_run_and_rerun_stores_everything_once(tmp_path):
    data = write_quotebank_file(tmp_path / "quotes-2019.json", LINES, seed=7)

    # Every generated quote has its own wording and every url is its own source.
    records = sum(1 for _ in read_quotebank(data))
    expected = (LINES, records, records)

    interrupted = tmp_path / "interrupted.sqlite3"
    victim = run_ingest(interrupted, data)
    deadline = time.monotonic() + 300
    while quote_count(interrupted) == 0 and victim.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=60)
    assert victim.returncode == -signal.SIGKILL
    stored_at_kill = quote_count(interrupted)
    assert 0 < stored_at_kill < LINES, "the kill should land between two batches of the import"

    resumed = run_ingest(interrupted, data)
    assert resumed.wait(timeout=600) == 0, resumed.stderr.read()
    assert counts(interrupted) == expected
    assert f"imported {LINES - stored_at_kill:,} new quotes" in resumed.stderr.read()


@pytest.mark.slow
def test_second_run_of_a_finished_import_adds_nothing(tmp_path):
    data = write_quotebank_file(tmp_path / "quotes-2018.json.bz2", 3_000, seed=3)
    database = tmp_path / "db.sqlite3"
    first = run_ingest(database, data)
    assert first.wait(timeout=300) == 0, first.stderr.read()
    after_first = counts(database)
    second = run_ingest(database, data)
    assert second.wait(timeout=300) == 0
    assert "imported 0 new quotes" in second.stderr.read()
    assert counts(database) == after_first
