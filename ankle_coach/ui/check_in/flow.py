"""Around each session: the pain check-in before, the session log as it goes, the check-in
after, and what the triage rules then advise. The main window creates one CheckInFlow."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ankle_coach.core.history import (
    CheckIn,
    CheckInMoment,
    History,
    HistoryError,
    SessionRecorder,
    local_now,
)
from ankle_coach.core.plan import Plan
from ankle_coach.core.session import SessionState
from ankle_coach.core.triage import URGENT_CARE, Advice, current_advice, pain_before_session
from ankle_coach.qt.controller import SessionController
from ankle_coach.ui.check_in.dialog import CheckInDialog
from ankle_coach.ui.check_in.notice import TriageDialog
from ankle_coach.ui.i18n import translate


class CheckInFlow(QObject):
    """Asks the check-ins (when `ask` is on), logs sessions and check-ins, says the advice.

    Dialogs are window-modal and never block: `before_session` calls back when the session may
    start. When the advice is to see a doctor, the flow says so in a dialog and asks for the
    see-a-doctor guidance at once.

    Signals:
        doctorGuidanceRequested(): open the see-a-doctor guidance.
        adviceGiven(advice): the triage Advice after each check-in.
        historyChanged(): a session or a check-in was logged (refresh a history view).
        askChanged(bool): the user ticked "Don't ask me" (False); save it in the settings.
        problem(str): the history could not be written; the session goes on.
    """

    doctorGuidanceRequested = Signal()
    adviceGiven = Signal(object)
    historyChanged = Signal()
    askChanged = Signal(bool)
    problem = Signal(str)

    def __init__(
        self,
        history: History,
        window: QWidget,
        *,
        ask: bool = True,
        now: Callable[[], datetime] = local_now,
    ) -> None:
        super().__init__(window)
        self.history = history
        self.window = window
        self.ask = ask
        self._now = now
        self.recorder: SessionRecorder | None = None
        self.dialog: CheckInDialog | None = None  # the check-in being asked, for tests
        self.triage_dialog: TriageDialog | None = None
        self.confirm_dialog: QMessageBox | None = None  # "Start anyway?" after urgent signs
        self._closing = False

    # -- the public API ------------------------------------------------------------------------

    def before_session(self, start: Callable[[int | None], None]) -> None:
        """Ask the check-in before a session, then call `start(check_in_id)` (None when none
        was given: Skip, or Save with nothing ticked). Escape or the window's close button
        backs out of starting, and so may the advice to see a doctor: then `start` is never
        called and nothing is logged."""
        if not self.ask or self._closing:
            start(None)
            return

        def answered(check_in: CheckIn | None) -> None:
            if check_in is None:
                if not self._closing:
                    start(None)
                return
            check_in_id = self._log(check_in)
            if check_in_id is None:
                start(None)
                return
            self._advise(
                before_session=True,
                then=lambda go: start(check_in_id) if go else None,
                check_in=check_in,
            )

        self._ask("before", answered, cancel=lambda: None)

    def track(
        self,
        controller: SessionController,
        routine_id: str,
        title: str,
        before_check_in_id: int | None = None,
        exercise_names: tuple[str, ...] = (),
    ) -> SessionRecorder:
        """Log the session `controller` runs, as it goes; ask the check-in after it ends.
        `title` and `exercise_names` are the routine file's own (English) ones: what is recorded
        does not depend on the language in use (core/history/names.py)."""
        engine = controller.engine
        recorder = SessionRecorder(
            self.history,
            routine_id,
            title,
            engine.plan,
            engine.clock,
            now=self._now,
            before_check_in_id=before_check_in_id,
            on_problem=self.problem.emit,
            exercise_names=exercise_names,
        )
        self.recorder = recorder
        controller.stateChanged.connect(self._on_controller_state_changed)
        controller.planChanged.connect(self._on_controller_plan_changed)
        recorder.on_state(controller.state)
        return recorder

    def check_in_now(self) -> None:
        """A check-in of no session (the "Pain check-in…" menu item); asked even when `ask`
        is off, since the user asked for it."""

        def answered(check_in: CheckIn | None) -> None:
            if check_in is not None and self._log(check_in) is not None:
                self._advise(before_session=False, then=lambda go: None)

        self._ask("standalone", answered, offer_dont_ask=False)

    def close(self) -> None:
        """The app is closing: log what is left, ask nothing more."""
        self._closing = True
        for dialog in (self.dialog, self.triage_dialog, self.confirm_dialog):
            if dialog is not None:
                dialog.reject()

    # -- inside --------------------------------------------------------------------------------

    def _ask(
        self,
        when: CheckInMoment,
        answered: Callable[[CheckIn | None], None],
        *,
        offer_dont_ask: bool = True,
        cancel: Callable[[], None] | None = None,
    ) -> None:
        """Ask the check-in `when`; `answered` gets it (None when skipped). With `cancel`, a
        dialog closed by Escape or the close button (not by Skip) calls `cancel` instead, and
        a ticked "Don't ask me" is not kept either."""
        dialog = CheckInDialog(
            when, now=self._now, offer_dont_ask=offer_dont_ask, parent=self.window
        )
        self.dialog = dialog
        skipped: list[bool] = []
        # The box says which button before it rejects (the button's own clicked comes after).
        dialog.buttons.clicked.connect(lambda button: skipped.append(button is dialog.skip_button))

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if cancel is not None and result != QDialog.DialogCode.Accepted and not any(skipped):
                cancel()
                return
            if dialog.dont_ask_again():
                self.ask = False
                self.askChanged.emit(False)
            answered(dialog.check_in() if result == QDialog.DialogCode.Accepted else None)

        dialog.finished.connect(finished)
        dialog.open()

    def _log(self, check_in: CheckIn) -> int | None:
        try:
            check_in_id = self.history.add_check_in(check_in)
        except HistoryError as exc:
            self.problem.emit(str(exc))
            return None
        self.historyChanged.emit()
        return check_in_id

    def _advise(
        self,
        *,
        before_session: bool,
        then: Callable[[bool], None],
        check_in: CheckIn | None = None,
    ) -> None:
        now = self._now()
        try:
            advice = current_advice(self.history, now)
        except HistoryError as exc:
            self.problem.emit(str(exc))
            then(True)
            return
        self.adviceGiven.emit(advice)
        # Pain before a session is said in the result itself, even when no rule fires on it.
        pain = pain_before_session(check_in) if before_session and check_in else None
        if not advice.see_a_doctor and pain is None:
            then(True)
            return
        self._show(advice, before_session=before_session, then=then, pain=pain)
        if advice.see_a_doctor:
            self.doctorGuidanceRequested.emit()

    def _show(
        self,
        advice: Advice,
        *,
        before_session: bool,
        then: Callable[[bool], None],
        pain: str | None = None,
    ) -> None:
        dialog = TriageDialog(
            advice, before_session=before_session, pain_note=pain, parent=self.window
        )
        dialog.doctorGuidanceRequested.connect(self.doctorGuidanceRequested)
        self.triage_dialog = dialog

        def finished(result: int) -> None:
            self.triage_dialog = None
            dialog.deleteLater()
            start = result == QDialog.DialogCode.Accepted
            if before_session and start and advice.urgent and not self._closing:
                self._confirm_urgent(then)
                return
            then(start or not before_session)

        dialog.finished.connect(finished)
        dialog.open()

    def _confirm_urgent(self, then: Callable[[bool], None]) -> None:
        """A second, explicit "yes" before exercising an ankle with an urgent sign."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("ui.check_in.flow", "Start the routine anyway?"),
            translate(
                "ui.check_in.flow",
                "{urgent_care} Ankle Coach advises against exercising the ankle until a "
                "clinician has seen it.\n\nDo you still want to start the routine?",
            ).format(urgent_care=translate("core.triage", URGENT_CARE)),  # the core's words
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setObjectName("confirmStartAnyway")
        box.setTextFormat(Qt.TextFormat.PlainText)
        start = box.addButton(
            translate("ui.check_in.flow", "Yes, start anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        start.setObjectName("confirmStart")
        dont = box.addButton(
            translate("ui.check_in.flow", "Don't start"), QMessageBox.ButtonRole.RejectRole
        )
        dont.setObjectName("confirmDontStart")
        box.setDefaultButton(dont)
        box.setEscapeButton(dont)
        self.confirm_dialog = box

        def finished(_: int) -> None:
            self.confirm_dialog = None
            box.deleteLater()
            then(box.clickedButton() is start and not self._closing)

        box.finished.connect(finished)
        box.open()

    @Slot(object)
    def _on_controller_state_changed(self, state: SessionState) -> None:
        recorder = self.recorder
        if recorder is None or recorder.over:
            return
        recorder.on_state(state)
        if not recorder.over:
            return
        self.historyChanged.emit()
        controller = self.sender()
        if isinstance(controller, SessionController):
            controller.stateChanged.disconnect(self._on_controller_state_changed)
            controller.planChanged.disconnect(self._on_controller_plan_changed)
        if recorder.session_id is None or not self.ask or self._closing:
            return

        def answered(check_in: CheckIn | None) -> None:
            if check_in is None:
                return
            if recorder.record_check_in(check_in) is None:
                return
            self.historyChanged.emit()
            self._advise(before_session=False, then=lambda go: None)

        self._ask("after", answered)

    @Slot(object)
    def _on_controller_plan_changed(self, plan: object) -> None:
        if self.recorder is not None and isinstance(plan, Plan):
            self.recorder.set_plan(plan)
