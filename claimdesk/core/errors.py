"""Errors a user can act on. Each message is one line: what is wrong and what to do.

An error is raised with its message's English template and the template's fields,
``InputRefused("{name} is empty: there is no text to import.", name=name)``: the template is
the message's id in :mod:`claimdesk.core.messages`, which writes it in the window's language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimdesk.core.messages import Message, localized

if TYPE_CHECKING:
    import datetime as dt

    from claimdesk.core.model import ClaimChanges, ClaimView


class ClaimDeskError(Exception):
    """Base of every error ClaimDesk reports to a person instead of a traceback.

    ``str(error)`` is the English line (logs, the command line); :attr:`message` is the line in
    the language messages are written in (the window's).
    """

    def __init__(self, message: str, /, **params: object) -> None:
        if params or not isinstance(message, Message):
            message = Message(message, **params)
        super().__init__(message)

    @property
    def message(self) -> str:
        """The one-line reason shown to the user, in the current message language."""
        return localized(self.args[0])

    @property
    def template(self) -> str:
        """The message's English template: its id in the catalogues."""
        first = self.args[0]
        return first.template if isinstance(first, Message) else str(first)


class InputRefused(ClaimDeskError):
    """The input (a file, a quote, an id, a value) cannot be used; nothing was changed."""


class NotFound(InputRefused):
    """An article, claim or claimant named by the user does not exist."""


class LibraryError(ClaimDeskError):
    """The library cannot be opened or written."""


class DatabaseUnreachable(LibraryError):
    """The team database cannot be reached: nothing was written; what is loaded stays readable."""


class EditConflict(ClaimDeskError):
    """Someone else saved a claim after this edit's author read it; nothing was saved.

    ``current`` is the claim as it is now (its ``version`` is the one to give when saving
    again), ``changed_by`` and ``changed_at`` say who made the other change and when, and
    ``attempted`` is the edit that was refused, so that it can be shown and applied again.
    """

    def __init__(
        self,
        message: str,
        /,
        *,
        current: ClaimView,
        changed_by: str,
        changed_at: dt.datetime,
        attempted: ClaimChanges,
        **params: object,
    ) -> None:
        super().__init__(message, **params)
        self.current = current
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.attempted = attempted
