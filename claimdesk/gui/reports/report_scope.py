"""What a report covers and shows, built on the worker from plain desk calls (no widgets here).

The report dialog describes a :class:`ReportRequest`; :func:`build_scoped_report` turns it
into the :class:`ReportInput` every writer takes, so the preview and the file always hold the
same claims. The writers take no options, so the "include" choices that filter data (dates,
explanations, evidence, notes, links) are applied by blanking those fields on copies of the
claims; the rest (context, claimant, verdict, the summary) are always part of a report.

The report itself (title, labels, dates) is in the language the request names, which the
dialog sets to the interface language unless the user picks another; its words come from the
core's catalogue (``claimdesk.core.exporters.labels``), not from Qt's translations, so the
command line writes the same report. The messages refusing a request are in the UI language
(``translate`` is thread-safe).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from claimdesk.core.desk import Desk
from claimdesk.core.errors import InputRefused
from claimdesk.core.exporters import EXPORT_FORMATS, ReportInput
from claimdesk.core.exporters.labels import DEFAULT_LANGUAGE, report_heading
from claimdesk.core.model import ArticleView, ClaimFilter, ClaimView
from claimdesk.gui.common.i18n import tr_noop, translate
from claimdesk.render.fonts import MissingScript

SCOPES = ("article", "search", "claimant", "tag", "library")
# Every match of a search, as the command line's export --query reads it.
ALL_MATCHES = 100_000
# The preview renders rich text on the GUI thread: past this many claims it shows the first
# ones and says so, while the file still holds them all.
PREVIEW_LIMIT = 150


@dataclass(frozen=True, slots=True)
class ReportIncludes:
    """Optional parts of each claim; a False field is left out of the report."""

    dates: bool = True
    explanation: bool = True
    evidence: bool = True
    notes: bool = True
    links: bool = True  # links between claims, and so the denials shown under their claims


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """One report: its scope (``kind`` one of :data:`SCOPES`, ``value`` the article id, query,
    claimant or tag), what each claim shows, and the reader's language (``en``, ``it``)."""

    kind: str
    value: str | None = None
    includes: ReportIncludes = ReportIncludes()
    language: str = DEFAULT_LANGUAGE


@dataclass(frozen=True, slots=True)
class ReportChoices:
    """What the dialog can offer as scopes: the registry's claimants and the tags in use."""

    claimants: tuple[str, ...]
    tags: tuple[str, ...]


def report_choices(desk: Desk) -> ReportChoices:
    """Claimant names (those with claims first is not needed: alphabetical) and claim tags."""
    claimants = sorted(
        (c.name for c in desk.list_claimants() if c.claims + c.denials), key=str.casefold
    )
    tags = sorted({t for c in desk.list_claims() for t in c.tags}, key=str.casefold)
    return ReportChoices(tuple(claimants), tuple(tags))


def build_scoped_report(desk: Desk, request: ReportRequest) -> ReportInput:
    """The report ``request`` asks for, with its includes applied (runs on the worker)."""
    kind, value, language = request.kind, (request.value or "").strip(), request.language
    if kind not in SCOPES:
        raise InputRefused(
            translate("ReportRequest", "Unknown report scope {scope}: use one of {scopes}.").format(
                scope=repr(kind), scopes=", ".join(SCOPES)
            )
        )
    if kind == "library":
        report = desk.build_report(language=language)
    elif not value:
        raise InputRefused(translate("ReportRequest", _CHOOSE[kind]))
    elif kind == "article":
        # Titled by the article, whose metadata follows: no scope line to repeat it.
        report = desk.build_report(article_id=value)
    elif kind == "search":
        found = desk.search(value, ALL_MATCHES)
        ids = [hit.id for hit in found.hits if hit.type == "claim"]
        report = _report_of(desk, ids, report_heading(language, kind, value), keep_order=True)
    elif kind == "claimant":
        claims = desk.list_claims(ClaimFilter(claimant=value))
        report = _report_of(desk, [c.id for c in claims], report_heading(language, kind, value))
    else:
        wanted = value.casefold()
        claims = [c for c in desk.list_claims() if wanted in (t.casefold() for t in c.tags)]
        report = _report_of(desk, [c.id for c in claims], report_heading(language, kind, value))
    return apply_includes(report, request.includes)


# What an empty scope asks for, per scope that needs a value.
_CHOOSE = {
    "article": tr_noop("ReportRequest", "Choose the article the report is about."),
    "search": tr_noop("ReportRequest", "Choose the search the report is about."),
    "claimant": tr_noop("ReportRequest", "Choose the claimant the report is about."),
    "tag": tr_noop("ReportRequest", "Choose the tag the report is about."),
}


def _report_of(
    desk: Desk, claim_ids: Sequence[str], title: str, *, keep_order: bool = False
) -> ReportInput:
    """The claims ``claim_ids`` with their articles: in the order first met when
    ``keep_order`` (a search's ranking), else by publication date."""
    wanted = set(claim_ids)
    order: list[str] = []
    by_claim = {c.id: c.article_id for c in desk.list_claims() if c.id in wanted}
    for claim_id in claim_ids:
        article_id = by_claim.get(claim_id)
        if article_id is not None and article_id not in order:
            order.append(article_id)
    # build_report reads an article without the language tools: cheaper than get_article.
    articles = [desk.build_report(article_id=a).articles[0] for a in order]
    if not keep_order:
        articles.sort(key=_article_key)
    claims = [c for a in articles for c in a.claims if c.id in wanted]
    return ReportInput(
        title=title,
        scope="",
        generated=dt.datetime.now(dt.UTC),
        articles=articles,
        claims=claims,
        scans=desk.files.report_scans(articles),
    )


def _article_key(article: ArticleView) -> tuple[dt.date, str]:
    return (article.published or dt.date.max, article.title.casefold())


def apply_includes(report: ReportInput, includes: ReportIncludes) -> ReportInput:
    """``report`` with the parts ``includes`` leaves out blanked on every claim."""
    if includes == ReportIncludes():
        return report
    claims = [_trim(c, includes) for c in report.claims]
    return replace(report, claims=claims)


def _trim(claim: ClaimView, includes: ReportIncludes) -> ClaimView:
    return replace(
        claim,
        dates=claim.dates if includes.dates else (),
        explanation=claim.explanation if includes.explanation else "",
        evidence=claim.evidence if includes.evidence else (),
        notes=claim.notes if includes.notes else "",
        links=claim.links if includes.links else (),
    )


def preview_report(report: ReportInput) -> tuple[ReportInput, int]:
    """The report cut to :data:`PREVIEW_LIMIT` claims, and how many it holds in all."""
    total = len(report.claims)
    if total <= PREVIEW_LIMIT:
        return report, total
    claims = list(report.claims[:PREVIEW_LIMIT])
    kept = {c.article_id for c in claims}
    return replace(
        report, claims=claims, articles=[a for a in report.articles if a.id in kept]
    ), total


def write_report(
    desk: Desk, request: ReportRequest, fmt: str, path: Path
) -> tuple[int, tuple[MissingScript, ...]]:
    """Build and write the report in ``fmt`` (runs on the worker): the claims written, and the
    scripts of a PDF that no installed font draws (none for the other formats, which the
    reader's own program draws)."""
    report = build_scoped_report(desk, request)
    if fmt == "pdf":
        # Imported here: Qt's PDF machinery is only loaded when someone asks for a PDF.
        from claimdesk.render.pdf import write_pdf

        pdf = write_pdf(report, path, language=request.language)
        return pdf.claims, pdf.missing
    return _write_other(desk, report, fmt, path, request.language), ()


def _write_other(desk: Desk, report: ReportInput, fmt: str, path: Path, language: str) -> int:
    if fmt == "claimreview":
        from claimdesk.core.exporters.claimreview import export_claimreview

        kinds = {c.name: c.kind for c in desk.list_claimants()}
        return export_claimreview(report, path, claimant_kinds=kinds)
    if fmt == "webannotation":
        from claimdesk.core.exporters.webannotation import export_webannotation

        return export_webannotation(report, path)
    writer = EXPORT_FORMATS.get(fmt)
    if writer is None:
        raise InputRefused(
            translate(
                "ReportRequest", "Unknown report format {format}: choose one from the list."
            ).format(format=repr(fmt))
        )
    return writer(report, path, language=language)
