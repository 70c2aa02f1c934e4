"""Mails as they really arrive: header bytes left undecoded, empty plain parts, bounces, old
header syntax, broken boundaries, forwarded messages and several inline parts.

Each fixture in tests/fixtures/import was written for these tests in the shape of a real mail
that the importer used to get wrong.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimdesk.core.importers import read_file
from claimdesk.core.importers.eml import FORWARDED_MARK
from claimdesk.core.importers.normalise import has_surrogates, repair_surrogates
from claimdesk.core.model import ArticleDraft
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "import"


def _read(name: str) -> ArticleDraft:
    draft = read_file(FIXTURES / name)
    for value in (draft.text, draft.title, *draft.authors):
        assert not has_surrogates(value), value
        value.encode("utf-8")
    return draft


def test_raw_utf8_headers_are_read_as_utf8() -> None:
    draft = _read("rfc6532_utf8_headers.eml")
    assert draft.authors == ("Jörg Müller",)
    assert draft.title == "Città e tasse: la cifra del sindaco – controllo"
    assert draft.published == dt.date(2023, 3, 14)


def test_encoded_words_in_an_unknown_charset_and_an_unknown_body_charset() -> None:
    draft = _read("rfc2047_unknown_charset.eml")
    assert draft.authors == ("Jörg Müller",)
    assert draft.title == "Città e tasse – verifica"
    assert draft.text.startswith("The mayor said that local taxes fell by 12 per cent")


@pytest.mark.parametrize(
    ("escaped", "expected"),
    [
        ("J\udcc3\udcb6hn Doe", "Jöhn Doe"),  # UTF-8 bytes
        ("Ren\udce9", "René"),  # Latin-1 bytes
        ("\udc93quoted\udc94", "“quoted”"),  # Windows-1252 bytes
        ("half \ud800 pair", "half \ufffd pair"),
        ("\ud83d\ude00 joined pair", "😀 joined pair"),
        ("clean text", "clean text"),
    ],
)
def test_lone_surrogates_are_read_back_or_replaced(escaped: str, expected: str) -> None:
    assert repair_surrogates(escaped) == expected


def test_an_empty_plain_part_gives_way_to_the_html_part() -> None:
    draft = _read("empty_plain_part.eml")
    assert draft.text == (
        "Il ministro ha detto che la disoccupazione è al minimo storico.\n\n"
        "Secondo l'Istat il dato di febbraio è del 7,9 per cento."
    )


def test_a_bounce_keeps_its_notice_the_delivery_status_and_the_returned_headers() -> None:
    text = _read("bounce_report.eml").text
    assert "your message could not be delivered" in text
    assert "Diagnostic-Code: smtp; 550 5.1.1 User unknown" in text
    assert "Subject: Richiesta di dati sul bilancio" in text


def test_a_bounce_with_only_a_status_and_the_returned_message_is_read() -> None:
    text = _read("bounce_status_only.eml").text
    assert "Status: 5.2.2" in text
    assert text.endswith("vi chiediamo i dati del bilancio 2022 citati dal sindaco.")


def test_old_header_syntax_with_blanks_before_the_colon() -> None:
    draft = _read("old_header_syntax.eml")
    assert draft.title == "Dichiarazione sul porto"
    assert draft.authors == ("Carlo Neri",)
    assert draft.published == dt.date(1995, 3, 17)
    assert draft.text.startswith("Il presidente della regione ha detto")


def test_a_boundary_that_matches_no_delimiter_is_read_as_mail_programs_show_it() -> None:
    draft = _read("malformed_boundary.eml")
    assert draft.text == (
        "Il grafico che gira sui social dice che le pensioni sono state tagliate "
        "del 30 per cento. Potete controllare?"
    )


def test_a_forwarded_message_is_kept_whole_with_its_headers_as_a_block() -> None:
    blocks = _read("forwarded_message.eml").text.split("\n\n")
    assert blocks[0] == "Vi inoltro il comunicato: la data dei lavori mi pare sbagliata."
    assert blocks[1].split("\n") == [
        FORWARDED_MARK,
        "From: Ufficio Stampa <stampa@comune.example>",
        "Date: Fri, 17 Mar 2023 10:00:00 +0100",
        "Subject: Comunicato sul ponte",
        "To: Sara Gallo <sara@posta.example>",
    ]
    assert blocks[2:] == [
        "Il sindaco ha annunciato che i lavori sul ponte finiranno a giugno.",
        "La spesa totale sarà di 4 milioni di euro, metà dalla regione.",
        "Il cantiere è aperto dal 2021.",
    ]


def test_every_inline_text_part_is_kept_and_attachments_are_not() -> None:
    text = _read("inline_text_parts.eml").text
    assert text.split("\n\n") == [
        "La prima dichiarazione: il deficit scenderà sotto il 3 per cento nel 2024.",
        "La seconda dichiarazione: il debito pubblico è stabile da tre anni.",
    ]


def test_a_mail_whose_only_text_is_an_attachment_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "only-attached.eml"
    path.write_bytes(
        b"From: a@posta.example\r\nSubject: Allegato\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b'Content-Type: text/plain; name="dichiarazione.txt"\r\n'
        b'Content-Disposition: attachment; filename="dichiarazione.txt"\r\n\r\n'
        b"Il testo della dichiarazione sta solo nell'allegato.\r\n--b--\r\n"
    )
    assert read_file(path).text == "Il testo della dichiarazione sta solo nell'allegato."


def test_inline_parts_holding_data_for_programs_are_not_text(tmp_path: Path) -> None:
    path = tmp_path / "invite.eml"
    path.write_bytes(
        b"From: a@posta.example\r\nSubject: Invito\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\nCi vediamo domani per parlare del bilancio.\r\n--b\r\n"
        b"Content-Type: text/calendar; method=REQUEST\r\n\r\n"
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n--b--\r\n"
    )
    assert read_file(path).text == "Ci vediamo domani per parlare del bilancio."
