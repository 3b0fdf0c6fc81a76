"""The one way the program writes a record: ``Operations.save`` / ``delete`` / ``run``.

Every write from a window goes through here (as Anki's ``CollectionOp`` does): it runs
in one transaction of the storage layer, and afterwards ``changed`` announces which
tables it touched (a ``Changes``), so each page refreshes only when it shows one of
them (``app.ui.pages.registry.PageSpec.tables``). A page never refreshes its
neighbours itself.

For other streams (data safety, sharing): a check that must come before a save (a
record changed by someone else since the form was opened) belongs in ``save``; it may
raise a ``StorageError`` subclass, which the form dialog shows and keeps the dialog
open. ``run(func, tables=...)`` is for writes that are not one record (a letter logged,
an import): ``func`` writes, then the tables are announced.

Sharing (issue 14) hooks in here: ``app.ui.sync_controller`` listens to ``changed`` and
syncs on the worker after every local write; the changes it brings from other PCs are
announced with ``remote=True`` (pages refresh the same way; sync does not answer its
own announcement with another round).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from app.domain.records import Record
    from app.storage.repositories import Repositories, Repository

T = TypeVar("T")

# Every table the program shows; ``Changes.everything()`` names them all (an import).
ALL_TABLES = frozenset(
    {
        "customers",
        "contracts",
        "services",
        "incidents",
        "complaints",
        "delivery_notices",
        "terminations",
        "checklist_items",
        "notes",
        "history",
        "letters",
        "template_variants",
    }
)


@dataclass(frozen=True)
class Changes:
    """Which tables a write changed (SQL table names, e.g. ``delivery_notices``)."""

    tables: frozenset[str]
    # Written here by sync: other PCs' changes arriving (not a write of this PC's user).
    remote: bool = False

    @classmethod
    def of(cls, *tables: str) -> Changes:
        return cls(frozenset(tables))

    @classmethod
    def everything(cls) -> Changes:
        return cls(ALL_TABLES)

    def touches(self, tables: Iterable[str]) -> bool:
        return not self.tables.isdisjoint(tables)


class Operations(QObject):
    """Writes records through the repositories and announces what changed."""

    # A ``Changes``, after every write that succeeded.
    changed = Signal(object)
    # A short text for the status bar ("Lagret: kontrakten Azure drift").
    done = Signal(str)

    def __init__(self, repos: Repositories, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repos = repos

    def repository_for(self, record: Record) -> Repository:
        """The repository that stores records of this type."""
        from app.storage.repositories import REPOSITORY_TABLES

        for attribute in REPOSITORY_TABLES:
            repository = getattr(self.repos, attribute)
            if isinstance(record, repository.model):
                return repository
        raise TypeError(f"no repository stores {type(record).__name__}")

    def save(self, record: Record) -> Record:
        """Add a new record (``id`` None) or update a stored one; returns it as stored.

        Raises the storage layer's errors (nothing is written then)."""
        repository = self.repository_for(record)
        stored = repository.add(record) if record.id is None else repository.update(record)
        self.announce(repository.spec.table, "history")
        self.done.emit(self.tr("Saved."))
        return stored

    def refusal_to_delete(self, record: Record) -> Any:
        """The ``InUse`` a delete of ``record`` would be refused with, or None."""
        return None if record.id is None else self.repository_for(record).in_use(record.id)

    def delete(self, record: Record) -> None:
        """Delete a stored record (``InUse`` when others refer to it)."""
        repository = self.repository_for(record)
        if record.id is None:
            raise ValueError("an unsaved record cannot be deleted")
        repository.delete(record.id)
        self.announce(repository.spec.table, "history")
        self.done.emit(self.tr("Deleted."))

    def run(self, func: Callable[[], T], *, tables: Iterable[str]) -> T:
        """Run a write that is not one record (``func`` writes), then announce ``tables``."""
        result = func()
        self.announce(*tables)
        return result

    def announce(self, *tables: str, remote: bool = False) -> None:
        """Tell the pages that these tables changed (also after a write on the worker;
        ``remote``: by sync, other PCs' changes)."""
        changes = Changes(frozenset(tables)) if tables else Changes.everything()
        self.changed.emit(Changes(changes.tables, remote=remote))
