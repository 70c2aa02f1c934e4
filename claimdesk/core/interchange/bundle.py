"""Bundles: one file to exchange articles, claims, claimants, links, evidence and history
between desks, merged by id (issue 6).

A bundle is a zip holding ``manifest.json`` (format, version, counts, SHA-256 of the data),
``data.json`` (the library document of :mod:`claimdesk.core.interchange.document`) and
``files/<sha256>``, one member for each file kept as evidence by the claims it holds or kept
beside its articles (the snapshot of a page taken by its address, the images of a scan). It
is read with suspicion: names, sizes and checksums are checked before anything is unpacked,
and every read is bounded, so a corrupt file, a zip bomb or a member named outside the
bundle's root is refused with one line before the library is touched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile
import zlib
from collections.abc import Collection
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy.orm import Session

from claimdesk import __version__
from claimdesk.core.errors import InputRefused
from claimdesk.core.exporters.atomic import write_atomically
from claimdesk.core.exporters.json_export import render_library_json
from claimdesk.core.interchange.document import file_shas, library_document
from claimdesk.core.interchange.json_import import parse_json
from claimdesk.core.interchange.kept_files import merge_article_files
from claimdesk.core.interchange.merge import merge_document
from claimdesk.core.model.results import BundleWritten, MergeSummary
from claimdesk.core.storage.orm import EvidenceFile

BUNDLE_FORMAT = "claimdesk-bundle"
BUNDLE_VERSION = 1
MANIFEST = "manifest.json"
DATA = "data.json"
SUFFIX = ".claimdesk"
MAX_BUNDLE_BYTES = 512 * 1024 * 1024  # the zip file itself
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # everything inside, unpacked
MAX_MEMBERS = 20_000  # the manifest, the data and the evidence files
FILES = "files/"
_FILE_MEMBER = re.compile(r"^files/[0-9a-f]{64}$")
_CHUNK = 1024 * 1024


def export_bundle(
    session: Session, path: Path, article_ids: Collection[str] | None = None
) -> BundleWritten:
    """Write the chosen articles (all when ``None``) with their claims, claimants, links,
    evidence and history to ``path`` as one bundle, atomically."""
    document = library_document(session, article_ids)
    data = render_library_json(document)
    files = [
        kept
        for sha in sorted(file_shas(document))
        if (kept := session.get(EvidenceFile, sha)) is not None
    ]
    counts = {name: len(document[name]) for name in ("articles", "claims", "claimants", "links")}
    manifest = {
        "format": BUNDLE_FORMAT,
        "version": BUNDLE_VERSION,
        "created": dt.datetime.now(dt.UTC).isoformat(),
        "generator": f"ClaimDesk {__version__}",
        "data": DATA,
        "data_sha256": hashlib.sha256(data).hexdigest(),
        "data_bytes": len(data),
        "counts": {**counts, "history": len(document["history"]), "files": len(files)},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, render_library_json(manifest))
        archive.writestr(DATA, data)
        for kept in files:
            archive.writestr(FILES + kept.sha256, kept.data)
    write_atomically(Path(path), buffer.getvalue())
    return BundleWritten(Path(path), history=len(document["history"]), **counts)


def _member_name_ok(name: str) -> bool:
    """A member name inside the bundle's root: relative, no ``..``, no drive, no backslash."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/"):
        return False
    if re.match(r"^[A-Za-z]:", name):
        return False
    return ".." not in PurePosixPath(name).parts


def read_bundle(path: Path, max_unpacked: int = MAX_UNPACKED_BYTES) -> dict[str, Any]:
    """The library document inside a bundle, after every check; touches no library."""
    return read_bundle_with_files(path, max_unpacked)[0]


def read_bundle_with_files(
    path: Path, max_unpacked: int = MAX_UNPACKED_BYTES
) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The library document inside a bundle and the evidence files it carries (by SHA-256),
    after every check; touches no library."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).lower()
        raise InputRefused(
            "Cannot read {path}: {reason}; check the path.", path=path, reason=reason
        ) from None
    if size > MAX_BUNDLE_BYTES:
        raise InputRefused(
            "{name} is larger than {limit} MB: export a smaller bundle (use --query).",
            name=name,
            limit=MAX_BUNDLE_BYTES // (1024 * 1024),
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = _checked_members(archive, name, max_unpacked)
            manifest = parse_json(_read(archive, members[MANIFEST], name, max_unpacked), name)
            _check_manifest(manifest, name)
            raw = _read(archive, members[DATA], name, max_unpacked)
            files: dict[str, bytes] = {}
            for member, info in members.items():
                if member.startswith(FILES):
                    files[member.removeprefix(FILES)] = _file(archive, info, name, max_unpacked)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
    ) as exc:
        raise InputRefused(
            "{name} is not a readable ClaimDesk bundle ({reason}): ask for it to be exported "
            "again.",
            name=name,
            reason=_reason(exc),
        ) from None
    except OSError as exc:
        raise InputRefused(
            "Cannot read {path}: {reason}; check the file.", path=path, reason=_reason(exc)
        ) from None
    if hashlib.sha256(raw).hexdigest() != manifest.get("data_sha256"):
        raise InputRefused(
            "{name} is damaged (its data does not match its checksum): ask for it to be exported "
            "again.",
            name=name,
        )
    data = parse_json(raw, name)
    if not isinstance(data, dict):
        raise InputRefused(
            "{name} holds no library data: ask for it to be exported again.", name=name
        )
    return data, files


def _file(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limit: int) -> bytes:
    """An evidence file's bytes, checked against the SHA-256 it is named by."""
    if not _FILE_MEMBER.match(info.filename):
        raise InputRefused(
            "{name} holds {filename!r}, not a ClaimDesk file: refused.",
            name=name,
            filename=info.filename,
        )
    data = _read(archive, info, name, limit)
    if hashlib.sha256(data).hexdigest() != info.filename.removeprefix(FILES):
        raise InputRefused(
            "{name} is damaged (the file {filename}… does not match its checksum): ask for it to "
            "be exported again.",
            name=name,
            filename=info.filename[6:18],
        )
    return data


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120].rstrip(".")


def _checked_members(
    archive: zipfile.ZipFile, name: str, max_unpacked: int
) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise InputRefused(
            "{name} holds {count} files, not a ClaimDesk bundle: refused.",
            name=name,
            count=len(infos),
        )
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        if not _member_name_ok(info.filename):
            raise InputRefused(
                "{name} holds a file named outside the bundle ({filename!r}): refused; it was not "
                "made by ClaimDesk.",
                name=name,
                filename=info.filename,
            )
        if info.filename in members:
            raise InputRefused(
                "{name} holds {filename!r} twice: refused.", name=name, filename=info.filename
            )
        if info.flag_bits & 0x1:
            raise InputRefused(
                "{name} is encrypted: export the bundle again without a password.", name=name
            )
        total += info.file_size
        if info.file_size > max_unpacked or total > max_unpacked:
            raise InputRefused(
                "{name} would unpack to more than {megabytes}: refused "
                "(export a smaller bundle with --query).",
                name=name,
                megabytes=_megabytes(max_unpacked),
            )
        members[info.filename] = info
    for required in (MANIFEST, DATA):
        if required not in members:
            raise InputRefused(
                "{name} has no {required}: it is not a ClaimDesk bundle.",
                name=name,
                required=required,
            )
    return members


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limit: int) -> bytes:
    """A member's bytes, never more than ``limit`` whatever its header claims."""
    chunks: list[bytes] = []
    read = 0
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            read += len(chunk)
            if read > limit or read > info.file_size:
                raise InputRefused(
                    "{name} unpacks to more than it declares (limit {megabytes}): refused.",
                    name=name,
                    megabytes=_megabytes(limit),
                )
            chunks.append(chunk)
    return b"".join(chunks)


def _check_manifest(manifest: Any, name: str) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        raise InputRefused(
            "{name} is not a ClaimDesk bundle (its manifest says otherwise).", name=name
        )
    version = manifest.get("version")
    if not isinstance(version, int) or version < 1:
        raise InputRefused(
            "{name} has a manifest without a valid version: export it again.", name=name
        )
    if version > BUNDLE_VERSION:
        raise InputRefused(
            "{name} was made by a newer ClaimDesk (bundle version {version}): update ClaimDesk to"
            " import it.",
            name=name,
            version=version,
        )


def import_bundle(
    session: Session, path: Path, max_unpacked: int = MAX_UNPACKED_BYTES
) -> MergeSummary:
    """Merge a bundle into the library by id, inside the caller's transaction.

    Everything is checked before the first write; a failure raises ``InputRefused`` and the
    caller's rollback leaves the library as it was.
    """
    data, files = read_bundle_with_files(path, max_unpacked)
    summary = merge_document(session, data, Path(path).name)
    for sha in sorted(file_shas(data) & set(files)):
        if session.get(EvidenceFile, sha) is None:
            session.add(EvidenceFile(sha256=sha, size=len(files[sha]), data=files[sha]))
    session.flush()
    added, skipped = merge_article_files(session, data)
    summary.added += added
    summary.skipped += skipped
    return summary
