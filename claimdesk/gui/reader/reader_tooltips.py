"""Tooltip texts of the reader: a claim, a suggestion, a date expression."""

from __future__ import annotations

import html

from claimdesk.core.model import ClaimKind, ClaimView, DateMention, Suggestion
from claimdesk.gui.common.date_text import date_label
from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.gui.common.labels import label, not_rated

# Whole sentences per kind, with and without a claimant (word order differs by language).
_SUGGESTED = {
    (ClaimKind.CLAIM, True): tr_noop(
        "ReaderTooltips",
        'Suggested claim by {claimant} (cue: "{cue}", {percent}%) — Enter accepts, X dismisses',
    ),
    (ClaimKind.CLAIM, False): tr_noop(
        "ReaderTooltips", 'Suggested claim (cue: "{cue}", {percent}%) — Enter accepts, X dismisses'
    ),
    (ClaimKind.DENIAL, True): tr_noop(
        "ReaderTooltips",
        'Suggested denial by {claimant} (cue: "{cue}", {percent}%) — Enter accepts, X dismisses',
    ),
    (ClaimKind.DENIAL, False): tr_noop(
        "ReaderTooltips", 'Suggested denial (cue: "{cue}", {percent}%) — Enter accepts, X dismisses'
    ),
}


def claim_tooltip(claim: ClaimView) -> str:
    """Rich text for a claim's tooltip."""
    quote = claim.quote if len(claim.quote) <= 160 else claim.quote[:157] + "…"
    rows = [
        f"<b>{html.escape(label(claim.kind).capitalize())}</b>",
        html.escape(
            translate("ReaderTooltips", "claimant: {name}").format(name=claim.claimant or "—")
        ),
        html.escape(
            translate("ReaderTooltips", "verdict: {verdict}").format(
                verdict=label(claim.verdict, not_rated())
            )
        ),
        f"<i>“{html.escape(quote)}”</i>",
    ]
    return "<p style='white-space:pre-wrap'>" + "<br>".join(rows) + "</p>"


def suggestion_text(suggestion: Suggestion) -> str:
    """``Suggested denial by Russia (cue: "Ha negato", 82%) — Enter accepts, X dismisses``."""
    text = translate("ReaderTooltips", _SUGGESTED[suggestion.kind, bool(suggestion.claimant)])
    percent = round(suggestion.confidence * 100)
    return text.format(claimant=suggestion.claimant, cue=suggestion.cue, percent=percent)


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
