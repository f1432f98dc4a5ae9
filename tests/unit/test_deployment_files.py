"""The production image and compose file: pinned dependency layer, no demo seeds, a feed watcher, sane gunicorn."""
from __future__ import annotations

import os
import re
import runpy
import tomllib
from pathlib import Path

import yaml

from service.cpu_quota import available_cpus

ROOT = Path(__file__).resolve().parents[2]


def _name(requirement: str) -> str:
    return re.split(r"[\[<>=!~ ;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_runtime_dependency_is_pinned_in_the_constraints_file():
    declared = {_name(r) for r in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]}
    pinned = dict(line.split("==") for line in (ROOT / "constraints.txt").read_text().splitlines()
                  if line and not line.startswith("#"))
    assert declared <= {name.lower().replace("_", "-") for name in pinned}, declared - set(pinned)
    assert "ftfy" not in declared and "ftfy" not in pinned


def test_the_image_installs_dependencies_in_a_layer_before_the_code():
    steps = [line.split()[0:2] for line in (ROOT / "Dockerfile").read_text().splitlines() if line[:1].isupper()]
    constraints = steps.index(["COPY", "constraints.txt"])
    code = steps.index(["COPY", "service"])
    assert constraints < code
    assert any(step == ["RUN", "pip"] for step in steps[constraints:code])


def test_the_image_loads_no_demo_seeds_unless_asked():
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r'QUOTECHECK_SEEDS=""\s', text)
    app = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["app"]
    assert app["environment"]["QUOTECHECK_SEEDS"] == "${QUOTECHECK_SEEDS:-}"


def test_compose_runs_a_feed_watcher_on_the_shared_database():
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    watch = services["watch"]
    assert "quotecheck watch" in " ".join(watch["entrypoint"])
    assert watch["environment"]["QUOTECHECK_DATABASE"] == services["app"]["environment"]["QUOTECHECK_DATABASE"]


def test_gunicorn_defaults_to_the_cpus_the_container_may_use_and_a_writable_control_socket(monkeypatch):
    for name in ("QUOTECHECK_WORKERS", "QUOTECHECK_CONTROL_SOCKET"):
        monkeypatch.delenv(name, raising=False)
    settings = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert settings["workers"] == available_cpus()
    folder = Path(settings["control_socket"]).parent
    assert not str(folder).startswith(str(ROOT))
    folder.mkdir(parents=True, exist_ok=True)
    assert os.access(folder, os.W_OK)


def test_gunicorn_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("QUOTECHECK_WORKERS", "3")
    monkeypatch.setenv("QUOTECHECK_THREADS", "8")
    monkeypatch.setenv("QUOTECHECK_BIND", "0.0.0.0:9000")
    monkeypatch.setenv("QUOTECHECK_TIMEOUT", "30")
    monkeypatch.setenv("QUOTECHECK_LOG_LEVEL", "warning")
    monkeypatch.setenv("QUOTECHECK_CONTROL_SOCKET", "/run/quotecheck/gunicorn.ctl")
    settings = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert (settings["workers"], settings["threads"], settings["bind"], settings["timeout"], settings["loglevel"],
            settings["control_socket"]) == (3, 8, "0.0.0.0:9000", 30, "warning", "/run/quotecheck/gunicorn.ctl")
