"""The quotecheck command says what went wrong and exits non-zero: missing, unsupported or malformed input,
a database in a folder that does not exist, an impossible date. Every command uses the same default database."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import service
from service import cli
from service.cli import main
from service.config import default_database

ROOT = Path(__file__).resolve().parents[2]
SEED = next((ROOT / "seeds").glob("*.txt"))
GOOD = {"text": "We will defend every inch of allied territory.", "speaker": "Jens Stoltenberg"}
COMMANDS = ["serve", "ingest", "verify", "migrate", "export", "bench"]


def run(args: list[str], capsys) -> tuple[int, str]:
    """Run the command; return (exit status, what it printed on stderr)."""
    try:
        status = main(args)
    except SystemExit as exc:  # argparse refusing an argument
        status = exc.code if isinstance(exc.code, int) else 1
    return status, capsys.readouterr().err


def quotes_in(db: Path) -> int:
    from service.store import open_store

    store = open_store(str(db))
    try:
        return store.count_quotes()
    finally:
        store.close()


def test_ingesting_a_missing_file_fails_naming_it(env, capsys):
    status, err = run(["ingest", str(env / "nope.jsonl"), "--database", str(env / "q.sqlite3")], capsys)
    assert status == 1
    assert "nope.jsonl" in err and "no such file" in err


def test_ingesting_an_unsupported_file_type_fails_saying_so(env, capsys):
    pdf = env / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7 not an article")
    status, err = run(["ingest", str(pdf), "--database", str(env / "q.sqlite3")], capsys)
    assert status == 1
    assert "report.pdf" in err and "not a .txt" in err


def test_ingesting_a_file_of_malformed_records_fails_and_stores_nothing(env, capsys):
    bad = env / "bad.jsonl"
    bad.write_text('{"text": "", "speaker": "X"}\n{"text": 42, "speaker": ""}\nnot json at all\n')
    db = env / "q.sqlite3"
    status, err = run(["ingest", str(bad), "--database", str(db)], capsys)
    assert status == 1
    assert "bad.jsonl" in err and "skipped" in err
    assert quotes_in(db) == 0


def test_ingesting_with_some_malformed_records_keeps_the_good_ones_but_fails(env, capsys):
    mixed = env / "mixed.jsonl"
    mixed.write_text(json.dumps(GOOD) + "\n" + '{"speaker": "No Text"}\n')
    db = env / "q.sqlite3"
    status, err = run(["ingest", str(mixed), "--database", str(db)], capsys)
    assert status == 1 and "1 file(s) or record(s) were skipped" in err
    assert quotes_in(db) == 1


def test_ingesting_good_files_still_succeeds(env, capsys):
    assert run(["ingest", str(SEED), "--database", str(env / "q.sqlite3")], capsys)[0] == 0


@pytest.mark.parametrize("command", [["verify", "We will defend every inch"], ["ingest", str(SEED)], ["migrate"],
                                     ["export"], ["serve", "--port", "8249"]])
def test_a_database_in_a_missing_folder_is_an_error_and_creates_nothing(env, capsys, command):
    missing = env / "no-such-dir" / "deeper"
    status, err = run([*command, "--database", str(missing / "x.sqlite3")], capsys)
    assert status == 1
    assert "does not exist" in err and str(missing) in err
    assert not (env / "no-such-dir").exists()


def test_the_environment_naming_a_missing_folder_is_the_same_error(env, capsys, monkeypatch):
    monkeypatch.setenv("QUOTECHECK_DATABASE", str(env / "gone" / "x.sqlite3"))
    status, err = run(["verify", "We will defend every inch"], capsys)
    assert status == 1 and "does not exist" in err
    assert not (env / "gone").exists()


def test_verify_against_a_missing_folder_never_answers_from_the_seeds(env, capsys, monkeypatch):
    monkeypatch.delenv("QUOTECHECK_SEEDS")
    status, _ = run(["verify", "The military alliance’s door remains open", "--json",
                     "--database", str(env / "missing" / "x.sqlite3")], capsys)
    assert status == 1 and "verdict" not in capsys.readouterr().out


@pytest.mark.parametrize("when", ["2022-13-45", "2022-02-30", "yesterday", "22-01-01x"])
def test_an_impossible_date_is_refused(env, capsys, when):
    status, err = run(["verify", "We will defend every inch", "--date", when,
                       "--database", str(env / "q.sqlite3")], capsys)
    assert status == 2 and "YYYY-MM-DD" in err and when in err


def test_a_valid_date_is_used_for_the_date_check(env, capsys):
    db = str(env / "q.sqlite3")
    main(["ingest", str(SEED), "--database", db])
    capsys.readouterr()
    assert main(["verify", "The military alliance’s door remains open", "--date", "1999-01-01",
                 "--database", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["date_check"] == "inconsistent"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_names_the_default_database_in_its_help(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert default_database() in out.replace("- ", "-")


def test_migrate_uses_the_servers_default_database_wherever_it_is_run(env, capsys, monkeypatch):
    default = env / "instance-folder" / "quotecheck.sqlite3"
    monkeypatch.setattr(cli, "default_database", lambda: str(default))
    monkeypatch.setattr(service, "default_database", lambda: str(default))
    elsewhere = env / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert main(["migrate"]) == 0
    assert default.exists() and not (elsewhere / "instance").exists()
    app = service.create_app(overrides={"SEEDS": ""})
    try:
        assert app.config["DATABASE"] == str(default)
    finally:
        app.extensions["quotecheck"].close()


def test_a_store_that_cannot_be_reached_is_a_reason_and_a_failure(env, capsys):
    status, err = run(["verify", "We will defend every inch", "--database",
                       "postgresql://nobody@127.0.0.1:1/none?connect_timeout=1"], capsys)
    assert status == 1 and "cannot connect to PostgreSQL" in err


def test_a_record_with_a_lone_surrogate_is_skipped_with_its_line_not_a_crash(env, capsys):
    odd = env / "odd.jsonl"
    odd.write_text('{"text": "We will \\ud800 defend every inch of it.", "speaker": "Jens Stoltenberg"}\n'
                   + json.dumps(GOOD) + "\n")
    db = env / "q.sqlite3"
    status, err = run(["ingest", str(odd), "--database", str(db)], capsys)
    assert status == 1 and "odd.jsonl:1" in err and "Traceback" not in err
    assert quotes_in(db) == 1


@pytest.mark.parametrize("variable, value", [("QUOTECHECK_SUPPORT_STRONG", "abc"), ("QUOTECHECK_SUPPORT_STRONG", "1.5"),
                                             ("QUOTECHECK_MAX_BATCH", "many")])
def test_a_setting_the_service_cannot_use_is_named_and_exits_non_zero(env, capsys, monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    status, err = run(["verify", "We call on Russia once again", "--database", str(env / "q.sqlite3")], capsys)
    assert status != 0
    assert variable in err and "Traceback" not in err




def test_an_ingest_whose_final_checkpoint_finds_the_disk_full_says_so_and_exits_non_zero(env, capsys, monkeypatch):
    import sqlite3

    from service.store.sqlite import SqliteStore

    class FullAtCheckpoint:
        """A connection whose write-ahead log cannot be copied into the database file: the disk is full."""

        def __init__(self, connection):
            self.connection = connection

        def execute(self, sql, *args):
            if "wal_checkpoint" in sql:
                raise sqlite3.OperationalError("database or disk is full")
            return self.connection.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self.connection, name)

    real_connection = SqliteStore._connection
    monkeypatch.setattr(SqliteStore, "_connection", lambda self: FullAtCheckpoint(real_connection(self)))
    records = env / "quotes.jsonl"
    records.write_text('{"text": "We will rebuild the bridge before winter", "speaker": "Ada Example"}\n')
    status, err = run(["ingest", str(records), "--database", str(env / "q.sqlite3")], capsys)
    assert status == 1
    assert "disk is full" in err and "Traceback" not in err
