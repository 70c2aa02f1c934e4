"""Stamps the lock files with a digest of what they were made from, and checks the stamp.

The digest covers pyproject.toml's dependency lists (runtime, optional, build) and
requirements/build.in. ``tools/lock.sh`` writes it as the lock's first line; the suite fails
when pyproject.toml says one thing and the lock was made from another.
Usage: python tools/lock_stamp.py LOCK [LOCK ...]
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PREFIX = "# inputs-sha256: "


def inputs_digest(root: Path = ROOT) -> str:
    """The sha256 of the dependency lists the locks are made from."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    inputs = {
        "dependencies": project["project"].get("dependencies", []),
        "optional": project["project"].get("optional-dependencies", {}),
        "build": project["build-system"].get("requires", []),
        "build.in": (root / "requirements" / "build.in").read_text(encoding="utf-8"),
    }
    blob = json.dumps(inputs, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


def stamp_of(lock: Path) -> str | None:
    """The digest a lock file was stamped with, or None."""
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith(PREFIX):
            return line.removeprefix(PREFIX).strip()
    return None


def stamp(lock: Path, digest: str) -> None:
    """Write ``digest`` as the first line of ``lock`` (replacing an older stamp)."""
    lines = [
        line
        for line in lock.read_text(encoding="utf-8").splitlines()
        if not line.startswith(PREFIX)
    ]
    lock.write_text("\n".join([PREFIX + digest, *lines]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    digest = inputs_digest()
    for name in sys.argv[1:]:
        stamp(Path(name), digest)
