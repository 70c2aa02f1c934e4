"""What the core says to a person, in English or in the language of the window showing it.

A :class:`Message` is an English template with named fields
(``"{name} is empty: there is no text to import."``) and the values of those fields. The
template is the message's id, as in gettext and in Qt's own catalogues: the Italian of every
template the core uses is in :mod:`claimdesk.core.messages.italian`, and a test reads the
core's source to check that none is missing. A message is a ``str`` holding its English text,
so that logs, the command line, JSON output and the code that compares messages see English;
:meth:`Message.text` (or :func:`localized`) gives it in another language, by default the one
the window chose with :func:`set_language`. The command line never calls it and stays in
English.

A field's value may itself be a message (a fragment such as "a Word document"): it is
written in the same language as the message around it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from claimdesk.core.messages.italian import MESSAGES as _ITALIAN

SOURCE_LANGUAGE = "en"
_CATALOGUES: dict[str, Mapping[str, str]] = {"it": _ITALIAN}
LANGUAGES = (SOURCE_LANGUAGE, *_CATALOGUES)
_current = SOURCE_LANGUAGE


def set_language(language: str) -> None:
    """Write messages in ``language`` from now on (one we have no catalogue for: English)."""
    global _current
    _current = language if language in _CATALOGUES else SOURCE_LANGUAGE


def current_language() -> str:
    """The language messages are written in (``en`` unless :func:`set_language` changed it)."""
    return _current


def catalogue(language: str) -> Mapping[str, str]:
    """The templates of ``language`` by their English template (empty for English)."""
    return _CATALOGUES.get(language, {})


def _clean(template: str) -> str:
    # A message is one line, however its source was wrapped.
    return " ".join(template.split()) if "\n" in template else template


def _render(template: str, params: Mapping[str, object], language: str) -> str:
    text = catalogue(language).get(template, template)
    if not params:
        return text
    values = {
        key: value.text(language) if isinstance(value, Message) else value
        for key, value in params.items()
    }
    return text.format(**values)


class Message(str):
    """A message's English text, carrying its template and fields to write it in another
    language; ``Message(template, name=...)``."""

    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, /, **params: object) -> Message:
        template = _clean(template)
        self = super().__new__(cls, _render(template, params, SOURCE_LANGUAGE))
        self.template = template
        self.params = params
        return self

    def text(self, language: str | None = None) -> str:
        """The message in ``language`` (the current language when None)."""
        return _render(self.template, self.params, language or _current)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, dict(self.params)))


def _rebuild(template: str, params: dict[str, object]) -> Message:
    return Message(template, **params)


def joined(separator: str, parts: Iterable[str]) -> Message:
    """``parts`` one after the other with ``separator`` between them, each part written in
    the language the whole is asked in (a reason made of several)."""
    fields = {f"part{i}": part for i, part in enumerate(parts)}
    return Message(separator.join("{" + name + "}" for name in fields), **fields)


def localized(text: str, language: str | None = None) -> str:
    """``text`` in ``language`` (the current one when None) when it is a :class:`Message`;
    any other string as it is."""
    return text.text(language) if isinstance(text, Message) else text
