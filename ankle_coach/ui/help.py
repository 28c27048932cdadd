"""The Help menu's boxes: the keys, and what Ankle Coach is."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontMetrics, QIcon, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from ankle_coach import __version__
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.core.paths import assets_dir
from ankle_coach.core.textfit import fitted
from ankle_coach.ui.i18n import translate

#: The most letters of a run without a space the About box shows unbroken ("Sprunggelenk-
#: schmerzen" has 21).
LONGEST_RUN = 28

#: The About box's caution, in more words than the overview's (core/guidance.py DISCLAIMER).
DISCLAIMER = QT_TRANSLATE_NOOP(
    "ui.help",
    "Ankle Coach does not replace a clinician. It does not diagnose. If your ankle pain does "
    "not go away, gets worse, or follows an injury, see a podiatrist or an orthopaedic "
    "sports-medicine physician.",
)


def keys_text(actions: Iterable[QAction]) -> str:
    """Each action and its keys, one a line ("Pause: Space"), the keys named in the window's
    language (Qt's own catalogue: "Leertaste", "Espacio")."""
    native = QKeySequence.SequenceFormat.NativeText
    return "\n".join(
        translate("ui.help", "{action}: {keys}").format(
            action=action.text().replace("&", ""),
            keys=", ".join(keys.toString(native) for keys in action.shortcuts()),
        )
        for action in actions
    )


def show_keys(parent: QWidget, actions: Iterable[QAction]) -> None:
    QMessageBox.information(parent, translate("ui.help", "Keys"), keys_text(actions))


def about_box(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ui.help", "About Ankle Coach"))
    box.setIconPixmap(QIcon(str(assets_dir() / "icon.svg")).pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(f"Ankle Coach {__version__}")
    about = translate(
        "ui.help",
        "Guided stretch and warm-up routines for runners with ankle pain after running, "
        "based on the article \u201cAnkle Pain After Running \u2013 Top Causes\u201d.",
    )
    said = f"{about}\n\n{translate('ui.help', DISCLAIMER)}"
    # A run without a space wider than LONGEST_RUN letters gets break points: a QMessageBox is
    # never wider than the screen less 480 px, and a longer run would squeeze it (measured with
    # the pseudo-translation's padding: 954 px wanted in 886); real words are left whole.
    metrics = QFontMetrics(box.font())
    widest = metrics.averageCharWidth() * LONGEST_RUN
    box.setInformativeText(fitted(said, lambda run: metrics.horizontalAdvance(run) <= widest))
    return box


def show_about(parent: QWidget) -> None:
    about_box(parent).exec()
