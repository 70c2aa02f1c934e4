"""Qt models over the desk's tracking data: proposals, links, claimants, threads and counts.

Each model holds plain data read on the worker (see :mod:`claimdesk.core.model.tracking`) and
hands the whole record out under :data:`ITEM_ROLE`, so views can draw it their own way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from claimdesk.core.messages import localized
from claimdesk.core.model import ClaimantView, ClaimKind, LinkType
from claimdesk.core.model.tracking import (
    Answer,
    ClaimRef,
    ContestedClaim,
    Count,
    MergeSuggestion,
    Proposal,
    Role,
    TimelineEntry,
)
from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.common.labels import label

ModelIndex = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
CARD_ROLE = Qt.ItemDataRole.UserRole + 3
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_NUMBER_ALIGN = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CONTEXT = "TrackingModels"
NO_DATE = tr_noop("TrackingModels", "undated")
QUOTE_CHARS = 140

T = TypeVar("T")


def short_date(day: dt.date | None) -> str:
    """A date as the views show it ("22 Feb 2023"), or "undated", in the UI language."""
    if day is None:
        return translate(_CONTEXT, NO_DATE)
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def no_claimant() -> str:
    """What a claim without a claimant shows in its place."""
    return translate("TrackingModels", "no claimant")


# What a claim is in a thread (the desk's :class:`Role` values), as the timeline says it.
_ROLES = {
    Role.FIRST: tr_noop("TrackingModels", "first appearance"),
    Role.REPEAT: tr_noop("TrackingModels", "repetition"),
    Role.DENIAL: tr_noop("TrackingModels", "denial"),
    Role.CONTRADICTION: tr_noop("TrackingModels", "contradiction"),
    Role.SUPPORT: tr_noop("TrackingModels", "support"),
    Role.VERDICT: tr_noop("TrackingModels", "verdict"),
    Role.RELATED: tr_noop("TrackingModels", "related"),
}


def role_label(role: str) -> str:
    """A thread role (``repetition``) in the UI language."""
    return translate(_CONTEXT, _ROLES.get(role, role))


def passive_phrase(type: LinkType) -> str:
    """The link seen from its target (``denied by``) in the UI language."""
    return translate(_CONTEXT, PASSIVE[type])


def link_names(types: Sequence[LinkType]) -> str:
    """Link types in words, comma separated."""
    return ", ".join(label(t) for t in types)


def clip(text: str, limit: int = QUOTE_CHARS) -> str:
    """One line of at most ``limit`` characters, with an ellipsis when cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def ref_line(ref: ClaimRef) -> str:
    """A claim in one line: claimant, quote, article and date."""
    who = ref.claimant or no_claimant()
    return f"{who}: “{clip(ref.quote)}” — {ref.article_title}, {short_date(ref.published)}"


@dataclass(frozen=True, slots=True)
class Card:
    """A claim drawn as a card: kind marker, a heading line, the quote, a muted note, a badge.

    ``badge`` is the verdict's stored value (``mostly true``): its colour is chosen by it.
    """

    kind: ClaimKind | None
    heading: str
    quote: str
    note: str = ""
    badge: str = ""


def ref_card(ref: ClaimRef, heading_prefix: str = "", note: str = "") -> Card:
    """The card of a claim in a list."""
    who = ref.claimant or no_claimant()
    where = f"{ref.article_title} · {short_date(ref.published)}"
    return Card(
        kind=ref.kind,
        heading=f"{heading_prefix}{who}",
        quote=ref.quote,
        note=f"{note} · {where}" if note else where,
        badge=ref.verdict.value if ref.verdict else "",
    )


@dataclass(frozen=True, slots=True)
class LinkRow:
    """A link of the selected claim as the links list shows it.

    ``outgoing``: the selected claim is the source ("this denies that"); otherwise the other
    claim links to it ("that denies this").
    """

    type: LinkType
    outgoing: bool
    other: ClaimRef

    @property
    def phrase(self) -> str:
        """The link in words, from the selected claim's side."""
        if self.outgoing:
            return f"{label(self.type)} →"
        return f"← {passive_phrase(self.type)}"


PASSIVE = {
    LinkType.DENIES: tr_noop("TrackingModels", "denied by"),
    LinkType.CONTRADICTS: tr_noop("TrackingModels", "contradicted by"),
    LinkType.SUPPORTS: tr_noop("TrackingModels", "supported by"),
    LinkType.REPEATS: tr_noop("TrackingModels", "repeated by"),
}


class _RecordsModel(QAbstractListModel, Generic[T]):
    """A flat list of records; subclasses say how a record reads."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[T] = []

    def set_items(self, items: Sequence[T]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[T]:
        """The records, in row order."""
        return list(self._items)

    def item(self, row: int) -> T | None:
        """The record of ``row``, if there is one."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of records (a list has no children)."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> object:
        """Text, tooltip, id and the record itself."""
        if not index.isValid() or index.column() != 0:
            return None
        record = self.item(index.row())
        if record is None:
            return None
        if role == ITEM_ROLE:
            return record
        if role == _DISPLAY:
            return self._text(record)
        if role == _TIP:
            return self._tip(record)
        if role == ID_ROLE:
            return self._id(record)
        if role == CARD_ROLE:
            return self._card(record)
        return None

    def _card(self, record: T) -> Card | None:
        return None

    def _text(self, record: T) -> str:
        return str(record)

    def _tip(self, record: T) -> str | None:
        return None

    def _id(self, record: T) -> str | None:
        return None


class ProposalsModel(_RecordsModel[Proposal]):
    """Claims that may say the same thing as the selected one, best first."""

    def _text(self, record: Proposal) -> str:
        who = record.claimant or no_claimant()
        linked = ""
        if record.linked:
            already = translate("TrackingModels", "[already: {links}]")
            linked = "  " + already.format(links=link_names(record.linked))
        return f"{who}: “{clip(record.quote, 90)}” — {localized(record.reason)}{linked}"

    def _tip(self, record: Proposal) -> str:
        why = translate("TrackingModels", "why: {reason} (score {score})").format(
            reason=localized(record.reason), score=f"{record.score:.2f}"
        )
        return f"{record.article_title}, {short_date(record.published)}\n{why}"

    def _id(self, record: Proposal) -> str:
        return record.id

    def _card(self, record: Proposal) -> Card:
        already = ""
        if record.linked:
            linked = translate("TrackingModels", "already linked: {links}")
            already = linked.format(links=link_names(record.linked)) + " · "
        return Card(
            kind=record.kind,
            heading=record.claimant or no_claimant(),
            quote=record.quote,
            note=f"{already}{localized(record.reason)} · {record.article_title}, "
            f"{short_date(record.published)}",
            badge=record.verdict.value if record.verdict else "",
        )


class LinksModel(_RecordsModel[LinkRow]):
    """The selected claim's links, either way."""

    def _text(self, record: LinkRow) -> str:
        return f"{record.phrase} {ref_line(record.other)}"

    def _tip(self, record: LinkRow) -> str:
        return translate(
            "TrackingModels",
            "Double-click (or Enter) opens the linked claim; Delete removes the link.",
        )

    def _id(self, record: LinkRow) -> str:
        return record.other.id

    def _card(self, record: LinkRow) -> Card:
        return ref_card(record.other, heading_prefix=f"{record.phrase}  ")


class ClaimRefsModel(_RecordsModel[ClaimRef]):
    """Claims in a list (a claimant's claims), oldest first."""

    def _text(self, record: ClaimRef) -> str:
        date = short_date(record.published)
        return f"{date}  ·  {label(record.kind)}  ·  “{clip(record.quote, 110)}”"

    def _tip(self, record: ClaimRef) -> str:
        outlet = record.outlet or translate("TrackingModels", "no outlet")
        return f"{record.article_title} ({outlet})"

    def _id(self, record: ClaimRef) -> str:
        return record.id

    def _card(self, record: ClaimRef) -> Card:
        return ref_card(record)


class MergeSuggestionsModel(_RecordsModel[MergeSuggestion]):
    """Pairs of claimants that are probably one."""

    def _text(self, record: MergeSuggestion) -> str:
        return translate("TrackingModels", "Merge “{other}” into “{keep}”").format(
            other=record.other, keep=record.keep
        )

    def _tip(self, record: MergeSuggestion) -> str:
        return translate("TrackingModels", "Why: {reason}").format(reason=localized(record.reason))

    def _card(self, record: MergeSuggestion) -> Card:
        return Card(None, self._text(record), "", note=localized(record.reason))


class TimelineModel(_RecordsModel[TimelineEntry]):
    """A claim thread in order of article date (the order the desk gives)."""

    def _text(self, record: TimelineEntry) -> str:
        ref = record.claim
        return f"{short_date(ref.published)} · {role_label(record.role)} · {ref_line(ref)}"

    def _id(self, record: TimelineEntry) -> str:
        return record.claim.id


# Counts
LABEL, CLAIMS, DENIALS, TOTAL = range(4)
_COUNT_HEADERS = (
    tr_noop("TrackingModels", "label"),
    tr_noop("TrackingModels", "claims"),
    tr_noop("TrackingModels", "denials"),
    tr_noop("TrackingModels", "total"),
)


class CountsModel(QAbstractTableModel):
    """One chart's data: a label per row with its claims, denials and total."""

    def __init__(self, field: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.field = field  # the search field a click on a bar filters by
        self._counts: list[Count] = []

    def set_counts(self, counts: Sequence[Count]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._counts = list(counts)
        self.endResetModel()

    def counts(self) -> list[Count]:
        """The rows."""
        return list(self._counts)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of labels."""
        return 0 if parent.isValid() else len(self._counts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Label, claims, denials, total."""
        return 0 if parent.isValid() else len(_COUNT_HEADERS)

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> object:
        """The label or a number; numbers right-aligned."""
        if not index.isValid() or not 0 <= index.row() < len(self._counts):
            return None
        count = self._counts[index.row()]
        column = index.column()
        if role == ITEM_ROLE:
            return count
        if role == _ALIGN and column != LABEL:
            return _NUMBER_ALIGN
        if role == _DISPLAY:
            values: tuple[str | int, ...] = (count.label, count.claims, count.denials, count.total)
            return values[column] if 0 <= column < len(values) else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> object:
        """Column names."""
        if (
            role == _DISPLAY
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(_COUNT_HEADERS)
        ):
            return translate(_CONTEXT, _COUNT_HEADERS[section])
        return None


# Claimants
NAME, CLAIMANT_CLAIMS, CLAIMANT_DENIALS, ALIASES = range(4)
_CLAIMANT_HEADERS = (
    tr_noop("TrackingModels", "Claimant"),
    tr_noop("TrackingModels", "Claims"),
    tr_noop("TrackingModels", "Denials"),
    tr_noop("TrackingModels", "Aliases"),
)


class ClaimantsTableModel(QAbstractTableModel):
    """The claimant registry with counts, for a sortable table."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._claimants: list[ClaimantView] = []

    def set_claimants(self, claimants: Sequence[ClaimantView]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._claimants = list(claimants)
        self.endResetModel()

    def claimant(self, row: int) -> ClaimantView | None:
        """The claimant of ``row``."""
        return self._claimants[row] if 0 <= row < len(self._claimants) else None

    def row_of(self, name: str) -> int | None:
        """The row of the claimant called ``name``."""
        return next((i for i, c in enumerate(self._claimants) if c.name == name), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of claimants."""
        return 0 if parent.isValid() else len(self._claimants)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Name, claims, denials, aliases."""
        return 0 if parent.isValid() else len(_CLAIMANT_HEADERS)

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> object:
        """Names and counts; counts sort as numbers (``UserRole``)."""
        if not index.isValid() or not 0 <= index.row() < len(self._claimants):
            return None
        claimant = self._claimants[index.row()]
        column = index.column()
        if role == ITEM_ROLE:
            return claimant
        if role == ID_ROLE:
            return claimant.name
        if role == _ALIGN and column in (CLAIMANT_CLAIMS, CLAIMANT_DENIALS):
            return _NUMBER_ALIGN
        if role == _TIP and column == ALIASES and claimant.aliases:
            return translate("TrackingModels", "Also called: {aliases}").format(
                aliases=", ".join(claimant.aliases)
            )
        if role in (_DISPLAY, Qt.ItemDataRole.UserRole):
            sort = role == Qt.ItemDataRole.UserRole
            if column == NAME:
                return claimant.name.casefold() if sort else claimant.name
            if column == CLAIMANT_CLAIMS:
                return claimant.claims
            if column == CLAIMANT_DENIALS:
                return claimant.denials
            if column == ALIASES:
                return len(claimant.aliases) if sort else ", ".join(claimant.aliases)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> object:
        """Column names."""
        if (
            role == _DISPLAY
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(_CLAIMANT_HEADERS)
        ):
            return translate(_CONTEXT, _CLAIMANT_HEADERS[section])
        return None


# Contested claims
CONTESTED_CLAIM, CONTESTED_HOW, CONTESTED_ANSWER = range(3)
_CONTESTED_HEADERS = (
    tr_noop("TrackingModels", "Claim"),
    "",
    tr_noop("TrackingModels", "Answered by"),
)


@dataclass(frozen=True, slots=True)
class ContestedPair:
    """One row of the contested view: a claim and one answer; ``first`` starts its group."""

    claim: ClaimRef
    answer: Answer
    first: bool
    group_size: int


def contested_pairs(rows: Sequence[ContestedClaim]) -> list[ContestedPair]:
    """Flatten claims with their answers into side-by-side rows."""
    pairs: list[ContestedPair] = []
    for row in rows:
        for i, answer in enumerate(row.answers):
            pairs.append(ContestedPair(row.claim, answer, i == 0, len(row.answers)))
    return pairs


class ContestedModel(QAbstractTableModel):
    """Claims (left) next to the denials and contradictions that answer them (right)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pairs: list[ContestedPair] = []

    def set_contested(self, rows: Sequence[ContestedClaim]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._pairs = contested_pairs(rows)
        self.endResetModel()

    def pairs(self) -> list[ContestedPair]:
        """The rows."""
        return list(self._pairs)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per (claim, answer)."""
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Claim, how, answer."""
        return 0 if parent.isValid() else len(_CONTESTED_HEADERS)

    def data(self, index: ModelIndex, role: int = _DISPLAY) -> object:
        """The claim or the answer of the row, as text or as a :class:`ClaimRef`."""
        if not index.isValid() or not 0 <= index.row() < len(self._pairs):
            return None
        pair = self._pairs[index.row()]
        column = index.column()
        ref = pair.answer.claim if column == CONTESTED_ANSWER else pair.claim
        if role == ITEM_ROLE:
            return pair.answer.type.value if column == CONTESTED_HOW else ref
        if role == ID_ROLE:
            return None if column == CONTESTED_HOW else ref.id
        if role == CARD_ROLE and column != CONTESTED_HOW:
            return ref_card(ref)
        if role == _ALIGN and column == CONTESTED_HOW:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == _DISPLAY:
            if column == CONTESTED_HOW:
                return passive_phrase(pair.answer.type)
            return ref_line(ref)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> object:
        """Column names."""
        if (
            role == _DISPLAY
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(_CONTESTED_HEADERS)
        ):
            header = _CONTESTED_HEADERS[section]
            return translate(_CONTEXT, header) if header else ""
        return None
