"""The import benchmark: a generated Quotebank file imported end to end into a fresh SQLite file."""
import json

from benchmarks import importing


def test_benchmark_imports_every_generated_quote_and_reports_its_rate():
    result = importing.run(lines=1_500, seed=5)
    assert result["quotes_stored"] == 1_500
    assert result["records"] >= 1_500 and result["skipped"] == 0
    assert result["file"] == "quotes-2019.json.bz2"
    assert result["quotes_per_second"] > 0 and result["peak_memory_mb"] > 0 and result["cpu_seconds"] > 0


def test_benchmark_command_prints_the_measurements_as_json(capsys):
    assert importing.main(["--lines", "300", "--plain", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["lines"] == 300 and printed["file"] == "quotes-2019.json"


def test_same_seed_generates_the_same_file(tmp_path):
    from service.ingest.synthetic import write_quotebank_file

    first = write_quotebank_file(tmp_path / "a.json", 50, seed=9).read_bytes()
    second = write_quotebank_file(tmp_path / "b.json", 50, seed=9).read_bytes()
    assert first == second
    assert json.loads(first.splitlines()[0])["quotation"]
