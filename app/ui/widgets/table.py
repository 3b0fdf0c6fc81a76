"""Table views as every list in the program shows them: fixed row heights, whole rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget


def make_table(
    model: QAbstractItemModel,
    parent: QWidget | None = None,
    *,
    sortable: bool = False,
    sort_column: int = 0,
    descending: bool = False,
) -> QTableView:
    """A read-only table: Enter or double-click opens the row (``activated``)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    rows.hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if sortable:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(sort_column, order)
        view.setSortingEnabled(True)  # asks the model to sort: in SQL
    return view


#: A column's width: a number of characters (of "0"), or texts it shows (``fmt.week_of_dates``):
#: then as wide as the widest of them, so that every such value is shown whole.
Width = int | tuple[str, ...]


def size_columns(view: QTableView, widths: Sequence[Width]) -> None:
    """Give the columns these widths (``Width``), never narrower than their header."""
    char = view.fontMetrics().horizontalAdvance("0")
    # the item delegate keeps this margin on either side of a cell's text (QCommonStyle)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    header = view.horizontalHeader()
    model = view.model()
    if header.stretchLastSection():  # the last column takes what is left, eliding its text
        widths = widths[: model.columnCount() - 1]
    for column, width in enumerate(widths):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        least = header.fontMetrics().horizontalAdvance(title) + 28  # room for the sort arrow
        if isinstance(width, int):
            wanted = width * char
        else:  # the widest text, its margins, the grid line and a little air
            wanted = max(view.fontMetrics().horizontalAdvance(t) for t in width) + 2 * margin + 6
        view.setColumnWidth(column, max(wanted, least))
