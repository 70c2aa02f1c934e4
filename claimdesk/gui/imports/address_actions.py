"""Import from an address: the dialog, the fetch on the worker, Cancel, the outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from claimdesk.core.model import ImportOutcome
from claimdesk.gui.common.i18n import translate
from claimdesk.gui.imports.address_dialog import AddressDialog
from claimdesk.gui.imports.import_controller import ImportSummary

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk
    from claimdesk.gui.ops.context import WindowContext

# The window's action for this command (shell/window_actions.py names it so).


def fetch_and_import(url: str, should_stop: Callable[[], bool]) -> Callable[[Desk], ImportOutcome]:
    """The worker's job: fetch the page, store the article and its snapshot (or nothing)."""

    return lambda desk: desk.import_address(url, should_stop=should_stop)


class AddressActions(QObject):
    """Runs the "Import from address…" dialog; a page imported is reported and opened like a
    file (``on_imported``), a refusal is said in the dialog so the address can be corrected."""

    def __init__(
        self, context: WindowContext, on_imported: Callable[[ImportSummary], None]
    ) -> None:
        super().__init__(context.dialog_parent())
        self._c = context
        self._on_imported = on_imported
        self.dialog: AddressDialog | None = None  # the open dialog (tests drive it)

    def import_address(self) -> None:
        """Ask for an address; Import fetches it on the worker, Cancel stops the fetch."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = AddressDialog(self._c.dialog_parent())
        dialog.fetch_requested.connect(lambda url: self._fetch(dialog, url))
        dialog.rejected.connect(lambda: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _fetch(self, dialog: AddressDialog, url: str) -> None:
        self._c.ops.run(
            fetch_and_import(url, dialog.stop.is_set),
            lambda outcome: self._fetched(dialog, outcome),
            on_error=lambda error: self._fetched(
                dialog, ImportOutcome(path=url, status="refused", error=error.message)
            ),
        )

    def _fetched(self, dialog: AddressDialog, outcome: ImportOutcome) -> None:
        cancelled = dialog.stop.is_set()
        if outcome.status == "refused":
            if not cancelled:
                dialog.fetch_failed(outcome.error or translate("AddressDialog", "refused"))
            else:
                dialog.deleteLater()
            return
        # Stored, even when Cancel came too late to stop it: say so and show it.
        if not cancelled:
            dialog.accept()
            self.dialog = None
        dialog.deleteLater()
        self._on_imported(ImportSummary((outcome,), 1))

    def _closed(self, dialog: AddressDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if not dialog.fetching():
            dialog.deleteLater()
        # else: deleted when the fetch it asked to stop comes back
