"""The overview (start page): every deadline of every contract — overdue, today, next 7 days,
later — with counts per group, filters by customer and kind, and export to .ics and CSV.

The list is ``app.reports.deadlines_report.deadline_list`` (storage loads, the domain
computes and groups); Enter or a double click opens the deadline's record.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.overview import GROUP_NAMES, KIND_NAMES, Group
from app.reports import calendar_export, deadlines_report

from .. import files
from ..fmt import fmt_date
from ..i18n import lang, pick
from ..models.records_model import RecordsModel
from ..widgets.table import make_table, size_columns
from .base import Page

#: The tab of the contract page that shows a deadline's record ("deliveries:3").
RECORD_TABS = {
    "deliveries": "deliveries",
    "terminations": "terminations",
    "complaints": "complaints",
}


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
        caption.setWordWrap(True)
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
        self.listing: Any = None
        self.date_label = QLabel(self)
        self.date_label.setObjectName("hint")
        self.toolbar.addWidget(self.date_label)
        self.button(
            self.tr("Export to &calendar…"),
            self.export_ics,
            tip=self.tr("The deadlines shown as an .ics file for Outlook or another calendar"),
        )
        self.button(
            self.tr("E&xport CSV…"), self.export_csv, tip=self.tr("The deadlines shown, for Excel")
        )
        cards = QGridLayout()
        cards.setHorizontalSpacing(12)
        self.cards = {
            Group.OVERDUE: Card(self.tr("overdue"), self),
            Group.TODAY: Card(self.tr("due today"), self),
            Group.WEEK: Card(self.tr("next 7 days"), self),
            Group.LATER: Card(self.tr("later (60 days)"), self),
            "contracts": Card(self.tr("contracts"), self),
            "open": Card(self.tr("incidents still open"), self),
        }
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, i)
            cards.setColumnStretch(i, 1)
        self.layout_.addLayout(cards)

        heading = QLabel(self.tr("Deadlines"), self)
        heading.setObjectName("sectionHeading")
        self.customer_filter = QComboBox(self)
        self.customer_filter.setObjectName("customerFilter")
        self.customer_filter.setMinimumContentsLength(22)
        self.customer_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind, names in KIND_NAMES.items():
            self.kind_filter.addItem(pick(names), kind)
        customer_label = QLabel(self.tr("C&ustomer:"), self)
        customer_label.setBuddy(self.customer_filter)
        kind_label = QLabel(self.tr("&Kind:"), self)
        kind_label.setBuddy(self.kind_filter)
        self.shown_label = QLabel(self)
        self.shown_label.setObjectName("hint")
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addSpacing(16)
        row.addWidget(customer_label)
        row.addWidget(self.customer_filter)
        row.addSpacing(8)
        row.addWidget(kind_label)
        row.addWidget(self.kind_filter)
        row.addStretch(1)
        row.addWidget(self.shown_label)
        self.layout_.addLayout(row)

        self.model = RecordsModel(
            [
                (
                    _h(QT_TRANSLATE_NOOP("OverviewPage", "When")),
                    lambda r: pick(GROUP_NAMES[r[0]]),
                ),
                (
                    _h(QT_TRANSLATE_NOOP("OverviewPage", "Date")),
                    lambda r: fmt_date(r[1].date),
                    lambda r: r[1].date,
                ),
                (
                    _h(QT_TRANSLATE_NOOP("OverviewPage", "Deadline")),
                    lambda r: pick(KIND_NAMES[r[1].kind]),
                ),
                (_h(QT_TRANSLATE_NOOP("OverviewPage", "Customer")), lambda r: r[1].customer),
                (_h(QT_TRANSLATE_NOOP("OverviewPage", "Contract")), lambda r: r[1].contract),
                (_h(QT_TRANSLATE_NOOP("OverviewPage", "What to do")), lambda r: r[1].text(lang())),
            ],
            self,
        )
        self.model.colours = self.colour
        self.table = make_table(self.model, self)
        self.table.setObjectName("deadlines")
        size_columns(self.table, [12, 14, 24, 22, 22])
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.row_actions(self.table, open_row=self.open_row, export=self.export_csv)
        self.layout_.addWidget(self.table, 1)
        self.customer_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.setFocusProxy(self.table)
        self.refresh()

    # --- data --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.listing = deadlines_report.deadline_list(self.repos, today=self.today)
        groups = self.listing.groups
        for group in Group:
            self.cards[group].value.setText(str(len(groups[group])))
        self.cards["contracts"].value.setText(str(self.repos.contracts.count_all()))
        open_incidents = self.repos.incidents.count_open()
        self.cards["open"].value.setText(str(open_incidents))
        self.date_label.setText(self.tr("Today: %1").replace("%1", fmt_date(self.today)))
        keep = self.customer_filter.currentData()
        self.customer_filter.blockSignals(True)
        self.customer_filter.clear()
        self.customer_filter.addItem(self.tr("All customers"), None)
        names = sorted({i.customer for _g, i in self.listing.items if i.customer}, key=str.casefold)
        for name in names:
            self.customer_filter.addItem(name, name)
        found = self.customer_filter.findData(keep) if keep is not None else 0
        self.customer_filter.setCurrentIndex(max(found, 0))
        self.customer_filter.blockSignals(False)
        self.apply_filters()

    def shown(self) -> list[tuple[Group, Any]]:
        """The (group, deadline) pairs that pass the customer and kind filters."""
        customer = self.customer_filter.currentData()
        kind = self.kind_filter.currentData()
        return [
            (group, item)
            for group, item in self.listing.items
            if (customer is None or item.customer == customer)
            and (kind is None or item.kind == kind)
        ]

    def apply_filters(self) -> None:
        rows = self.shown()
        self.model.set_rows(rows)
        total = len(self.listing.items)
        if len(rows) == total:
            text = self.tr("%n deadline(s)", "", total)
        else:
            text = (
                self.tr("%1 of %2 deadlines")
                .replace("%1", str(len(rows)))
                .replace("%2", str(total))
            )
        self.shown_label.setText(text)
        if rows:
            self.table.selectRow(0)

    def summary(self) -> str:
        """E.g. "3 forfalt, 1 i dag, 5 neste 7 dager" (the domain's sentence)."""
        return self.listing.summary(lang())

    def colour(self, row: Any, column: int) -> Any:
        if row[0] == Group.OVERDUE:
            return QColor("#b3261e")
        if row[0] == Group.TODAY:
            return QColor("#8a5a00")
        return None

    # --- commands ----------------------------------------------------------------------

    def open_row(self, row: int) -> Any:
        """The deadline's record on its contract's tab, or the contract itself."""
        found = self.model.record_at(row)
        if not found or found[1].contract_id is None or self.window_ is None:
            return None
        deadline = found[1]
        page = self.window_.open_contract(deadline.contract_id)
        table, _, record_id = deadline.record.partition(":")
        if table in RECORD_TABS and record_id.isdigit():
            page.select_record(RECORD_TABS[table], int(record_id))
        return page

    def export_name(self) -> str:
        return ("frister-" if lang() == "nb" else "deadlines-") + self.today.isoformat()

    def export_data(self) -> tuple[list[str], list[list[Any]]]:
        shown = self.shown()
        listing = deadlines_report.DeadlineList(
            today=self.listing.today,
            days=self.listing.days,
            groups={g: [item for group, item in shown if group == g] for g in Group},
        )
        return deadlines_report.CSV_HEADER[lang()], deadlines_report.csv_rows(listing, lang())

    def export_ics(self) -> Any:
        path = files.ask_save_path(
            self, self.tr("Export to calendar"), self.export_name() + ".ics", "ics"
        )
        if path is None:
            return None
        count = calendar_export.write_ics([item for _g, item in self.shown()], path, lang=lang())
        self.status(
            self.tr("%1 deadlines written to %2").replace("%1", str(count)).replace("%2", str(path))
        )
        return path, count
