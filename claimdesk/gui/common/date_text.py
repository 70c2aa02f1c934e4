"""How a normalised date reads in the window: ``2014 (year)``, ``2023-09, end (month)``.

The value stays the TimeML value the desk stores; the modifier and granularity words are in
the UI language.
"""

from __future__ import annotations

from claimdesk.core.model import DateMention
from claimdesk.gui.common.i18n import tr_noop, translate

_CONTEXT = "DateText"
# TimeML modifiers as a reader says them.
_MODS = {
    "START": tr_noop("DateText", "start"),
    "MID": tr_noop("DateText", "middle"),
    "END": tr_noop("DateText", "end"),
    "BEFORE": tr_noop("DateText", "before"),
    "AFTER": tr_noop("DateText", "after"),
    "ON_OR_BEFORE": tr_noop("DateText", "on or before"),
    "ON_OR_AFTER": tr_noop("DateText", "on or after"),
    "APPROX": tr_noop("DateText", "about"),
}
# The granularities the date finder gives.
_GRAINS = {
    "century": tr_noop("DateText", "century"),
    "decade": tr_noop("DateText", "decade"),
    "year": tr_noop("DateText", "year"),
    "season": tr_noop("DateText", "season"),
    "quarter": tr_noop("DateText", "quarter"),
    "month": tr_noop("DateText", "month"),
    "week": tr_noop("DateText", "week"),
    "day": tr_noop("DateText", "day"),
    "reference": tr_noop("DateText", "reference"),
}


def date_label(date: DateMention) -> str:
    """``2014 (year)``; a modifier follows the value: ``2023-09, end (month)``."""
    grain = _GRAINS.get(date.granularity)
    granularity = translate(_CONTEXT, grain) if grain else date.granularity
    if not date.mod:
        return translate("DateText", "{value} ({granularity})").format(
            value=date.value, granularity=granularity
        )
    mod = _MODS.get(date.mod.upper())
    modifier = translate(_CONTEXT, mod) if mod else date.mod.lower()
    return translate("DateText", "{value}, {modifier} ({granularity})").format(
        value=date.value, modifier=modifier, granularity=granularity
    )


def date_lines(dates: tuple[DateMention, ...]) -> str:
    """One label a line, the words of the text after it when they say more than the value."""
    lines = []
    for date in dates:
        label = date_label(date)
        lines.append(label if date.text == date.value else f"{label} — “{date.text}”")
    return "\n".join(lines) if lines else "—"
