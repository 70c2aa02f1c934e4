"""Moving a whole library between a local folder and a team database, nothing lost.

Every table is copied row for row in one transaction on the target, ids and history kept,
so the copy is the same library (bundles and links still match by id). The target must be
empty; the copy is checked (row counts and a digest of every value) before it is committed,
so a failed copy leaves the target as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimdesk.core.errors import InputRefused
from claimdesk.core.library import LibraryLocation
from claimdesk.core.storage.copy import copy_database


@dataclass(frozen=True, slots=True)
class TransferReport:
    """What a copy moved: rows per table, as found in the target afterwards."""

    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        """A one-line summary for people."""
        main = ("articles", "claims", "claimants", "history")
        counts = ", ".join(f"{self.rows.get(name, 0)} {name}" for name in main)
        return f"copied {self.source} to {self.target}: {counts} ({sum(self.rows.values())} rows)"


def copy_library(source: LibraryLocation, target: LibraryLocation) -> TransferReport:
    """Copy every row of ``source`` into the empty library at ``target``.

    Both are brought to the newest schema first. Refused when the target holds anything.
    """
    if source.url == target.url:
        raise InputRefused("The source and the target are the same library: name another one.")
    rows = copy_database(source.url, target.url, target.display)
    return TransferReport(source=source.display, target=target.display, rows=rows)
