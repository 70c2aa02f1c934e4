"""What ``claimdesk-cli check`` asks of the index: is it in step with the database?"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from claimdesk.core.search.index import SearchIndex

# Ids listed in a summary line before "and N more".
_SHOWN = 3


@dataclass(frozen=True, slots=True)
class IndexCheck:
    """How the index differs from the records the database holds."""

    missing: tuple[str, ...]  # in the database, not in the index
    extra: tuple[str, ...]  # in the index, no longer in the database
    outdated: tuple[str, ...]  # in both, but the index holds an older version
    needs_rebuild: bool  # the index was found broken, of another version, or empty

    @property
    def ok(self) -> bool:
        """True when the index answers for exactly the database's records."""
        return not (self.missing or self.extra or self.outdated or self.needs_rebuild)

    def summary(self) -> str:
        """One line for the command line: "index OK" or what is wrong and what to do."""
        if self.ok:
            return "search index OK"
        if self.needs_rebuild:
            return "search index missing or damaged: run claimdesk-cli reindex"
        parts = [
            f"{len(ids)} {label} ({_sample(ids)})"
            for label, ids in (
                ("missing", self.missing),
                ("no longer in the database", self.extra),
                ("out of date", self.outdated),
            )
            if ids
        ]
        return f"search index out of step: {'; '.join(parts)}: run claimdesk-cli reindex"


def check_index(index: SearchIndex, expected: Mapping[str, str]) -> IndexCheck:
    """Compare the index with ``expected`` ({article or claim id: update stamp}).

    A stamp is compared only when both sides have one (records indexed before stamps were
    recorded carry ""). The caller rebuilds when the result is not ``ok``.
    """
    if index.needs_rebuild:
        return IndexCheck((), (), (), needs_rebuild=True)
    indexed = index.stamps()
    missing = tuple(sorted(set(expected) - set(indexed)))
    extra = tuple(sorted(set(indexed) - set(expected)))
    outdated = tuple(
        sorted(
            record_id
            for record_id, stamp in expected.items()
            if record_id in indexed and stamp and indexed[record_id] and indexed[record_id] != stamp
        )
    )
    return IndexCheck(missing, extra, outdated, needs_rebuild=False)


def _sample(ids: tuple[str, ...]) -> str:
    shown = ", ".join(record_id[:12] for record_id in ids[:_SHOWN])
    return shown if len(ids) <= _SHOWN else f"{shown} and {len(ids) - _SHOWN} more"
