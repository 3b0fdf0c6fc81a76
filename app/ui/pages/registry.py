"""The pages of the main window, listed once (as Picard registers its option pages).

Each ``PageSpec`` names a page, its title, how it is built and which tables it shows:
the main window makes its navigation, its View menu (Ctrl+1 …), ``--page`` and the
refresh after a save from this list alone. A new page is one ``register`` call.

Importing this module is cheap (the program reads it before the first paint): a page's
module is imported only when the page is first built.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..main_window import MainWindow


@runtime_checkable
class PageWidget(Protocol):
    """What the main window asks of every page (``pages.base.Page`` has each as a no-op)."""

    def refresh(self) -> None:
        """Show the current state of the tables the page shows."""

    def new_record(self) -> Any:
        """Ctrl+N: a form for a new record of the page's kind (None when it has none)."""

    def focus_filter(self) -> None:
        """Ctrl+F: the page's filter field, selected."""

    def export_csv(self) -> Any:
        """Ctrl+E: the page's list as a CSV file (None when it has none)."""

    def commands(self) -> frozenset[str]:
        """Which of "new", "find" and "export" the page has (the window enables those)."""

    def cancel(self) -> None:
        """Stop background work (the window closes or is rebuilt)."""

    def focus_main(self) -> None:
        """Put the keyboard focus where work on the page starts (its list)."""

    def set_today(self, day: Any) -> bool:
        """The day moved on (the window's session, issue 11): take it; whether the page
        shows anything by today (then it is refreshed)."""


@dataclass(frozen=True)
class PageSpec:
    name: str
    # Untranslated title (context ``MainWindow``), translated where shown.
    title_source: str
    # ``module:Class`` relative to ``app.ui.pages``, built by ``build`` on first use.
    target: str
    # The tables whose change makes the page refresh (``operations.Changes``).
    tables: frozenset[str]
    # Shown in the navigation list and the View menu (Ctrl+<position>).
    navigation: bool = True
    # Extra keyword arguments the page's constructor takes from the window.
    wants_today: bool = False

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", self.title_source)

    def build(self, window: MainWindow) -> QWidget:
        module_name, _, class_name = self.target.partition(":")
        module = importlib.import_module(f"app.ui.pages.{module_name}")
        cls: Callable[..., QWidget] = getattr(module, class_name)
        kwargs: dict[str, Any] = {"window": window}
        if self.wants_today:
            kwargs["today"] = window.today
        return cls(window.repos, **kwargs)


PAGES: list[PageSpec] = []


def register(spec: PageSpec) -> PageSpec:
    """Add a page (at the end of the navigation); a name is registered once."""
    if any(p.name == spec.name for p in PAGES):
        raise ValueError(f"page {spec.name!r} is registered already")
    PAGES.append(spec)
    return spec


def spec(name: str) -> PageSpec:
    for found in PAGES:
        if found.name == name:
            return found
    raise KeyError(name)


def names() -> list[str]:
    return [p.name for p in PAGES]


def navigation() -> list[PageSpec]:
    return [p for p in PAGES if p.navigation]


# a variant's edit moves the terms of its contracts (issue 11 item 3): pages that show
# contracts' dates refresh when variants change
_RECORDS = frozenset({"contracts", "customers", "template_variants"})
for _spec in (
    PageSpec(
        "overview",
        QT_TRANSLATE_NOOP("MainWindow", "Overview"),
        "overview:OverviewPage",
        frozenset(
            {
                *_RECORDS,
                "incidents",
                "complaints",
                "delivery_notices",
                "terminations",
                "services",
                "checklist_items",
            }
        ),
        wants_today=True,
    ),
    PageSpec(
        "contracts",
        QT_TRANSLATE_NOOP("MainWindow", "Contracts"),
        "contracts:ContractsPage",
        _RECORDS,
    ),
    PageSpec(
        "customers",
        QT_TRANSLATE_NOOP("MainWindow", "Customers"),
        "customers:CustomersPage",
        _RECORDS,
    ),
    PageSpec(
        "contract",
        QT_TRANSLATE_NOOP("MainWindow", "Contract"),
        "contract:ContractPage",
        frozenset(
            {
                *_RECORDS,
                "services",
                "incidents",
                "complaints",
                "delivery_notices",
                "terminations",
                "checklist_items",
                "history",
                "letters",
            }
        ),
        navigation=False,
        wants_today=True,
    ),
    PageSpec(
        "incidents",
        QT_TRANSLATE_NOOP("MainWindow", "Incidents"),
        "incidents:IncidentsPage",
        frozenset({*_RECORDS, "incidents"}),
    ),
    PageSpec(
        "complaints",
        QT_TRANSLATE_NOOP("MainWindow", "Complaints"),
        "records:ComplaintsPage",
        frozenset({*_RECORDS, "complaints"}),
        wants_today=True,
    ),
    PageSpec(
        "deliveries",
        QT_TRANSLATE_NOOP("MainWindow", "Delivery notices"),
        "records:DeliveriesPage",
        frozenset({*_RECORDS, "delivery_notices"}),
        wants_today=True,
    ),
    PageSpec(
        "calculators",
        QT_TRANSLATE_NOOP("MainWindow", "Calculators"),
        "calculators:CalculatorsPage",
        frozenset(),
        wants_today=True,
    ),
    PageSpec(
        "templates",
        QT_TRANSLATE_NOOP("MainWindow", "Contract templates"),
        "templates:TemplatesPage",
        frozenset({"contracts", "template_variants"}),
    ),
):
    register(_spec)
