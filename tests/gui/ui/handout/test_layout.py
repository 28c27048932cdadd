"""The handout's layout: plain text, paragraphs wrapped and cut, blocks into pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ankle_coach.ui.handout.layout import CARDS_PER_PAGE, Block, Typesetter, plain


def test_text_is_drawn_as_plain_text() -> None:
    assert plain("a\r\nb\rc\nd\x00e\x1b[31m") == "a\u2028b\u2028c\u2028de[31m"


@pytest.fixture
def typesetter(qapp: object) -> Typesetter:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(600)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    typesetter = Typesetter(writer)
    typesetter.buffer = buffer  # type: ignore[attr-defined]  # kept alive with the writer
    return typesetter


def nothing(painter: QPainter, top: float) -> None:
    pass


def test_a_long_word_wraps_and_a_cut_paragraph_ends_in_an_ellipsis(
    typesetter: Typesetter,
) -> None:
    width = typesetter.mm(40)
    endless = typesetter.paragraph("x" * 400, 10, width)
    assert endless.height > 3 * endless.first_line_height  # broken anywhere, never overflowing
    cut = typesetter.paragraph("word " * 200, 10, width, max_lines=2)
    assert cut.text.endswith("\u2026")
    assert cut.height == pytest.approx(2 * cut.first_line_height, rel=0.05)


def test_blocks_fall_into_pages_a_heading_never_ends_one(typesetter: Typesetter) -> None:
    body = typesetter.body_height(1)
    tall = Block(body * 0.6, nothing)
    heading = Block(body * 0.1, nothing, keep_with_next=True)
    after = Block(body * 0.35, nothing)
    pages = typesetter.paginate([tall, heading, after])
    # the heading and what follows do not both fit after the tall block: both go over
    assert [[block for block, _ in page.blocks] for page in pages] == [[tall], [heading, after]]
    assert [y for _, y in pages[1].blocks] == [0.0, heading.height]


def test_about_four_cards_a_page_and_a_fifth_only_to_finish(typesetter: Typesetter) -> None:
    small = typesetter.body_height(2) / 20
    cards = [Block(small, nothing, card=True) for _ in range(CARDS_PER_PAGE + 1)]
    assert len(typesetter.paginate(cards)) == 1  # a last card is never alone on a page
    more = [Block(small, nothing, card=True) for _ in range(CARDS_PER_PAGE + 2)]
    assert [len(page.blocks) for page in typesetter.paginate(more)] == [CARDS_PER_PAGE, 2]


def test_a_box_split_over_two_pages_says_it_is_continued(typesetter: Typesetter) -> None:
    body = typesetter.body_height(1)
    continued = Block(body * 0.05, nothing)
    first = Block(body * 0.7, nothing)
    second = Block(body * 0.5, nothing, continued=continued)
    pages = typesetter.paginate([first, second])
    assert [block for block, _ in pages[1].blocks] == [continued, second]
