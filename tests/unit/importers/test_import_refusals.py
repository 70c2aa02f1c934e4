"""Every way a file or a paste can be refused, each with a one-line reason naming the file."""

from __future__ import annotations

import os
import struct
import sys
import tempfile
import zlib
from pathlib import Path

import pytest

from claimdesk.core.errors import InputRefused
from claimdesk.core.importers import MAX_FILE_BYTES, from_text, read_file, supported_suffixes


def refusal(path: Path) -> str:
    with pytest.raises(InputRefused) as info:
        read_file(path)
    message = info.value.message
    assert "\n" not in message
    assert ": " in message, "the reason should say what to do after a colon"
    return message


def png_bytes() -> bytes:
    """A real 2x2 RGB PNG image."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_supported_suffixes() -> None:
    assert set(supported_suffixes()) >= {
        ".txt",
        ".md",
        ".markdown",
        ".html",
        ".htm",
        ".docx",
        ".odt",
        ".pdf",
        ".eml",
    }


def test_missing_file(tmp_path: Path) -> None:
    message = refusal(tmp_path / "report.txt")
    assert "report.txt does not exist" in message


def test_directory_given_as_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "articles.txt"
    folder.mkdir()
    message = refusal(folder)
    assert "articles.txt is a folder, not a file" in message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"")
    assert refusal(path) == "report.txt is empty: there is no text to import."


@pytest.mark.parametrize("content", [b"   \n\t\n  \r\n", b"\xef\xbb\xbf\n\n", "\u3000\n".encode()])
def test_whitespace_only_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    assert refusal(path) == "blank.txt holds only blank space: there is no text to import."


def test_markdown_with_nothing_but_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "front.md"
    path.write_text("---\ntitle: Only metadata\n---\n\n![image](a.png)\n", encoding="utf-8")
    message = refusal(path)
    assert message.startswith("front.md has no text")


def test_png_with_a_text_extension_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(png_bytes())
    message = refusal(path)
    assert message.startswith("photo.txt does not hold text")


def test_compressed_data_without_nul_bytes_is_binary(tmp_path: Path) -> None:
    data = zlib.compress(os.urandom(4096), 9).replace(b"\x00", b"\x01")
    assert b"\x00" not in data
    path = tmp_path / "archive.md"
    path.write_bytes(data)
    assert refusal(path).startswith("archive.md does not hold text")


def test_this_python_interpreter_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "python.txt"
    path.write_bytes(Path(sys.executable).resolve().read_bytes()[:65536])
    assert refusal(path).startswith("python.txt does not hold text")


def test_a_stray_ctrl_z_at_the_end_is_forgiven(tmp_path: Path) -> None:
    path = tmp_path / "dos.txt"
    path.write_bytes(b"An old file from a DOS editor.\r\n\x1a")
    assert read_file(path).text == "An old file from a DOS editor."


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        # Sparse: the size is real for stat() and read(), without writing 20 MB to disk.
        handle.truncate(MAX_FILE_BYTES + 1)
    message = refusal(path)
    assert message.startswith("huge.txt is too large")
    assert "20 MB" in message


def test_file_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    line = b"The ministry said prices would fall next year.\n"
    path.write_bytes(line * (MAX_FILE_BYTES // len(line)))
    assert path.stat().st_size <= MAX_FILE_BYTES
    assert read_file(path).language == "en"


@pytest.mark.parametrize("name", ["report.rtf", "report.pages", "README"])
def test_unsupported_extension(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Some text that would be fine.", encoding="utf-8")
    message = refusal(path)
    assert message.startswith(f"{name} is ")
    assert ".txt, .md, .markdown" in message


def test_extension_is_matched_without_case(tmp_path: Path) -> None:
    path = tmp_path / "NOTES.TXT"
    path.write_text("Notes", encoding="utf-8")
    assert read_file(path).source_format == "text"


NOBODY = 65534


def read_as_nobody(path: Path) -> str:
    """Call read_file in a forked child that has given up root; return what it reported."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            try:
                read_file(path)
                outcome = "read without complaint"
            except InputRefused as exc:
                outcome = exc.message
            except BaseException as exc:
                outcome = repr(exc)
            os.write(write_end, outcome.encode("utf-8"))
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        outcome = pipe.read().decode("utf-8")
    os.waitpid(pid, 0)
    return outcome


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX file modes")
def test_unreadable_file() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o755)
        path = Path(folder) / "secret.txt"
        path.write_text("Nobody may read this.", encoding="utf-8")
        path.chmod(0)
        # root reads any file whatever its mode, so as root the read runs as user "nobody".
        message = refusal(path) if os.geteuid() != 0 else read_as_nobody(path)
        assert message.startswith("secret.txt cannot be read: permission denied;")


def test_empty_paste() -> None:
    for text in ("", "  \n\t ", "\r\n"):
        with pytest.raises(InputRefused) as info:
            from_text(text, source_format="paste")
        assert info.value.message == (
            "The pasted text is empty: copy the article's text and paste it again."
        )


def test_empty_named_text_names_its_source() -> None:
    with pytest.raises(InputRefused) as info:
        from_text("", source_name="scan.pdf")
    assert info.value.message.startswith("scan.pdf is empty")


def test_refusal_changes_nothing_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    data = png_bytes()
    path.write_bytes(data)
    refusal(path)
    assert path.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photo.txt"]
