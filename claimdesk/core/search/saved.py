"""Saved searches for the library sidebar: a name, a query and an order, kept in a JSON file."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from claimdesk.core.errors import InputRefused
from claimdesk.core.model.results import SavedSearch

ORDERS = ("relevance", "date")


class SavedSearches:
    """The saved searches of one library, in the order the user saved them."""

    def __init__(self, path: Path) -> None:
        """Searches kept in ``path`` (e.g. ``<library>/saved-searches.json``)."""
        self._path = Path(path)

    def list(self) -> list[SavedSearch]:
        """Every saved search; an unreadable file counts as none (it is rewritten on save)."""
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(data, list):
            return []
        found: list[SavedSearch] = []
        for entry in data:
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                order = entry.get("order")
                found.append(
                    SavedSearch(
                        entry["name"],
                        str(entry.get("query", "")),
                        order if order in ORDERS else "relevance",
                    )
                )
        return found

    def save(self, name: str, query: str, order: str = "relevance") -> SavedSearch:
        """Save (or replace, by name) a search; refuses an empty name or query."""
        name, query = name.strip(), query.strip()
        if not name or not query:
            raise InputRefused("A saved search needs a name and a query: type both.")
        if order not in ORDERS:
            raise InputRefused("Unknown order {order!r}: use relevance or date.", order=order)
        saved = SavedSearch(name, query, order)
        searches = [s for s in self.list() if s.name.casefold() != name.casefold()]
        self._write([*searches, saved])
        return saved

    def delete(self, name: str) -> bool:
        """Forget the search called ``name``; False if there was none."""
        searches = self.list()
        kept = [s for s in searches if s.name.casefold() != name.strip().casefold()]
        if len(kept) == len(searches):
            return False
        self._write(kept)
        return True

    def _write(self, searches: Sequence[SavedSearch]) -> None:
        data = [{"name": s.name, "query": s.query, "order": s.order} for s in searches]
        temporary = self._path.with_name(self._path.name + ".tmp")
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(temporary, self._path)
        except OSError as exc:
            raise InputRefused(
                "Cannot save searches to {path}: {reason}. Check the folder.",
                path=self._path,
                reason=exc.strerror,
            ) from exc
