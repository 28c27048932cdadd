"""The printable handout of a routine: a sheet a physio gives to a patient, as a PDF or printed.

Page one starts with the routine's title, summary and total time; then each exercise comes as a
card (its illustration beside its name, prescription, instructions and custom cue), about four
to a page; then lined space for the physio's notes, the PRICE and see-a-doctor guidance, and the
disclaimer. Every page carries "Page N of M". All text is real text in the PDF, drawn as plain
text (QTextLayout): what a routine file says is printed as it is, never read as markup.

The sheet speaks the language installed (ui/i18n.py): its words, the routine's own translation
when its file has one, the guidance, and the date in the language's format (the default QLocale).

The layout (text measured and wrapped, blocks, pages) is ui/handout/layout.py's; this module
makes the sheet's blocks and paints them. One routine, `paint_handout`, lays the sheet out for
a paged device's page size and paints it: `handout_pdf` gives it a QPdfWriter (A4 or Letter),
`print_handout` the QPrinter the user chose.

It needs a QGuiApplication for fonts; `write_handout` makes an offscreen one when none is
running, so the command line can print without a display.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from ankle_coach.core.cues import custom_cue
from ankle_coach.core.guidance import (
    ARTICLE_TITLE,
    Advice,
    AdviceSection,
    Guidance,
    load_guidance,
)
from ankle_coach.core.library import LibraryEntry
from ankle_coach.core.plan import total_seconds
from ankle_coach.core.routine import Exercise, Routine, work_steps
from ankle_coach.core.savefile import write_atomically
from ankle_coach.core.words import duration_text, prescription_text, quoted
from ankle_coach.ui.handout.layout import Block, Page, Typesetter
from ankle_coach.ui.handout.pictures import sheet_picture
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.widgets.illustration import find_image

if TYPE_CHECKING:  # QtPrintSupport is loaded by the app's Print command only
    from PySide6.QtPrintSupport import QPrinter

PageSizeName = Literal["A4", "Letter"]
PAGE_SIZES: Final[dict[str, QPageSize.PageSizeId]] = {
    "A4": QPageSize.PageSizeId.A4,
    "Letter": QPageSize.PageSizeId.Letter,
}
NOTE_LINES: Final = 6
#: Fewer lines, to keep the notes on the page of the last exercise.
MIN_NOTE_LINES: Final = 3
#: Dots per inch of the PDF's coordinates; text and drawings stay vectors whatever it is.
RESOLUTION: Final = 600

# Colours: dark text on white, tints light enough to print in grey and to write on.
INK: Final = QColor("#1f2933")
MUTED: Final = QColor("#52606d")
RULE: Final = QColor("#cbd2d9")
ACCENT: Final = QColor("#1864ab")
PRESCRIPTION: Final = QColor("#1b7a34")
FRAME: Final = QColor("#f5f7fa")
PRICE_TINT: Final = QColor("#e7f1fb")
DOCTOR_TINT: Final = QColor("#fff4e0")
DOCTOR_INK: Final = QColor("#9a4d00")

#: Marks advice that is Ankle Coach's own, not the article's (explained under each box).
APP_MARK: Final = "\u2020"

_app: QGuiApplication | None = None


def write_handout(
    source: LibraryEntry | Routine,
    folder: Path | None,
    out: Path,
    *,
    page_size: PageSizeName = "A4",
    guidance: Guidance | None = None,
) -> None:
    """Write the handout of `source` to `out` as a PDF (atomically).

    `folder` is where the routine's images are looked up (by default the entry's folder; for a
    Routine, None means built-in illustrations only). Raises GuidanceError when the shipped
    guidance cannot be read, OSError when `out` cannot be written.
    """
    data, _pages = handout_pdf(source, folder, page_size=page_size, guidance=guidance)
    write_atomically(out, data)


def handout_pdf(
    source: LibraryEntry | Routine,
    folder: Path | None,
    *,
    page_size: PageSizeName = "A4",
    guidance: Guidance | None = None,
) -> tuple[bytes, int]:
    """The handout as PDF bytes, and its number of pages."""
    ensure_gui_app()
    routine = source.routine if isinstance(source, LibraryEntry) else source
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(routine.title)
    writer.setCreator("Ankle Coach")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    pages = paint_handout(writer, source, folder, guidance=guidance)
    buffer.close()
    return bytes(buffer.data().data()), pages


def print_handout(
    source: LibraryEntry | Routine,
    folder: Path | None,
    printer: QPrinter,
    *,
    guidance: Guidance | None = None,
) -> int:
    """Print the handout on `printer`, on the paper it is set up for; the number of pages.

    The sheet keeps its own margins, measured from the edge of the paper, as in the PDF.
    Raises OSError when the printer cannot start or reports an error.
    """
    from PySide6.QtPrintSupport import QPrinter

    ensure_gui_app()
    routine = source.routine if isinstance(source, LibraryEntry) else source
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and not printer.outputFileName():
        raise OSError(
            translate("ui.handout.sheet", "no printer was chosen, and no file to print to")
        )
    printer.setFullPage(True)
    printer.setDocName(routine.title)
    printer.setCreator("Ankle Coach")
    pages = paint_handout(printer, source, folder, guidance=guidance, printer=True)
    if printer.printerState() == QPrinter.PrinterState.Error:
        if printer.printerName():
            said = translate(
                "ui.handout.sheet",
                "the printer \u201c{name}\u201d reported an error; the handout may not have "
                "printed",
            ).format(name=printer.printerName())
        else:
            said = translate(
                "ui.handout.sheet",
                "the printer reported an error; the handout may not have printed",
            )
        raise OSError(said)
    return pages


def paint_handout(
    device: QPagedPaintDevice,
    source: LibraryEntry | Routine,
    folder: Path | None,
    *,
    guidance: Guidance | None = None,
    printer: bool = False,
    today: QDate | None = None,
) -> int:
    """Lay the handout out for `device`'s page (size and orientation) and paint every page on
    it; the number of pages. The one layout behind the PDF and the printed sheet.

    `folder` is where the routine's images are looked up, as for `write_handout`; `today`
    the date printed (today's by default). Raises OSError (naming the printer or the PDF,
    `printer` says which) when the device will not start or take a new page.
    """
    routine = source.routine if isinstance(source, LibraryEntry) else source
    if folder is None and isinstance(source, LibraryEntry):
        folder = source.folder
    guidance = guidance if guidance is not None else load_guidance()
    sheet = _Sheet(device, routine, folder, guidance, today or QDate.currentDate())
    pages = sheet.paginate(sheet.blocks)
    painter = QPainter()
    if not painter.begin(device):
        if printer:
            raise OSError(translate("ui.handout.sheet", "the printer could not be started"))
        raise OSError(translate("ui.handout.sheet", "the PDF could not be started"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for number, page in enumerate(pages, start=1):
            if number > 1 and not device.newPage():
                if printer:
                    said = translate(
                        "ui.handout.sheet", "the printer could not start page {number}"
                    )
                else:
                    said = translate("ui.handout.sheet", "the PDF could not start page {number}")
                raise OSError(said.format(number=number))
            sheet.paint_page(painter, page, number, len(pages))
    finally:
        painter.end()
    return len(pages)


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new offscreen one (kept for the life of the process)."""
    global _app
    running = QCoreApplication.instance()
    if isinstance(running, QGuiApplication):
        return running
    if running is not None:
        raise RuntimeError("a handout needs a QGuiApplication, but a QCoreApplication is running")
    _app = QGuiApplication(["ankle-coach", "-platform", "offscreen"])
    return _app


# -- the sheet ------------------------------------------------------------------------------------


class _Sheet(Typesetter):
    """One routine's handout on a device: its blocks, and how its pages are painted."""

    def __init__(
        self,
        device: QPagedPaintDevice,
        routine: Routine,
        folder: Path | None,
        guidance: Guidance,
        today: QDate,
    ) -> None:
        super().__init__(device)
        self.routine = routine
        self.folder = folder
        self.guidance = guidance
        self.today = today
        self.blocks = self._blocks()

    # the blocks

    def _blocks(self) -> list[Block]:
        blocks = [self._header()]
        heading = self._heading(translate("ui.handout.sheet", "Your exercises"), ACCENT)
        heading.gap_before = self.mm(7)
        heading.keep_with_next = True
        blocks.append(heading)
        for index, exercise in enumerate(self.routine.exercises):
            card = self._card(index, exercise)
            card.gap_before = self.mm(3) if index == 0 else self.mm(5)
            blocks.append(card)
        blocks.append(self._notes(NOTE_LINES))
        blocks.extend(self._advice_box(self.guidance.price, PRICE_TINT, ACCENT))
        blocks.extend(self._advice_box(self.guidance.doctor, DOCTOR_TINT, DOCTOR_INK))
        blocks.append(self._disclaimer())
        return blocks

    def paint_page(self, painter: QPainter, page: Page, number: int, count: int) -> None:
        top = self.body_top(number)
        for block, y in page.blocks:
            block.paint(painter, top + y)
        self._paint_margins(painter, number, count)

    def _paint_margins(self, painter: QPainter, number: int, count: int) -> None:
        small = 8.0
        if number > 1:
            head = self.paragraph(self.routine.title, small, self.width * 0.7, max_lines=1)
            head.draw(painter, self.left, self.mm(10), MUTED)
            brand = self.paragraph(
                "Ankle Coach", small, self.width * 0.3, align=Qt.AlignmentFlag.AlignRight
            )
            brand.draw(painter, self.right - brand.width, self.mm(10), MUTED)
        rule_y = self.page_height - self.mm(15)
        painter.setPen(QPen(RULE, self.mm(0.25)))
        painter.drawLine(QPointF(self.left, rule_y), QPointF(self.right, rule_y))
        disclaimer = self.paragraph(self.guidance.disclaimer.title, small, self.width * 0.7)
        disclaimer.draw(painter, self.left, rule_y + self.mm(1.5), MUTED)
        page = self.paragraph(
            translate("ui.handout.sheet", "Page {number} of {count}").format(
                number=number, count=count
            ),
            small,
            self.width * 0.3,
            bold=True,
            align=Qt.AlignmentFlag.AlignRight,
        )
        page.draw(painter, self.right - page.width, rule_y + self.mm(1.5), INK)

    # blocks

    def _header(self) -> Block:
        routine = self.routine
        # The date of the sheet, as the language writes it ("5. Dezember 2026"), at the right.
        # A locale made from the default's name: the system's own locale would take its month
        # names from LC_TIME, English on a system set to en_US with LANGUAGE=de.
        dated = QLocale(QLocale().name()).toString(self.today, QLocale.FormatType.LongFormat)
        date = self.paragraph(dated, 8, self.width * 0.4, align=Qt.AlignmentFlag.AlignRight)
        kicker = self.paragraph(
            translate("ui.handout.sheet", "ANKLE COACH \u00b7 YOUR EXERCISE ROUTINE"),
            8,
            self.width - date.advance(dated) - self.mm(4),
            bold=True,
        )
        title = self.paragraph(routine.title, 22, self.width, bold=True)
        summary = self.paragraph(routine.summary, 10, self.width) if routine.summary else None
        facts = self.paragraph(_facts(routine), 9.5, self.width, bold=True)
        # Blanks for the physio to fill in by hand.
        fields = (
            translate("ui.handout.sheet", "For:"),
            translate("ui.handout.sheet", "From:"),
            translate("ui.handout.sheet", "Date:"),
        )
        field_label = self.paragraph(fields[1], 9, self.width)
        heights = [
            kicker.height,
            self.mm(2),
            title.height,
            self.mm(2.5) + summary.height if summary else 0.0,
            self.mm(4),
            facts.height,
            self.mm(6),
            field_label.height + self.mm(1),
        ]

        def paint(painter: QPainter, top: float) -> None:
            y = top
            kicker.draw(painter, self.left, y, ACCENT)
            date.draw(painter, self.right - date.width, y, MUTED)
            y += kicker.height + self.mm(2)
            title.draw(painter, self.left, y, INK)
            y += title.height
            if summary is not None:
                y += self.mm(2.5)
                summary.draw(painter, self.left, y, MUTED)
                y += summary.height
            y += self.mm(4)
            band = QRectF(self.left, y - self.mm(1.5), self.width, facts.height + self.mm(3))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(FRAME)
            painter.drawRoundedRect(band, self.mm(1.5), self.mm(1.5))
            facts.draw(painter, self.left + self.mm(3), y, INK)
            y += facts.height + self.mm(6)
            column = self.width / len(fields)
            for index, name in enumerate(fields):
                x = self.left + index * column
                label = self.paragraph(name, 9, column)
                label.draw(painter, x, y, MUTED)
                start = x + label.advance(name) + self.mm(2)
                painter.setPen(QPen(RULE, self.mm(0.3)))
                line_y = y + label.first_line_height * 0.85
                end = x + column - self.mm(6)
                painter.drawLine(QPointF(start, line_y), QPointF(end, line_y))

        return Block(sum(heights), paint)

    def _heading(self, text: str, colour: QColor) -> Block:
        heading = self.paragraph(text, 13, self.width, bold=True)
        gap = self.mm(1.5)

        def paint(painter: QPainter, top: float) -> None:
            heading.draw(painter, self.left, top, colour)
            y = top + heading.height + gap
            painter.setPen(QPen(colour, self.mm(0.5)))
            painter.drawLine(QPointF(self.left, y), QPointF(self.right, y))

        return Block(heading.height + gap + self.mm(0.5), paint)

    def _card(self, index: int, exercise: Exercise) -> Block:
        badge = self.mm(7)
        picture = sheet_picture(find_image(exercise.image, self.folder))
        image_x = self.left + badge + self.mm(3)
        image_width = self.mm(50) if picture is not None else 0.0
        image_height = image_width * 3 / 4
        text_x = image_x + (image_width + self.mm(6) if picture is not None else 0.0)
        text_width = self.right - text_x
        minutes = _exercise_time(exercise)
        clock = self.paragraph(minutes, 9, self.mm(30), align=Qt.AlignmentFlag.AlignRight)
        clock_width = clock.advance(minutes) + self.mm(4) if minutes else 0.0
        name = self.paragraph(exercise.name, 13, text_width - clock_width, bold=True)
        prescription = self.paragraph(prescription_text(exercise), 10, text_width, bold=True)
        spacing = self.mm(1.5)
        said = custom_cue(exercise)
        cue = self.paragraph(quoted(said), 10, text_width, italic=True) if said else None
        used = name.height + spacing + prescription.height + spacing
        if cue is not None:  # the instructions give way to it, not the other way round
            used += cue.height + spacing
        line = self.paragraph("Xg", 10, text_width).height
        room = self.body_height(2) - self.mm(12) - used
        instructions = (
            self.paragraph(
                exercise.instructions, 10, text_width, max_lines=max(1, math.floor(room / line))
            )
            if exercise.instructions.strip()
            else None
        )
        text_height = used + (instructions.height if instructions else 0.0)
        height = max(text_height, image_height, badge)
        number = self.paragraph(
            str(index + 1), 10, badge, bold=True, align=Qt.AlignmentFlag.AlignHCenter
        )

        def paint(painter: QPainter, top: float) -> None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ACCENT)
            painter.drawEllipse(QRectF(self.left, top, badge, badge))
            number.draw(painter, self.left, top + (badge - number.height) / 2, QColor("white"))
            if picture is not None:
                frame = QRectF(image_x, top, image_width, image_height)
                painter.setPen(QPen(RULE, self.mm(0.25)))
                painter.setBrush(FRAME)
                painter.drawRoundedRect(frame, self.mm(2), self.mm(2))
                picture.draw(painter, frame.adjusted(*(self.mm(2),) * 2, *(-self.mm(2),) * 2))
            y = top
            if minutes:
                baseline = top + name.first_line_height - clock.first_line_height
                clock.draw(painter, self.right - clock.width, baseline - self.mm(0.3), MUTED)
            name.draw(painter, text_x, y, INK)
            y += name.height + spacing
            prescription.draw(painter, text_x, y, PRESCRIPTION)
            y += prescription.height + spacing
            if instructions is not None:
                instructions.draw(painter, text_x, y, INK)
                y += instructions.height + spacing
            if cue is not None:
                cue.draw(painter, text_x, y, ACCENT)

        return Block(height, paint, card=True)

    def _notes(self, lines: int) -> Block:
        heading = self.paragraph(
            translate("ui.handout.sheet", "Notes from your physiotherapist"),
            11,
            self.width,
            bold=True,
        )
        spacing = self.mm(8)
        height = self.mm(4) + heading.height + lines * spacing + self.mm(3)

        def paint(painter: QPainter, top: float) -> None:
            box = QRectF(self.left, top, self.width, height)
            painter.setPen(QPen(RULE, self.mm(0.3)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, self.mm(2), self.mm(2))
            heading.draw(painter, self.left + self.mm(4), top + self.mm(3), INK)
            y = top + self.mm(4) + heading.height
            painter.setPen(QPen(RULE, self.mm(0.25)))
            for _ in range(lines):
                y += spacing
                painter.drawLine(
                    QPointF(self.left + self.mm(4), y), QPointF(self.right - self.mm(4), y)
                )

        def fit(room: float) -> Block | None:
            for fewer in range(lines - 1, MIN_NOTE_LINES - 1, -1):
                block = self._notes(fewer)
                if block.height <= room:
                    return block
            return None

        return Block(height, paint, gap_before=self.mm(8), fit=fit)

    def _advice_box(self, section: AdviceSection, tint: QColor, ink: QColor) -> list[Block]:
        """A tinted box, one block per item so that it can go on over a page break."""
        pad = self.mm(4)
        # wide enough for the longest word of a heading ("sobreentrenamiento", "Überlastung"),
        # so no word is cut without a hyphen; at most a third of the box
        words = [word for item in section.items if item.heading for word in item.heading.split()]
        widest = max(
            (self.paragraph(word, 9, self.width, bold=True).advance(word) for word in words),
            default=0.0,
        )
        label_width = min(max(self.mm(36), widest + self.mm(1)), self.width / 3)
        text_x = self.left + pad + label_width + self.mm(3)
        text_width = self.right - pad - text_x
        row_gap = self.mm(1.4)
        radius = self.mm(2.5)

        def band(painter: QPainter, top: float, height: float, *, first: bool, last: bool) -> None:
            """The box's tint behind one block; only the box's own corners are round."""
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint)
            painter.drawRect(QRectF(self.left, top, self.width, height))
            if first or last:
                painter.setBrush(QColor("white"))
                corners = QRectF(
                    self.left, top if first else top + height - radius, self.width, radius
                )
                painter.drawRect(corners)
                painter.setBrush(tint)
                painter.drawRoundedRect(
                    QRectF(
                        self.left,
                        top if first else top + height - 2 * radius,
                        self.width,
                        2 * radius,
                    ),
                    radius,
                    radius,
                )
            painter.setBrush(ink)
            bar_top = top + (radius if first else 0.0)
            bar_bottom = top + height - (radius if last else 0.0)
            painter.drawRect(QRectF(self.left, bar_top, self.mm(1.2), bar_bottom - bar_top))

        def title_block(text: str, *, first: bool) -> Block:
            title = self.paragraph(text, 12 if first else 10, self.width - 2 * pad, bold=True)
            height = pad + title.height + self.mm(2)

            def paint(painter: QPainter, top: float) -> None:
                band(painter, top, height, first=True, last=False)
                title.draw(painter, self.left + pad, top + pad, ink)

            return Block(
                height, paint, gap_before=self.mm(7) if first else 0.0, keep_with_next=True
            )

        blocks = [title_block(section.title, first=True)]
        continued = title_block(
            translate("ui.handout.sheet", "{title} (continued)").format(title=section.title),
            first=False,
        )
        note = (
            self.paragraph(
                translate(
                    "ui.handout.sheet",
                    "{mark} Ankle Coach's own cautious advice, beyond the article it is based on.",
                ).format(mark=APP_MARK),
                8,
                self.width - 2 * pad,
                italic=True,
            )
            if any(item.from_app for item in section.items)
            else None
        )

        def row(item: Advice, last: bool) -> Block:
            label = (
                self.paragraph(item.heading, 9, label_width, bold=True) if item.heading else None
            )
            mark = f" {APP_MARK}" if item.from_app else ""
            text = self.paragraph(item.text + mark, 9, text_width)
            content = max(text.height, label.height if label else 0.0)
            end = ((self.mm(1.5) + note.height if note else 0.0) + pad) if last else row_gap
            height = content + end

            def paint(painter: QPainter, top: float) -> None:
                band(painter, top, height, first=False, last=last)
                if label is not None:
                    label.draw(painter, self.left + pad, top, ink)
                text.draw(painter, text_x, top, INK)
                if last and note is not None:
                    note.draw(painter, self.left + pad, top + content + self.mm(1.5), MUTED)

            return Block(height, paint, continued=continued)

        items = section.items
        blocks.extend(row(item, index == len(items) - 1) for index, item in enumerate(items))
        return blocks

    def _disclaimer(self) -> Block:
        section = self.guidance.disclaimer
        text = " ".join(
            [
                section.title,
                *(item.text for item in section.items),
                translate(
                    "ui.handout.sheet",
                    "The exercises and the advice on this sheet come from the article "
                    "\u201c{article}\u201d; what Ankle Coach adds is marked {mark}.",
                ).format(article=ARTICLE_TITLE, mark=APP_MARK),
            ]
        )
        paragraph = self.paragraph(text, 8.5, self.width, italic=True)

        def paint(painter: QPainter, top: float) -> None:
            paragraph.draw(painter, self.left, top, MUTED)

        return Block(paragraph.height, paint, gap_before=self.mm(5))


# -- words ----------------------------------------------------------------------------------------


def _facts(routine: Routine) -> str:
    count = len(routine.exercises)
    total = duration_text(total_seconds(routine))
    if any(e.manual for e in routine.exercises):
        said = translate("ui.handout.sheet", "Total time: {time} plus the steps at your own pace")
    else:
        said = translate("ui.handout.sheet", "Total time: {time}")
    if count == 1:
        exercises = translate("ui.handout.sheet", "{count} exercise")
    else:
        exercises = translate("ui.handout.sheet", "{count} exercises")
    parts = [said.format(time=total), exercises.format(count=count)]
    if routine.rest_between_exercises_seconds:
        rest = duration_text(routine.rest_between_exercises_seconds)
        parts.append(translate("ui.handout.sheet", "{time} rest between").format(time=rest))
    # Each fact wraps as a whole: "15 s rest between" never breaks across lines.
    return "   \u00b7   ".join(part.replace(" ", "\u00a0") for part in parts)


def _exercise_time(exercise: Exercise) -> str:
    """ "about 3 min 35 s": the exercise from its first set to its last; "" for a manual one."""
    if exercise.manual:
        return ""
    seconds = sum(step.gap_before + exercise.work_seconds for step in work_steps(exercise))
    return translate("ui.handout.sheet", "about {time}").format(time=duration_text(seconds))
