"""Facet counts (kind, verdict, status, claimant, outlet, language, year) over a result set.

Each segment's facet columns are read once into lists and kept while the segment lives; a
query's counts are then a C-speed ``Counter`` over its document numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from claimdesk.core.search.schema import FACET_FIELDS

# Most values shown per facet (claimants and outlets can run into thousands).
FACET_TOP = 20


class FacetCounter:
    """Counts facet values for the documents of one searcher; reused across searches."""

    def __init__(self) -> None:
        """An empty cache."""
        self._segments: dict[Any, dict[str, list[bytes]]] = {}
        self._key: tuple[Any, ...] = ()
        self._columns: dict[str, list[bytes]] = {}

    def count(
        self, searcher: Any, docnums: Sequence[int], top: int = FACET_TOP
    ) -> dict[str, dict[str, int]]:
        """``{facet: {value: count}}`` for ``docnums`` (global), most frequent values first."""
        columns = self._columns_for(searcher)
        found: dict[str, dict[str, int]] = {}
        for facet, values in columns.items():
            counts = Counter(map(values.__getitem__, docnums))
            counts.pop(b"", None)
            found[facet] = {
                value.decode("utf-8", "replace"): n for value, n in counts.most_common(top)
            }
        return found

    def _columns_for(self, searcher: Any) -> dict[str, list[bytes]]:
        leaves = searcher.reader().leaf_readers()
        key = tuple(_segment_key(reader) for reader, _ in leaves)
        if key == self._key:
            return self._columns
        segments: dict[Any, dict[str, list[bytes]]] = {}
        for (reader, _), seg_key in zip(leaves, key, strict=True):
            segments[seg_key] = self._segments.get(seg_key) or _read_columns(reader)
        columns: dict[str, list[bytes]] = {facet: [] for facet in FACET_FIELDS}
        for seg_key in key:
            for facet, values in segments[seg_key].items():
                columns[facet].extend(values)
        self._segments, self._key, self._columns = segments, key, columns
        return columns


def _segment_key(reader: Any) -> Any:
    segment = reader.segment() if hasattr(reader, "segment") else None
    return segment.segment_id() if segment is not None else id(reader)


def _read_columns(reader: Any) -> dict[str, list[bytes]]:
    size = reader.doc_count_all()
    found: dict[str, list[bytes]] = {}
    for facet, field in FACET_FIELDS.items():
        if reader.has_column(field):
            found[facet] = list(reader.column_reader(field, translate=False))
        else:  # no document of this segment had the value at all
            found[facet] = [b""] * size
    return found
