"""The overview: what is due — overdue, today, this week, later — across every contract."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.domain import overview
from app.domain.overview import GROUP_NAMES, KIND_NAMES, ContractFacts, Group

from ..fmt import fmt_date
from ..i18n import lang, pick
from ..models.records_model import RecordsModel
from ..widgets.table import make_table, size_columns
from .base import Page

C = "OverviewPage"


def _h(text: str) -> Any:
    return lambda: QCoreApplication.translate("OverviewPage", text)


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.value = QLabel("–", self)
        self.value.setObjectName("cardValue")
        caption = QLabel(title, self)
        caption.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.value)
        layout.addWidget(caption)


class OverviewPage(Page):
    def __init__(
        self,
        repos: Any,
        *,
        today: date | None = None,
        window: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Overview"), window=window, parent=parent)
        self.repos = repos
        self.today = today or date.today()
        self.date_label = QLabel(self)
        self.date_label.setObjectName("hint")
        self.toolbar.addWidget(self.date_label)
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        self.cards = {
            "overdue": Card(self.tr("overdue"), self),
            "today": Card(self.tr("due today"), self),
            "week": Card(self.tr("due in the next 7 days"), self),
            "contracts": Card(self.tr("contracts"), self),
            "open": Card(self.tr("incidents still open"), self),
        }
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, i)
        self.layout_.addLayout(cards)
        heading = QLabel(self.tr("Deadlines"), self)
        heading.setObjectName("sectionHeading")
        self.layout_.addWidget(heading)
        self.model = RecordsModel(
            [
                (_h(QT_TRANSLATE_NOOP("OverviewPage", "When")), lambda r: pick(GROUP_NAMES[r[0]])),
                (_h(QT_TRANSLATE_NOOP("OverviewPage", "Date")), lambda r: fmt_date(r[1].date)),
                (
                    _h(QT_TRANSLATE_NOOP("OverviewPage", "Deadline")),
                    lambda r: pick(KIND_NAMES[r[1].kind]),
                ),
                (_h(QT_TRANSLATE_NOOP("OverviewPage", "Customer")), lambda r: r[1].customer),
                (_h(QT_TRANSLATE_NOOP("OverviewPage", "What to do")), lambda r: r[1].text(lang())),
            ],
            self,
        )
        self.model.colours = self.colour
        self.table = make_table(self.model, self)
        self.table.setObjectName("deadlines")
        size_columns(self.table, [12, 15, 26, 26])
        self.table.activated.connect(self.open_row)
        self.layout_.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self.refresh()

    def facts(self) -> list[ContractFacts]:
        repos = self.repos
        customers = {c.id: c.name for c in repos.customers.all()}
        notices: dict[int, list[Any]] = {}
        for notice in repos.deliveries.all():
            notices.setdefault(notice.contract_id, []).append(notice)
        terminations: dict[int, list[Any]] = {}
        for item in repos.terminations.all():
            terminations.setdefault(item.contract_id, []).append(item)
        return [
            ContractFacts(
                contract=c,
                customer=customers.get(c.customer_id, "?"),
                notices=notices.get(c.id, []),
                terminations=terminations.get(c.id, []),
            )
            for c in repos.contracts.all()
        ]

    def refresh(self) -> None:
        facts = self.facts()
        found = overview.collect(facts, today=self.today)
        groups = overview.grouped(found, self.today)
        rows = [(group, item) for group in Group for item in groups[group]]
        self.model.set_rows(rows)
        self.cards["overdue"].value.setText(str(len(groups[Group.OVERDUE])))
        self.cards["today"].value.setText(str(len(groups[Group.TODAY])))
        self.cards["week"].value.setText(str(len(groups[Group.WEEK])))
        self.cards["contracts"].value.setText(str(len(facts)))
        open_incidents = sum(1 for i in self.repos.incidents.all() if i.end is None)
        self.cards["open"].value.setText(str(open_incidents))
        self.date_label.setText(self.tr("Today: %1").replace("%1", fmt_date(self.today)))
        if rows:
            self.table.selectRow(0)

    def colour(self, row: Any, column: int) -> Any:
        if row[0] == Group.OVERDUE:
            return QColor("#b3261e")
        if row[0] == Group.TODAY:
            return QColor("#8a5a00")
        return None

    def open_row(self, index: Any) -> None:
        row = self.model.record_at(index.row())
        if row and row[1].contract_id is not None and self.window_ is not None:
            self.window_.open_contract(row[1].contract_id)
