"""The tracking views in the centre of the window, instead of the reader while they are open.

Tabs: Claimants, Thread timeline, Contested, Overview. Escape (or "Back to reader") returns to
the reading layout, which stays the default.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.tracking.claimants_view import ClaimantsView
from claimdesk.gui.tracking.contested_view import ContestedView
from claimdesk.gui.tracking.overview_view import OverviewView
from claimdesk.gui.tracking.timeline_view import TimelineView

CLAIMANTS, TIMELINE, CONTESTED, OVERVIEW = range(4)
TAB_NAMES = (
    tr_noop("TrackingPane", "Claimants"),
    tr_noop("TrackingPane", "Thread timeline"),
    tr_noop("TrackingPane", "Contested"),
    tr_noop("TrackingPane", "Overview"),
)


class TrackingPane(QWidget):
    """Tabs over the four tracking views, with a way back to the reader."""

    back_requested = Signal()
    tab_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trackingPane")
        self.claimants = ClaimantsView(self)
        self.timeline = TimelineView(self)
        self.contested = ContestedView(self)
        self.overview = OverviewView(self)
        self.stack = QStackedWidget(self)
        for view in (self.claimants, self.timeline, self.contested, self.overview):
            self.stack.addWidget(view)
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("trackingTabs")
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        for name in TAB_NAMES:
            self.tabs.addTab(translate("TrackingPane", name))
        self.tabs.currentChanged.connect(self._on_tab)
        self.back = QPushButton(translate("TrackingPane", "← Back to reader"), self)
        self.back.setToolTip(translate("TrackingPane", "Return to the article (Esc)"))
        self.back.setFlat(True)
        self.back.clicked.connect(self.back_requested)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)

        bar = QWidget(self)
        bar.setObjectName("trackingBar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(8, 6, 8, 0)
        bar_layout.addWidget(self.tabs)
        bar_layout.addStretch(1)
        bar_layout.addWidget(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.stack, 1)

    def show_tab(self, tab: int) -> None:
        """Bring one view to the front."""
        self.tabs.setCurrentIndex(tab)
        self.stack.setCurrentIndex(tab)

    def current_tab(self) -> int:
        """The view in front."""
        return self.stack.currentIndex()

    def _on_tab(self, tab: int) -> None:
        self.stack.setCurrentIndex(tab)
        self.tab_changed.emit(tab)
