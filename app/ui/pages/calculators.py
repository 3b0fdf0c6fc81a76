"""The Calculators page: every calculator of RULES.md, recomputed on every keystroke."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from app import clock
from app.domain import calculators
from app.domain.results import Result

from ..i18n import calculator_title, say
from ..tones import Tone
from ..widgets.calculator_panel import CalculatorPanel

# The order users look for them in; calculators registered later are appended.
ORDER = [
    "approval",
    "complaint",
    "deletion",
    "compensation",
    "availability",
    "sodvin_term",
    "oc_termination",
    "sodvin_early_termination",
    "payment",
    "first_invoice",
    "price_adjustment",
    "change_notice",
    "maintenance_windows",
]
# Parts of "compensation" (shown there, not on their own).
PARTS = {"sodvin_refund", "oc_reduction"}


def _quarter(today: date) -> str:
    return f"{today.year}Q{(today.month - 1) // 3 + 1}"


def initial_values(today: date) -> dict[str, dict[str, Any]]:
    """Amounts start from RULES.md's worked examples, dates from today."""
    return {
        "sodvin_refund": {
            "fee": "20000",
            "uptime": "99.5",
            "downtime_hours": "15",
            "quarter": _quarter(today),
        },
        "oc_reduction": {"monthly_fee": "8000", "availability": "99.12"},
        "sodvin_early_termination": {"monthly_fee": "10000"},
        "payment": {"amount": "10000"},
        "first_invoice": {"unit_price": "250", "units": 20, "establishment_fee": "5000"},
        "price_adjustment": {"price": "100", "index_old": "120.5", "index_new": "125.1"},
        "availability": {"quarter": _quarter(today)},
        "maintenance_windows": {"year": today.year},
    }


class _PluralTexts(QObject):
    """Plural texts of the module-level functions: pyside6-lupdate 6.11 only collects a
    plural form from ``self.tr(text, "", n)``, not from ``QCoreApplication.translate``."""

    def paid_late(self, days: int) -> str:
        return self.tr("Paid %n day(s) late", "", days)


def verdict_for(name: str, result: Result) -> tuple[str, bool | None] | None:
    """A one-line verdict for the domain's yes/no answers (no rule here: the domain decided)."""
    if name == "complaint":
        # the domain's verdict, as the complaint form, the lists and the letter give it
        verdict = getattr(result, "verdict", None)
        if verdict is None:
            return None
        text = say(result.verdict_step)  # type: ignore[attr-defined]
        return text[:1].upper() + text[1:], Tone.of(verdict.standing)
    if name == "approval":
        valid = getattr(result, "rejection_valid", None)
        if valid is None:
            return None
        return (
            QCoreApplication.translate("CalculatorsPage", "The rejection is valid")
            if valid
            else QCoreApplication.translate("CalculatorsPage", "The rejection is not valid")
        ), valid
    if name == "payment":
        late = getattr(result, "days_late", None)
        if late is None:
            return None
        if late <= 0:
            return QCoreApplication.translate("CalculatorsPage", "Paid in time"), True
        return _PluralTexts().paid_late(late), False
    return None


class CalculatorsPage(QWidget):
    """A list of calculators and the chosen one's panel, built when first opened."""

    def __init__(
        self,
        repos: Any = None,
        *,
        today: date | None = None,
        window: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        # (the calculators need no database: ``repos`` and ``window`` as every page has them)
        super().__init__(parent)
        self.today = today or clock.today()
        self.initial = initial_values(self.today)
        self.list = QListWidget(self)
        self.list.setObjectName("calculatorList")
        self.list.setFixedWidth(240)
        self.list.setSpacing(3)
        self.list.setUniformItemSizes(True)
        self.stack = QStackedWidget(self)
        self.panels: dict[str, QWidget] = {}
        available = calculators.names()
        names = [n for n in ORDER if n in available or n == "compensation"]
        names += [n for n in available if n not in names and n not in PARTS]
        if not set(available) >= PARTS:
            names.remove("compensation")
        for name in names:
            item = QListWidgetItem(calculator_title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.currentRowChanged.connect(self._show_row)
        self.list.setCurrentRow(0)

    # --- the PageWidget protocol: nothing stored, nothing to refresh or list ----------

    def refresh(self) -> None:
        pass

    def set_today(self, day: date) -> bool:
        """The day moved on (the window's session): what an input left out means by
        "today" (``sodvin_term`` without ``on``) is the new day; typed values stay."""
        self.today = day
        for panel in self.panels.values():
            if hasattr(panel, "today"):
                panel.today = day
                panel.recompute()
        return False  # nothing to read again: the panels computed with the new day

    def new_record(self) -> None:
        return None

    def commands(self) -> frozenset[str]:
        return frozenset()  # no record to make, no list to filter or export

    def focus_filter(self) -> None:
        pass

    def export_csv(self) -> None:
        return None

    def cancel(self) -> None:
        pass

    def focus_main(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def names(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.panel(self.list.item(row).data(Qt.ItemDataRole.UserRole), show=True)

    def panel(self, name: str, *, show: bool = False) -> Any:
        """The panel of a calculator (built on first use)."""
        if name not in self.panels:
            if name == "compensation":
                from .compensation_panel import CompensationPanel

                widget: QWidget = CompensationPanel(self, initial=self.initial)
            else:
                widget = CalculatorPanel(
                    name,
                    self,
                    initial=self.initial.get(name),
                    verdict=lambda result, n=name: verdict_for(n, result),
                    today=self.today,
                )
            self.panels[name] = widget
            self.stack.addWidget(widget)
        if show:
            self.stack.setCurrentWidget(self.panels[name])
            names = self.names()
            if name in names and self.list.currentRow() != names.index(name):
                self.list.setCurrentRow(names.index(name))
        return self.panels[name]
