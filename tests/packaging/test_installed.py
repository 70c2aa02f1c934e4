"""An installed copy, not the checkout: ClaimDesk built as a wheel and installed (not
editable) into a fresh virtual environment finds everything it ships (templates, schemas,
translations, the user guide, icons, the seeds): the window opens the demo, and the command
line writes every report format and every interchange file of the demo library."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

from claimdesk.cli.output_commands import REPORT_FORMATS
from claimdesk.core.interchange.formats import INTERCHANGE_FORMATS
from tests.conftest import REPO


def _run(argv: list[str], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, f"{argv}: {done.stdout[-2000:]}{done.stderr[-2000:]}"
    return done.stdout


def test_a_wheel_installed_in_a_fresh_environment_opens_the_demo_and_writes_every_format(
    tmp_path: Path,
) -> None:
    wheels = tmp_path / "wheels"
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "-w", str(wheels), str(REPO)],
        tmp_path, dict(os.environ),
    )  # fmt: skip
    [wheel] = wheels.glob("claimdesk-*.whl")
    shipped = zipfile.ZipFile(wheel).namelist()
    for needed in ("translations/claimdesk_it.qm", "templates/report.html.j2",
                   "schemas/", "help/", "icons/claimdesk.svg"):  # fmt: skip
        assert any(f"claimdesk/resources/{needed}" in name for name in shipped), needed
    env_dir = tmp_path / "installed"
    _run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], tmp_path, dict(os.environ))
    python = env_dir / "bin" / "python"
    site = Path(
        _run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
             tmp_path, dict(os.environ)).strip()
    )  # fmt: skip
    # The libraries ClaimDesk needs, from this environment, appended after the new one's own
    # site-packages (a plain path line: this environment's editable ClaimDesk is not loaded).
    (site / "libraries.pth").write_text(sysconfig.get_path("purelib") + "\n")
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
          "--no-index", "--quiet", str(wheel)], tmp_path, dict(os.environ))  # fmt: skip
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH="", HOME=str(tmp_path))
    env.pop("PYTHONPATH")
    where = _run([str(python), "-c", "import claimdesk; print(claimdesk.__file__)"], tmp_path, env)
    assert Path(where.strip()).is_relative_to(env_dir), where  # the installed copy, not the clone

    out = _run([str(env_dir / "bin" / "claimdesk"), "--demo", "--smoke-test"], tmp_path, env)
    assert "ClaimDesk started:" in out and "ClaimDesk started: 0 articles" not in out

    library = tmp_path / "demo"
    _run([str(python), "-c",
          f"from pathlib import Path; from claimdesk.core.demo import create_demo_library; "
          f"create_demo_library(Path({str(library)!r}))"], tmp_path, env)  # fmt: skip
    cli = str(env_dir / "bin" / "claimdesk-cli")
    for fmt in (*REPORT_FORMATS, *INTERCHANGE_FORMATS):
        target = tmp_path / "out" / f"report.{fmt}"
        target.parent.mkdir(exist_ok=True)
        _run([cli, "--library", str(library), "export", "--format", fmt, "--output",
              str(target)], tmp_path, env)  # fmt: skip
        assert target.stat().st_size > 200, fmt
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report  # the library's own JSON parses back
