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
    make: Callable[[Record, Any, QWidget], QWidget]

    def applies_to(self, record: Record) -> bool:
        return record.id is not None and (not self.types or isinstance(record, self.types))


RECORD_TABS: list[RecordTab] = []


def register_record_tab(tab: RecordTab) -> RecordTab:
    if any(t.name == tab.name for t in RECORD_TABS):
        raise ValueError(f"record tab {tab.name!r} is registered already")
    RECORD_TABS.append(tab)
    return tab


def tabs_for(record: Record | None) -> list[RecordTab]:
    return [] if record is None else [t for t in RECORD_TABS if t.applies_to(record)]
