"""Colours that must stay readable in the light and the dark palette: a verdict badge on a
selected row (it was blue on blue in the dark), a search hit's type badge, and disabled
controls, which must look disabled (in the dark they looked like enabled ones)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QListView, QPushButton, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from claimdesk.core.model import ClaimKind, Verdict
from claimdesk.gui.common.appearance import apply_appearance
from claimdesk.gui.common.palette import (
    badge_colours,
    contrast_ratio,
    kind_colour,
    over,
    readable_on,
)
from claimdesk.gui.tracking.claim_card import ClaimCardDelegate, verdict_colour
from claimdesk.gui.tracking.tracking_models import CARD_ROLE, Card

APPEARANCES = ("light", "dark")
Group, Role = QPalette.ColorGroup, QPalette.ColorRole


@pytest.fixture(params=APPEARANCES)
def palette(request: pytest.FixtureRequest, qtbot: QtBot) -> Iterator[QPalette]:
    """The application's palette in each appearance; the system's again afterwards."""
    apply_appearance(str(request.param))
    yield QApplication.palette()
    apply_appearance("system")


def test_contrast_ratio_is_wcag() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    # WCAG's own example: #767676 on white is the lightest grey that passes 4.5:1.
    assert contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert over(QColor(0, 0, 0, 0), QColor("#123456")).name() == "#123456"
    blue = QColor("#0072B2")
    assert contrast_ratio(readable_on(blue, QColor("#1e1f22")), QColor("#1e1f22")) >= 4.5
    assert contrast_ratio(readable_on(blue, QColor("#2f6fc0")), QColor("#2f6fc0")) >= 4.5


@pytest.mark.parametrize("verdict", list(Verdict))
def test_a_verdict_badge_reads_on_the_selection(palette: QPalette, verdict: Verdict) -> None:
    colours = badge_colours(verdict_colour(verdict.value), palette)
    selection = palette.color(Group.Active, Role.Highlight)
    base = palette.color(Group.Active, Role.Base)
    assert colours.fill.alpha() == 255  # the highlight never shows through the badge
    # The words on the badge, on a selected row as on a plain one.
    assert contrast_ratio(colours.text, colours.fill) >= 4.5, verdict
    # The badge itself stands out of the selection; on a plain row it is a light tint.
    assert contrast_ratio(colours.fill, selection) >= 2.0, verdict
    assert contrast_ratio(colours.fill, base) < 1.5, verdict


@pytest.mark.parametrize("kind", ["claim", "denial", "article"])
def test_a_search_hit_badge_reads_on_the_selection(palette: QPalette, kind: str) -> None:
    colour = kind_colour(ClaimKind(kind)) if kind != "article" else QColor("#56B4E9")
    text = palette.color(Role.Text)
    colours = badge_colours(colour, palette, text=text, tint=70)
    assert contrast_ratio(colours.text, colours.fill) >= 4.5, kind
    assert contrast_ratio(colours.fill, palette.color(Group.Active, Role.Highlight)) >= 1.5


def _painted_card(palette: QPalette, verdict: Verdict) -> tuple[QImage, QRect]:
    """A selected card with a verdict badge, painted by the delegate; and the badge's area."""
    model = QStandardItemModel()
    item = QStandardItem()
    item.setData(Card(ClaimKind.CLAIM, "Mosca", "Nessuna invasione.", "note", verdict.value),
                 CARD_ROLE)  # fmt: skip
    model.appendRow(item)
    view = QListView()
    view.setModel(model)
    delegate = ClaimCardDelegate(view)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.palette = palette
    option.state = QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_Enabled
    option.state |= QStyle.StateFlag.State_Active
    size = QSize(360, 90)
    option.rect = QRect(0, 0, size.width(), size.height())
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(palette.color(Group.Active, Role.Highlight))
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    # The badge is drawn at the top right, inside the card's padding.
    return image, QRect(size.width() - 120, 8, 112, 20)


@pytest.mark.parametrize("verdict", [Verdict.TRUE, Verdict.HALF_TRUE, Verdict.FALSE])
def test_the_painted_badge_of_a_selected_card_is_readable(
    palette: QPalette, verdict: Verdict
) -> None:
    image, area = _painted_card(palette, verdict)
    seen = Counter(
        image.pixelColor(x, y).name()
        for x in range(area.left(), area.right())
        for y in range(area.top(), area.bottom())
    )
    fill = badge_colours(verdict_colour(verdict.value), palette).fill
    # The badge paints its own opaque fill over the highlight...
    inside = [
        (x, y)
        for x in range(area.left(), area.right())
        for y in range(area.top(), area.bottom())
        if image.pixelColor(x, y).name() == fill.name()
    ]
    assert len(inside) > 100, seen.most_common(3)
    # ... and its lettering, within the fill's bounds, reads on it.
    left, right = min(x for x, _ in inside), max(x for x, _ in inside)
    top, bottom = min(y for _, y in inside), max(y for _, y in inside)
    strongest = max(
        contrast_ratio(image.pixelColor(x, y), fill)
        for x in range(left, right)
        for y in range(top, bottom)
    )
    assert strongest >= 3.0, (verdict, strongest)


def test_disabled_controls_look_disabled(palette: QPalette, qtbot: QtBot) -> None:
    def ratio(group: QPalette.ColorGroup, text: Role, face: Role) -> float:
        return contrast_ratio(palette.color(group, text), palette.color(group, face))

    for text, face in ((Role.ButtonText, Role.Button), (Role.Text, Role.Base),
                       (Role.WindowText, Role.Window)):  # fmt: skip
        enabled_text = palette.color(Group.Active, text)
        disabled_text = palette.color(Group.Disabled, text)
        # Disabled words are another colour, well apart from the enabled one...
        assert contrast_ratio(enabled_text, disabled_text) >= 2.0, text
        # ... and at most half as strong on their face, yet there to read (1.5:1 or more,
        # as the light style has them).
        enabled, disabled = ratio(Group.Active, text, face), ratio(Group.Disabled, text, face)
        assert disabled <= enabled / 2, (text, enabled, disabled)
        assert disabled >= 1.5, (text, disabled)

    # Painted: a disabled button's face and words are not the enabled one's.
    def face_and_words(enabled: bool) -> tuple[QColor, QColor]:
        button = QPushButton("contradicts")
        qtbot.addWidget(button)
        button.setEnabled(enabled)
        button.resize(140, 32)
        image = button.grab().toImage()
        face = Counter(
            image.pixelColor(x, y).name() for x in range(8, 132) for y in range(8, 24)
        ).most_common(1)[0][0]
        words = max(
            (image.pixelColor(x, y) for x in range(20, 120) for y in range(8, 24)),
            key=lambda c: contrast_ratio(c, QColor(face)),
        )
        return QColor(face), words

    enabled_face, enabled_words = face_and_words(True)
    disabled_face, disabled_words = face_and_words(False)
    enabled_ratio = contrast_ratio(enabled_words, enabled_face)
    disabled_ratio = contrast_ratio(disabled_words, disabled_face)
    assert disabled_ratio < enabled_ratio / 2
    if disabled_face.name() == enabled_face.name():
        # Only nearly vanishing words set it apart (the light style): a quarter or less.
        # The dark palette had the same face and words at 0.29 of the enabled strength,
        # which read as an enabled button.
        assert disabled_ratio <= enabled_ratio / 4, (enabled_ratio, disabled_ratio)
    else:
        # The face sinks towards the window.
        window = palette.color(Group.Active, Role.Window)
        assert contrast_ratio(disabled_face, window) < contrast_ratio(enabled_face, window)
