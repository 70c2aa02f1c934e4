"""The overview: counts of claims and denials by claimant, kind, verdict and month, as charts.

Every bar is a filter: a click asks for a search (``filter_requested``) with the query that
lists the claims under it, which the window puts in its search box.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.model import ClaimKind, Verdict
from claimdesk.core.model.tracking import Count, Overview
from claimdesk.gui.common import labels
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.common.palette import muted_text
from claimdesk.gui.common.wording import plural
from claimdesk.gui.tracking.charts import MAX_ROWS, BarChart, month_label, paint_stack
from claimdesk.gui.tracking.tracking_models import CountsModel

NO_CLAIMANT = "(no claimant)"
NOT_RATED = "not rated"
UNDATED = "undated"
FIELDS = ("claimant", "kind", "verdict", "month")


def _quoted(value: str) -> str:
    return '"' + value.replace('"', " ") + '"'


def filter_query(field: str, label: str, others: list[str] | None = None) -> str:
    """The search query listing the claims under one bar.

    ``others``: every label of the chart, needed for the "none" bars (no claimant), which
    the query language can only say as "none of the others".
    """
    if field == "claimant":
        if label == NO_CLAIMANT:
            named = [_quoted(o) for o in others or () if o != NO_CLAIMANT]
            return f"type:claim NOT claimant:({' OR '.join(named)})" if named else "type:claim"
        return f"claimant:{_quoted(label)}"
    if field == "kind":
        return f"kind:{label}"
    if field == "verdict":
        if label == NOT_RATED:
            rated = " OR ".join(_quoted(v.value) for v in Verdict)
            return f"type:claim NOT verdict:({rated})"
        return f"verdict:{_quoted(label)}"
    if field == "month":
        if label == UNDATED:
            return "type:claim NOT published:[1000-01-01 to 9999-12-31]"
        return f"type:claim published:{label}"
    raise ValueError(f"unknown overview field {field!r}")


def shown_label(field: str, label: str) -> str:
    """How a bar's label (the desk's value) reads in the UI language."""
    if field == "claimant" and label == NO_CLAIMANT:
        return translate("OverviewView", "(no claimant)")
    if field == "kind" and label in set(ClaimKind):
        return labels.label(ClaimKind(label))
    if field == "verdict":
        if label == NOT_RATED:
            return labels.not_rated()
        if label in set(Verdict):
            return labels.label(Verdict(label))
    if field == "month":
        return month_label(label)
    return label


class KindLegend(QWidget):
    """Claim (solid) and denial (hatched) swatches as the bars draw them."""

    def sizeHint(self) -> QSize:
        """One line."""
        metrics = self.fontMetrics()
        words = " ".join(labels.kind_plural(kind) for kind in ClaimKind)
        return QSize(metrics.horizontalAdvance(words) + 90, metrics.height() + 6)

    def paintEvent(self, e: QPaintEvent) -> None:
        """Two swatches with their names."""
        painter = QPainter(self)
        metrics = self.fontMetrics()
        x = 0.0
        mid = self.height() / 2
        for kind in (ClaimKind.CLAIM, ClaimKind.DENIAL):
            word = labels.kind_plural(kind)
            sample = Count(word, 1 if kind is ClaimKind.CLAIM else 0, int(kind is ClaimKind.DENIAL))
            paint_stack(painter, QRectF(x, mid - 6, 22, 12), sample, 22, across=True)
            painter.setPen(muted_text(self.palette()))
            painter.drawText(QPointF(x + 28, mid + metrics.ascent() / 2 - 1), word)
            x += 28 + metrics.horizontalAdvance(word) + 18
        painter.end()


class OverviewView(QWidget):
    """Four charts over the whole library; each bar filters the search."""

    filter_requested = Signal(str)  # a search query

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models = {field: CountsModel(field, self) for field in FIELDS}
        titles = {
            "claimant": translate("OverviewView", "By claimant"),
            "verdict": translate("OverviewView", "By verdict"),
            "kind": translate("OverviewView", "By kind"),
            "month": translate("OverviewView", "By month of the article"),
        }
        self.charts = {
            field: BarChart(
                self.models[field],
                titles[field],
                self,
                upright=field == "month",
                max_rows=12 if field == "claimant" else MAX_ROWS,
                display=partial(shown_label, field),
            )
            for field in ("claimant", "verdict", "kind", "month")
        }
        for chart in self.charts.values():
            chart.bar_clicked.connect(self._on_bar)

        self.summary = QLabel(self)
        self.summary.setObjectName("overviewSummary")
        hint = QLabel(
            translate(
                "OverviewView",
                "Click a bar (or choose one with the arrow keys and press Enter) to "
                "search for its claims.",
            ),
            self,
        )
        hint.setObjectName("mutedText")
        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addStretch(1)
        top.addWidget(KindLegend(self))

        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(36)
        grid.setVerticalSpacing(24)
        grid.addWidget(self.charts["claimant"], 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.charts["verdict"], 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.charts["kind"], 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.charts["month"], 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addSpacing(6)
        layout.addWidget(scroll, 1)

    def set_overview(self, overview: Overview) -> None:
        """Show the counts the desk returned."""
        claims = sum(c.claims for c in overview.by_kind)
        denials = sum(c.denials for c in overview.by_kind)
        marked = plural(
            overview.total,
            translate("OverviewView", "marked claim"),
            translate("OverviewView", "marked claims"),
        )
        self.summary.setText(
            translate("OverviewView", "<b>{marked}</b> — {claims} and {denials}").format(
                marked=marked,
                claims=plural(
                    claims,
                    translate("OverviewView", "claim"),
                    translate("OverviewView", "claims"),
                ),
                denials=plural(
                    denials,
                    translate("OverviewView", "denial"),
                    translate("OverviewView", "denials"),
                ),
            )
        )
        self.models["claimant"].set_counts(overview.by_claimant)
        self.models["kind"].set_counts(overview.by_kind)
        self.models["verdict"].set_counts(overview.by_verdict)
        self.models["month"].set_counts(overview.by_month)

    def _on_bar(self, field: str, label: str) -> None:
        others = [c.label for c in self.models[field].counts()]
        self.filter_requested.emit(filter_query(field, label, others))
