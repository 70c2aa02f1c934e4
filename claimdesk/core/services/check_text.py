"""Checking a library's text: every text and JSON value must be writable as UTF-8.

Libraries written before the storage repaired text on the way in can hold lone surrogates
(a mail's sender decoded badly, kept in a JSON column): every export of the whole library then
fails. The check finds them in every table and repairs them in place (escaped bytes read back
as UTF-8 or Windows-1252, other lone surrogates as U+FFFD), so that exports work again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimdesk.core.importers.normalise import content_hash
from claimdesk.core.model.results import CheckReport
from claimdesk.core.storage.orm import Article, Base, Claim
from claimdesk.core.storage.text_guard import clean_value, text_columns

_BATCH = 500


def check_text(session: Session, report: CheckReport) -> int:
    """Repair every stored value that cannot be encoded; one line a repaired row. Returns
    how many articles and claims were repaired (their search records are then stale)."""
    searched = 0
    for mapper in Base.registry.mappers:
        keys = text_columns(mapper)
        if not keys or mapper.local_table is None or not mapper.primary_key:
            continue
        entity = mapper.class_
        columns = [getattr(entity, key) for key in keys]
        primary = list(mapper.primary_key)
        rows = session.execute(select(*primary, *columns).execution_options(yield_per=_BATCH)).all()
        for row in rows:
            ident = tuple(row[: len(primary)])
            values = row[len(primary) :]
            broken = [
                key
                for key, value in zip(keys, values, strict=True)
                if value is not None and clean_value(value) is not value
            ]
            if broken:
                _repair(session, entity, ident, broken, report)
                searched += entity in (Article, Claim)
    return searched


def _repair(
    session: Session, entity: Any, ident: tuple[Any, ...], keys: list[str], report: CheckReport
) -> None:
    row = session.get(entity, ident if len(ident) > 1 else ident[0])
    if row is None:
        return
    for key in keys:
        setattr(row, key, clean_value(getattr(row, key)))
    if isinstance(row, Article) and "text" in keys:
        digest = content_hash(row.text)
        taken = session.scalar(select(Article.id).where(Article.content_hash == digest))
        if taken is None or taken == row.id:
            row.content_hash = digest
    table = entity.__tablename__
    label = str(ident[0])[:8] if len(ident) == 1 else "/".join(str(i) for i in ident)
    report.repaired.append(
        f"{table} {label}: text that cannot be written ({', '.join(keys)}) repaired"
    )
