"""Extra tabs of a stored record's form dialog (attachments, history …), listed once.

A tab is one ``register_record_tab`` call: a title, the record types it applies to and
a factory ``make(record, repos, parent) -> QWidget``. ``FormDialog`` shows the form as
its first tab and every registered tab that applies to the record it edits (a new,
unsaved record has only the form). With none registered the dialog has no tab bar.

A notice is a bar above the form for a stored record that needs attention (issue 14: a
record with open conflicts between PCs): ``register_record_notice(make)``, where
``make(record, repos, dialog)`` returns the bar or None. The program's own tabs and
notices are registered by the modules in ``TAB_MODULES``, imported when a form first asks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.domain.records import Record


@dataclass(frozen=True)
class RecordTab:
    name: str
    # The tab's title, translated when the dialog is made.
    title: Callable[[], str]
    # The record types the tab belongs on (empty: every record).
    types: tuple[type, ...]
    make: Callable[[Record, Any, QWidget], QWidget]

    def applies_to(self, record: Record) -> bool:
        return record.id is not None and (not self.types or isinstance(record, self.types))


RECORD_TABS: list[RecordTab] = []
RECORD_NOTICES: list[Callable[[Record, Any, QWidget], QWidget | None]] = []

#: Modules that register tabs of their own, imported when a form dialog first asks.
TAB_MODULES = ("app.ui.record_history", "app.ui.dialogs.conflict_dialog")
_loaded: list[bool] = []


def _load_built_in() -> None:
    if not _loaded:
        import importlib

        _loaded.append(True)
        for name in TAB_MODULES:
            importlib.import_module(name)


def register_record_tab(tab: RecordTab) -> RecordTab:
    if any(t.name == tab.name for t in RECORD_TABS):
        raise ValueError(f"record tab {tab.name!r} is registered already")
    RECORD_TABS.append(tab)
    return tab


def tabs_for(record: Record | None) -> list[RecordTab]:
    _load_built_in()
    return [] if record is None else [t for t in RECORD_TABS if t.applies_to(record)]


def register_record_notice(
    make: Callable[[Record, Any, QWidget], QWidget | None],
) -> Callable[[Record, Any, QWidget], QWidget | None]:
    RECORD_NOTICES.append(make)
    return make


def notices_for(record: Record | None, repos: Any, dialog: QWidget) -> list[QWidget]:
    """The bars to show above the form of ``record`` (none for a new record)."""
    _load_built_in()
    if record is None or record.id is None:
        return []
    made = (make(record, repos, dialog) for make in RECORD_NOTICES)
    return [widget for widget in made if widget is not None]
