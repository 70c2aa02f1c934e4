"""The Linux desktop entry and AppStream metainfo: valid, and naming one application id."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from claimdesk import __version__
from tests.conftest import REPO

APP_ID = "io.github.claimdesk.ClaimDesk"
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def tool(name: str, package: str) -> str:
    """The path of a validator; under CI a missing one fails the test instead of skipping it."""
    found = shutil.which(name)
    if found is None:
        message = f"{name} is not installed: apt-get install {package}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def desktop_entry() -> configparser.SectionProxy:
    """The [Desktop Entry] group, keys kept case-sensitive as the spec wants."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate() -> None:
    validator = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True)
    # desktop-file-validate exits 0 on hints too; any line it prints is a problem to fix.
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_metainfo_passes_appstreamcli_validate() -> None:
    validator = tool("appstreamcli", "appstream")
    result = subprocess.run(
        [validator, "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Errors and warnings fail; infos and pedantic notes (the id's capital letters) do not.
    assert not [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]


def test_desktop_entry_starts_the_program_with_the_shipped_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "claimdesk"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"


def test_metainfo_names_the_same_id_desktop_file_and_current_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    versions = [release.get("version") for release in root.iterfind("releases/release")]
    assert versions and versions[0] == __version__
    assert root.find("content_rating") is not None
    assert {b.text for b in root.iterfind("provides/binary")} == {"claimdesk", "claimdesk-cli"}
