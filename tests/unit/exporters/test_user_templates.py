"""Reports come from templates the user can copy and edit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.core.errors import InputRefused
from claimdesk.core.exporters import EXPORT_FORMATS, ReportInput
from tests.conftest import REPO


def test_an_edited_copy_of_a_template_is_used(
    report: ReportInput, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "templates"
    monkeypatch.setenv("CLAIMDESK_TEMPLATES", str(folder))
    result = subprocess.run(
        [sys.executable, "-m", "claimdesk.cli", "templates"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        check=True,
    )
    assert str(folder) in result.stdout
    assert sorted(p.name for p in folder.iterdir()) == [
        "report.css",
        "report.html.j2",
        "report.md.j2",
    ]
    template = folder / "report.md.j2"
    template.write_text(
        "Rapporto della redazione\n" + template.read_text(encoding="utf-8"), encoding="utf-8"
    )
    out = tmp_path / "report.md"
    EXPORT_FORMATS["md"](report, out)
    assert out.read_text(encoding="utf-8").startswith("Rapporto della redazione")

    template.write_text("Seconda versione: {{ report.title }}\n", encoding="utf-8")
    os.utime(template, ns=(1, 1))  # a different stamp, as any later edit gives
    EXPORT_FORMATS["md"](report, out)
    assert out.read_text(encoding="utf-8").startswith("Seconda versione:")


def test_a_copy_made_for_an_older_report_is_refused_in_one_line(
    report: ReportInput, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    monkeypatch.setenv("CLAIMDESK_TEMPLATES", str(folder))
    # An older template named values the report no longer passes.
    (folder / "report.md.j2").write_text("# {{ layout.generated }}\n", encoding="utf-8")
    out = tmp_path / "report.md"
    with pytest.raises(InputRefused) as caught:
        EXPORT_FORMATS["md"](report, out)
    message = caught.value.message
    assert "\n" not in message and str(folder / "report.md.j2") in message
    assert "claimdesk-cli templates" in message
    assert not out.exists()
