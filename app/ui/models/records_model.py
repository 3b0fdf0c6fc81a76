"""A small list of records (one contract's complaints, notices, services …) as a table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RecordsModel(QAbstractTableModel):
    """Rows given whole (lists that stay short); columns are (header, display) pairs.

    A column may carry a third function, the value for an export (a date, an amount).
    """

    def __init__(
        self,
        columns: Sequence[tuple[Any, ...]],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = [(c[0], c[1]) for c in columns]
        self.raw = [c[2] if len(c) > 2 else c[1] for c in columns]
        self.rows: list[Any] = []
        self.all_rows: list[Any] = []
        self.filter_text = ""
        self.colours: Callable[[Any, int], Any] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.all_rows = list(rows)
        self.rows = self._matching()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only rows where some column contains ``text`` (any case): inside the model."""
        self.beginResetModel()
        self.filter_text = text.strip().casefold()
        self.rows = self._matching()
        self.endResetModel()

    def _matching(self) -> list[Any]:
        if not self.filter_text:
            return list(self.all_rows)
        return [row for row in self.all_rows if self._matches(row)]

    def _matches(self, row: Any) -> bool:
        """The filter is in a column as shown, or in a column's stored text (an
        organisation number shown ``920 864 123`` is found by ``920864`` too, as the
        lists filtered in SQL find it)."""
        text = self.filter_text
        for (_h, show), raw in zip(self.columns, self.raw, strict=True):
            if text in show(row).casefold():
                return True
            if raw is not show:
                stored = raw(row)
                if isinstance(stored, str) and text in stored.casefold():
                    return True
        return False

    def export(self) -> tuple[list[str], list[list[Any]]]:
        """The rows shown (filter applied), for a CSV file."""
        header = [title() for title, _show in self.columns]
        return header, [[value(row) for value in self.raw] for row in self.rows]

    def row_of(self, record_id: int | None) -> int:
        """The row showing the record with this id, or -1."""
        for index, row in enumerate(self.rows):
            if getattr(row, "id", None) == record_id:
                return index
        return -1

    def record_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()][1](row)
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, "id", None)
        if role == Qt.ItemDataRole.ForegroundRole and self.colours is not None:
            return self.colours(row, index.column())
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section][0]()
        return None
