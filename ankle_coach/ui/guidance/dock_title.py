"""The Guidance sidebar's title bar: its title follows the text size like every heading.

QDockWidget draws its own title in a font it reads once, when it is built (Qt's private
QDockWidgetTitle font): after the text size changed in Settings the title stayed at the old
size until a restart. A title bar of our own is a label with set_type_scale, and buttons to
float and close the sidebar as the built-in one has."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from ankle_coach.ui.i18n import translate
from ankle_coach.ui.theme import HEADING_SCALES, set_type_scale


class DockTitle(QWidget):
    def __init__(self, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.setObjectName("dockTitle")
        self.title = QLabel(dock.windowTitle(), self)
        self.title.setObjectName("dockTitleText")
        set_type_scale(self.title, HEADING_SCALES[3], bold=True)  # follows the text size
        style = self.style()
        self.float_button = QToolButton(self)
        self.float_button.setObjectName("dockFloat")
        self.float_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TitleBarNormalButton))
        self.float_button.setToolTip(
            translate("ui.guidance.dock_title", "Detach the sidebar into a window of its own")
        )
        self.float_button.clicked.connect(lambda: dock.setFloating(not dock.isFloating()))
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("dockClose")
        self.close_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setToolTip(
            translate("ui.guidance.dock_title", "Close the sidebar (View menu opens it again)")
        )
        self.close_button.clicked.connect(dock.close)
        self._name_buttons(dock.windowTitle())
        for button in (self.float_button, self.close_button):
            button.setAutoRaise(True)
            # Out of the Tab chain, as the built-in title bar's buttons are: Tab goes from the
            # page into the sidebar's content; Ctrl+G (View > Guidance) hides and shows it.
            # Their names are still read by screen readers.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 2)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.float_button)
        layout.addWidget(self.close_button)
        dock.windowTitleChanged.connect(self._retitle)
        self._size_buttons()

    def _retitle(self, title: str) -> None:
        """The title and the buttons' names follow the dock's title."""
        self.title.setText(title)
        self._name_buttons(title)

    def _name_buttons(self, title: str) -> None:
        self.float_button.setAccessibleName(
            translate("ui.guidance.dock_title", "Detach {title}").format(title=title)
        )
        self.close_button.setAccessibleName(
            translate("ui.guidance.dock_title", "Close {title}").format(title=title)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_buttons()

    def _size_buttons(self) -> None:
        """The buttons' icons as tall as a line of text: Fusion's 10 px were specks at 200 %."""
        side = self.fontMetrics().height()
        for button in (self.float_button, self.close_button):
            button.setIconSize(QSize(side, side))


def give_title_bar(dock: QDockWidget) -> DockTitle:
    """Give `dock` a title bar whose title follows the text size."""
    title = DockTitle(dock)
    dock.setTitleBarWidget(title)
    return title


def guidance_dock(parent: QWidget) -> QDockWidget:
    """The Guidance sidebar's dock (its content is set later), with a title of our own."""
    dock = QDockWidget(translate("ui.guidance.dock_title", "Guidance"), parent)
    dock.setObjectName("guidanceDock")
    give_title_bar(dock)
    return dock
