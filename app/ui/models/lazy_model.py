"""A table model that fetches its rows from a repository in pages, sorted and filtered in SQL.

The model keeps the filter text, the sort column and a cache of the rows fetched so far;
``canFetchMore``/``fetchMore`` load the next page as the view scrolls. Sorting or
filtering resets the cache and asks the database again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

#: A column: key for SQL ordering (None: not sortable), header, display function.
Column = tuple[str | None, Callable[[], str], Callable[[Any], str]]

PAGE_SIZE = 100


class LazyTableModel(QAbstractTableModel):
    columns: list[Column] = []
    default_order: str = "id"
    default_descending: bool = False
    #: Column key -> the value for an export (see ``export``).
    raw: dict[str, Callable[[Any], Any]] = {}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.filter_text = ""
        self.order_by = self.default_order
        self.descending = self.default_descending
        self.rows: list[Any] = []
        self.total = 0
        self._loaded = False

    # --- subclasses --------------------------------------------------------------------

    def fetch(self, *, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def count(self) -> int:
        raise NotImplementedError

    def row_id(self, row: Any) -> int:
        return row.id

    def decorate(self, row: Any, column: int, role: int) -> Any:
        """Extra roles (alignment, colour) for a cell; None for the default."""
        return None

    # --- state -------------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self.total = self.count()
        self.rows = self.fetch(offset=0, limit=PAGE_SIZE)
        self._loaded = True
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        if text != self.filter_text or not self._loaded:
            self.filter_text = text
            self.reload()

    def id_at(self, row: int) -> int | None:
        return self.row_id(self.rows[row]) if 0 <= row < len(self.rows) else None

    def record_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # --- Qt ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = self.fetch(offset=len(self.rows), limit=PAGE_SIZE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()][2](row)
        if role == Qt.ItemDataRole.UserRole:
            return self.row_id(row)
        return self.decorate(row, index.column(), role)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section][1]()
        return None

    def export(self) -> tuple[list[str], list[list[Any]]]:
        """Every row that matches the filter (fetching the rest), for a CSV file.

        Columns named in ``raw`` give the value itself (a date, an amount) rather than
        its screen text, so a spreadsheet can sort and sum them.
        """
        while self.canFetchMore():
            self.fetchMore()
        header = [title() for _key, title, _show in self.columns]
        rows = [
            [self.raw.get(key, show)(row) if key else show(row) for key, _t, show in self.columns]
            for row in self.rows
        ]
        return header, rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column][0] is None:
            return
        self.order_by = self.columns[column][0]  # type: ignore[assignment]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        for i, (key, _h, _f) in enumerate(self.columns):
            if key == self.order_by:
                return i
        return -1
