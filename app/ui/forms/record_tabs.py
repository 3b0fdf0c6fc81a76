"""Extra tabs of a stored record's form dialog (attachments, history …), listed once.

A tab is one ``register_record_tab`` call: a title, the record types it applies to and
a factory ``make(record, repos, parent) -> QWidget``. ``FormDialog`` shows the form as
its first tab and every registered tab that applies to the record it edits (a new,
unsaved record has only the form). With none registered the dialog has no tab bar.
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

#: Modules that register tabs of their own, imported when a form dialog first asks.
TAB_MODULES = ("app.ui.attachments.tab",)
_loaded: list[bool] = []


def register_record_tab(tab: RecordTab) -> RecordTab:
    if any(t.name == tab.name for t in RECORD_TABS):
        raise ValueError(f"record tab {tab.name!r} is registered already")
    RECORD_TABS.append(tab)
    return tab


def tabs_for(record: Record | None, record_type: type | None = None) -> list[RecordTab]:
    """The tabs of a stored ``record``'s form, or (``record`` None) of a new record of
    ``record_type``."""
    if not _loaded:
        import importlib

        _loaded.append(True)
        for name in TAB_MODULES:
            importlib.import_module(name)
    return [t for t in RECORD_TABS if t.applies_to(record, record_type)]
