"""A service under a contract: units, unit price and its own agreed uptime (if any)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from app.domain.records import Service

from ..fmt import fmt_money, fmt_percent
from ..widgets.fields import DecimalField, IntField, TextField
from .choices import contract_field
from .record_form import RecordForm


class ServiceForm(RecordForm):
    record_type = Service

    def title(self) -> str:
        return self.tr("Service")

    def build(self) -> None:
        add = self.fields.add
        add("contract_id", contract_field(self.repos, self))
        add("name", TextField(self))
        add("units", IntField(self))
        add("unit_price", DecimalField(self, optional=True, money=True))
        add(
            "uptime_pct",
            DecimalField(self, optional=True),
            hint=self.tr("Left out: the contract's agreed uptime"),
        )
        self.fields.editors["units"].set_value(1)
        self.summary: QLabel = self.add_result_label("serviceSummary")

    def update_results(self, record: Service | None, data: dict[str, Any]) -> None:
        if record is None:
            self.summary.setText("")
            return
        contract = self.contract(data)
        uptime = record.uptime_pct
        if uptime is None and contract is not None:
            uptime = contract.terms().uptime_pct
        self.summary.setText(
            self.tr("Monthly fee %1 · agreed uptime %2")
            .replace("%1", fmt_money(record.monthly_fee))
            .replace("%2", fmt_percent(uptime, 2))
        )
