"""Incidents, newest first, optionally of one contract; filtered and sorted in SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain.causes import Cause, cause_phrase
from app.domain.explain import format_duration

from ..fmt import fmt_datetime
from ..i18n import say
from .lazy_model import LazyTableModel


def _h(text: str) -> Any:
    return lambda: QCoreApplication.translate("IncidentsModel", text)


def duration(incident: Any) -> str:
    """Real time (``Incident.duration``, on UTC instants), never the clocks' difference."""
    if incident.end is None:
        return QCoreApplication.translate("IncidentsModel", "ongoing")
    return format_duration(incident.duration)


class IncidentsModel(LazyTableModel):
    default_order = "start"
    default_descending = True
    raw = {"start": lambda r: r.start, "end": lambda r: r.end}

    def __init__(self, repos: Any, parent: Any = None, *, contract_id: int | None = None) -> None:
        super().__init__(parent)
        self.repos = repos
        self.contract_id = contract_id
        self._titles: dict[int, str] = {}
        self._customers: dict[int, str] = {}
        self._customer_names: dict[int, str] | None = None
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
                None,
                _h(QT_TRANSLATE_NOOP("IncidentsModel", "Customer")),
                lambda r: self.customer(r.contract_id),
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
        if contract_id is not None:  # one contract's list: its customer and title are known
            del self.columns[4:6]

    def title(self, contract_id: int) -> str:
        if contract_id not in self._titles:
            try:
                contract = self.repos.contracts.get(contract_id)
            except KeyError:
                self._titles[contract_id] = "?"
            else:
                self._titles[contract_id] = contract.title
                if self._customer_names is None:
                    self._customer_names = self.repos.customer_names()
                self._customers[contract_id] = self._customer_names.get(contract.customer_id, "")
        return self._titles[contract_id]

    def customer(self, contract_id: int) -> str:
        self.title(contract_id)
        return self._customers.get(contract_id, "")

    def causes(self) -> list[str]:
        """The causes whose shown name contains the filter ("leverandør" finds supplier)."""
        text = self.filter_text.strip().casefold()
        if not text:
            return []
        return [str(c) for c in Cause if text in say(cause_phrase(c)).casefold()]

    def reload(self) -> None:
        self._titles.clear()
        self._customers.clear()
        self._customer_names = None
        super().reload()

    def fetch(self, *, offset: int, limit: int) -> list[Any]:
        return self.repos.incidents.search(
            self.filter_text,
            contract_id=self.contract_id,
            order_by=self.order_by,
            descending=self.descending,
            limit=limit,
            offset=offset,
            causes=self.causes(),
        )

    def count(self) -> int:
        return self.repos.incidents.count(
            self.filter_text, contract_id=self.contract_id, causes=self.causes()
        )
