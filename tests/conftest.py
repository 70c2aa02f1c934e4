"""Fixtures shared by every test: real libraries in tmp_path, the real seed article."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from claimdesk.core.library import LibraryLocation, folder_location
from tests.postgres_server import ServerUnavailable, ThrowawayPostgres, find_bin_dir

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = REPO / "claimdesk" / "seeds" / "stoltenberg-reuters-it.txt"
SEED_DENIAL = "Ha negato di aver sostenuto i separatisti"


def shared_path(*parts: str) -> Path:
    """A file of ../shared; a test needing it fails when it is missing and CI is set."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is missing: check out ../shared beside the project"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def utc_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's zone set to UTC (a report says when it was written in that zone)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def seed_path() -> Path:
    """The seed article as shipped in the package."""
    return SEED


# The tests that also run on PostgreSQL: storage, every service of the desk (with the index it
# keeps), interchange and team desks. The rest (importers, language tools, search internals,
# exporters, the GUI) never touches the database, so it runs once.
POSTGRES_SCOPE = (
    "tests/unit/storage/",
    "tests/unit/services/",
    "tests/unit/interchange/",
    "tests/unit/teams/",
)
# Backups copy the SQLite file itself; a shared database is backed up by its server's tools.
SQLITE_ONLY = ("tests/unit/services/test_backup_check.py",)
ENV_POSTGRES = "CLAIMDESK_TEST_POSTGRES"


def postgres_wanted() -> bool:
    """Run the PostgreSQL variants? $CLAIMDESK_TEST_POSTGRES=0/1 decides; else CI, or when
    the server binaries are installed."""
    setting = os.environ.get(ENV_POSTGRES, "")
    if setting in ("0", "1"):
        return setting == "1"
    return bool(os.environ.get("CI")) or find_bin_dir() is not None


def postgres_required() -> bool:
    """A PostgreSQL server that cannot start fails the run (in CI, or when asked for)."""
    return bool(os.environ.get("CI")) or os.environ.get(ENV_POSTGRES) == "1"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the tests in :data:`POSTGRES_SCOPE` on SQLite and on PostgreSQL."""
    if "backend" not in metafunc.fixturenames:
        return
    test_file = Path(str(metafunc.definition.fspath)).resolve().relative_to(REPO).as_posix()
    if (
        postgres_wanted()
        and test_file.startswith(POSTGRES_SCOPE)
        and not test_file.startswith(SQLITE_ONLY)
    ):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[ThrowawayPostgres]:
    """One throwaway PostgreSQL server for the whole run, on 127.0.0.1 at a free port."""
    try:
        server = ThrowawayPostgres().start()
    except ServerUnavailable as exc:
        if postgres_required():
            pytest.fail(f"PostgreSQL test server: {exc}")
        pytest.skip(f"PostgreSQL test server: {exc}")
    try:
        yield server
    finally:
        server.remove()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database the test runs on: "sqlite" (the default) or "postgresql"."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> LibraryLocation:
    """A fresh, empty library: a folder, or a new database on the test server with a local
    index folder (as a team desk has)."""
    if backend == "sqlite":
        return folder_location(tmp_path / "library")
    server: ThrowawayPostgres = request.getfixturevalue("postgres_server")
    name = server.create_database()
    request.addfinalizer(lambda: server.drop_database(name))
    return LibraryLocation(url=server.url(name), folder=None, index_dir=tmp_path / "index")


@pytest.fixture
def desk(location: LibraryLocation) -> Iterator[Desk]:
    """An open desk on a fresh library (real SQLite file, real Whoosh index)."""
    from claimdesk.core.desk import Desk

    with Desk.open(location) as opened:
        yield opened


@pytest.fixture
def own_postgres_server() -> Iterator[ThrowawayPostgres]:
    """A PostgreSQL server for one test alone: the test may stop and start it."""
    if not postgres_wanted():
        pytest.skip("PostgreSQL tests are switched off")
    try:
        started = ThrowawayPostgres().start()
    except ServerUnavailable as exc:
        if postgres_required():
            pytest.fail(f"PostgreSQL test server: {exc}")
        pytest.skip(f"PostgreSQL test server: {exc}")
    try:
        yield started
    finally:
        started.remove()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Under CI a skipped test is a failure: a skip there stands for a missing system package
    (one .ci/run should install) or missing data, never for work left undone."""
    if not os.environ.get("CI") or exitstatus != 0:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter is not None else 0
    if skipped:
        reporter.write_line(f"CI: {skipped} test(s) skipped; under CI every test must run.")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
