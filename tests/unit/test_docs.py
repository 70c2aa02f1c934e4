"""The project's documentation speaks of the code as it is: every path it names exists."""

from __future__ import annotations

import re

import pytest

from tests.conftest import REPO

DOCS = ["docs/architecture.md", "README.md"]
# Folders of a library, not of the repository.
LIBRARY_FOLDERS = {"backups/", "index/"}
# A path in backticks: folders and files of the repository, as the docs write them.
PATH = re.compile(r"`((?:[\w.-]+/)+[\w.-]*)`")
# Where a short path is read from: the repository, the package, the GUI, the core.
ROOTS = [REPO, REPO / "claimdesk", REPO / "claimdesk" / "gui", REPO / "claimdesk" / "core"]


@pytest.mark.parametrize("doc", DOCS)
def test_every_path_a_document_names_exists(doc: str) -> None:
    text = (REPO / doc).read_text(encoding="utf-8")
    named = {m.group(1) for m in PATH.finditer(text)}
    local = {
        p
        for p in named
        if not p.startswith(("~", "/", "../", "http")) and "*" not in p and p not in LIBRARY_FOLDERS
    }
    assert local, f"{doc} names no path"
    missing = sorted(p for p in local if not any((root / p).exists() for root in ROOTS))
    assert missing == [], f"{doc} names paths that do not exist: {missing}"


def test_the_readme_links_the_documents() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for doc in ("docs/architecture.md", "docs/cli.md", "docs/domain.md"):
        assert f"]({doc})" in readme
    assert "../shared" not in readme.split("## Requirements")[0]
