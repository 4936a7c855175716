"""SVG charts (core/reports/timeline_svg.py) drawn by Qt: into a PDF's text document as
vector graphics, or onto a PNG image.

QSvgRenderer (QtSvg, part of PySide6-Essentials) paints the SVG through QPainter, so in a
PDF the lines stay lines and the labels stay text that can be searched and extracted.
The chart's size is defined by the SVG (timeline_svg.WIDTH × HEIGHT), scaled to the width
asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QPainter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtSvg import QSvgRenderer

from ..core.reports.output import ExportError


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


class ChartPlace:
    """Where a chart sits in a text document: a blank image of its size in the text (Qt's
    custom text objects cannot be registered from PySide6 6.11: registerHandler ignores a
    Python QTextObjectInterface), drawn over with the SVG when the page is painted."""

    def __init__(self, block: QTextBlock, svg: str, width: float, height: float):
        self.block = block
        self.svg = svg
        self.width = width
        self.height = height

    def rect(self) -> QRectF:
        layout = self.block.layout()
        line = layout.lineAt(0)
        left = layout.position().x() + line.x()
        top = layout.position().y() + line.y() + line.ascent() - self.height
        return QRectF(left, top, self.width, self.height)

    def draw(self, painter: QPainter, visible: QRectF) -> None:
        area = self.rect()
        if area.intersects(visible):
            renderer_of(self.svg).render(painter, area)


def reserve_chart(
    document: QTextDocument, cursor: QTextCursor, svg: str, width: float, scale: float = 1.0
) -> ChartPlace:
    """Make room for the chart at the cursor, ``width`` device pixels wide; ``scale`` is how
    Qt scales an image format's lengths onto the device (ReportDocument measures it)."""
    size = renderer_of(svg).defaultSize()
    height = width * size.height() / max(1, size.width())
    blank = QImage(1, 1, QImage.Format.Format_ARGB32)
    blank.fill(Qt.GlobalColor.transparent)
    name = "claimdesk-chart-blank"
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), blank)
    image = QTextImageFormat()
    image.setName(name)
    image.setWidth(width / scale)
    image.setHeight(height / scale)
    cursor.insertImage(image)
    return ChartPlace(cursor.block(), svg, width, height)
