"""Team desks: tests that need the PostgreSQL test server whatever the backend."""

from __future__ import annotations

import pytest

from tests.conftest import postgres_wanted
from tests.postgres_server import ThrowawayPostgres


@pytest.fixture
def team_server(request: pytest.FixtureRequest) -> ThrowawayPostgres:
    """The session's PostgreSQL server (skipped when PostgreSQL tests are switched off)."""
    if not postgres_wanted():
        pytest.skip("PostgreSQL tests are switched off")
    server: ThrowawayPostgres = request.getfixturevalue("postgres_server")
    return server


@pytest.fixture
def team_url(team_server: ThrowawayPostgres, request: pytest.FixtureRequest) -> str:
    """A new, empty database on the test server, dropped afterwards."""
    name = team_server.create_database()
    request.addfinalizer(lambda: team_server.drop_database(name))
    return team_server.url(name)
