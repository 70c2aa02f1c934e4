"""Two speed fixes to Whoosh 2.7.4 (its last release), applied on import.

When a segment is written, Whoosh looks up the length of every posting's field, one posting
at a time. For a field without lengths (ids, dates: nothing to score), the per-document
reader does not remember that the length column is missing and asks the file system again
each time: hundreds of thousands of ``stat`` calls in a rebuild. For the other fields each
lookup is a file read of one byte. The replacements remember the missing columns and read
each length column whole, once. A segment's columns never change once it is written, so
remembering is safe.
"""

from __future__ import annotations

import warnings
from typing import Any

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3PerDocReader
    from whoosh.util.numeric import byte_to_length

_MISSING = object()


def _cached_reader(self: Any, fieldname: str, column: Any) -> Any:
    readers = self._readers
    found = readers.get(fieldname, _MISSING)
    if found is _MISSING:
        found = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
        readers[fieldname] = found
    return found


def _doc_field_length(self: Any, docnum: int, fieldname: str, default: int = 0) -> Any:
    cache = self.__dict__.setdefault("_claimdesk_lengths", {})
    lengths = cache.get(fieldname)
    if lengths is None:
        column = _cached_reader(self, f"_{fieldname}_len", LENGTHS_COLUMN)
        if column is None:
            return default
        try:
            lengths = bytes(column._dbfile.get(column._basepos, column._count))
        except AttributeError:  # not the fixed-width column expected: one read per call
            lengths = bytes(column[d] for d in range(self._doccount))
        cache[fieldname] = lengths
    # As Whoosh's own: a document without the field has no length (None).
    lbyte = lengths[docnum] if docnum < len(lengths) else 0
    return byte_to_length(lbyte) if lbyte else None


def apply() -> None:
    """Install the fixes (idempotent)."""
    W3PerDocReader._cached_reader = _cached_reader
    W3PerDocReader.doc_field_length = _doc_field_length


apply()
