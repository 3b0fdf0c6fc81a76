"""Incidents, newest first, optionally of one contract; filtered and sorted in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.causes import cause_phrase

from ..fmt import fmt_datetime
from ..i18n import say
from .lazy_model import LazyTableModel


def _h(text: str) -> Any:
    return lambda: QCoreApplication.translate("IncidentsModel", text)


def duration(incident: Any) -> str:
    if incident.end is None:
        return QCoreApplication.translate("IncidentsModel", "ongoing")
    minutes = int((incident.end - incident.start).total_seconds() // 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


class IncidentsModel(LazyTableModel):
    default_order = "start"
    default_descending = True
    raw = {"start": lambda r: r.start, "end": lambda r: r.end}

    def __init__(self, repos: Any, parent: Any = None, *, contract_id: int | None = None) -> None:
        super().__init__(parent)
        self.repos = repos
        self.contract_id = contract_id
        self._titles: dict[int, str] = {}
        self.columns = [
            (
                "start",
                _h(QT_TRANSLATE_NOOP("IncidentsModel", "Start")),
                lambda r: fmt_datetime(r.start),
            ),
            ("end", _h(QT_TRANSLATE_NOOP("IncidentsModel", "End")), lambda r: fmt_datetime(r.end)),
            (None, _h(QT_TRANSLATE_NOOP("IncidentsModel", "Duration")), duration),
            (
                "cause",
                _h(QT_TRANSLATE_NOOP("IncidentsModel", "Cause")),
                lambda r: say(cause_phrase(r.cause)),
            ),
            (
                "contract",
                _h(QT_TRANSLATE_NOOP("IncidentsModel", "Contract")),
                lambda r: self.title(r.contract_id),
            ),
            (
                None,
                _h(QT_TRANSLATE_NOOP("IncidentsModel", "Description")),
                lambda r: r.description.splitlines()[0] if r.description else "",
            ),
        ]
        if contract_id is not None:
            del self.columns[4]

    def title(self, contract_id: int) -> str:
        if contract_id not in self._titles:
            try:
                self._titles[contract_id] = self.repos.contracts.get(contract_id).title
            except KeyError:
                self._titles[contract_id] = "?"
        return self._titles[contract_id]

    def reload(self) -> None:
        self._titles.clear()
        super().reload()

    def fetch(self, *, offset: int, limit: int) -> list[Any]:
        return self.repos.incidents.search(
            self.filter_text,
            contract_id=self.contract_id,
            order_by=self.order_by,
            descending=self.descending,
            limit=limit,
            offset=offset,
        )

    def count(self) -> int:
        return self.repos.incidents.count(self.filter_text, contract_id=self.contract_id)
