"""Reports are written whole or not at all, and unusable folders are refused in one line."""

from __future__ import annotations

import datetime as dt
import os
import stat
import sys
from pathlib import Path

import pytest

from claimdesk.core.errors import InputRefused
from claimdesk.core.exporters import EXPORT_FORMATS, ReportInput
from claimdesk.core.exporters.atomic import write_atomically

FORMATS = sorted(EXPORT_FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_missing_folder_is_refused_in_one_line(
    fmt: str, report: ReportInput, tmp_path: Path
) -> None:
    target = tmp_path / "manca" / f"report.{fmt}"
    with pytest.raises(InputRefused) as refused:
        EXPORT_FORMATS[fmt](report, target)
    assert "does not exist" in refused.value.message
    assert "\n" not in refused.value.message
    assert not target.parent.exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_folder_as_target_is_refused_and_left_alone(
    fmt: str, report: ReportInput, tmp_path: Path
) -> None:
    target = tmp_path / f"report.{fmt}"
    target.mkdir()
    (target / "dentro.txt").write_text("x")
    with pytest.raises(InputRefused, match="is a folder"):
        EXPORT_FORMATS[fmt](report, target)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    assert (target / "dentro.txt").read_text() == "x"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_in_place_of_the_folder_is_refused(
    fmt: str, report: ReportInput, tmp_path: Path
) -> None:
    # Unlike folder permissions, this fails for root too, so it runs in CI.
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    with pytest.raises(InputRefused):
        EXPORT_FORMATS[fmt](report, blocker / f"report.{fmt}")
    assert blocker.read_text() == "x"
    assert [p.name for p in tmp_path.iterdir()] == [blocker.name]


@pytest.mark.parametrize("fmt", FORMATS)
def test_existing_report_is_replaced_whole_without_leftovers(
    fmt: str, report: ReportInput, tmp_path: Path
) -> None:
    target = tmp_path / f"report.{fmt}"
    target.write_text("vecchio contenuto " * 10_000, encoding="utf-8")
    assert EXPORT_FORMATS[fmt](report, target) == 5
    assert b"vecchio contenuto" not in target.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_written_file_follows_the_umask_not_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "r.md", b"ciao")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "r.md").stat().st_mode) == 0o644


def test_bytes_are_written_exactly(tmp_path: Path) -> None:
    data = "riga\r\naccentata è\n".encode()
    write_atomically(tmp_path / "r.csv", data)
    assert (tmp_path / "r.csv").read_bytes() == data


def test_empty_report_still_creates_the_file(tmp_path: Path) -> None:
    empty = ReportInput("Vuoto", "Nothing", dt.datetime(2023, 1, 1), (), ())
    for fmt in FORMATS:
        assert EXPORT_FORMATS[fmt](empty, tmp_path / f"vuoto.{fmt}") == 0
        assert (tmp_path / f"vuoto.{fmt}").stat().st_size > 0
