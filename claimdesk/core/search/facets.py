"""Per-document columns read whole: facet values and the published date.

Each segment's columns are read once into lists and kept while the segment lives; a query's
facet counts are then a C-speed ``Counter`` over its document numbers, and results in date
order a ``heapq`` over the dates of its matches.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from claimdesk.core.search.schema import FACET_FIELDS

# Most values shown per facet (claimants and outlets can run into thousands).
FACET_TOP = 20
# What an undated record holds in the published column (Whoosh's default) and what it is
# read as here: older than any date, so that it sorts last when newest come first.
_UNDATED = 2**64 - 1
NO_DATE = -1
_PUBLISHED = "published"


class FacetCounter:
    """Reads the columns of one searcher's segments; reused across searches."""

    def __init__(self) -> None:
        """An empty cache."""
        self._segments: dict[Any, dict[str, list[Any]]] = {}
        self._key: tuple[Any, ...] = ()
        self._columns: dict[str, list[Any]] = {}

    def count(
        self, searcher: Any, docnums: Iterable[int], top: int = FACET_TOP
    ) -> dict[str, dict[str, int]]:
        """``{facet: {value: count}}`` for ``docnums`` (global), most frequent values first."""
        columns = self._columns_for(searcher)
        docnums = list(docnums)
        found: dict[str, dict[str, int]] = {}
        for facet in FACET_FIELDS:
            counts = Counter(map(columns[facet].__getitem__, docnums))
            counts.pop(b"", None)
            found[facet] = {
                value.decode("utf-8", "replace"): n for value, n in counts.most_common(top)
            }
        return found

    def values(self, searcher: Any, facet: str) -> Sequence[bytes]:
        """One facet's value for every document (global docnum); ``b""`` where it has none."""
        return self._columns_for(searcher)[facet]

    def published(self, searcher: Any) -> list[int]:
        """The published date of every document (global docnum) as Whoosh stores it;
        ``NO_DATE`` for an undated one."""
        return self._columns_for(searcher)[_PUBLISHED]

    def _columns_for(self, searcher: Any) -> dict[str, list[Any]]:
        leaves = searcher.reader().leaf_readers()
        key = tuple(_segment_key(reader) for reader, _ in leaves)
        if key == self._key:
            return self._columns
        segments: dict[Any, dict[str, list[Any]]] = {}
        for (reader, _), seg_key in zip(leaves, key, strict=True):
            segments[seg_key] = self._segments.get(seg_key) or _read_columns(reader)
        columns: dict[str, list[Any]] = {name: [] for name in (*FACET_FIELDS, _PUBLISHED)}
        for seg_key in key:
            for name, values in segments[seg_key].items():
                columns[name].extend(values)
        self._segments, self._key, self._columns = segments, key, columns
        return columns


def _segment_key(reader: Any) -> Any:
    segment = reader.segment() if hasattr(reader, "segment") else None
    return segment.segment_id() if segment is not None else id(reader)


def _read_columns(reader: Any) -> dict[str, list[Any]]:
    size = reader.doc_count_all()
    found: dict[str, list[Any]] = {}
    for facet, field in FACET_FIELDS.items():
        if reader.has_column(field):
            found[facet] = list(reader.column_reader(field, translate=False))
        else:  # no document of this segment had the value at all
            found[facet] = [b""] * size
    found[_PUBLISHED] = _published(reader, size)
    return found


def _published(reader: Any, size: int) -> list[int]:
    if not reader.has_column(_PUBLISHED):
        return [NO_DATE] * size
    column = reader.column_reader(_PUBLISHED, translate=False)
    try:
        # The column is fixed-width big-endian numbers: read them in one go.
        raw = column._dbfile.get(column._basepos, column._count * column._fixedlen)
        values = array(column._typecode, bytes(raw))
        if sys.byteorder == "little":
            values.byteswap()
        numbers = values.tolist()
        numbers.extend([_UNDATED] * (size - len(numbers)))
    except (AttributeError, ValueError):  # another column layout: the public, slower way
        numbers = [column[docnum] for docnum in range(size)]
    return [NO_DATE if value == _UNDATED else value for value in numbers]
