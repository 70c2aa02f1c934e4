"""Every word a claim report writes, in English and Italian: the reader's language, chosen
when the report is made (the report dialog, ``export --lang``), not the article's.

Why a dictionary a language in Python rather than gettext catalogues: the core must not
import Qt (so the window's .ts files are not an option), the catalogue is small (about a
hundred labels) and ships inside the package with no build step, mypy and a test check that
both languages hold every key (``tests/unit/exporters/test_report_labels.py``), and a report
template can read the labels as plain values (``t["verdict"]``). gettext would add a compile
step to setup and packaging and a missing-catalogue case to handle at run time, for the same
two languages. The Italian words are the window's own (``claimdesk_it.ts``: *affermazione*,
*smentita*, *dichiarante*, the verdicts and statuses), so a report says what the screen says.

Labels with ``{placeholders}`` are filled with :meth:`str.format`; a count is written with
:meth:`ReportLabels.count` ("1 smentita", "3 smentite").
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass

from claimdesk.core.exporters.human_dates import (
    LANGUAGES,
    date_phrase,
    day_text,
    language_of,
    moment_text,
)
from claimdesk.core.model import ClaimKind, DateMention, LinkType, Status, Verdict

DEFAULT_LANGUAGE = "en"
REPORT_LANGUAGES = LANGUAGES
# What each language is called in its own words, for the report dialog's list.
LANGUAGE_NAMES = {"en": "English", "it": "Italiano"}

_EN: dict[str, str] = {
    # Headings of a report by its scope (an article's report is headed by its title).
    "title_library": "All claims in the library",
    "title_search": "Claims of the search: {query}",
    "title_claimant": "Claims by {name}",
    "title_tag": "Claims tagged {tag}",
    "written": "Report written on {when}",
    "totals": "{claims} and {denials}",
    "totals_articles": "{claims} and {denials} in {articles}",
    "claim_one": "claim",
    "claim_many": "claims",
    "denial_one": "denial",
    "denial_many": "denials",
    "article_one": "article",
    "article_many": "articles",
    "summary": "Summary",
    "summary_verdicts": "Verdicts",
    "summary_claimants": "Claimants",
    "summary_kinds": "Kinds",
    "count": "Count",
    "contents": "Contents",
    # An article's metadata.
    "outlet_unknown": "outlet not given",
    "date_unknown": "date not given",
    "article_missing": "Article {id} (not part of this report)",
    "from_article": "In: {title}",
    "no_claims": "No claims or denials marked in this article.",
    # One claim.
    "kind": "Kind",
    "kind_claim": "Claim",
    "kind_denial": "Denial",
    "claimant": "Claimant",
    "claimant_unknown": "claimant not known",
    "quote": "Quote",
    "claim_text": "In short",
    "verdict": "Verdict",
    "explanation": "Why",
    "status": "Status",
    "dates": "Dates mentioned",
    "tags": "Tags",
    "notes": "Notes",
    "evidence": "Evidence",
    "consulted": "consulted {day}",
    "file_kept": "file kept in the library",
    "links": "Links",
    "linked_from": "Linked from",
    "shown_under": "Shown under the claims they answer:",
    "outside_report": "a claim outside this report",
    "orphaned": "Orphaned",
    "orphaned_text": (
        "the quote is no longer found in the article's current text; it is shown alone."
    ),
    # The crop of the page image around a claim read from an image (HTML, PDF).
    "scan_alt": "{heading} outlined on the image its text was read from",
    "scan_caption": "The quote on the image it was read from ({name})",
    "page": "Page {page} of {pages}",
    "yes": "yes",
    "no": "no",
    # How one claim names another: "denies claim 1 (Jens Stoltenberg)".
    "ref_claim": "claim {number}",
    "ref_denial": "denial {number}",
    "by_claim": "by claim {number}",
    "by_denial": "by denial {number}",
    # Verdicts, statuses and link types, as the window writes them.
    "verdict_true": "true",
    "verdict_mostly_true": "mostly true",
    "verdict_half_true": "half true",
    "verdict_misleading": "misleading",
    "verdict_mostly_false": "mostly false",
    "verdict_false": "false",
    "verdict_unverifiable": "unverifiable",
    "not_rated": "not rated",
    "status_new": "new",
    "status_researching": "researching",
    "status_reviewed": "reviewed",
    "status_published": "published",
    "link_denies": "denies",
    "link_contradicts": "contradicts",
    "link_supports": "supports",
    "link_repeats": "repeats",
    "linked_denies": "denied",
    "linked_contradicts": "contradicted",
    "linked_supports": "supported",
    "linked_repeats": "repeated",
    # Spreadsheet columns (CSV and Excel) and sheets.
    "col_id": "Id",
    "col_article_id": "Article id",
    "col_article_title": "Article",
    "col_outlet": "Outlet",
    "col_published": "Published",
    "col_language": "Language",
    "col_kind": "Kind",
    "col_start": "Start",
    "col_end": "End",
    "col_quote": "Quote",
    "col_claimant": "Claimant",
    "col_cue": "Cue",
    "col_claim_text": "In short",
    "col_verdict": "Verdict",
    "col_rating_value": "Rating (7 true, 1 unverifiable)",
    "col_explanation": "Why",
    "col_status": "Status",
    "col_notes": "Notes",
    "col_tags": "Tags",
    "col_dates": "Dates mentioned",
    "col_evidence": "Evidence",
    "col_links": "Links",
    "col_orphaned": "Orphaned",
    "col_created": "Created",
    "col_updated": "Updated",
    "sheet_claims": "Claims",
    "sheet_summary": "Summary",
    "sheet_written": "Written",
    "sheet_total": "Claims and denials",
}

_IT: dict[str, str] = {
    "title_library": "Tutte le affermazioni dell'archivio",
    "title_search": "Affermazioni della ricerca: {query}",
    "title_claimant": "Affermazioni di {name}",
    "title_tag": "Affermazioni con l'etichetta {tag}",
    "written": "Rapporto redatto {when}",
    "totals": "{claims} e {denials}",
    "totals_articles": "{claims} e {denials} in {articles}",
    "claim_one": "affermazione",
    "claim_many": "affermazioni",
    "denial_one": "smentita",
    "denial_many": "smentite",
    "article_one": "articolo",
    "article_many": "articoli",
    "summary": "Riepilogo",
    "summary_verdicts": "Verdetti",
    "summary_claimants": "Dichiaranti",
    "summary_kinds": "Tipi",
    "count": "Numero",
    "contents": "Indice",
    "outlet_unknown": "testata non indicata",
    "date_unknown": "data non indicata",
    "article_missing": "Articolo {id} (non compreso in questo rapporto)",
    "from_article": "Nell'articolo: {title}",
    "no_claims": "Nessuna affermazione o smentita segnata in questo articolo.",
    "kind": "Tipo",
    "kind_claim": "Affermazione",
    "kind_denial": "Smentita",
    "claimant": "Dichiarante",
    "claimant_unknown": "dichiarante non indicato",
    "quote": "Citazione",
    "claim_text": "In sintesi",
    "verdict": "Verdetto",
    "explanation": "Motivazione",
    "status": "Stato",
    "dates": "Date citate",
    "tags": "Etichette",
    "notes": "Note",
    "evidence": "Fonti",
    "consulted": "consultata {day}",
    "file_kept": "file conservato nell'archivio",
    "links": "Collegamenti",
    "linked_from": "Collegata da",
    "shown_under": "Mostrate sotto le affermazioni a cui rispondono:",
    "outside_report": "un'affermazione che non è in questo rapporto",
    "orphaned": "Non ancorata",
    "orphaned_text": (
        "la citazione non si trova più nel testo attuale dell'articolo; è mostrata da sola."
    ),
    "scan_alt": "{heading} evidenziata sull'immagine da cui è stato letto il testo",
    "scan_caption": "La citazione sull'immagine da cui è stata letta ({name})",
    "page": "Pagina {page} di {pages}",
    "yes": "sì",
    "no": "no",
    "ref_claim": "l'affermazione {number}",
    "ref_denial": "la smentita {number}",
    "by_claim": "dall'affermazione {number}",
    "by_denial": "dalla smentita {number}",
    "verdict_true": "vero",
    "verdict_mostly_true": "in gran parte vero",
    "verdict_half_true": "vero a metà",
    "verdict_misleading": "fuorviante",
    "verdict_mostly_false": "in gran parte falso",
    "verdict_false": "falso",
    "verdict_unverifiable": "non verificabile",
    "not_rated": "senza verdetto",
    "status_new": "nuova",
    "status_researching": "in verifica",
    "status_reviewed": "revisionata",
    "status_published": "pubblicata",
    "link_denies": "smentisce",
    "link_contradicts": "contraddice",
    "link_supports": "conferma",
    "link_repeats": "ripete",
    "linked_denies": "smentita",
    "linked_contradicts": "contraddetta",
    "linked_supports": "confermata",
    "linked_repeats": "ripetuta",
    "col_id": "Id",
    "col_article_id": "Id articolo",
    "col_article_title": "Articolo",
    "col_outlet": "Testata",
    "col_published": "Pubblicato il",
    "col_language": "Lingua",
    "col_kind": "Tipo",
    "col_start": "Inizio",
    "col_end": "Fine",
    "col_quote": "Citazione",
    "col_claimant": "Dichiarante",
    "col_cue": "Verbo che attribuisce",
    "col_claim_text": "In sintesi",
    "col_verdict": "Verdetto",
    "col_rating_value": "Valutazione (7 vero, 1 non verificabile)",
    "col_explanation": "Motivazione",
    "col_status": "Stato",
    "col_notes": "Note",
    "col_tags": "Etichette",
    "col_dates": "Date citate",
    "col_evidence": "Fonti",
    "col_links": "Collegamenti",
    "col_orphaned": "Non ancorata",
    "col_created": "Creata",
    "col_updated": "Aggiornata",
    "sheet_claims": "Affermazioni",
    "sheet_summary": "Riepilogo",
    "sheet_written": "Redatto",
    "sheet_total": "Affermazioni e smentite",
}

CATALOGUE: Mapping[str, Mapping[str, str]] = {"en": _EN, "it": _IT}


@dataclass(frozen=True, slots=True)
class ReportLabels:
    """The labels of one language: ``labels["verdict"]`` (in a template ``t["verdict"]``),
    and the words for the model's values (:meth:`verdict`, :meth:`kind`, ...)."""

    language: str
    words: Mapping[str, str]

    def __getitem__(self, key: str) -> str:
        return self.words[key]

    def kind(self, kind: ClaimKind) -> str:
        """``Affermazione`` / ``Smentita``."""
        return self.words[f"kind_{kind.value}"]

    def verdict(self, verdict: Verdict | None) -> str:
        """``in gran parte vero``; ``senza verdetto`` when there is none."""
        if verdict is None:
            return self.words["not_rated"]
        return self.words[f"verdict_{verdict.name.lower()}"]

    def status(self, status: Status) -> str:
        """``in verifica``."""
        return self.words[f"status_{status.value}"]

    def link(self, link: LinkType) -> str:
        """What a claim does to the one it links to: ``smentisce``."""
        return self.words[f"link_{link.value}"]

    def linked(self, link: LinkType) -> str:
        """What was done to the claim a link points at: ``smentita``."""
        return self.words[f"linked_{link.value}"]

    def count(self, number: int, noun: str) -> str:
        """``1 smentita``, ``3 smentite`` (``noun``: claim, denial or article)."""
        form = "one" if number == 1 else "many"
        return f"{number} {self.words[f'{noun}_{form}']}"

    def reference(self, kind: ClaimKind, number: int, claimant: str | None) -> str:
        """How a report names one of its claims: ``l'affermazione 1 (Jens Stoltenberg)``."""
        text = self.words[f"ref_{kind.value}"].format(number=number)
        return f"{text} ({claimant})" if claimant else text

    def reference_by(self, kind: ClaimKind, number: int, claimant: str | None) -> str:
        """``dalla smentita 3 (Russia)``."""
        text = self.words[f"by_{kind.value}"].format(number=number)
        return f"{text} ({claimant})" if claimant else text

    def day(self, day: dt.date) -> str:
        """A calendar day for people: ``22 febbraio 2023``."""
        return day_text(day, self.language)

    def moment(self, when: dt.datetime) -> str:
        """A moment for people: ``1º marzo 2023, ore 12:00 UTC``."""
        return moment_text(when, self.language)

    def on_day(self, day: dt.date) -> str:
        """A day after a verb: Italian puts the article in ("consultata l'8 marzo 2023",
        "il 22 febbraio"); English says the day alone."""
        return self._on(day.day, day_text(day, self.language))

    def on_moment(self, when: dt.datetime) -> str:
        """``l'8 dicembre 2026, ore 12:00 UTC`` (Italian), ``8 December 2026, 12:00 UTC``."""
        return self._on(when.day, moment_text(when, self.language))

    def _on(self, day_of_month: int, text: str) -> str:
        if self.language != "it":
            return text
        return f"l'{text}" if day_of_month in (8, 11) else f"il {text}"

    def date_mention(self, mention: DateMention) -> str:
        """A date the quote mentions, in words, with the article's own words when they say
        something else: ``inverno 2023 («l'inverno scorso»)``. A value this version cannot
        read is shown by the article's words alone, never as its code."""
        words = mention.text.strip()
        phrase = date_phrase(mention.value, mention.mod, self.language)
        if phrase is None:
            return words or mention.value
        if not words or words.casefold() == phrase.casefold():
            return phrase
        open_quote, close_quote = ("«", "»") if self.language == "it" else ("“", "”")
        return f"{phrase} ({open_quote}{words}{close_quote})"


def default_language(setting: str, environ: Mapping[str, str] | None = None) -> str:
    """The language a report is written in when nobody chose one: the interface language
    of the settings (``en``, ``it``), or for ``system`` the locale's (``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``, as the window reads it), English when it is neither."""
    if setting in REPORT_LANGUAGES:
        return setting
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "").strip()
        if value:  # the first one set decides, as the C library reads them
            return language_of(value.split(".")[0].replace("_", "-"))
    return DEFAULT_LANGUAGE


def report_labels(language: str | None) -> ReportLabels:
    """The labels for ``language`` (``it``, ``en``; English for any other)."""
    code = language_of(language)
    return ReportLabels(code, CATALOGUE[code])


def report_heading(language: str | None, scope: str, value: str | None = None) -> str:
    """A report's title for its scope: ``library``, ``search``, ``claimant`` or ``tag``
    (an article's report is headed by the article's title, which the caller has)."""
    labels = report_labels(language)
    if scope == "library":
        return labels["title_library"]
    if scope == "search":
        return labels["title_search"].format(query=value or "")
    if scope == "claimant":
        return labels["title_claimant"].format(name=value or "")
    if scope == "tag":
        return labels["title_tag"].format(tag=value or "")
    raise ValueError(f"no heading for the scope {scope!r}")
