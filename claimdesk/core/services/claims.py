"""Claims and denials: marking, editing, removing, restoring, listing."""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from claimdesk.core.errors import EditConflict, InputRefused
from claimdesk.core.messages import Message
from claimdesk.core.model import (
    ClaimChanges,
    ClaimFilter,
    ClaimKind,
    ClaimView,
    Status,
    Verdict,
)
from claimdesk.core.nlp.analyze import dates_cached
from claimdesk.core.serialise import date_json
from claimdesk.core.services.claimants import claimant_for, find_claimant
from claimdesk.core.services.history import record
from claimdesk.core.services.lookup import by_id
from claimdesk.core.services.tags import tags_named
from claimdesk.core.services.views import claim_load_options, claim_snapshot, claim_view
from claimdesk.core.storage.orm import Article, Claim, ClaimLink, EvidenceItem, utcnow

CONTEXT = 32  # characters of prefix and suffix kept with each anchor


def find_quote(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th appearance of ``quote`` in ``text``."""
    needle = unicodedata.normalize("NFC", quote).replace("\r\n", "\n").strip()
    if not needle:
        raise InputRefused("The quote is empty: give the exact text to mark.")
    if occurrence < 1:
        raise InputRefused("--occurrence counts from 1: give 1 for the first appearance.")
    position = -1
    for _ in range(occurrence):
        position = text.find(needle, position + 1)
        if position < 0:
            break
    if position < 0:
        found = text.count(needle)
        if found:
            raise InputRefused(
                "The quote appears {found} time(s), not {occurrence}: give a smaller --occurrence.",
                found=found,
                occurrence=occurrence,
            )
        short = needle if len(needle) <= 60 else needle[:57] + "..."
        raise InputRefused(
            "The quote {quote!r} is not in the article: copy it exactly from the article text.",
            quote=short,
        )
    return position, position + len(needle)


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` checked against the text and with white space at its edges dropped."""
    if not 0 <= start < end <= len(text):
        raise InputRefused(
            "The span {start}-{end} is outside the article (0-{length}): select text in it.",
            start=start,
            end=end,
            length=len(text),
        )
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise InputRefused("The selection holds only white space: select the words to mark.")
    return start, end


def _load(session: Session, claim_id: str) -> Claim:
    return by_id(session, Claim, claim_id, *claim_load_options())


def mark_claim(
    session: Session,
    article_id: str,
    start: int,
    end: int,
    kind: ClaimKind,
    *,
    claimant: str | None = None,
    verdict: Verdict | None = None,
    status: Status = Status.NEW,
    notes: str = "",
    cue: str | None = None,
) -> ClaimView:
    """Mark a span of an article as a claim or a denial; the quote is taken from the text.

    The dates the quote mentions are found and normalised against the article's date.
    """
    article = by_id(session, Article, article_id)
    start, end = trimmed_span(article.text, start, end)
    duplicate = session.scalars(
        select(Claim.id).where(
            Claim.article_id == article.id, Claim.start == start, Claim.end == end
        )
    ).first()
    if duplicate is not None:
        raise InputRefused("That text is already marked: select other text, or edit that claim.")
    exact = article.text[start:end]
    claim = Claim(
        article_id=article.id,
        kind=ClaimKind(kind).value,
        start=start,
        end=end,
        exact=exact,
        prefix=article.text[max(0, start - CONTEXT) : start],
        suffix=article.text[end : end + CONTEXT],
        claimant=claimant_for(session, claimant) if claimant else None,
        cue=cue,
        claim_text=" ".join(exact.split()),
        dates=dates_within(article, start, end),
        verdict=Verdict(verdict).value if verdict else None,
        status=Status(status).value,
        notes=notes,
        tags=[],
        evidence=[],
        links=[],
    )
    session.add(claim)
    session.flush()
    view = claim_view(claim)
    record(session, "claim", claim.id, "create", None, claim_snapshot(view))
    return view


def dates_within(article: Article, start: int, end: int) -> list[dict[str, Any]]:
    """The dates mentioned inside ``[start, end)``, resolved with the whole text as context."""
    mentions = dates_cached(article.text, article.language, article.published)
    return [date_json(d) for d in mentions if start <= d.start and d.end <= end]


def update_claim(session: Session, claim_id: str, changes: ClaimChanges) -> ClaimView:
    """Apply a partial edit; records the before and after in the history.

    With ``changes.expected_version`` set, an edit of a claim someone else has saved since
    raises :class:`EditConflict` and changes nothing.
    """
    claim = _load(session, claim_id)
    if changes.expected_version is not None and claim.version != changes.expected_version:
        raise _conflict(claim, changes)
    before = claim_snapshot(claim_view(claim))
    if changes.kind is not None:
        claim.kind = ClaimKind(changes.kind).value
    if changes.claimant is not None:
        claim.claimant = (
            claimant_for(session, changes.claimant) if changes.claimant.strip() else None
        )
    if changes.claim_text is not None:
        claim.claim_text = changes.claim_text
    if changes.verdict is not None:
        claim.verdict = _verdict(changes.verdict)
    if changes.explanation is not None:
        claim.explanation = changes.explanation
    if changes.status is not None:
        claim.status = _status(changes.status)
    if changes.notes is not None:
        claim.notes = changes.notes
    if changes.tags is not None:
        claim.tags = tags_named(session, changes.tags)
    view = claim_view(claim)
    after = claim_snapshot(view)
    if after != before:
        claim.updated = utcnow()
        session.flush()
        view = claim_view(claim)
        record(session, "claim", claim.id, "update", before, after)
    return view


def edit_conflict(session: Session, claim_id: str, changes: ClaimChanges) -> EditConflict:
    """The conflict to report when a save lost the race to another desk's save."""
    return _conflict(_load(session, claim_id), changes)


def _conflict(claim: Claim, changes: ClaimChanges) -> EditConflict:
    current = claim_view(claim)
    who = claim.updated_by or Message("someone else")
    when = current.updated.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return EditConflict(
        "This claim was changed by {who} at {when} while you edited it: nothing of yours was "
        "saved; look at their change, then keep it or save yours over it.",
        who=who,
        when=when,
        current=current,
        changed_by=claim.updated_by,
        changed_at=current.updated,
        attempted=changes,
    )


def _verdict(value: Verdict | str) -> str | None:
    if value == "":
        return None
    try:
        return Verdict(value).value
    except ValueError:
        choices = ", ".join(v.value for v in Verdict)
        raise InputRefused(
            "Unknown verdict {value!r}: use one of {choices}.", value=value, choices=choices
        ) from None


def _status(value: Status | str) -> str:
    try:
        return Status(value).value
    except ValueError:
        choices = ", ".join(s.value for s in Status)
        raise InputRefused(
            "Unknown status {value!r}: use one of {choices}.", value=value, choices=choices
        ) from None


def delete_claim(session: Session, claim_id: str) -> ClaimView:
    """Remove a claim; returns it as it was so that it can be restored."""
    claim = _load(session, claim_id)
    view = claim_view(claim)
    session.delete(claim)
    session.flush()
    record(session, "claim", view.id, "delete", claim_snapshot(view), None)
    return view


def restore_claim(session: Session, view: ClaimView) -> ClaimView:
    """Put back a removed claim with its id, fields, tags and evidence."""
    if session.get(Claim, view.id) is not None:
        raise InputRefused("This claim is already in the library: nothing to restore.")
    article = by_id(session, Article, view.article_id)
    claim = Claim(
        id=view.id,
        article_id=article.id,
        kind=view.kind.value,
        start=view.start,
        end=view.end,
        exact=view.quote,
        prefix=view.anchor.prefix,
        suffix=view.anchor.suffix,
        orphaned=view.orphaned,
        claimant=claimant_for(session, view.claimant) if view.claimant else None,
        cue=view.cue,
        claim_text=view.claim_text,
        verdict=view.verdict.value if view.verdict else None,
        explanation=view.explanation,
        status=view.status.value,
        notes=view.notes,
        dates=[date_json(d) for d in view.dates],
        tags=tags_named(session, view.tags),
        evidence=[
            EvidenceItem(
                id=e.id, source=e.source, title=e.title, note=e.note, consulted=e.consulted
            )
            for e in view.evidence
        ],
        links=[
            ClaimLink(target_id=k.target, type=k.type.value)
            for k in view.links
            if session.get(Claim, k.target) is not None
        ],
        created=view.created,
        updated=utcnow(),
    )
    session.add(claim)
    session.flush()
    restored = claim_view(claim)
    record(session, "claim", claim.id, "restore", None, claim_snapshot(restored))
    return restored


def list_claims(session: Session, claim_filter: ClaimFilter) -> list[ClaimView]:
    """Claims matching every field of the filter, by article then position."""
    query = select(Claim).options(*claim_load_options())
    if claim_filter.article_id:
        query = query.where(Claim.article_id == by_id(session, Article, claim_filter.article_id).id)
    if claim_filter.kind:
        query = query.where(Claim.kind == ClaimKind(claim_filter.kind).value)
    if claim_filter.claimant:
        found = find_claimant(session, claim_filter.claimant)
        if found is None:
            return []
        query = query.where(Claim.claimant_id == found.id)
    if claim_filter.verdict:
        query = query.where(Claim.verdict == Verdict(claim_filter.verdict).value)
    if claim_filter.status:
        query = query.where(Claim.status == Status(claim_filter.status).value)
    query = query.order_by(Claim.article_id, Claim.start, Claim.end)
    return [claim_view(c) for c in session.scalars(query)]
