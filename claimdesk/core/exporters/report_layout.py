"""A report laid out as an editor reads it, in the reader's language, as plain unescaped
text: the title once, each article's metadata once, one numbered block per claim, and each
answer (a denial, or any claim that denies or contradicts another) placed under the claim it
answers instead of in text order.

The HTML, Markdown, DOCX and PDF reports share this layout; each escapes the text for its
own format. Every word comes from :mod:`claimdesk.core.exporters.labels`.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimdesk.core.exporters.labels import ReportLabels, report_labels
from claimdesk.core.exporters.report import (
    NO_CLAIMANT,
    NOT_RATED,
    ArticleSection,
    QuoteInContext,
    ReportCounts,
    article_sections,
    count_claims,
    quote_in_context,
)
from claimdesk.core.model import ArticleView, ClaimKind, ClaimView, Evidence, LinkType, Verdict
from claimdesk.core.model.results import ReportInput

# The links that make a claim an answer to another, shown under it.
ANSWERING = (LinkType.DENIES, LinkType.CONTRADICTS)


@dataclass(frozen=True, slots=True)
class LinkLine:
    """One link as a reader sees it: "smentisce" + "l'affermazione 1 (Jens Stoltenberg)".

    ``number`` is the other entry's number in this report, ``None`` when the other claim is
    not part of the report.
    """

    phrase: str
    reference: str
    number: int | None

    @property
    def text(self) -> str:
        """``smentisce l'affermazione 1 (Jens Stoltenberg)``."""
        return f"{self.phrase} {self.reference}"


@dataclass(frozen=True, slots=True)
class EvidenceLine:
    """One source: ``name`` (its title, else its address or citation), ``url`` when it is a
    web address to link, then what else the reader needs (``where``, ``consulted``,
    ``note``)."""

    name: str
    url: str
    where: str
    consulted: str
    note: str


@dataclass(frozen=True, slots=True)
class ReportEntry:
    """One claim or denial with everything a report shows about it, in the report's words."""

    number: int
    label: str
    claim: ClaimView
    context: QuoteInContext
    claimant: str
    verdict: str
    rated: bool
    status: str
    dates: tuple[str, ...]
    evidence: tuple[EvidenceLine, ...]
    links: tuple[LinkLine, ...]
    incoming: tuple[LinkLine, ...]
    # Entries shown under this one (they answer it), and, on such an entry, the link that
    # put it there.
    answers: tuple[ReportEntry, ...]
    answering: LinkLine | None
    # "Nell'articolo: ..." when an answer from another article is shown here.
    elsewhere: str | None
    depth: int
    # The language of the quote's article (for lang="..."), "" when the article is unknown.
    quote_language: str = ""

    @property
    def heading(self) -> str:
        """``Affermazione 1``."""
        return f"{self.label} {self.number}"


@dataclass(frozen=True, slots=True)
class SectionLayout:
    """One article: its title and metadata line, and its entries that answer no other claim
    of the report (with their answers under them)."""

    section: ArticleSection
    title: str
    meta: str
    url: str
    entries: tuple[ReportEntry, ...]
    # Entries of this article shown under the claims they answer, elsewhere in the report.
    moved: tuple[LinkLine, ...]


@dataclass(frozen=True, slots=True)
class ReportLayout:
    """The whole report ready for a renderer.

    ``single`` is true when the report is one article's: its title is then the report's
    title and its metadata line follows it, with no heading of its own.
    """

    report: ReportInput
    labels: ReportLabels
    language: str
    title: str
    scope: str
    written: str
    totals: str
    counts: ReportCounts
    verdicts: tuple[tuple[str, int], ...]
    claimants: tuple[tuple[str, int], ...]
    sections: tuple[SectionLayout, ...]
    single: bool

    def all_entries(self) -> tuple[ReportEntry, ...]:
        """Every entry in reading order, answers after the claim they answer."""
        found: list[ReportEntry] = []

        def walk(entry: ReportEntry) -> None:
            found.append(entry)
            for answer in entry.answers:
                walk(answer)

        for section in self.sections:
            for entry in section.entries:
                walk(entry)
        return tuple(found)


def layout_report(report: ReportInput, language: str | None = None) -> ReportLayout:
    """Number the report's claims in reading order, place the answers and resolve links."""
    labels = report_labels(language)
    sections = article_sections(report)
    ordered = [(claim, s) for s in sections for claim in s.claims]
    by_id = {claim.id: claim for claim, _ in ordered}
    section_of = {claim.id: s for claim, s in ordered}
    parent = _answer_parents([claim for claim, _ in ordered], by_id)

    children: dict[str, list[str]] = {}
    for claim, _ in ordered:
        if claim.id in parent:
            children.setdefault(parent[claim.id], []).append(claim.id)
    # Reading order: section by section, each claim followed by its answers.
    numbers: dict[str, int] = {}

    def number(claim_id: str) -> None:
        numbers[claim_id] = len(numbers) + 1
        for child in children.get(claim_id, ()):
            number(child)

    for claim, _ in ordered:
        if claim.id not in parent:
            number(claim.id)

    def ref(claim: ClaimView) -> str:
        return labels.reference(claim.kind, numbers[claim.id], claim.claimant)

    def ref_by(claim: ClaimView) -> str:
        return labels.reference_by(claim.kind, numbers[claim.id], claim.claimant)

    incoming: dict[str, list[LinkLine]] = {}
    for claim, _ in ordered:
        for link in claim.links:
            if link.target in by_id and parent.get(claim.id) != link.target:
                line = LinkLine(labels.linked(link.type), ref_by(claim), numbers[claim.id])
                incoming.setdefault(link.target, []).append(line)

    def outgoing(claim: ClaimView) -> tuple[LinkLine, ...]:
        lines = []
        for link in claim.links:
            target = by_id.get(link.target)
            if target is not None:
                lines.append(LinkLine(labels.link(link.type), ref(target), numbers[target.id]))
            else:
                lines.append(LinkLine(labels.link(link.type), labels["outside_report"], None))
        return tuple(lines)

    def entry(claim_id: str, depth: int, host: ArticleSection) -> ReportEntry:
        claim = by_id[claim_id]
        own = section_of[claim_id]
        answering = None
        if claim_id in parent:
            target = by_id[parent[claim_id]]
            kind = _answer_type(claim, target.id)
            answering = LinkLine(labels.link(kind), ref(target), numbers[target.id])
        elsewhere = None
        if own.article_id != host.article_id:
            title = own.article.title if own.article else own.article_id
            elsewhere = labels["from_article"].format(title=title)
        return ReportEntry(
            number=numbers[claim_id],
            label=labels.kind(claim.kind),
            claim=claim,
            context=quote_in_context(claim, own.article),
            claimant=claim.claimant or labels["claimant_unknown"],
            verdict=labels.verdict(claim.verdict),
            rated=claim.verdict is not None,
            status=labels.status(claim.status),
            dates=tuple(labels.date_mention(d) for d in claim.dates),
            evidence=tuple(evidence_line(e, labels) for e in claim.evidence),
            links=tuple(line for line in outgoing(claim) if line != answering),
            incoming=tuple(incoming.get(claim_id, ())),
            answers=tuple(entry(child, depth + 1, host) for child in children.get(claim_id, ())),
            answering=answering,
            elsewhere=elsewhere,
            depth=depth,
            quote_language=own.article.language if own.article else "",
        )

    laid_out = []
    for s in sections:
        roots = tuple(entry(c.id, 0, s) for c in s.claims if c.id not in parent)
        moved = tuple(
            LinkLine(labels.link(_answer_type(c, parent[c.id])), ref(c), numbers[c.id])
            for c in s.claims
            if c.id in parent and section_of[_root(c.id, parent)].article_id != s.article_id
        )
        laid_out.append(_section(s, roots, moved, labels))

    counts = count_claims([claim for claim, _ in ordered])
    single = _is_single(report, sections)
    title = report.title.strip()
    scope = report.scope.strip()
    if single or scope == title or scope == f"Article: {title}":
        scope = ""
    return ReportLayout(
        report=report,
        labels=labels,
        language=labels.language,
        title=title,
        scope=scope,
        written=labels["written"].format(when=labels.on_moment(report.generated)),
        totals=_totals(counts, len(sections), labels),
        counts=counts,
        verdicts=tuple((_verdict_name(v, labels), n) for v, n in counts.by_verdict),
        # Most claims first; the claims nobody was named for come last.
        claimants=tuple(
            (labels["claimant_unknown"] if name == NO_CLAIMANT else name, n)
            for name, n in sorted(counts.by_claimant, key=lambda item: item[0] == NO_CLAIMANT)
        ),
        sections=tuple(laid_out),
        single=single,
    )


def _answer_parents(claims: list[ClaimView], by_id: dict[str, ClaimView]) -> dict[str, str]:
    """For each claim that denies or contradicts another claim of the report, the claim it is
    shown under: the first it answers, unless that would put it under itself (A denies B, B
    denies A: the second stays where it is)."""
    parent: dict[str, str] = {}
    for claim in claims:
        for link in claim.links:
            if link.type not in ANSWERING or link.target not in by_id or link.target == claim.id:
                continue
            above: str | None = link.target
            while above is not None and above != claim.id:
                above = parent.get(above)
            if above is None:
                parent[claim.id] = link.target
                break
    return parent


def _root(claim_id: str, parent: dict[str, str]) -> str:
    """The entry at the top of the answers ``claim_id`` is shown among."""
    while claim_id in parent:
        claim_id = parent[claim_id]
    return claim_id


def _answer_type(claim: ClaimView, target: str) -> LinkType:
    """How ``claim`` answers ``target``: denies or contradicts."""
    return next(x.type for x in claim.links if x.target == target and x.type in ANSWERING)


def _section(
    s: ArticleSection,
    entries: tuple[ReportEntry, ...],
    moved: tuple[LinkLine, ...],
    labels: ReportLabels,
) -> SectionLayout:
    article = s.article
    if article is None:
        title = labels["article_missing"].format(id=s.article_id)
        return SectionLayout(s, title, "", "", entries, moved)
    return SectionLayout(
        s, article.title, article_meta(article, labels), article.url or "", entries, moved
    )


def article_meta(article: ArticleView, labels: ReportLabels) -> str:
    """``Reuters · 22 febbraio 2023``: outlet and publication day, each said when unknown."""
    outlet = article.outlet or labels["outlet_unknown"]
    day = labels.day(article.published) if article.published else labels["date_unknown"]
    authors = ", ".join(article.authors)
    return " · ".join(part for part in (outlet, authors, day) if part)


def evidence_line(evidence: Evidence, labels: ReportLabels) -> EvidenceLine:
    """A source as a reader sees it; only an http(s) address becomes a link."""
    url = evidence.source if _is_web(evidence.source) else ""
    name = evidence.title or evidence.source
    where = ""
    if evidence.file_sha256:
        where = (
            f"{labels['file_kept']}: {evidence.source}" if evidence.title else labels["file_kept"]
        )
    elif not url and evidence.title and evidence.source:
        where = evidence.source
    consulted = (
        labels["consulted"].format(day=labels.on_day(evidence.consulted))
        if evidence.consulted
        else ""
    )
    return EvidenceLine(name, url, where, consulted, evidence.note)


def evidence_text(line: EvidenceLine) -> str:
    """One source as a line of plain text (for Word, spreadsheets)."""
    text = line.name
    if line.url and line.url != line.name:
        text += f" <{line.url}>"
    for extra in (line.where, line.consulted):
        if extra:
            text += f", {extra}"
    if line.note:
        text += f": {line.note}"
    return text


def _is_web(source: str) -> bool:
    lowered = source.strip().lower()
    return lowered.startswith(("http://", "https://")) and not any(
        c.isspace() for c in source.strip()
    )


def _totals(counts: ReportCounts, articles: int, labels: ReportLabels) -> str:
    kinds = dict(counts.by_kind)
    claims = labels.count(kinds.get(ClaimKind.CLAIM, 0), "claim")
    denials = labels.count(kinds.get(ClaimKind.DENIAL, 0), "denial")
    if articles == 1:
        return labels["totals"].format(claims=claims, denials=denials)
    return labels["totals_articles"].format(
        claims=claims, denials=denials, articles=labels.count(articles, "article")
    )


def _verdict_name(value: str, labels: ReportLabels) -> str:
    if value == NOT_RATED:
        return labels.verdict(None)
    try:
        return labels.verdict(Verdict(value))
    except ValueError:
        return value


def _is_single(report: ReportInput, sections: tuple[ArticleSection, ...]) -> bool:
    """A report of one article, titled by it (as ``build_report(article_id=...)`` makes)."""
    if len(sections) != 1 or sections[0].article is None:
        return False
    return report.title.strip() in ("", sections[0].article.title.strip())


def kind_label(kind: ClaimKind, language: str | None = None) -> str:
    """The word a reader sees for a kind of span (English unless told)."""
    return report_labels(language).kind(kind)


def verdict_label(claim: ClaimView, language: str | None = None) -> str:
    """The claim's verdict in words, or "not rated"."""
    return report_labels(language).verdict(claim.verdict)
