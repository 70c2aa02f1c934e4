"""A short run of bench/team_load.py: concurrent writers, every write found afterwards."""

from __future__ import annotations

from pathlib import Path

from bench.team_load import run_load


def test_a_short_team_load_keeps_every_write(team_url: str, tmp_path: Path) -> None:
    report = run_load(team_url, tmp_path, writers=3, seconds=3)
    assert report.verified, report
    assert report.writes > 3 and report.missing == 0
