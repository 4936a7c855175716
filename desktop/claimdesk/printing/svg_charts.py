"""SVG charts (core/reports/timeline_svg.py) drawn by Qt: into a PDF's text document as
vector graphics, or onto a PNG image.

QSvgRenderer (QtSvg, part of PySide6-Essentials) paints the SVG through QPainter, so in a
PDF the lines stay lines and the labels stay text that can be searched and extracted.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QImage,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextObjectInterface,
)
from PySide6.QtSvg import QSvgRenderer

from ..core.reports.output import ExportError

SVG_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
_SVG_DATA = QTextFormat.Property.UserProperty + 1
_SVG_WIDTH = QTextFormat.Property.UserProperty + 2


def renderer_of(svg: str | bytes) -> QSvgRenderer:
    data = svg.encode("utf-8") if isinstance(svg, str) else svg
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise ExportError("the chart could not be drawn (not valid SVG)")
    return renderer


def svg_to_png(svg: str | bytes, width: int = 1440) -> bytes:
    """The chart as a PNG ``width`` pixels wide (height in proportion), on white."""
    renderer = renderer_of(svg)
    size = renderer.defaultSize()
    height = max(1, round(width * size.height() / max(1, size.width())))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


class SvgTextObject(QObject, QTextObjectInterface):
    """Draws an SVG held in a character's format as one object in the text flow: the
    layout gives it its size (the width asked for, the height in proportion) and the PDF
    writer gets its vector drawing."""

    def intrinsicSize(self, document: QTextDocument, position: int, format: QTextFormat) -> QSizeF:
        renderer = renderer_of(bytes(format.property(_SVG_DATA)))
        size = renderer.defaultSize()
        width = float(format.property(_SVG_WIDTH))
        return QSizeF(width, width * size.height() / max(1, size.width()))

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF,
        document: QTextDocument,
        position: int,
        format: QTextFormat,
    ) -> None:
        renderer_of(bytes(format.property(_SVG_DATA))).render(painter, rect)


def register_svg_objects(document: QTextDocument) -> SvgTextObject:
    """Let the document draw SVG objects; keep the returned handler alive with it."""
    handler = SvgTextObject(document)
    document.documentLayout().registerHandler(SVG_OBJECT, handler)
    return handler


def insert_svg(cursor: QTextCursor, svg: str, width: float) -> None:
    """Insert the chart at the cursor, ``width`` device pixels wide."""
    char = QTextCharFormat()
    char.setObjectType(SVG_OBJECT)
    char.setProperty(_SVG_DATA, QByteArray(svg.encode("utf-8")))
    char.setProperty(_SVG_WIDTH, width)
    cursor.insertText("\ufffc", char)
