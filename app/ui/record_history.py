"""A record's history as people read it: when, who, on which PC, what changed.

``describe_change`` is the one wording of a history entry (the contract page's history
tab uses it too); ``pc_text`` names the PC a change was made on (issue 14: with a shared
database the history shows which PC and user made each change — the names come from
sync, "denne PC-en" for this one before it has a name). The "Historikk" tab of every
stored record's form is registered here (``forms.record_tabs``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .forms.record_tabs import RecordTab, register_record_tab
from .i18n import field_label

ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("ContractPage", "added"),
    "update": QT_TRANSLATE_NOOP("ContractPage", "changed"),
    "delete": QT_TRANSLATE_NOOP("ContractPage", "deleted"),
}
TABLES = {
    "customers": QT_TRANSLATE_NOOP("ContractPage", "customer"),
    "contracts": QT_TRANSLATE_NOOP("ContractPage", "contract"),
    "services": QT_TRANSLATE_NOOP("ContractPage", "service"),
    "incidents": QT_TRANSLATE_NOOP("ContractPage", "incident"),
    "complaints": QT_TRANSLATE_NOOP("ContractPage", "complaint"),
    "delivery_notices": QT_TRANSLATE_NOOP("ContractPage", "delivery notice"),
    "terminations": QT_TRANSLATE_NOOP("ContractPage", "termination"),
    "checklist_items": QT_TRANSLATE_NOOP("ContractPage", "checklist task"),
    "notes": QT_TRANSLATE_NOOP("ContractPage", "note"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("ContractPage", text)


def changed_fields(entry: Any) -> list[str]:
    """The fields a change changed, as people mean it (not the record's own number,
    identity or write counter, which every change moves)."""
    from app.storage.outbox import LOCAL_FIELDS

    if not (entry.before and entry.after):
        return []
    return [
        k
        for k in entry.after
        if k not in LOCAL_FIELDS and entry.before.get(k) != entry.after.get(k)
    ]


def record_kind(table: str) -> str:
    """A table's record in the singular: "reklamasjon"."""
    return _t(TABLES[table]) if table in TABLES else table


def describe_change(entry: Any, *, record: bool = True) -> str:
    """ "reklamasjon #3 endret: Notat" (``record`` False: "endret: Notat")."""
    action = _t(ACTIONS[entry.action]) if entry.action in ACTIONS else entry.action
    keys = changed_fields(entry)
    changed = (": " + ", ".join(field_label(k) for k in keys)) if keys else ""
    if entry.action == "update" and entry.before == entry.after:
        # a change from another PC that arrived and changed nothing here (issue 14)
        changed = ": " + QCoreApplication.translate("History", "shared, nothing new here")
    if not record:
        return f"{action}{changed}"
    what = record_kind(entry.table)
    return f"{what} #{entry.record_id} {action}{changed}"


def own_pc(repos: Any) -> str | None:
    """This file's PC id (its changes carry it as ``HistoryEntry.pc``)."""
    from app.storage.outbox import replica_id

    try:
        return replica_id(repos.database.db.conn)
    except Exception:  # noqa: BLE001 - a file before sharing existed: no PC ids at all
        return None


def pc_text(entry: Any, own: str | None) -> str:
    """The PC's name as sync knows it; "denne PC-en" for this one while it has none."""
    if entry.pc_name:
        return entry.pc_name
    if entry.pc is not None and entry.pc == own:
        return QCoreApplication.translate("History", "this PC")
    return "–"


class HistoryTab(QWidget):
    """Every change of one record, newest first: when, who, which PC, what."""

    def __init__(self, record: Any, repos: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .fmt import fmt_datetime, week_of_dates
        from .models.records_model import RecordsModel
        from .widgets.table import make_table, size_columns

        self.repos = repos
        self.record = record
        own = own_pc(repos)

        def header(text: str) -> Any:
            return lambda: QCoreApplication.translate("History", text)

        self.model = RecordsModel(
            [
                (header(QT_TRANSLATE_NOOP("History", "When")), lambda e: fmt_datetime(e.when)),
                (header(QT_TRANSLATE_NOOP("History", "User")), lambda e: e.user),
                (header(QT_TRANSLATE_NOOP("History", "PC")), lambda e: pc_text(e, own)),
                (
                    header(QT_TRANSLATE_NOOP("History", "Change")),
                    lambda e: describe_change(e, record=False),
                ),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("recordHistory")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.table)
        self.refresh()
        # "Når" as on the contract page: "ons. 02.12.2026 kl. 17:55" whole
        size_columns(self.table, [week_of_dates(with_time=True), 12, 16, 40])

    def showEvent(self, event: Any) -> None:  # noqa: N802 - shown again: as it is now
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        from app.storage.codec import SPECS

        table = next((t for t, spec in SPECS.items() if isinstance(self.record, spec.model)), None)
        if table is None or self.record.id is None:
            return
        self.model.set_rows(list(reversed(self.repos.history(table, self.record.id))))


register_record_tab(
    RecordTab(
        "history",
        lambda: QCoreApplication.translate("History", "Histor&y"),
        (),
        lambda record, repos, dialog: HistoryTab(record, repos, dialog),
    )
)
