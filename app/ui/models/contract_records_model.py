"""Complaints or delivery notices of every contract, fetched in pages, filtered and sorted
in SQL (``ContractListRepository.search``); 20 000 rows open as fast as 20.

A filter that can be part of a computed column (a verdict, a state) is matched against
every row as the list shows it. That pass runs on the worker (``scan``: the page's own
column functions over a connection of the worker's own), never on the GUI thread: on
20 000 complaints it takes most of a second, and the window froze that long at every
pause in typing. Meanwhile the list keeps its rows and ``scanning`` is true; the rows
found replace them when the pass has ended, unless a newer filter started another.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal

from .lazy_model import Column, LazyTableModel

_NUMBER = re.compile(r"\d+")
# the 0 a computed phrase has where a row has its own number ("— 0 dager" for "— 92
# dager"): a 0 on its own, not a part of "8.0" or "10"
_ANY_NUMBER = re.compile(r"(?<![\d.,])0(?![\d.,])")


def part_of(text: str, phrase: str) -> bool:
    """Whether ``text`` (case-folded) can be part of ``phrase`` as a row shows it, the
    phrase's lone 0 being that row's number: "92 dager etter" and "2 dager" are part of
    "… — 0 dager etter oppdagelsen"; a date ("15.05.2026") is not."""
    phrase = phrase.casefold()
    numbers = _NUMBER.findall(text) or ["0"]
    return any(text in _ANY_NUMBER.sub(number, phrase) for number in numbers)


def shown_matches(
    rows: list[Any], columns: list[Column], text: str, report: Callable[[int, int], Any]
) -> list[Any]:
    """The rows one of whose ``columns`` shows ``text`` (case-folded), in their order;
    ``report(done, total)`` now and then (a job's, which stops a cancelled pass)."""
    out = []
    for done, row in enumerate(rows):
        if done % 500 == 0:
            report(done, len(rows))
        if any(text in str(show(row)).casefold() for _key, _title, show in columns):
            out.append(row)
    return out


class ContractRecordsModel(LazyTableModel):
    """``columns`` as ``LazyTableModel``'s; keys the repository cannot order by are shown
    and exported (``raw``) but not sortable."""

    #: A pass over every row as shown started or ended (``scanning``).
    scanning_changed = Signal()

    def __init__(
        self,
        repository: Any,
        columns: list[Column],
        *,
        default_order: str,
        raw: dict[str, Callable[[Any], Any]] | None = None,
        parent: Any = None,
    ) -> None:
        self.default_order = default_order
        self.default_descending = True
        super().__init__(parent)
        self.repository = repository
        self.columns = columns
        self.raw = raw or {}
        self.colours: Callable[[Any, int], Any] | None = None
        # Words the list computes rather than stores (verdicts, states): a filter that
        # is part of one of them is matched against the rows as shown, not in SQL.
        self.computed_words: Callable[[], list[str]] = list
        self._shown_rows: list[Any] | None = None
        # ``scan(text, order_by, descending)``: the task that finds, on the worker, every
        # row that shows ``text`` (``RecordsPage.scan_task``); None: on this thread
        self.scan: Callable[[str, str, bool], Callable[[Any], list[Any]]] | None = None
        self.scanning = False
        self._job: Any = None

    def _shown_filter(self) -> bool:
        """Whether the filter can be part of a computed text (then every row is matched
        as shown, which costs a scan of every row): ``part_of`` one of them."""
        text = self.filter_text.strip().casefold()
        # a filter without a letter (a number, a date) is a date, an id or an amount:
        # matched in SQL, not by reading every row (on 20 000 complaints "2026" took
        # 2.4 s that way, where SQL takes 0.1 s); "92 dager" still finds its verdict
        if not any(char.isalpha() for char in text):
            return False
        return any(part_of(text, word) for word in self.computed_words())

    def reload(self) -> None:
        self._stop_scan()
        if not self._shown_filter():
            self._shown_rows = None
            super().reload()
            return
        # every row, as shown, that contains the text (a computed word is not in SQL)
        text = self.filter_text.strip().casefold()
        if self.scan is None:
            self._show(self._scan_here(text))
            return
        from ..worker import Job

        job = Job(self.scan(text, self.order_by, self.descending))
        job.finished.connect(self._scanned)
        job.failed.connect(self._scan_failed)
        self._job = job
        self.scanning = True
        self.total = len(self.rows)  # no page of another filter is appended meanwhile
        self.scanning_changed.emit()
        job.start()

    def wait(self, timeout_ms: int = 120_000) -> bool:
        """Process events until a pass still running has shown its rows (tests, exports)."""
        return self._job is None or self._job.wait(timeout_ms)

    def _scan_here(self, text: str) -> list[Any]:
        every = self.repository.search(
            "", order_by=self.order_by, descending=self.descending, limit=-1, offset=0
        )
        return shown_matches(every, self.columns, text, lambda _done, _total: None)

    def _stop_scan(self) -> None:
        job, self._job = self._job, None
        if job is not None and not job.done:
            job.finished.disconnect(self._scanned)
            job.failed.disconnect(self._scan_failed)
            job.cancel()
        if self.scanning:
            self.scanning = False
            self.scanning_changed.emit()

    def _scanned(self, rows: list[Any]) -> None:
        self._job = None
        self.scanning = False
        self._show(rows)
        self.scanning_changed.emit()

    def _scan_failed(self, error: BaseException) -> None:
        # the worker could not read (its own connection failed): read here, as before
        self._job = None
        self.scanning = False
        self._show(self._scan_here(self.filter_text.strip().casefold()))
        self.scanning_changed.emit()

    def _show(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._shown_rows = rows
        self.rows = list(rows)
        self.total = len(self.rows)
        self._loaded = True
        self.endResetModel()

    def export(self) -> tuple[list[str], list[list[Any]]]:
        self.wait()  # the rows the filter finds, not those of the filter before
        return super().export()

    def fetch(self, *, offset: int, limit: int) -> list[Any]:
        if self._shown_rows is not None:
            return self._shown_rows[offset : offset + limit]
        return self.repository.search(
            self.filter_text,
            order_by=self.order_by,
            descending=self.descending,
            limit=limit,
            offset=offset,
        )

    def count(self) -> int:
        return self.repository.count(self.filter_text)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column][0] in self.repository.ORDER:
            super().sort(column, order)

    def decorate(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self.colours is not None:
            return self.colours(row, column)
        return None
