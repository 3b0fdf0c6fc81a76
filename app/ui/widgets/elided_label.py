"""A one-line label that ends in "…" when it has less room than its text.

A plain ``QLabel`` beside a row of buttons is cut off mid-word when the window is
narrow: the contract page's heading read "Hole Bygg og Anlegg AS – Skytjenester SLA –"
at 960 px, the rest hidden under "Rediger avtale …" with no sign that anything was
missing. This label shows as much as fits, then "…", and the whole text as its tooltip.
``text()`` is always the whole text (what the user would read with room enough).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

#: Shown at least (then "…") however narrow the window: enough to know the heading.
MIN_CHARACTERS = 12


def whole_as_tooltip(widget: QWidget, whole: str, shown: str, mine: str) -> str:
    """The whole text as ``widget``'s tooltip while ``shown`` is cut short; ``mine`` is
    the tooltip this did set before (returned anew). Only a tooltip set here is taken
    back: one set by others stays. (The elided combo box of ``fields`` and the label.)"""
    tip = whole if shown != whole else ""
    if tip != mine and widget.toolTip() in (mine, ""):
        widget.setToolTip(tip)
        return tip
    return mine


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        self._elided_tip = ""
        self.setText(text)

    # --- the whole text ---------------------------------------------------------------

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._whole = text
        self.setAccessibleName(text)
        self._fit()
        self.updateGeometry()

    def text(self) -> str:
        return self._whole

    def shown_text(self) -> str:
        """What the label shows now: the whole text, or its start and "…"."""
        return super().text()

    # --- size ---------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802
        """As wide as the whole text (QLabel's own hint is of the text it shows)."""
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        extra = metrics.horizontalAdvance(self._whole) - metrics.horizontalAdvance(
            self.shown_text()
        )
        return QSize(hint.width() + max(0, extra), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Its first ``MIN_CHARACTERS`` and "…": below its whole width the layout may
        shrink it (QLabel's own minimum is its whole text, which a narrow window cut off)."""
        whole = self.sizeHint()
        start = self._whole[:MIN_CHARACTERS]
        if start == self._whole:
            return whole
        margins = whole.width() - self.fontMetrics().horizontalAdvance(self._whole)
        least = self.fontMetrics().horizontalAdvance(start + "…") + margins
        return QSize(min(whole.width(), least), super().minimumSizeHint().height())

    # --- fitting ------------------------------------------------------------------------

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()  # (a style sheet's font arrives when the label is polished)
            self.updateGeometry()

    def _indent(self) -> int:
        """QLabel's own indent of its text: with the default (-1) and a frame (a style
        sheet's padding makes one) half an "x" – 5 px of a heading's 17 px, which cut
        the last dot off "…" when the room was taken as the contents' width."""
        indent = self.indent()
        if indent < 0:
            indent = (
                self.fontMetrics().horizontalAdvance("x") // 2 - self.margin()
                if self.frameWidth() > 0
                else 0
            )
        return max(0, indent)

    def _fit(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin() - self._indent()
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, room)
        if shown != super().text():
            super().setText(shown)
        self._elided_tip = whole_as_tooltip(self, self._whole, shown, self._elided_tip)
