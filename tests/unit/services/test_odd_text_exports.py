"""A library must always export: every odd character we can think of, written into every text
field through every door (file import, pasted text, the desk's edits, a bundle from another
desk), and then every export format, the interchange files and a bundle are written.

Lone surrogates cannot be written as UTF-8 and NUL is refused by PostgreSQL: the storage
repairs both on the way in; everything else (bidi controls, astral emoji, combining marks,
non-characters, line separators) is kept as given and must reach the exports.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

from claimdesk.core.desk import Desk
from claimdesk.core.exporters import EXPORT_FORMATS
from claimdesk.core.interchange.formats import INTERCHANGE_FORMATS
from claimdesk.core.library import folder_location
from claimdesk.core.model import (
    ArticleChanges,
    ArticleMeta,
    ClaimChanges,
    ClaimKind,
    Status,
    Verdict,
)
from claimdesk.core.services.evidence import EvidenceInput

KEPT = (
    "bidi \u202eevil\u202c \u2066isolate\u2069 \u200fmark\u200e "
    "astral 🧪 👩🏽‍🔬 🇮🇹 𝔘𝔫𝔦 combining e\u0301\u0308 a\u0336\u0337\u0338 "
    "noncharacter \ufffe\uffff line\u2028separator zero\u200bwidth"
)
ODD = f"lone \ud800 high \udcff escaped NUL\x00 {KEPT}"
# A web address takes no spaces: the rest of the odd characters, run together.
ODD_URL = "https://example.org/a\ud800b\udcffc\x00d\u202ee\U0001f9eaf\u0301g\ufffe"
QUOTE = "Il ministro ha detto che i prezzi sono scesi del 5 per cento"
BODY = f"{QUOTE} {ODD}.\n\nUn secondo paragrafo {ODD} con altre parole del ministro."


def _everything_in(desk: Desk, tmp_path: Path) -> str:
    """Fill one article (and its claim and claimant) through every door; its id."""
    outcome = desk.import_text(
        BODY,
        ArticleMeta(title=ODD, outlet=ODD, url=f"https://example.org/{ODD}", authors=(ODD, ODD)),
    )
    assert outcome.status == "imported", outcome.error
    article_id = outcome.id
    assert article_id is not None
    # A file name that is not UTF-8: Python hands it over with lone surrogates in it.
    page = Path(os.fsdecode(os.fsencode(tmp_path) + b"/pagina \xff\xfe " + KEPT.encode() + b".md"))
    # A NUL byte makes a file binary (refused, rightly): files carry the rest.
    odd = ODD.replace("\x00", "")
    page_text = f"---\ntitle: {odd}\nauthor: {odd}\noutlet: {odd}\n---\n\n# {odd}\n\n{odd} bis"
    page.write_bytes(page_text.encode("utf-8", "surrogatepass"))
    imported = desk.import_file(page)
    assert imported.status == "imported", imported.error
    mail = tmp_path / "odd.eml"
    mail.write_bytes(
        b"From: \xff\xfe Bad \xc3 Bytes <x@example.org>\r\nSubject: Oggetto \xe9\x80 "
        + KEPT.encode()
        + b"\r\nContent-Type: text/plain; charset=x-unknown\r\n\r\n"
        + f"{QUOTE} {KEPT}".encode()
        + b" \xff\xfe\r\n"
    )
    assert desk.import_file(mail).status == "imported"

    desk.update_article(
        article_id,
        ArticleChanges(
            title=ODD, outlet=ODD, url=ODD, authors=(ODD,), notes=ODD, tags=(ODD, f"{ODD} 2")
        ),
    )
    start, end = desk.find_quote(article_id, QUOTE)
    claim = desk.mark_claim(
        article_id, start, end, ClaimKind.CLAIM, claimant=ODD, notes=ODD, cue=ODD
    )
    text = desk.get_article(article_id).text
    odd_start = text.index("lone")
    denial = desk.mark_claim(
        article_id, odd_start, odd_start + 60, ClaimKind.DENIAL, claimant=f"{ODD} bis"
    )
    desk.update_claim(
        claim.id,
        ClaimChanges(
            claim_text=ODD,
            verdict=Verdict.FALSE,
            explanation=ODD,
            status=Status.REVIEWED,
            notes=ODD,
            tags=(ODD,),
        ),
    )
    desk.tracking.link_claims(denial.id, claim.id, "denies")
    desk.tracking.add_alias(desk.list_claimants()[0].name, f"alias {ODD}")
    desk.evidence.add_evidence(claim.id, EvidenceInput(url=ODD_URL, title=ODD, note=ODD))
    desk.evidence.add_evidence(claim.id, EvidenceInput(source=ODD, title=ODD, note=ODD))
    desk.evidence.add_evidence_file(claim.id, page, title=ODD, note=ODD)
    return article_id


def _exports(desk: Desk, folder: Path) -> list[Path]:
    folder.mkdir()
    written: list[Path] = []
    for fmt in sorted(EXPORT_FORMATS):
        path = folder / f"report.{fmt}"
        desk.export(fmt, path)
        written.append(path)
    for fmt in INTERCHANGE_FORMATS:
        path = folder / f"interchange-{fmt}.json"
        desk.interchange.export_interchange(fmt, path, reviewer=ODD)
        written.append(path)
    bundle = folder / "all.claimdesk"
    desk.interchange.export_bundle(bundle)
    written.append(bundle)
    return written


def test_every_odd_character_through_every_door_and_every_format(
    desk: Desk, tmp_path: Path
) -> None:
    _everything_in(desk, tmp_path)
    assert desk.check().ok
    written = _exports(desk, tmp_path / "out")
    assert all(path.stat().st_size > 0 for path in written)

    library = json.loads((tmp_path / "out" / "interchange-json.json").read_text("utf-8"))
    dumped = json.dumps(library, ensure_ascii=False)
    for kept in ("🧪", "👩🏽‍🔬", "\u202eevil", "e\u0301\u0308", "\u2028"):
        assert kept in dumped, kept
    assert "\x00" not in dumped and "\ud800" not in json.dumps(library)
    markdown = (tmp_path / "out" / "report.md").read_text("utf-8")
    assert "🧪" in markdown
    with zipfile.ZipFile(tmp_path / "out" / "report.docx") as archive:
        assert "🧪" in archive.read("word/document.xml").decode("utf-8")


def test_a_bundle_of_odd_text_is_another_door_and_exports_again(desk: Desk, tmp_path: Path) -> None:
    _everything_in(desk, tmp_path)
    bundle = tmp_path / "all.claimdesk"
    desk.interchange.export_bundle(bundle)
    with Desk.open(folder_location(tmp_path / "other")) as other:
        other.interchange.import_bundle(bundle)
        assert other.check().ok
        written = _exports(other, tmp_path / "again")
        assert all(path.stat().st_size > 0 for path in written)


def test_an_interchange_file_with_odd_text_is_a_door_too(desk: Desk, tmp_path: Path) -> None:
    _everything_in(desk, tmp_path)
    exported = tmp_path / "library.json"
    desk.interchange.export_interchange("json", exported)
    # Another desk's file, its text made odd again: JSON carries lone surrogates as escapes.
    document = json.loads(exported.read_text("utf-8"))
    for claim in document["claims"]:
        claim["notes"] = ODD
        for item in claim.get("evidence", []):
            item["note"] = ODD
    for article in document["articles"]:
        article["title"] = ODD
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps(document), "utf-8")
    with Desk.open(folder_location(tmp_path / "other")) as other:
        other.interchange.import_interchange(odd)
        assert other.check().ok
        written = _exports(other, tmp_path / "again")
        assert all(path.stat().st_size > 0 for path in written)
