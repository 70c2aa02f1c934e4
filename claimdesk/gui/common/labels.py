"""Display names of the domain's values (kinds, verdicts, statuses, link types) in the UI language.

The stored values stay English (``"mostly true"``); only what is shown is translated.
"""

from __future__ import annotations

from enum import StrEnum

from claimdesk.core.model import ClaimantKind, ClaimKind, LinkType, Status, Verdict
from claimdesk.gui.common.i18n import tr_noop, translate

_CONTEXT = "Labels"
_NAMES: dict[StrEnum, str] = {
    ClaimKind.CLAIM: tr_noop("Labels", "claim"),
    ClaimKind.DENIAL: tr_noop("Labels", "denial"),
    Verdict.TRUE: tr_noop("Labels", "true"),
    Verdict.MOSTLY_TRUE: tr_noop("Labels", "mostly true"),
    Verdict.HALF_TRUE: tr_noop("Labels", "half true"),
    Verdict.MISLEADING: tr_noop("Labels", "misleading"),
    Verdict.MOSTLY_FALSE: tr_noop("Labels", "mostly false"),
    Verdict.FALSE: tr_noop("Labels", "false"),
    Verdict.UNVERIFIABLE: tr_noop("Labels", "unverifiable"),
    Status.NEW: tr_noop("Labels", "new"),
    Status.RESEARCHING: tr_noop("Labels", "researching"),
    Status.REVIEWED: tr_noop("Labels", "reviewed"),
    Status.PUBLISHED: tr_noop("Labels", "published"),
    LinkType.DENIES: tr_noop("Labels", "denies"),
    LinkType.CONTRADICTS: tr_noop("Labels", "contradicts"),
    LinkType.SUPPORTS: tr_noop("Labels", "supports"),
    LinkType.REPEATS: tr_noop("Labels", "repeats"),
    ClaimantKind.PERSON: tr_noop("Labels", "person"),
    ClaimantKind.ORGANISATION: tr_noop("Labels", "organisation"),
    ClaimantKind.STATE: tr_noop("Labels", "state"),
    ClaimantKind.OTHER: tr_noop("Labels", "other"),
}
_PLURALS: dict[ClaimKind, str] = {
    ClaimKind.CLAIM: tr_noop("Labels", "claims"),
    ClaimKind.DENIAL: tr_noop("Labels", "denials"),
}


def label(value: StrEnum | None, missing: str = "") -> str:
    """The shown name of a kind, verdict, status, link type or claimant kind (lower case)."""
    if value is None:
        return missing
    return translate(_CONTEXT, _NAMES.get(value, str(value)))


def kind_plural(kind: ClaimKind) -> str:
    """``claims`` / ``denials`` in the UI language."""
    return translate(_CONTEXT, _PLURALS[kind])


def not_rated() -> str:
    """What a claim without a verdict shows."""
    return translate("Labels", "not rated")
