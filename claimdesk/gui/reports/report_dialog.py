"""The report dialog: scope, what each claim shows, a live preview, then the format.

The preview is the HTML report itself (the same template the HTML and PDF files use), built
on the worker and shown in a text browser that loads nothing: no scripts (Qt's rich text has
none), no images, no remote or local files, and links only move within the preview.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.exporters.html import render_html
from claimdesk.core.exporters.labels import LANGUAGE_NAMES, REPORT_LANGUAGES
from claimdesk.core.model import ArticleView
from claimdesk.gui.common.i18n import current_language, tr_noop, translate
from claimdesk.gui.common.wording import plural
from claimdesk.gui.ops.ops import Ops
from claimdesk.gui.reports.report_formats import (
    DEFAULT_FORMAT,
    REPORT_FORMATS,
    fonts_message,
    format_name,
    format_use,
    suffix_of,
)
from claimdesk.gui.reports.report_scope import (
    ReportChoices,
    ReportIncludes,
    ReportRequest,
    build_scoped_report,
    preview_report,
    report_choices,
)
from claimdesk.render.fonts import REPORT_FAMILY, missing_scripts

PREVIEW_DELAY_MS = 200
# Formats written for programs, in no reader's language.
INTERCHANGE_FORMATS = ("claimreview", "webannotation")
# (field of ReportIncludes, label): parts the dialog can leave out.
OPTIONAL_PARTS = (
    ("dates", tr_noop("ReportDialog", "Dates the claims mention")),
    ("explanation", tr_noop("ReportDialog", "Verdict explanations")),
    ("evidence", tr_noop("ReportDialog", "Evidence")),
    ("notes", tr_noop("ReportDialog", "Notes")),
    ("links", tr_noop("ReportDialog", "Links, with each denial under the claim it answers")),
)
# Parts every report holds: shown, checked and fixed, so nobody wonders where they went.
FIXED_PARTS = (
    tr_noop("ReportDialog", "Each quote in its context sentences"),
    tr_noop("ReportDialog", "Claimant, kind, verdict and status"),
    tr_noop("ReportDialog", "Summary of counts by kind, verdict and claimant"),
)
_CONTEXT = "ReportDialog"


def _sentence(text: str) -> str:
    """``text`` with a capital first letter."""
    return text[:1].upper() + text[1:]


def _field_value(query: str, field: str) -> str | None:
    """The value of the first ``field:value`` (or ``field:"two words"``) in ``query``."""
    found = re.search(rf'(?<!\S){field}:(?:"([^"]+)"|(\S+))', query, re.IGNORECASE)
    return (found.group(1) or found.group(2)) if found else None


class PreviewBrowser(QTextBrowser):
    """A text browser that never loads a resource: the report is shown from its text alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Nothing is fetched: no images, style sheets or pages, local or remote."""
        return None

    def _follow(self, url: QUrl) -> None:
        # Only in-report anchors (#claim-3) move the view; web links stay inert.
        if url.hasFragment() and not url.scheme():
            self.scrollToAnchor(url.fragment())


class ReportDialog(QDialog):
    """Choose a report's scope, parts and format while its preview follows every change."""

    preview_ready = Signal()

    def __init__(
        self,
        ops: Ops,
        article: ArticleView | None,
        query: str | None = None,
        *,
        scope: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReportDialog", "Report"))
        self._ops = ops
        self._article = article
        self._query = (query or "").strip()
        self._preview_seq = 0
        self._shown_seq = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self._build_scope())
        left_layout.addWidget(self._build_parts())
        left_layout.addWidget(self._build_formats(), 1)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        heading = QHBoxLayout()
        title = QLabel(translate("ReportDialog", "PREVIEW"), right)
        title.setObjectName("paneHeading")
        self.preview_status = QLabel("", right)
        self.preview_status.setObjectName("mutedText")
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.preview_status)
        self.preview = PreviewBrowser(right)
        self.preview.setObjectName("reportPreview")
        # The report's type sizes are for a page; one step down reads better in a pane.
        self.preview.zoomOut(1)
        right_layout.addLayout(heading)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 700])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(translate("ReportDialog", "Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.setStyleSheet("QListWidget#reportFormats::item { padding: 3px 2px; }")
        if parent is not None:
            room = parent.window().size()
            self.resize(min(1180, room.width() - 60), min(800, room.height() - 60))
        self._choose_initial_scope(scope)
        self._connect_changes()
        self._ops.run(report_choices, self._set_choices, on_error=self._show_error)

    # Construction
    def _build_scope(self) -> QGroupBox:
        box = QGroupBox(translate("ReportDialog", "Scope"), self)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        self.scope_group = QButtonGroup(self)
        article = self._article
        self.this_article = QRadioButton(
            translate("ReportDialog", "This article: {title}").format(title=article.title)
            if article
            else translate("ReportDialog", "This article (none is open)"),
            box,
        )
        self.this_article.setEnabled(article is not None)
        self.this_article.setToolTip(
            article.title if article else translate("ReportDialog", "Open an article first")
        )
        query = self._query
        self.search_scope = QRadioButton(
            translate("ReportDialog", "Claims of the search: {query}").format(query=query)
            if query
            else translate("ReportDialog", "Claims of a search (none is active)"),
            box,
        )
        self.search_scope.setEnabled(bool(query))
        self.search_scope.setToolTip(
            query or translate("ReportDialog", "Type a search in the toolbar first")
        )
        self.claimant_scope = QRadioButton(translate("ReportDialog", "Claimant:"), box)
        self.claimant_combo = QComboBox(box)
        self.claimant_combo.setEditable(False)
        self.tag_scope = QRadioButton(translate("ReportDialog", "Tag:"), box)
        self.tag_combo = QComboBox(box)
        self.library_scope = QRadioButton(
            translate("ReportDialog", "All claims in the library"), box
        )
        for button in (
            self.this_article,
            self.search_scope,
            self.claimant_scope,
            self.tag_scope,
            self.library_scope,
        ):
            self.scope_group.addButton(button)
        # Until the worker says which claimants and tags exist.
        for widget in (self.claimant_scope, self.claimant_combo, self.tag_scope, self.tag_combo):
            widget.setEnabled(False)
        grid.addWidget(self.this_article, 0, 0, 1, 2)
        grid.addWidget(self.search_scope, 1, 0, 1, 2)
        grid.addWidget(self.claimant_scope, 2, 0)
        grid.addWidget(self.claimant_combo, 2, 1)
        grid.addWidget(self.tag_scope, 3, 0)
        grid.addWidget(self.tag_combo, 3, 1)
        grid.addWidget(self.library_scope, 4, 0, 1, 2)
        return box

    def _build_parts(self) -> QGroupBox:
        box = QGroupBox(translate("ReportDialog", "Each claim shows"), self)
        layout = QVBoxLayout(box)
        layout.setSpacing(2)
        for text in FIXED_PARTS:
            fixed = QCheckBox(translate(_CONTEXT, text), box)
            fixed.setChecked(True)
            fixed.setEnabled(False)
            fixed.setToolTip(translate("ReportDialog", "Always part of a report"))
            layout.addWidget(fixed)
        self.part_boxes: dict[str, QCheckBox] = {}
        for name, text in OPTIONAL_PARTS:
            check = QCheckBox(translate(_CONTEXT, text), box)
            check.setChecked(True)
            self.part_boxes[name] = check
            layout.addWidget(check)
        return box

    def _build_formats(self) -> QGroupBox:
        box = QGroupBox(translate("ReportDialog", "Format"), self)
        layout = QVBoxLayout(box)
        # The reader's language, for every label and date of the report (not the article's).
        language_row = QHBoxLayout()
        language_label = QLabel(translate("ReportDialog", "&Language of the report:"), box)
        self.language_combo = QComboBox(box)
        self.language_combo.setObjectName("reportLanguage")
        for code in REPORT_LANGUAGES:
            # Each language in its own words, as language menus show them.
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        shown = current_language()
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(shown)))
        self.language_combo.setToolTip(
            translate(
                "ReportDialog",
                "The words, dates and column headers of the report; quotes stay as written",
            )
        )
        language_label.setBuddy(self.language_combo)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language_combo, 1)
        layout.addLayout(language_row)
        self.format_list = QListWidget(box)
        self.format_list.setObjectName("reportFormats")
        for fmt in (row[0] for row in REPORT_FORMATS):
            item = QListWidgetItem(f"{format_name(fmt)}  (.{suffix_of(fmt)})", self.format_list)
            item.setData(Qt.ItemDataRole.UserRole, fmt)
            item.setToolTip(_sentence(format_use(fmt)))
        self.format_list.setCurrentRow(self._row_of(DEFAULT_FORMAT))
        self.format_use = QLabel("", box)
        self.format_use.setObjectName("mutedText")
        self.format_use.setWordWrap(True)
        self.format_list.currentRowChanged.connect(lambda _: self._show_use())
        self.format_list.itemDoubleClicked.connect(lambda _: self.accept())
        # Said before the file is written: a PDF draws only what this machine's fonts hold.
        self.font_notice = QLabel("", box)
        self.font_notice.setObjectName("warningText")
        self.font_notice.setWordWrap(True)
        self.font_notice.hide()
        layout.addWidget(self.format_list, 1)
        layout.addWidget(self.format_use)
        layout.addWidget(self.font_notice)
        self._show_use()
        return box

    def _choose_initial_scope(self, scope: str | None) -> None:
        wanted = {
            "article": self.this_article,
            "search": self.search_scope,
            "library": self.library_scope,
        }.get(scope or "")
        if wanted is None or not wanted.isEnabled():
            wanted = self.this_article if self._article is not None else None
            wanted = wanted or (self.search_scope if self._query else self.library_scope)
        wanted.setChecked(True)

    def _connect_changes(self) -> None:
        self.scope_group.buttonToggled.connect(self._on_scope)
        self.claimant_combo.currentIndexChanged.connect(
            lambda _: self._on_combo(self.claimant_scope)
        )
        self.tag_combo.currentIndexChanged.connect(lambda _: self._on_combo(self.tag_scope))
        for check in self.part_boxes.values():
            check.toggled.connect(lambda _: self.schedule_preview())
        self.language_combo.currentIndexChanged.connect(lambda _: self.schedule_preview())

    # State
    def request(self) -> ReportRequest:
        """The report as chosen now."""
        includes = ReportIncludes(**{n: c.isChecked() for n, c in self.part_boxes.items()})
        language = self.language()
        if self.this_article.isChecked() and self._article is not None:
            return ReportRequest("article", self._article.id, includes, language)
        if self.search_scope.isChecked():
            return ReportRequest("search", self._query, includes, language)
        if self.claimant_scope.isChecked():
            return ReportRequest("claimant", self.claimant_combo.currentText(), includes, language)
        if self.tag_scope.isChecked():
            return ReportRequest("tag", self.tag_combo.currentText(), includes, language)
        return ReportRequest("library", None, includes, language)

    def language(self) -> str:
        """The reader's language chosen: ``en`` or ``it``."""
        return str(self.language_combo.currentData())

    def set_language(self, language: str) -> None:
        """Write the report in ``language`` (``en``, ``it``)."""
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

    def fmt(self) -> str:
        """The chosen format, e.g. ``md``, ``pdf`` or ``claimreview``."""
        item = self.format_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else DEFAULT_FORMAT

    def set_fmt(self, fmt: str) -> None:
        """Choose the format ``fmt``."""
        self.format_list.setCurrentRow(self._row_of(fmt))

    def choose_claimant(self, name: str) -> None:
        """Scope the report to ``name``'s claims (once the claimants are known)."""
        index = self.claimant_combo.findText(name, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.claimant_combo.setCurrentIndex(index)
            self.claimant_scope.setChecked(True)

    def choose_scope(self, kind: str) -> None:
        """Check the scope ``article``, ``search``, ``claimant``, ``tag`` or ``library``."""
        button = {
            "article": self.this_article,
            "search": self.search_scope,
            "claimant": self.claimant_scope,
            "tag": self.tag_scope,
            "library": self.library_scope,
        }[kind]
        if button.isEnabled():
            button.setChecked(True)

    def is_previewing(self) -> bool:
        """True while a preview is waiting to be built or shown."""
        return self._timer.isActive() or self._preview_seq != self._shown_seq

    def sizeHint(self) -> QSize:
        """Wide enough for the preview to read like the page it will become."""
        return QSize(1120, 760)

    # Preview
    def schedule_preview(self) -> None:
        """Rebuild the preview once the choices stop changing."""
        self._timer.start()

    def refresh_preview(self) -> None:
        """Build the preview now, on the worker; an older answer arriving late is dropped."""
        self._timer.stop()
        self._preview_seq += 1
        seq = self._preview_seq
        request = self.request()
        self.preview_status.setText(translate("ReportDialog", "Updating…"))

        def build(desk: Desk) -> tuple[str, int, int]:
            report, total = preview_report(build_scoped_report(desk, request))
            return render_html(report, request.language), len(report.claims), total

        self._ops.run(
            build,
            lambda result: self._show_preview(seq, *result),
            on_error=lambda error: self._preview_failed(seq, error),
        )

    def _show_preview(self, seq: int, html: str, shown: int, total: int) -> None:
        if seq != self._preview_seq:
            return
        self._shown_seq = seq
        self.preview.setHtml(html)
        if shown < total:
            self.preview_status.setText(
                translate(
                    "ReportDialog",
                    "Showing the first {shown} of {total} claims; the file holds them all",
                ).format(shown=shown, total=total)
            )
        else:
            self.preview_status.setText(
                plural(
                    total, translate("ReportDialog", "claim"), translate("ReportDialog", "claims")
                )
            )
        self.export_button.setEnabled(total > 0)
        self._check_fonts()
        self.preview_ready.emit()

    def _check_fonts(self) -> None:
        """Say, for a PDF, which scripts of the previewed claims no installed font draws."""
        warning = None
        if self.fmt() == "pdf" and self._shown_seq:
            warning = fonts_message(missing_scripts(self.preview.toPlainText(), REPORT_FAMILY))
        self.font_notice.setText(warning or "")
        self.font_notice.setVisible(warning is not None)

    def _preview_failed(self, seq: int, error: ClaimDeskError) -> None:
        if seq != self._preview_seq:
            return
        self._shown_seq = seq
        self.preview.setPlainText(error.message)
        self.preview_status.setText("")
        self.export_button.setEnabled(False)
        self.preview_ready.emit()

    # Choices from the worker
    def _set_choices(self, choices: ReportChoices) -> None:
        for scope, combo, values in (
            (self.claimant_scope, self.claimant_combo, choices.claimants),
            (self.tag_scope, self.tag_combo, choices.tags),
        ):
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItems(list(values))
            combo.blockSignals(blocked)
            scope.setEnabled(bool(values))
            combo.setEnabled(bool(values))
        if not choices.tags:
            self.tag_scope.setText(translate("ReportDialog", "Tag: (no claim is tagged yet)"))
            self.tag_combo.hide()
        # A search on a claimant or tag offers that one first.
        for combo, field in ((self.claimant_combo, "claimant"), (self.tag_combo, "tag")):
            named = _field_value(self._query, field)
            index = combo.findText(named, Qt.MatchFlag.MatchFixedString) if named else -1
            if index >= 0:
                blocked = combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(blocked)
        self.refresh_preview()

    def _on_scope(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.schedule_preview()

    def _on_combo(self, scope: QRadioButton) -> None:
        if scope.isChecked():
            self.schedule_preview()
        else:
            scope.setChecked(True)

    def _show_error(self, error: ClaimDeskError) -> None:
        self.preview.setPlainText(error.message)

    def _show_use(self) -> None:
        row = self.format_list.currentRow()
        if 0 <= row < len(REPORT_FORMATS):
            use = format_use(REPORT_FORMATS[row][0])
            self.format_use.setText(_sentence(use) + ".")
        # Interchange files are for programs: their words are the standard's, not a language.
        self.language_combo.setEnabled(self.fmt() not in INTERCHANGE_FORMATS)
        self._check_fonts()

    def _row_of(self, fmt: str) -> int:
        return next((i for i, row in enumerate(REPORT_FORMATS) if row[0] == fmt), 0)
