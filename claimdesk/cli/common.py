"""What every command shares: argument types, output helpers, exit codes."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from claimdesk.core.model import ClaimView

if TYPE_CHECKING:
    from claimdesk.core.desk import Desk

EXIT_REFUSED = 1
EXIT_USAGE = 2

Handler = Callable[["Desk", argparse.Namespace], int]


def date_arg(value: str) -> dt.date:
    """An argument written YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date: write it as YYYY-MM-DD"
        ) from None


def language_arg(value: str) -> str:
    """A two-letter language code."""
    code = value.strip().lower()
    if len(code) != 2 or not code.isalpha():
        raise argparse.ArgumentTypeError(f"{value!r} is not a two-letter language code (it, en)")
    return code


def confidence_arg(value: str) -> float:
    """A suggestion threshold: a number from 0 to 0.95."""
    from claimdesk.core.nlp.threshold import HIGHEST, LOWEST, valid_threshold

    try:
        number: float | None = float(value)
    except ValueError:
        number = None
    if number is None or not valid_threshold(number):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a confidence: write a number from {LOWEST:g} to {HIGHEST:g}"
        )
    return number


def positive_arg(value: str) -> int:
    """A whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return number


def print_json(data: Any) -> None:
    """Write ``data`` as indented UTF-8 JSON on standard output."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def show_result(data: Any, line: str, args: argparse.Namespace) -> int:
    """``data`` as JSON with ``--json``, else ``line``; exit status 0."""
    if args.json:
        print_json(data)
    else:
        print(line)
    return 0


def claim_line(c: ClaimView) -> str:
    """One claim on one line for people."""
    quote = c.quote if len(c.quote) <= 70 else c.quote[:67] + "..."
    who = c.claimant or "?"
    return f"{c.id[:8]}  {c.kind.value:<6}  {who:<20}  {quote!r}"


def on_library(parser: argparse.ArgumentParser, handler: Handler) -> None:
    """Run ``handler(desk, args)`` on the resolved library when this command is chosen."""
    parser.set_defaults(handler=handler)
