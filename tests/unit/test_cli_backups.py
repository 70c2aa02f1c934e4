"""``backups`` and ``restore-backup`` as a user runs them: real processes on a real library."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest

from claimdesk.core.library import folder_location
from tests.conftest import SEED_DENIAL
from tests.library_holder import hold_library
from tests.unit.test_cli import Cli


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "library")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _seeded_with_backup(cli: Cli, seed_path: Path) -> tuple[str, Path]:
    """The seed article with a denial, a backup of that, and a second claim after it."""
    [imported] = cli.json("import", str(seed_path))
    article_id = imported["id"]
    added = cli.run("claim", "add", article_id[:8], "--quote", SEED_DENIAL, "--kind", "denial")
    assert added.returncode == 0, added.stderr
    backup = cli.library / "backups" / "claimdesk-20260102-100000.sqlite"
    made = cli.run("backup", str(backup))
    assert made.returncode == 0, made.stderr
    later = cli.run("claim", "add", article_id[:8], "--quote", "Stoltenberg", "--note", "zibaldone")
    assert later.returncode == 0, later.stderr
    return article_id, backup


def test_backups_lists_and_restore_backup_puts_one_back(cli: Cli, seed_path: Path) -> None:
    _article_id, backup = _seeded_with_backup(cli, seed_path)
    listed = cli.json("backups")
    names = [b["file"] for b in listed]
    assert backup.name in names
    entry = next(b for b in listed if b["file"] == backup.name)
    assert (entry["kind"], entry["articles"], entry["claims"]) == ("copy", 1, 1)
    assert entry["problem"] is None and entry["size"] > 0
    assert any(b["kind"] == "daily" for b in listed)
    table = cli.run("backups")
    assert table.returncode == 0
    row = next(line for line in table.stdout.splitlines() if backup.name in line)
    assert table.stdout.startswith("taken")
    assert row.split()[2] == "copy" and row.split()[5:] == ["1", "1", backup.name]
    assert len(cli.json("search", "zibaldone")["hits"]) == 1

    done = cli.run("restore-backup", backup.name)  # a name in backups/ is enough

    assert done.returncode == 0, done.stderr
    assert f"restored {backup.name}: 1 article, 1 claim;" in done.stdout
    assert "before-restore-" in done.stdout
    assert [c["quote"] for c in cli.json("claims")] == [SEED_DENIAL]
    assert cli.json("search", "zibaldone")["hits"] == []
    assert len(cli.json("search", "separatisti")["hits"]) >= 1
    kinds = [b["kind"] for b in cli.json("backups")]
    assert "before-restore" in kinds


def test_restore_backup_refusals_are_one_line_and_change_nothing(
    cli: Cli, seed_path: Path, tmp_path: Path
) -> None:
    _seeded_with_backup(cli, seed_path)
    database = cli.library / "library.sqlite"
    state = cli.state()
    digest = _digest(database)
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(database.read_bytes())
    data[8192:16384] = b"\xa5" * 8192
    damaged.write_bytes(bytes(data))
    for args, reason in (
        (("restore-backup", "library-19990101-000000.sqlite"), "There is no backup"),
        (("restore-backup", str(damaged)), "nothing was restored"),
        (("restore-backup", str(seed_path)), "cannot be read as a database"),
    ):
        result = cli.run(*args)
        assert result.returncode == 1, result.stdout
        assert result.stderr.count("\n") == 1 and reason in result.stderr
        assert result.stderr.startswith("claimdesk-cli: ")
    assert _digest(database) == digest
    assert cli.state() == state


def test_restore_backup_waits_for_the_library_to_be_closed(cli: Cli, seed_path: Path) -> None:
    _article_id, backup = _seeded_with_backup(cli, seed_path)
    holder, said = hold_library(folder_location(cli.library))
    try:
        assert said == "writes_index True"
        result = cli.run("restore-backup", str(backup))
        assert result.returncode == 1
        assert "Another ClaimDesk window or command has this library open" in result.stderr
    finally:
        holder.kill()
        holder.wait(timeout=30)
    time.sleep(0.1)
    assert cli.run("restore-backup", str(backup)).returncode == 0
