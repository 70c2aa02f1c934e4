"""A day typed as text (2023-11-09): what a fact-checker types or pastes is taken whole, and a
text that is not a date says so instead of leaving another day in its place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget

from claimdesk.gui.common.i18n import translate


class DateField(QLineEdit):
    """A ``YYYY-MM-DD`` day; empty means no day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("DateField", "YYYY-MM-DD"))
        self.setMaxLength(10)

    def set_day(self, day: dt.date | None) -> None:
        """Show ``day`` (None: empty)."""
        self.setText(day.isoformat() if day is not None else "")

    def day(self) -> dt.date | None:
        """The day typed, or None when the field is empty or holds no date (see
        :meth:`problem`)."""
        text = self.text().strip()
        try:
            return dt.date.fromisoformat(text) if text else None
        except ValueError:
            return None

    def problem(self) -> str | None:
        """Why the text is no day, in one line; None when it is one (or empty)."""
        text = self.text().strip()
        if text and self.day() is None:
            return translate(
                "DateField", "{text} is not a date: write it as year-month-day, 2023-11-09."
            ).format(text=repr(text))
        return None
