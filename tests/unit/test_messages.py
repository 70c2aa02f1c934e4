"""The core's messages: each has its Italian, and none is built where the catalogue cannot see it.

The core's source is read (not imported) to find every message it can raise or return: the
first argument of a ClaimDeskError (and subclasses) or of a ``Message``. A message built with
an f-string or ``.format`` would reach the window in English whatever its language, so the
test refuses it.
"""

from __future__ import annotations

import ast
import pickle
import string
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimdesk.core import messages
from claimdesk.core.errors import InputRefused, NotFound
from claimdesk.core.messages import Message, localized
from claimdesk.core.messages import joined as joined_parts
from claimdesk.core.messages.italian import MESSAGES as ITALIAN

ROOT = Path(__file__).resolve().parents[2] / "claimdesk"
SCANNED = ("core", "render", "cli")
ERRORS = frozenset(
    {
        "ClaimDeskError",
        "InputRefused",
        "NotFound",
        "LibraryError",
        "DatabaseUnreachable",
        "EditConflict",
        "Message",
    }
)
# The desk's own files are being rebuilt by another hand; their messages are listed here until
# they raise templates too (the Italian of those templates is in the catalogue already).
NOT_YET: tuple[str, ...] = ()
AWAITING_DESK: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Site:
    path: str
    line: int
    template: str | None  # None: built where the catalogue cannot see it
    source: str


def _callee(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _module_strings(tree: ast.Module) -> dict[str, str]:
    """Module-level names bound to a literal or to ``Message("literal", ...)``."""
    bound: dict[str, str] = {}
    for node in tree.body:
        target, value = None, None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        if not isinstance(target, ast.Name) or value is None:
            continue
        if isinstance(value, ast.Call) and _callee(value) == "Message" and value.args:
            value = value.args[0]
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            bound[target.id] = value.value
    return bound


def _error_classes(trees: list[ast.Module]) -> frozenset[str]:
    """The names of ClaimDeskError and every class derived from it anywhere in the core."""
    names = set(ERRORS)
    grown = True
    while grown:
        grown = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {
                        b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                        for b in node.bases
                    }
                    if bases & names:
                        names.add(node.name)
                        grown = True
    return frozenset(names)


def message_sites() -> list[Site]:
    """Every place the core makes a message for a person."""
    sources = {
        path: path.read_text(encoding="utf-8")
        for folder in SCANNED
        for path in sorted((ROOT / folder).rglob("*.py"))
    }
    errors = _error_classes([ast.parse(source) for source in sources.values()])
    sites = []
    for path, source in sources.items():
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("core/messages/"):
            continue
        tree = ast.parse(source)
        bound = _module_strings(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _callee(node) not in errors or not node.args:
                continue
            first = node.args[0]
            template = None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                template = first.value
            elif isinstance(first, ast.Name) and first.id in bound:
                template = bound[first.id]
            elif isinstance(first, ast.Name | ast.Attribute | ast.Subscript) or (
                isinstance(first, ast.Call)
                and isinstance(first.func, ast.Attribute)
                and first.func.attr == "get"
            ):
                # A message made elsewhere: an error passed on, a parameter, one of a
                # table of messages (whose Message(...) literals are found where they are).
                continue
            text = ast.get_source_segment(source, first) or ""
            sites.append(Site(relative, node.lineno, template, text))
    return sites


def _clean(template: str) -> str:
    return " ".join(template.split()) if "\n" in template else template


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


SITES = message_sites()
USED = {_clean(site.template) for site in SITES if site.template is not None}


def test_the_scan_sees_the_core_messages() -> None:
    # A scan that finds nothing would pass every other test here.
    assert len(USED) > 150
    assert "That text is already marked: select other text, or edit that claim." in USED


def test_no_core_message_is_built_where_the_catalogue_cannot_see_it() -> None:
    built = [
        f"{s.path}:{s.line}: {s.source[:70]}"
        for s in SITES
        if s.template is None and not s.path.startswith(NOT_YET)
    ]
    assert built == [], "give the template and its fields, not an f-string:\n" + "\n".join(built)


def test_every_core_message_has_its_italian_with_the_same_fields() -> None:
    missing = sorted(t for t in USED if t not in ITALIAN)
    assert missing == [], "no Italian for:\n" + "\n".join(missing)
    for english, italian in ITALIAN.items():
        assert _fields(italian) == _fields(english), english
        assert italian.strip() and italian != english, english


def test_the_catalogue_holds_no_message_the_core_no_longer_says() -> None:
    unused = sorted(set(ITALIAN) - USED - AWAITING_DESK)
    assert unused == [], "not used any more:\n" + "\n".join(unused)


def test_a_message_is_english_until_the_window_asks_for_italian() -> None:
    error = NotFound(
        "No claimant named {name!r}: list them with `claimdesk-cli claimants`.", name="Ru"
    )
    assert (
        str(error)
        == error.message
        == ("No claimant named 'Ru': list them with `claimdesk-cli claimants`.")
    )
    messages.set_language("it")
    try:
        assert error.message.startswith("Nessun dichiarante si chiama 'Ru'")
        assert str(error).startswith("No claimant named")  # logs and the command line
        assert isinstance(error, InputRefused)
    finally:
        messages.set_language("en")
    assert error.message.startswith("No claimant named")


def test_fragments_and_joined_reasons_follow_the_language_of_the_whole() -> None:
    kind = Message("a valid Word file")
    error = InputRefused(
        "{name} is not {kind} (corrupt zip): {fix}",
        name="nota.docx",
        kind=kind,
        fix=Message("save it again in its program and import it again."),
    )
    joined = joined_parts("; ", [Message("same claimant"), "plain"])
    assert joined == "same claimant; plain"
    assert ITALIAN["a valid Word file"] in localized(error.args[0], "it")
    assert ITALIAN["a valid Word file"] not in error.message
    assert localized(joined, "it") == f"{ITALIAN['same claimant']}; plain"
    assert localized("any text", "it") == "any text"


def test_a_message_survives_pickling_with_its_template() -> None:
    message = Message("{name} is empty: there is no text to import.", name="a.txt")
    again = pickle.loads(pickle.dumps(message))
    assert again == message and again.template == message.template
    assert again.text("it") == message.text("it") != message


@pytest.mark.parametrize("template", sorted(ITALIAN))
def test_each_italian_template_formats(template: str) -> None:
    values = dict.fromkeys(_fields(template), 1)
    assert Message(template, **values).text("it")
