"""Bad documents are refused with one line naming the file and what to do; none is half-read."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers import from_text, read_file
from claimdesk.core.importers.containers import MAX_UNPACKED_BYTES
from tests.unit.importers.samples import ARTICLE, odt_parts, write_docx, write_odt, write_pdf


def refusal(path: Path) -> str:
    with pytest.raises(InputRefused) as info:
        read_file(path)
    message = info.value.message
    assert "\n" not in message
    assert message.startswith(path.name), message
    assert ": " in message, "the reason should say what to do after a colon"
    return message


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_truncated_zip_is_a_corrupt_document(tmp_path: Path, suffix: str) -> None:
    writer = write_docx if suffix == ".docx" else write_odt
    whole = writer(ARTICLE, tmp_path / f"whole{suffix}").read_bytes()
    path = tmp_path / f"broken{suffix}"
    path.write_bytes(whole[: len(whole) // 2])
    assert "(corrupt zip)" in refusal(path)


def test_text_renamed_to_docx_is_not_a_word_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text("Just some notes, not a Word file.", encoding="utf-8")
    assert refusal(path).startswith("notes.docx is not a valid Word file (corrupt zip)")


def test_zip_without_a_document_part(tmp_path: Path) -> None:
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert "has no document part" in refusal(path)


def test_password_protected_word_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    assert "password" in refusal(path)


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"bomb{suffix}"
    zeros = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, content in odt_parts(ARTICLE).items():
            archive.writestr(member, content)
        with archive.open("padding.bin", "w", force_zip64=True) as handle:
            for _ in range(MAX_UNPACKED_BYTES // len(zeros) + 1):
                handle.write(zeros)
    assert path.stat().st_size < 2 * 1024 * 1024
    assert "zip bomb" in refusal(path)


def test_spreadsheet_renamed_to_odt(tmp_path: Path) -> None:
    path = tmp_path / "sheet.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    assert "not an OpenDocument text" in refusal(path)


def test_odt_with_hostile_xml_entities(tmp_path: Path) -> None:
    parts = odt_parts(ARTICLE)
    parts["content.xml"] = (
        parts["content.xml"]
        .replace(
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
        )
        .replace("BRUXELLES", "&e;BRUXELLES")
    )
    path = tmp_path / "entities.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        for member, content in parts.items():
            archive.writestr(member, content)
    draft = read_file(path)
    assert "root:" not in draft.text
    assert "BRUXELLES" in draft.text


def test_encrypted_pdf(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 5, "Testo riservato del ministero.")
    path = tmp_path / "report.pdf"
    pdf.output(str(path))
    assert refusal(path) == ("report.pdf is encrypted: remove the password and import it again.")


def test_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 5, "Il ministro ha detto che i prezzi scenderanno.")
    path = tmp_path / "locked.pdf"
    pdf.output(str(path))
    assert read_file(path).text == "Il ministro ha detto che i prezzi scenderanno."


def test_pdf_without_a_text_layer_whose_pages_show_no_text(tmp_path: Path) -> None:
    # Read by OCR (tests/unit/importers/test_import_images.py): bars are no text.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(40, 40, 40)
    for row in range(20):
        pdf.rect(20, 20 + row * 10, 160, 4, style="F")
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    assert refusal(path) == (
        "scan.pdf has no text layer, and no text could be read on its pages: nothing was "
        "imported; scan the pages again at 300 dpi or more."
    )


def test_damaged_pdf(tmp_path: Path) -> None:
    whole = write_pdf(ARTICLE, tmp_path / "whole.pdf").read_bytes()
    path = tmp_path / "torn.pdf"
    path.write_bytes(whole[:200])
    assert refusal(path).startswith("torn.pdf is not a valid PDF (it is damaged)")


def test_binary_with_a_pdf_extension(tmp_path: Path) -> None:
    path = tmp_path / "photo.pdf"
    path.write_bytes(bytes(range(256)) * 16)
    assert refusal(path).startswith("photo.pdf is not a PDF file")


def test_page_made_only_of_scripts(tmp_path: Path) -> None:
    path = tmp_path / "scripts.html"
    path.write_text(
        "<html><head><script>alert('x')</script></head><body>"
        + "<script>document.write('<p>injected text</p>')</script>" * 50
        + "<style>p { color: red }</style></body></html>",
        encoding="utf-8",
    )
    assert refusal(path).startswith("scripts.html has no readable text")


def test_binary_with_an_html_extension(tmp_path: Path) -> None:
    path = tmp_path / "image.html"
    path.write_bytes(bytes(range(256)) * 16)
    assert refusal(path).startswith("image.html does not hold text")


def test_mail_without_headers(tmp_path: Path) -> None:
    path = tmp_path / "note.eml"
    path.write_text("no headers here, only words.\n", encoding="utf-8")
    assert "not an e-mail" in refusal(path)


def test_mail_without_a_body(tmp_path: Path) -> None:
    path = tmp_path / "empty.eml"
    path.write_bytes(b"From: a@example.org\r\nSubject: Vuota\r\n\r\n")
    assert "has no message text" in refusal(path)


def test_empty_files_of_every_format(tmp_path: Path) -> None:
    for suffix in (".html", ".docx", ".odt", ".pdf", ".eml"):
        path = tmp_path / f"empty{suffix}"
        path.write_bytes(b"")
        assert refusal(path) == f"empty{suffix} is empty: there is no text to import."


def test_empty_pasted_html() -> None:
    with pytest.raises(InputRefused):
        from_text("   ", source_format="html")
    with pytest.raises(InputRefused) as info:
        from_text("<script>x()</script>", source_format="html")
    assert info.value.message.startswith("The pasted HTML has no readable text")


def test_docx_that_is_really_an_odt(tmp_path: Path) -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        for member, content in odt_parts(ARTICLE).items():
            archive.writestr(member, content)
    path = tmp_path / "mixed.docx"
    path.write_bytes(data.getvalue())
    assert "not a valid Word file" in refusal(path)
