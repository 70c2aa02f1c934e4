"""Articles read from images keep their page images: stored at import on a real library,
read back with their layout, outlined by a claim's span, carried by bundles."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from claimdesk.core.desk import Desk
from claimdesk.core.library import folder_location
from claimdesk.core.model import ClaimKind
from claimdesk.core.storage.orm import ArticleFile, EvidenceFile
from tests.ocr_images import ENGLISH, jpeg, photo, screenshot


def _shot(tmp_path: Path) -> Path:
    path = tmp_path / "post.jpg"
    path.write_bytes(jpeg(screenshot(ENGLISH)))
    return path


def test_an_imported_screenshot_keeps_its_image_and_a_claim_finds_its_words(
    desk: Desk, tmp_path: Path
) -> None:
    path = _shot(tmp_path)
    outcome = desk.import_file(path)
    assert outcome.status == "imported", outcome.error
    assert outcome.id is not None
    article = desk.get_article(outcome.id)
    assert article.source_format == "image"
    (page,) = desk.files.scans(outcome.id)
    assert page.data == path.read_bytes()
    assert page.media_type == "image/jpeg" and page.name == "post.jpg"
    start = article.text.index("unemployment fell")
    end = start + len("unemployment fell")
    claim = desk.mark_claim(outcome.id, start, end, ClaimKind.CLAIM)
    (box,) = page.boxes(claim.start, claim.end)
    assert box[2] > 100  # two words on one line make one box
    # The same image again is a duplicate: nothing more is kept.
    assert desk.import_file(path).status == "duplicate"
    count = desk._read(lambda s: s.scalar(select(func.count()).select_from(ArticleFile)))
    assert count == 1


def test_a_refused_photo_keeps_nothing(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "beach.png"
    photo().save(path)
    outcome = desk.import_file(path)
    assert outcome.status == "refused"
    assert outcome.error is not None and "shows no text" in outcome.error
    kept = desk._read(lambda s: s.scalar(select(func.count()).select_from(EvidenceFile)))
    assert kept == 0


def test_a_bundle_carries_the_page_images_to_another_library(desk: Desk, tmp_path: Path) -> None:
    outcome = desk.import_file(_shot(tmp_path))
    assert outcome.id is not None
    (before,) = desk.files.scans(outcome.id)
    bundle = tmp_path / "work.claimdesk"
    desk.interchange.export_bundle(bundle)
    with Desk.open(folder_location(tmp_path / "other")) as other:
        other.interchange.import_bundle(bundle)
        (after,) = other.files.scans(outcome.id)
    assert after.data == before.data
    assert after.layout == before.layout
