"""The audit trail: every change recorded with its before and after."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from claimdesk.core.settings import user_name
from claimdesk.core.storage.orm import HistoryEntry


def current_actor() -> str:
    """Who is making changes: the user name of the settings (see :func:`user_name`)."""
    return user_name()


def record(
    session: Session,
    entity: str,
    entity_id: str,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    """Add one history entry to the current transaction."""
    session.add(
        HistoryEntry(
            actor=current_actor(),
            entity=entity,
            entity_id=entity_id,
            action=action,
            before=before,
            after=after,
        )
    )
