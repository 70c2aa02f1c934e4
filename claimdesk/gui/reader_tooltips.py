"""Tooltip texts of the reader: a claim, a suggestion, a date expression."""

from __future__ import annotations

import html

from claimdesk.core.model import ClaimView, DateMention, Suggestion
from claimdesk.gui.date_text import date_label
from claimdesk.gui.palette import KIND_LABELS


def claim_tooltip(claim: ClaimView) -> str:
    """Rich text for a claim's tooltip."""
    quote = claim.quote if len(claim.quote) <= 160 else claim.quote[:157] + "…"
    rows = [
        f"<b>{KIND_LABELS[claim.kind]}</b>",
        f"claimant: {html.escape(claim.claimant or '—')}",
        f"verdict: {html.escape(claim.verdict.value if claim.verdict else 'not rated')}",
        f"<i>“{html.escape(quote)}”</i>",
    ]
    return "<p style='white-space:pre-wrap'>" + "<br>".join(rows) + "</p>"


def suggestion_text(suggestion: Suggestion) -> str:
    """``Suggested denial by Russia (cue: "Ha negato", 82%) — Enter accepts, X dismisses``."""
    kind = KIND_LABELS[suggestion.kind].lower()
    by = f" by {suggestion.claimant}" if suggestion.claimant else ""
    percent = round(suggestion.confidence * 100)
    return (
        f'Suggested {kind}{by} (cue: "{suggestion.cue}", {percent}%) — Enter accepts, X dismisses'
    )


def date_text(date: DateMention) -> str:
    """``“nel 2014” = 2014 (year)``: what the words mean as a date."""
    return f"“{date.text}” = {date_label(date)}"


def combined_tooltip(
    claim: ClaimView | None, suggestion: Suggestion | None, date: DateMention | None
) -> str | None:
    """The tooltip at one place in the text: the claim (else the suggestion), then the date."""
    parts: list[str] = []
    if claim is not None:
        parts.append(claim_tooltip(claim))
    elif suggestion is not None:
        parts.append(
            f"<p style='white-space:nowrap'>{html.escape(suggestion_text(suggestion))}</p>"
        )
    if date is not None:
        parts.append(f"<p style='white-space:nowrap'>{html.escape(date_text(date))}</p>")
    return "".join(parts) or None
