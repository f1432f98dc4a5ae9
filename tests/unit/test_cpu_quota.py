"""Workers default to the CPUs the container may use (its cgroup quota), not the host's cores."""
from __future__ import annotations

import os

from service.cpu_quota import available_cpus, cgroup_quota


def test_a_cgroup_v2_quota_of_one_and_a_half_cpus_allows_two_workers(tmp_path, monkeypatch):
    (tmp_path / "cpu.max").write_text("150000 100000\n")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(64)))
    assert cgroup_quota(tmp_path) == 1.5 and available_cpus(tmp_path) == 2


def test_no_quota_means_every_core_of_the_affinity_mask(tmp_path, monkeypatch):
    (tmp_path / "cpu.max").write_text("max 100000\n")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2})
    assert cgroup_quota(tmp_path) is None and available_cpus(tmp_path) == 3


def test_a_cgroup_v1_quota_is_read_too(tmp_path, monkeypatch):
    (tmp_path / "cpu").mkdir()
    (tmp_path / "cpu" / "cpu.cfs_quota_us").write_text("200000\n")
    (tmp_path / "cpu" / "cpu.cfs_period_us").write_text("100000\n")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(16)))
    assert available_cpus(tmp_path) == 2


def test_a_tiny_quota_still_allows_one_worker(tmp_path, monkeypatch):
    (tmp_path / "cpu.max").write_text("10000 100000\n")
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)))
    assert available_cpus(tmp_path) == 1
