"""The history of one article or claim as plain data, and going back to any older version.

Every change already leaves a history entry with the fields before and after it (see
:mod:`claimdesk.core.services.history`). A *version* is the state an entry records: by default
the state the change left (``after``), or for a deletion the claim as it was before it. Going
back is itself a change: it leaves its own entry (action ``revert``, or ``restore`` for a
deleted claim brought back), so nothing is ever lost by restoring either.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from claimdesk.core.anchoring import anchor_at
from claimdesk.core.errors import InputRefused, NotFound
from claimdesk.core.messages import Message
from claimdesk.core.model import ClaimKind, Status, Verdict
from claimdesk.core.model.history import HistoryItem, RestoredVersion, VersionSide
from claimdesk.core.services.article_text import replace_article_text
from claimdesk.core.services.articles import article_snapshot
from claimdesk.core.services.claimants import claimant_for
from claimdesk.core.services.claims import dates_within
from claimdesk.core.services.history import record
from claimdesk.core.services.tags import tags_named
from claimdesk.core.services.views import claim_load_options, claim_snapshot, claim_view
from claimdesk.core.storage.orm import Article, Claim, HistoryEntry, utcnow

E = TypeVar("E", ClaimKind, Verdict, Status)
_NO_VERSION = {
    VersionSide.AFTER: Message(
        "History entry {history_id} holds no version after its change: choose another entry."
    ),
    VersionSide.BEFORE: Message(
        "History entry {history_id} holds no version before its change: choose another entry."
    ),
}
_NO_ENTRY = {
    "article": Message("No history entry {history_id} about an article: check the number."),
    "claim": Message("No history entry {history_id} about a claim: check the number."),
}
SHORT = 40  # characters of a changed text shown in a summary line
CLAIM_FIELDS = ("kind", "claimant", "claim_text", "verdict", "explanation", "status", "notes")
ARTICLE_FIELDS = ("title", "outlet", "url", "language", "published", "authors", "notes", "tags")
_HIDDEN = frozenset({"article_id", "content_hash", "source_name", "exact", "end"})
_LABELS = {
    "claim_text": "claim text",
    "start": "position",
    "edit_text": "text edited",
    "revert": "older version restored",
    "restore": "restored",
    "reanchor": "re-anchored after a text edit",
    "attach": "attached to new text",
    "repair": "repaired by check",
    "merge": "merged from another desk",
    "alias": "alias added",
    "unalias": "alias removed",
}
_EMPTY = {"verdict": "not rated", "claimant": "nobody", "published": "no date"}


# Reading
def entity_history(session: Session, entity_id: str) -> list[HistoryItem]:
    """Every change to the article, claim or claimant ``entity_id`` (in full or a unique
    prefix; a deleted claim's id works too), newest first."""
    ident = resolve_entity(session, entity_id)
    rows = session.scalars(
        select(HistoryEntry).where(HistoryEntry.entity_id == ident).order_by(HistoryEntry.id.desc())
    ).all()
    return [history_item(row) for row in rows]


def resolve_entity(session: Session, entity_id: str) -> str:
    """The full id of the entity the user means, looked up in the history itself, so that a
    deleted claim, which has no row left, can still be named."""
    ident = entity_id.strip().lower()
    if not ident or not all(c in "0123456789abcdef" for c in ident):
        raise NotFound(
            "No article or claim with id {entity_id!r}: list them with `claims`.",
            entity_id=entity_id,
        )
    found = session.scalars(
        select(HistoryEntry.entity_id)
        .where(HistoryEntry.entity_id.startswith(ident, autoescape=True))
        .distinct()
        .limit(2)
    ).all()
    if not found:
        raise NotFound(
            "Nothing in the history has the id {ident!r}: check it with `claims`.", ident=ident
        )
    if len(found) > 1:
        raise InputRefused(
            "The id {ident!r} fits more than one record: give more characters.", ident=ident
        )
    return found[0]


def history_item(row: HistoryEntry) -> HistoryItem:
    """A history row as plain data with its one-line summary."""
    return HistoryItem(
        id=row.id,
        at=row.at,
        actor=row.actor,
        entity=row.entity,
        entity_id=row.entity_id,
        action=row.action,
        before=row.before,
        after=row.after,
        summary=summarise(row.action, row.before, row.after),
    )


def summarise(action: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """One line saying what a change did: "verdict: not rated → false; status: new → reviewed"."""
    if action == "create" and after is not None:
        what = after.get("claim_text") or after.get("title") or after.get("name") or ""
        return f"created: {_short(str(what))}" if what else "created"
    if action == "delete" and before is not None:
        what = before.get("claim_text") or before.get("exact") or ""
        return f"deleted: {_short(str(what))}" if what else "deleted"
    if action in ("link", "unlink"):
        data = after if action == "link" else before
        if data is not None and "link" in data:
            verb = "linked" if action == "link" else "unlinked"
            return f"{verb}: {data['link']} {str(data.get('target', ''))[:8]}"
    if action == "merged_into" and after is not None:
        return f"merged into {str(after.get('into', ''))[:8]}"
    changes = describe_changes(before or {}, after or {})
    label = _LABELS.get(action, action)
    if action == "update":
        return changes or "no visible change"
    return f"{label}: {changes}" if changes else label


def describe_changes(before: dict[str, Any], after: dict[str, Any]) -> str:
    """The fields that differ, each as "field: old → new", joined with "; "."""
    parts: list[str] = []
    for key in dict.fromkeys([*before, *after]):
        if key in _HIDDEN or before.get(key) == after.get(key):
            continue
        if key == "text":
            old, new = len(str(before.get(key) or "")), len(str(after.get(key) or ""))
            parts.append(f"text: {old:,} → {new:,} characters")
            continue
        old_value, new_value = _shown(key, before), _shown(key, after)
        if old_value != new_value:
            parts.append(f"{_LABELS.get(key, key)}: {old_value} → {new_value}")
    return "; ".join(parts)


def _shown(key: str, data: dict[str, Any]) -> str:
    value = data.get(key)
    if key == "start" and value is not None:
        return f"{value}-{data.get('end', '?')}"
    if value is None:
        return _EMPTY.get(key, "none")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) if value else "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return _short(str(value)) if str(value) else "empty"


def _short(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= SHORT else value[: SHORT - 1] + "…"


# Restoring
def restore_version(
    session: Session, history_id: int, side: VersionSide = VersionSide.AFTER
) -> RestoredVersion:
    """Put an article or a claim back as history entry ``history_id`` recorded it."""
    entry = session.get(HistoryEntry, history_id)
    if entry is None:
        raise NotFound(
            "No history entry {history_id}: list them with `history ID`.", history_id=history_id
        )
    restorers: dict[str, Callable[[Session, int, VersionSide], RestoredVersion]] = {
        "claim": restore_claim_version,
        "article": restore_article_version,
    }
    restorer = restorers.get(entry.entity)
    if restorer is None:
        raise InputRefused(
            "History entry {history_id} is about neither an article nor a claim: only articles "
            "and claims have versions to restore.",
            history_id=history_id,
        )
    return restorer(session, history_id, side)


def _version(entry: HistoryEntry, side: VersionSide) -> dict[str, Any]:
    # A deletion left no "after": its version is the claim as it was before it went.
    state = entry.before if side is VersionSide.BEFORE else entry.after or entry.before
    if not state:
        raise InputRefused(
            _NO_VERSION[side],
            history_id=entry.id,
        )
    return state


def _entry(session: Session, history_id: int, entity: str) -> HistoryEntry:
    entry = session.get(HistoryEntry, history_id)
    if entry is None or entry.entity != entity:
        raise NotFound(
            _NO_ENTRY.get(entity, _NO_ENTRY["claim"]),
            history_id=history_id,
        )
    return entry


def restore_claim_version(
    session: Session, history_id: int, side: VersionSide = VersionSide.AFTER
) -> RestoredVersion:
    """Give a claim back the fields of one of its versions; a deleted claim comes back.

    Its kind, claimant, claim text, verdict, explanation, status, notes and tags are set as
    the version had them; its anchor too when the article still has that quote at that
    place. Evidence and links are not part of a version: a claim brought back from its
    deletion has none. Refused: a version whose article is gone, or whose span another
    claim now marks.
    """
    entry = _entry(session, history_id, "claim")
    state = _version(entry, side)
    claim = session.scalars(
        select(Claim).where(Claim.id == entry.entity_id).options(*claim_load_options())
    ).first()
    if claim is None:
        return _bring_back(session, entry, state)
    before = _claim_state(claim)
    _apply_claim_fields(session, claim, state)
    article = session.get_one(Article, claim.article_id)
    start, end, exact = state.get("start"), state.get("end"), state.get("exact")
    if (
        isinstance(start, int)
        and isinstance(end, int)
        and 0 <= start < end <= len(article.text)
        and article.text[start:end] == exact
        and (start, end) != (claim.start, claim.end)
    ):
        placed = anchor_at(article.text, start, end)
        claim.start, claim.end, claim.exact = placed.start, placed.end, placed.exact
        claim.prefix, claim.suffix, claim.orphaned = placed.prefix, placed.suffix, False
        claim.dates = dates_within(article, start, end)
    after = _claim_state(claim)
    if after == before:
        return RestoredVersion("claim", claim.id, claim.article_id, None, "already this version")
    claim.updated = utcnow()
    session.flush()
    return _recorded(session, "claim", claim.id, claim.article_id, "revert", before, after)


def _claim_state(claim: Claim) -> dict[str, Any]:
    return {**claim_snapshot(claim_view(claim)), "orphaned": claim.orphaned}


def _apply_claim_fields(session: Session, claim: Claim, state: dict[str, Any]) -> None:
    if "kind" in state:
        claim.kind = _choice(ClaimKind, state["kind"], "kind").value
    if "verdict" in state:
        verdict = state["verdict"]
        claim.verdict = (
            None if verdict in (None, "") else _choice(Verdict, verdict, "verdict").value
        )
    if "status" in state:
        claim.status = _choice(Status, state["status"], "status").value
    if "claimant" in state:
        name = state["claimant"]
        claim.claimant = claimant_for(session, name) if isinstance(name, str) and name else None
    for key in ("claim_text", "explanation", "notes"):
        if key in state:
            setattr(claim, key, str(state[key] or ""))
    if "tags" in state:
        claim.tags = tags_named(session, tuple(str(t) for t in state["tags"] or ()))


def _choice(enum: type[E], value: Any, field: str) -> E:
    try:
        return enum(value)
    except ValueError:
        raise InputRefused(
            "This version has an unknown {field} {value!r}: restore another version.",
            field=field,
            value=value,
        ) from None


def _bring_back(session: Session, entry: HistoryEntry, state: dict[str, Any]) -> RestoredVersion:
    article = session.get(Article, str(state.get("article_id", "")))
    if article is None:
        raise InputRefused(
            "The article of this claim is no longer in the library: import it again first."
        )
    exact = str(state.get("exact") or "")
    start, end = _place(article.text, exact, state.get("start"))
    taken = session.scalars(
        select(Claim.id).where(
            Claim.article_id == article.id,
            Claim.start == start,
            Claim.end == end,
            Claim.orphaned.is_(False),
        )
    ).first()
    if taken is not None and start != end:
        raise InputRefused(
            "That text is now marked by another claim: delete or edit that one first."
        )
    claim = Claim(
        id=entry.entity_id,
        article_id=article.id,
        kind=_choice(ClaimKind, state.get("kind", "claim"), "kind").value,
        start=start,
        end=end,
        exact=exact if start == end else article.text[start:end],
        orphaned=start == end,
        claim_text=" ".join(exact.split()),
        dates=dates_within(article, start, end) if start != end else [],
        tags=[],
        evidence=[],
        links=[],
    )
    if start != end:
        placed = anchor_at(article.text, start, end)
        claim.prefix, claim.suffix = placed.prefix, placed.suffix
    _apply_claim_fields(session, claim, state)
    session.add(claim)
    session.flush()
    claim = session.scalars(
        select(Claim).where(Claim.id == claim.id).options(*claim_load_options())
    ).one()
    return _recorded(session, "claim", claim.id, article.id, "restore", None, _claim_state(claim))


def _place(text: str, exact: str, start: Any) -> tuple[int, int]:
    """Where the quote stands now: at its old offsets, else its nearest occurrence; (0, 0)
    when the text no longer holds it (the claim comes back orphaned, quote kept)."""
    if not exact:
        return 0, 0
    if isinstance(start, int) and text[start : start + len(exact)] == exact:
        return start, start + len(exact)
    hits: list[int] = []
    position = text.find(exact)
    while position >= 0:
        hits.append(position)
        position = text.find(exact, position + 1)
    if not hits:
        return 0, 0
    wanted = start if isinstance(start, int) else 0
    best = min(hits, key=lambda p: abs(p - wanted))
    return best, best + len(exact)


def restore_article_version(
    session: Session, history_id: int, side: VersionSide = VersionSide.AFTER
) -> RestoredVersion:
    """Give an article back the metadata of one of its versions, and its text when the
    version holds one (claims are re-anchored as for any text edit, never dropped)."""
    entry = _entry(session, history_id, "article")
    state = _version(entry, side)
    article = session.scalars(
        select(Article).where(Article.id == entry.entity_id).options(selectinload(Article.tags))
    ).first()
    if article is None:
        raise InputRefused("This article is no longer in the library: import it again first.")
    before = article_snapshot(article)
    _apply_article_fields(session, article, state)
    after = article_snapshot(article)
    restored: RestoredVersion | None = None
    if after != before:
        article.updated = utcnow()
        session.flush()
        restored = _recorded(session, "article", article.id, article.id, "revert", before, after)
    text = state.get("text")
    if isinstance(text, str) and text != article.text:
        replace_article_text(session, article.id, text)
        history_id_now = session.scalar(select(func.max(HistoryEntry.id)))
        summary = "text restored" + (f"; {restored.summary}" if restored else "")
        return RestoredVersion("article", article.id, article.id, history_id_now, summary)
    if restored is None:
        return RestoredVersion("article", article.id, article.id, None, "already this version")
    return restored


def _apply_article_fields(session: Session, article: Article, state: dict[str, Any]) -> None:
    if isinstance(state.get("title"), str) and state["title"].strip():
        article.title = state["title"]
    for key in ("outlet", "url"):
        if key in state:
            setattr(article, key, state[key] or None)
    language = state.get("language")
    if isinstance(language, str) and len(language) == 2 and language.isalpha():
        article.language = language
    if "published" in state:
        article.published = _date(state["published"])
    if isinstance(state.get("authors"), list):
        article.authors = [str(a) for a in state["authors"]]
    if "notes" in state:
        article.notes = str(state["notes"] or "")
    if isinstance(state.get("tags"), list):
        article.tags = tags_named(session, tuple(str(t) for t in state["tags"]))


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _recorded(
    session: Session,
    entity: str,
    entity_id: str,
    article_id: str,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> RestoredVersion:
    record(session, entity, entity_id, action, before, after)
    session.flush()
    newest = session.scalar(select(func.max(HistoryEntry.id)))
    return RestoredVersion(entity, entity_id, article_id, newest, summarise(action, before, after))
