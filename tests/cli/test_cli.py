"""The quotecheck command: ingest, verify, export and migrate on a temporary database."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from service.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = next((ROOT / "seeds").glob("*.txt"))


def test_ingest_then_verify_finds_a_seed_quote(env, capsys):
    db = str(env / "cli.sqlite3")
    assert main(["ingest", str(SEED), "--database", db]) == 0
    capsys.readouterr()
    assert main(["verify", "We call on Russia once again to immediately escalate the situation.",
                 "--database", db, "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["verdict"] == "misquoted"
    assert answer["matches"][0]["quote"]["speaker"]["name"] == "Jens Stoltenberg"


def test_verify_prints_a_readable_answer(env, capsys):
    db = str(env / "cli.sqlite3")
    main(["ingest", str(SEED), "--database", db])
    capsys.readouterr()
    main(["verify", "The military alliance’s door remains open", "--speaker", "Stoltenberg", "--database", db])
    out = capsys.readouterr().out
    assert "verdict: misattributed" in out and "said by: Anthony Blinken" in out


def test_ingesting_twice_adds_nothing(env, capsys):
    db = str(env / "cli.sqlite3")
    main(["ingest", str(SEED), "--database", db])
    main(["export", "--database", db, "-o", str(env / "one.jsonl")])
    main(["ingest", str(SEED), "--database", db])
    main(["export", "--database", db, "-o", str(env / "two.jsonl")])
    one = (env / "one.jsonl").read_text().splitlines()
    assert len(one) >= 11 and one == (env / "two.jsonl").read_text().splitlines()


def test_the_database_setting_comes_from_the_environment_and_the_flag_wins(env, monkeypatch, capsys):
    from_env, from_flag = env / "env.sqlite3", env / "flag.sqlite3"
    monkeypatch.setenv("QUOTECHECK_DATABASE", str(from_env))
    main(["ingest", str(SEED)])
    main(["ingest", str(SEED), "--database", str(from_flag)])
    assert from_env.exists() and from_flag.exists()


def test_migrate_reports_the_schema_version(env, capsys):
    from service.store import migrations

    assert main(["migrate", "--database", str(env / "m.sqlite3")]) == 0
    assert capsys.readouterr().out.startswith(f"schema version {migrations.steps('sqlite')[-1][0]}")


def test_the_installed_command_runs(env):
    exe = shutil.which("quotecheck") or str(Path(sys.executable).with_name("quotecheck"))
    result = subprocess.run([exe, "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "serve" in result.stdout and "ingest" in result.stdout


def test_verify_prints_the_reasons_of_its_verdict(env, capsys):
    db = str(env / "cli.sqlite3")
    main(["ingest", str(SEED), "--database", db])
    capsys.readouterr()
    main(["verify", "We call on Russia once again to immediately escalate the situation.", "--database", db])
    assert "reasons: word_changed" in capsys.readouterr().out
