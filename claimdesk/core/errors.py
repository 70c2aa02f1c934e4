"""Errors a user can act on. Each message is one line: what is wrong and what to do."""

from __future__ import annotations


class ClaimDeskError(Exception):
    """Base of every error ClaimDesk reports to a person instead of a traceback."""

    def __init__(self, message: str) -> None:
        if "\n" in message:
            message = " ".join(message.split())
        super().__init__(message)

    @property
    def message(self) -> str:
        """The one-line reason shown to the user."""
        return str(self.args[0])


class InputRefused(ClaimDeskError):
    """The input (a file, a quote, an id, a value) cannot be used; nothing was changed."""


class NotFound(InputRefused):
    """An article, claim or claimant named by the user does not exist."""


class LibraryError(ClaimDeskError):
    """The library cannot be opened or written."""
