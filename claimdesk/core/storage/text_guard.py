"""Text that could not be written out never enters the library.

A lone surrogate (left by a decoder, or typed in through some door) cannot be encoded as
UTF-8: SQLite refuses it in a text column, JSON columns keep it escaped, and from then on every
export of the library fails. NUL is refused by PostgreSQL and means nothing in a note. Before
each flush, every text and JSON value of the rows being written is checked and repaired: lone
surrogates as :func:`repair_surrogates` reads them, NUL characters dropped. The parameters of
every statement are cleaned the same way just before they reach the database, so that a lookup
by such a name (a tag, a claimant) finds what was stored. Clean values (all but a few) are
left untouched.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String, inspect
from sqlalchemy.orm import Session, UOWTransaction

from claimdesk.core.importers.normalise import has_surrogates, repair_surrogates


def clean_value(value: Any) -> Any:
    """``value`` (a string, or JSON made of lists, dicts and strings) with its text repaired;
    the very object given when nothing needed repair."""
    if isinstance(value, str):
        if "\x00" in value or (not value.isascii() and has_surrogates(value)):
            return repair_surrogates(value).replace("\x00", "")
        return value
    if isinstance(value, list):
        items = [clean_value(item) for item in value]
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if isinstance(value, dict):
        pairs = [(clean_value(k), clean_value(v)) for k, v in value.items()]
        changed = any(
            a is not k or b is not v for (a, b), (k, v) in zip(pairs, value.items(), strict=True)
        )
        return dict(pairs) if changed else value
    return value


def text_columns(mapper: Any) -> list[str]:
    """The attribute names of a mapped class's text and JSON columns."""
    return [
        attr.key
        for attr in mapper.column_attrs
        if any(isinstance(column.type, (String, JSON)) for column in attr.columns)
    ]


def clean_parameters(
    _connection: Any,
    _cursor: Any,
    statement: str,
    parameters: Any,
    _context: Any,
    executemany: bool,
) -> tuple[str, Any]:
    """A ``before_cursor_execute`` listener (``retval=True``): the statement's text values
    repaired; the very parameters given when none needed it."""
    if executemany and isinstance(parameters, list):
        for index, row in enumerate(parameters):
            if _clean_row(row) is not row:
                return statement, [*parameters[:index], *map(_clean_row, parameters[index:])]
        return statement, parameters
    return statement, _clean_row(parameters)


def _clean_row(row: Any) -> Any:
    # Checked value by value without copying: nearly every row is clean.
    if isinstance(row, dict):
        if all(clean_value(value) is value for value in row.values()):
            return row
        return {key: clean_value(value) for key, value in row.items()}
    if isinstance(row, (tuple, list)):
        if all(clean_value(value) is value for value in row):
            return row
        return type(row)(clean_value(value) for value in row)
    return row


def repair_before_flush(session: Session, _flush: UOWTransaction, _objects: Any) -> None:
    """A ``before_flush`` listener: repair the text of every new or changed row."""
    for row in (*session.new, *session.dirty):
        mapper = inspect(row).mapper
        for key in text_columns(mapper):
            value = row.__dict__.get(key)
            if value is None:
                continue
            repaired = clean_value(value)
            if repaired is not value:
                setattr(row, key, repaired)
