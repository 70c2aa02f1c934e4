"""Files in every accepted encoding and line-end style come out as the same normalised text."""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from claimdesk.core.importers import content_hash, from_text, normalise_text, read_file

ITALIAN = (
    "La Russia ha negato di aver sostenuto i separatisti.\n"
    "Perché è già città: più società, però così.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_clean_utf8_text_keeps_every_offset(tmp_path: Path) -> None:
    text = "\n\nTitolo\n\n\tCorpo con è e «virgolette» — fine.\n  rientro\nultima riga"
    draft = read_file(write(tmp_path, "clean.txt", text.encode("utf-8")))
    assert draft.text == text
    assert draft.text.index("«virgolette»") == text.index("«virgolette»")


def test_only_trailing_whitespace_of_the_whole_text_goes(tmp_path: Path) -> None:
    draft = read_file(write(tmp_path, "trail.txt", b"one  \ntwo\t\n\n  \n"))
    assert draft.text == "one  \ntwo"


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("plain.txt", lambda s: s.encode("utf-8")),
        ("bom.txt", lambda s: codecs.BOM_UTF8 + s.encode("utf-8")),
        ("utf16le.txt", lambda s: s.encode("utf-16")),
        ("utf16be.txt", lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be")),
        ("cp1252.txt", lambda s: s.encode("cp1252")),
        ("latin1.txt", lambda s: s.encode("latin-1")),
        ("crlf.txt", lambda s: s.replace("\n", "\r\n").encode("utf-8")),
        ("cr.txt", lambda s: s.replace("\n", "\r").encode("cp1252")),
        ("nfd.txt", lambda s: unicodedata.normalize("NFD", s).encode("utf-8")),
    ],
)
def test_every_encoding_gives_the_same_text_and_hash(
    tmp_path: Path, name: str, encode: Callable[[str], bytes]
) -> None:
    data = encode(ITALIAN)
    draft = read_file(write(tmp_path, name, data))
    assert draft.text == ITALIAN.rstrip()
    assert content_hash(draft.text) == content_hash(ITALIAN)
    assert draft.language == "it"


def test_bom_is_removed_and_offsets_start_at_the_text(tmp_path: Path) -> None:
    draft = read_file(write(tmp_path, "bom.txt", codecs.BOM_UTF8 + b"Ciao mondo"))
    assert draft.text == "Ciao mondo"
    assert not draft.text.startswith("\ufeff")


def test_crlf_becomes_lf(tmp_path: Path) -> None:
    draft = read_file(write(tmp_path, "crlf.txt", b"Line one\r\nLine two\r\n\r\nLine four"))
    assert draft.text == "Line one\nLine two\n\nLine four"
    assert "\r" not in draft.text


def test_nfd_file_becomes_nfc(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Perché è già così")
    assert len(nfd) > len("Perché è già così")
    draft = read_file(write(tmp_path, "nfd.txt", nfd.encode("utf-8")))
    assert draft.text == "Perché è già così"
    assert unicodedata.is_normalized("NFC", draft.text)


def test_cp1252_punctuation_is_read_as_windows_1252(tmp_path: Path) -> None:
    # 0x93/0x94 are curly quotes and 0x80 the euro sign in Windows-1252, controls in Latin-1.
    data = "Il ministro ha detto: “costa 5 €”.".encode("cp1252")
    assert b"\x93" in data
    draft = read_file(write(tmp_path, "win.txt", data))
    assert draft.text == "Il ministro ha detto: “costa 5 €”."


def test_control_characters_are_dropped_but_tab_and_newline_kept() -> None:
    assert normalise_text("a\x00b\x07c\td\x1be\x7ff\x85g\nh") == "abc\tdefg\nh"


def test_a_control_between_letter_and_accent_still_composes() -> None:
    text = "e\x01\u0301"
    assert normalise_text(text) == "é"
    assert normalise_text(normalise_text(text)) == normalise_text(text)


def test_content_hash_ignores_only_what_normalisation_removes() -> None:
    assert content_hash("Ciao\r\nmondo  \n") == content_hash("\ufeffCiao\nmondo")
    assert content_hash("Ciao mondo") != content_hash("Ciao  mondo")
    assert len(content_hash("x")) == 64
    int(content_hash("x"), 16)


def test_pasted_text_is_normalised_like_a_file(tmp_path: Path) -> None:
    pasted = from_text(unicodedata.normalize("NFD", ITALIAN).replace("\n", "\r\n"))
    from_file = read_file(write(tmp_path, "same.txt", ITALIAN.encode("utf-16")))
    assert pasted.text == from_file.text
    assert content_hash(pasted.text) == content_hash(from_file.text)
