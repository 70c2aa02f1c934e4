"""How a normalised date reads in the window: ``2014 (year)``, ``2023-09, end (month)``."""

from __future__ import annotations

from claimdesk.core.model import DateMention

# TimeML modifiers as a reader says them.
_MODS = {
    "START": "start",
    "MID": "middle",
    "END": "end",
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "APPROX": "about",
}


def date_label(date: DateMention) -> str:
    """``2014 (year)``; a modifier follows the value: ``2023-09, end (month)``."""
    mod = f", {_MODS.get(date.mod.upper(), date.mod.lower())}" if date.mod else ""
    return f"{date.value}{mod} ({date.granularity})"


def date_lines(dates: tuple[DateMention, ...]) -> str:
    """One label a line, the words of the text after it when they say more than the value."""
    lines = []
    for date in dates:
        label = date_label(date)
        lines.append(label if date.text == date.value else f"{label} — “{date.text}”")
    return "\n".join(lines) if lines else "—"
