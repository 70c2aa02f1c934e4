"""`claimdesk-cli import` on every kind of bad input, and on a folder of 200 mixed files."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from claimdesk.core.desk import Desk
from claimdesk.core.library import folder_location
from tests.unit.importers.samples import ARTICLE, WRITERS, variant, write_docx, write_pdf
from tests.unit.test_cli import Cli


def bad_inputs(folder: Path) -> dict[str, str]:
    """One file for each way an import can be refused, and a word its reason must hold."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(bytes(range(256)) * 40)
    whole = write_docx(ARTICLE, folder / "whole.docx.tmp").read_bytes()
    (folder / "whole.docx.tmp").unlink()
    (folder / "broken.docx").write_bytes(whole[: len(whole) // 2])
    (folder / "notzip.odt").write_text("plain words", encoding="utf-8")
    from fpdf import FPDF

    locked = FPDF()
    locked.set_encryption(owner_password="o", user_password="u")
    locked.add_page()
    locked.set_font("Helvetica", size=11)
    locked.cell(0, 5, "segreto")
    locked.output(str(folder / "report.pdf"))
    scan = FPDF()
    scan.add_page()
    scan.rect(20, 20, 100, 100, style="F")
    scan.output(str(folder / "scan.pdf"))
    (folder / "scripts.html").write_text(
        "<html><body>" + "<script>alert(1)</script>" * 20 + "</body></html>", encoding="utf-8"
    )
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    return {
        "empty.txt": "empty",
        "photo.txt": "does not hold text",
        "broken.docx": "corrupt zip",
        "notzip.odt": "corrupt zip",
        "report.pdf": "encrypted",
        "scan.pdf": "no text could be read",
        "scripts.html": "no readable text",
        "huge.txt": "too large",
    }


def test_bad_input_is_refused_by_the_core_and_changes_nothing(tmp_path: Path) -> None:
    reasons = bad_inputs(tmp_path / "bad")
    with Desk.open(folder_location(tmp_path / "library")) as desk:
        for name, word in reasons.items():
            outcome = desk.import_file(tmp_path / "bad" / name)
            assert outcome.status == "refused", name
            assert outcome.error is not None and word in outcome.error, outcome.error
            assert "\n" not in outcome.error
        assert desk.list_articles() == []


def test_bad_input_is_refused_by_the_cli_one_line_each(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "library")
    seed = WRITERS[".txt"](ARTICLE, tmp_path / "seed.txt")
    assert cli.json("import", str(seed))[0]["status"] == "imported"
    before = cli.state()
    reasons = bad_inputs(tmp_path / "bad")
    missing = tmp_path / "bad" / "nowhere.pdf"
    for name, word in [*reasons.items(), ("nowhere.pdf", "does not exist")]:
        result = cli.run("import", str(tmp_path / "bad" / name))
        assert result.returncode == 1, result.stdout + result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert name in lines[0] and word in lines[0], lines[0]
        assert "Traceback" not in result.stderr
    assert not missing.exists()
    assert cli.state() == before


def test_folder_of_200_mixed_files_prints_progress_and_a_summary(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    suffixes = sorted(WRITERS)
    for number in range(180):
        suffix = suffixes[number % len(suffixes)]
        WRITERS[suffix](variant(ARTICLE, number), folder / f"article-{number:03}{suffix}")
    # The same articles again, under other names and formats: duplicates, not new articles.
    for number in range(12):
        write_pdf(variant(ARTICLE, number), folder / f"copy-{number:03}.pdf")
    bad = bad_inputs(folder / "bad")
    assert len(bad) == 8
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert len(files) == 200
    with zipfile.ZipFile(folder / ".hidden.docx", "w"):
        pass  # hidden files are passed over in a folder import

    result = Cli(tmp_path / "library").run("import", str(folder))
    assert result.returncode == 1, "some files were refused"
    progress = [line for line in result.stderr.splitlines() if line.startswith("[")]
    assert len(progress) == 200
    assert progress[0].startswith("[1/200] ")
    assert re.match(r"^\[200/200\] \S+ (imported|duplicate|refused)$", progress[-1])
    assert result.stderr.strip().splitlines()[-1] == (
        "200 files: 180 imported, 12 duplicates, 8 refused"
    )
    for name, word in bad.items():
        assert any(name in line and word in line for line in result.stderr.splitlines()), name
    assert Cli(tmp_path / "library").json("articles").__len__() == 180
