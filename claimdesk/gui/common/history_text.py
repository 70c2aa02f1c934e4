"""What a history entry says in the window: when, who, a one-line summary, and the changed
fields before and after, in the UI language (the stored entry stays as the core wrote it)."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from claimdesk.core.model import ClaimKind, Status, Verdict
from claimdesk.core.model.history import HistoryItem
from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.common.labels import label, not_rated

SHORT = 40  # characters of a value in a summary line
LONG = 400  # characters of a value in the before/after table
# Fields kept for the desk's own bookkeeping: never shown.
HIDDEN = frozenset({"article_id", "content_hash", "source_name", "exact", "end", "orphaned"})
# The fields a version holds that a restore can put back.
VERSION_FIELDS = frozenset(
    {"kind", "claimant", "claim_text", "verdict", "explanation", "status", "notes", "tags",
     "title", "outlet", "url", "language", "published", "authors", "text", "start"}
)  # fmt: skip
FIELD_NAMES = {
    "kind": tr_noop("HistoryText", "kind"),
    "claimant": tr_noop("HistoryText", "claimant"),
    "claim_text": tr_noop("HistoryText", "claim text"),
    "verdict": tr_noop("HistoryText", "verdict"),
    "explanation": tr_noop("HistoryText", "explanation"),
    "status": tr_noop("HistoryText", "status"),
    "notes": tr_noop("HistoryText", "notes"),
    "tags": tr_noop("HistoryText", "tags"),
    "start": tr_noop("HistoryText", "position"),
    "title": tr_noop("HistoryText", "title"),
    "outlet": tr_noop("HistoryText", "outlet"),
    "url": tr_noop("HistoryText", "URL"),
    "language": tr_noop("HistoryText", "language"),
    "published": tr_noop("HistoryText", "publication date"),
    "authors": tr_noop("HistoryText", "authors"),
    "text": tr_noop("HistoryText", "text"),
    "name": tr_noop("HistoryText", "name"),
    "aliases": tr_noop("HistoryText", "aliases"),
    "link": tr_noop("HistoryText", "link"),
    "target": tr_noop("HistoryText", "linked claim"),
}
ACTIONS = {
    "create": tr_noop("HistoryText", "created"),
    "update": tr_noop("HistoryText", "changed"),
    "delete": tr_noop("HistoryText", "deleted"),
    "revert": tr_noop("HistoryText", "older version restored"),
    "restore": tr_noop("HistoryText", "brought back"),
    "edit_text": tr_noop("HistoryText", "text edited"),
    "reanchor": tr_noop("HistoryText", "placed again after a text edit"),
    "attach": tr_noop("HistoryText", "attached to new text"),
    "repair": tr_noop("HistoryText", "repaired by the check"),
    "merge": tr_noop("HistoryText", "merged from another desk"),
    "link": tr_noop("HistoryText", "linked"),
    "unlink": tr_noop("HistoryText", "unlinked"),
    "alias": tr_noop("HistoryText", "alias added"),
    "unalias": tr_noop("HistoryText", "alias removed"),
    "merged_into": tr_noop("HistoryText", "merged into another claimant"),
}
_ENUMS: dict[str, type[StrEnum]] = {"kind": ClaimKind, "status": Status, "verdict": Verdict}


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of an entry: its name as shown, and its value before and after."""

    name: str
    before: str
    after: str


def when(at: dt.datetime) -> str:
    """The entry's local date and time, in the UI language: "24 Feb 2026 14:02"."""
    local = at.astimezone()
    stamp = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale().toString(stamp, "d MMM yyyy HH:mm")


def who(item: HistoryItem) -> str:
    """Who made the change, never an empty name."""
    return item.actor.strip() or translate("HistoryText", "unknown")


def action_name(action: str) -> str:
    """The kind of change as shown: "changed", "deleted", "older version restored"."""
    name = ACTIONS.get(action)
    return translate("HistoryText", name) if name else action.replace("_", " ")


def field_name(key: str) -> str:
    """A stored field's name as shown."""
    name = FIELD_NAMES.get(key)
    return translate("HistoryText", name) if name else key.replace("_", " ")


def shown(key: str, data: dict[str, Any] | None, limit: int = LONG) -> str:
    """A stored value as a person reads it ("not rated", "2 340 characters", "none")."""
    if data is None:
        return "—"
    value = data.get(key)
    if key == "verdict" and value in (None, ""):
        return not_rated()
    if key == "text":
        count = QLocale().toString(len(str(value or "")))
        return translate("HistoryText", "{count} characters").format(count=count)
    if key == "start" and value is not None:
        return f"{value}–{data.get('end', '?')}"
    if key in _ENUMS and isinstance(value, str):
        try:
            return label(_ENUMS[key](value))
        except ValueError:
            return value
    if key == "target" and isinstance(value, str):
        return value[:8]
    if isinstance(value, bool):
        return translate("HistoryText", "yes") if value else translate("HistoryText", "no")
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = " ".join(str(value).split()) if value is not None else ""
    if not text:
        return translate("HistoryText", "(none)")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def changes(item: HistoryItem) -> list[FieldChange]:
    """The fields the entry changed; for a creation or a deletion, every field it holds."""
    before, after = item.before, item.after
    keys = dict.fromkeys([*(before or {}), *(after or {})])
    rows = []
    for key in keys:
        if key in HIDDEN:
            continue
        one_sided = before is None or after is None
        if not one_sided and (before or {}).get(key) == (after or {}).get(key):
            continue
        old, new = shown(key, before), shown(key, after)
        if old != new or one_sided:
            rows.append(FieldChange(field_name(key), old, new))
    return rows


def summary(item: HistoryItem) -> str:
    """One line: "verdict: not rated → false; status: new → reviewed", "deleted: …"."""
    action = action_name(item.action)
    if item.action in ("create", "delete", "restore"):
        data = item.after if item.action != "delete" else item.before
        data = data or {}
        what = data.get("claim_text") or data.get("exact") or data.get("title") or ""
        what = " ".join(str(what).split())
        what = what if len(what) <= SHORT else what[: SHORT - 1] + "…"
        return f"{action}: “{what}”" if what else action
    if item.action in ("link", "unlink"):
        data = (item.after if item.action == "link" else item.before) or {}
        if "link" in data:
            return f"{action}: {shown('link', data)} {shown('target', data)}"
    parts = [
        f"{change.name}: {_short(change.before)} → {_short(change.after)}"
        for change in changes(item)
    ]
    if item.action == "update":
        return "; ".join(parts) if parts else translate("HistoryText", "no visible change")
    return f"{action}: {'; '.join(parts)}" if parts else action


def _short(value: str) -> str:
    return value if len(value) <= SHORT else value[: SHORT - 1] + "…"


def has_version(data: dict[str, Any] | None) -> bool:
    """True when ``data`` holds fields a restore can put back (a link entry holds none)."""
    return bool(data) and any(key in VERSION_FIELDS for key in data or {})


def can_restore(item: HistoryItem) -> bool:
    """True when the entry's version (what the change left) can be put back."""
    return item.restorable and has_version(item.after or item.before)


def can_undo(item: HistoryItem) -> bool:
    """True when the state before the change can be put back."""
    return item.restorable and has_version(item.before)


def details_html(item: HistoryItem) -> str:
    """The entry as a small page: what, when, who, then a field / before / after table."""
    heading = translate("HistoryText", "{action} · {when} · {who}").format(
        action=action_name(item.action), when=when(item.at), who=who(item)
    )
    rows = changes(item)
    parts = [f"<p><b>{html.escape(heading)}</b></p>"]
    if not rows:
        nothing = translate("HistoryText", "No field changed.")
        parts.append(f"<p>{html.escape(nothing)}</p>")
        return "".join(parts)
    before, after = translate("HistoryText", "Before"), translate("HistoryText", "After")
    parts.append('<table cellspacing="0" cellpadding="3" width="100%">')
    parts.append(
        f"<tr><th></th><th align='left'>{html.escape(before)}</th>"
        f"<th align='left'>{html.escape(after)}</th></tr>"
    )
    for row in rows:
        parts.append(
            f"<tr><td valign='top'><i>{html.escape(row.name)}</i></td>"
            f"<td valign='top'>{html.escape(row.before)}</td>"
            f"<td valign='top'>{html.escape(row.after)}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)
