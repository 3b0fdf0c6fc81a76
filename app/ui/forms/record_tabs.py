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
    make: Callable[[Record | None, Any, QWidget], QWidget]
    # Also on the form of a new, unsaved record (``make`` then gets ``None``).
    new_records: bool = False

    def applies_to(self, record: Record | None, record_type: type | None = None) -> bool:
        if record is not None and record.id is not None:
            return not self.types or isinstance(record, self.types)
        return (
            self.new_records
            and record_type is not None
            and (not self.types or issubclass(record_type, self.types))
        )


RECORD_TABS: list[RecordTab] = []
RECORD_NOTICES: list[Callable[[Record, Any, QWidget], QWidget | None]] = []

#: Modules that register tabs (or notices) of their own, imported when a form dialog
#: first asks.
TAB_MODULES = (
    "app.ui.attachments.tab",
    "app.ui.record_history",
    "app.ui.dialogs.conflict_dialog",
)
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


def tabs_for(record: Record | None, record_type: type | None = None) -> list[RecordTab]:
    """The tabs of a stored ``record``'s form, or (``record`` None) of a new record of
    ``record_type``."""
    _load_built_in()
    return [t for t in RECORD_TABS if t.applies_to(record, record_type)]


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
