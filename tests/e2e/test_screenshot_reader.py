"""The real app: a screenshot of a post imported with the command line, a claim marked in its
text by keyboard, the reader showing the image beside the text with the claim outlined."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from claimdesk.core.desk import Desk
from claimdesk.core.library import LibraryLocation, folder_location
from claimdesk.core.model import ClaimFilter, ClaimKind
from tests.conftest import REPO
from tests.e2e.conftest import RunningApp, read_claims, wait_for
from tests.ocr_images import ITALIAN, jpeg, screenshot

pytestmark = pytest.mark.e2e
CLAIM_ORANGE = (0xE6, 0x9F, 0x00)


def _orange_pixels(image: Image.Image) -> np.ndarray:
    pixels = np.asarray(image.convert("RGB"), dtype="int16")
    near = np.abs(pixels - np.array(CLAIM_ORANGE, dtype="int16")).sum(axis=2) < 60
    return np.argwhere(near)


def test_a_claim_marked_in_a_screenshot_is_outlined_on_the_image(
    start_app: Callable[[LibraryLocation], RunningApp], tmp_path: Path
) -> None:
    shot = tmp_path / "post-inoltrato.jpg"
    shot.write_bytes(jpeg(screenshot(ITALIAN, width=520, size=15, background=(232, 240, 254))))
    location = folder_location(tmp_path / "library")
    env = {k: v for k, v in os.environ.items() if k != "CLAIMDESK_LIBRARY"}
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run(
        [sys.executable, "-m", "claimdesk.cli", "--library", str(location.folder), "import",
         str(shot)],
        capture_output=True, text=True, env=env, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""

    app = start_app(location)
    # Ctrl+1: the library list; Down: its article opens; Ctrl+2: the reader; J: the first
    # sentence; C: marked as a claim.
    app.keys("ctrl+1", "Down")
    app.keys("ctrl+2", "j", "c")
    assert wait_for(lambda: len(read_claims(location)) == 1), "the mark never reached the database"
    app.keys("Escape")  # the claimant field has the keyboard: leave it as it is
    # The outline is drawn once the claim comes back from the worker.
    saved = app.screenshot("e2e-screenshot-claim.png")
    assert wait_for(lambda: len(_orange_pixels(Image.open(app.screenshot(saved.name)))) > 200)
    screen = Image.open(saved)
    orange = _orange_pixels(screen)
    # The reader's text (underlined) and the image pane to its right (outlined) both show it.
    columns = orange[:, 1]
    assert columns.max() - columns.min() > 300

    app.process.terminate()
    app.process.wait(20)
    with Desk.open(location) as desk:
        (summary,) = desk.list_articles()
        (claim,) = desk.list_claims(ClaimFilter(article_id=summary.id))
        (page,) = desk.files.scans(summary.id)
    assert claim.kind == ClaimKind.CLAIM
    assert page.data == shot.read_bytes()
    assert page.boxes(claim.start, claim.end)
