"""A throwaway PostgreSQL server for the tests and the team load bench.

It runs the Debian (or any) PostgreSQL server binaries on a fresh cluster in a temporary
folder, listening on 127.0.0.1 at a free port, trusting local connections; ``stop`` ends it
and ``remove`` deletes the folder. ``initdb`` refuses to run as root, so as root the server
runs as the ``postgres`` system user. The server is a child of this process and is told to
shut down if this process dies (a test run killed by a timeout leaves no server behind).
"""

from __future__ import annotations

import ctypes
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

SUPERUSER = "claimdesk"
ENV_BIN = "CLAIMDESK_PG_BIN"


class ServerUnavailable(RuntimeError):
    """The PostgreSQL server binaries are missing or the server did not start."""


def find_bin_dir() -> Path | None:
    """The folder of ``initdb`` and ``postgres``: $CLAIMDESK_PG_BIN, PATH, then Debian's."""
    if os.environ.get(ENV_BIN):
        return Path(os.environ[ENV_BIN])
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    debian = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(debian[-1]).parent if debian else None


def _stop_with_parent() -> None:
    # Runs in the server's process before exec (after the switch to its user, which would
    # clear the setting): Linux sends it SIGINT, a fast shutdown, when the test run dies.
    if sys.platform.startswith("linux"):
        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGINT)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class ThrowawayPostgres:
    """One temporary PostgreSQL cluster; ``durable=False`` trades crash safety for speed."""

    def __init__(self, *, durable: bool = False) -> None:
        self.durable = durable
        self.port = 0
        self.root: Path | None = None
        bin_dir = find_bin_dir()
        if bin_dir is None or not (bin_dir / "initdb").exists():
            raise ServerUnavailable(
                "PostgreSQL server binaries not found: apt-get install postgresql "
                f"(or set {ENV_BIN})"
            )
        self.bin_dir = bin_dir
        self._user: str | None = None
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            self._user = "postgres"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def data_dir(self) -> Path:
        """The cluster's data folder."""
        assert self.root is not None
        return self.root / "data"

    def _run(self, *args: str) -> None:
        result = subprocess.run(
            args, capture_output=True, text=True, check=False, timeout=120, user=self._user
        )
        if result.returncode != 0:
            raise ServerUnavailable(f"{Path(args[0]).name} failed: {result.stderr.strip()}")

    def start(self) -> ThrowawayPostgres:
        """Create the cluster on first use, then start the server and wait until it answers."""
        if self.root is None:
            self.root = Path(tempfile.mkdtemp(prefix="claimdesk-pg-"))
            if self._user:
                shutil.chown(self.root, user="postgres", group="postgres")
            self._run(
                str(self.bin_dir / "initdb"),
                "-D",
                str(self.data_dir),
                "-U",
                SUPERUSER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            )
            self.port = _free_port()
        options = [
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            f"port={self.port}",
            "-c",
            f"unix_socket_directories={self.root}",
            "-c",
            "max_connections=200",
        ]
        if not self.durable:
            for setting in ("fsync=off", "synchronous_commit=off", "full_page_writes=off"):
                options += ["-c", setting]
        log = open(self.root / "server.log", "ab")  # noqa: SIM115 - handed to the server
        try:
            self._process = subprocess.Popen(
                [str(self.bin_dir / "postgres"), "-D", str(self.data_dir), *options],
                stdout=log,
                stderr=subprocess.STDOUT,
                user=self._user,
                preexec_fn=_stop_with_parent,
            )
        finally:
            log.close()
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        import psycopg

        deadline = time.monotonic() + 60
        while True:
            assert self._process is not None
            if self._process.poll() is not None:
                assert self.root is not None
                tail = (self.root / "server.log").read_text(errors="replace")[-500:]
                raise ServerUnavailable(f"postgres exited: {tail.strip()}")
            try:
                psycopg.connect(
                    host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres"
                ).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise ServerUnavailable("postgres did not answer within 60 s") from None
                time.sleep(0.05)

    def stop(self) -> None:
        """Stop the server now (connections are cut, as when a network goes down)."""
        if self._process is not None:
            self._process.send_signal(signal.SIGINT)  # "fast" shutdown
            try:
                self._process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None

    def remove(self) -> None:
        """Stop the server and delete its folder."""
        try:
            self.stop()
        finally:
            if self.root is not None:
                shutil.rmtree(self.root, ignore_errors=True)
                self.root = None

    def url(self, database: str = "postgres") -> str:
        """The URL of one database of this server."""
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _admin(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(statement.encode())

    def create_database(self) -> str:
        """A new, empty database; returns its name."""
        name = f"desk_{uuid.uuid4().hex[:12]}"
        self._admin(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        """Remove a database, cutting any connection still open on it."""
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
