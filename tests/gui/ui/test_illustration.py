"""The illustration widget keeps one SVG renderer, whatever it has shown before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from ankle_coach.core.paths import assets_dir
from ankle_coach.ui.illustration import Illustration


@pytest.mark.qt_log_ignore(r"Cannot read file .*broken\.svg")
def test_showing_other_images_in_turn_keeps_one_renderer(qtbot: QtBot, tmp_path: Path) -> None:
    images = sorted((assets_dir() / "illustrations").glob("*.svg"))[:2]
    assert len(images) == 2
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg", encoding="utf-8")
    widget = Illustration()
    qtbot.addWidget(widget)
    for path in (images[0], images[1], broken, images[0], None, images[1]):
        widget.set_image(path)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert len(widget.findChildren(QSvgRenderer)) == (1 if widget.has_image else 0)
    assert widget.has_image and widget.image_path == images[1]
