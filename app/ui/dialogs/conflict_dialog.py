"""Conflicts between PCs, side by side (issue 14), built on ``app.sync.conflicts``.

A conflict is a field two PCs changed before either had synced: the server kept the
value that reached it first ("Gjelder nå"), the other one is kept in the conflict
("Den andre verdien"), each with who, on which PC and when, beside the value both
started from. Or a record one PC deleted while another changed it: the record was kept
(an edit always wins over a delete) and the delete waits here.

``ConflictDialog`` shows one record's conflicts as rows of two choices; "Løs konflikten"
saves the choice as a normal edit of the record (the other PCs get it by sync, as any
edit) and marks the conflicts resolved everywhere. ``ConflictsDialog`` lists every open
conflict of the database (File → Konflikter mellom PC-er, or a click on the status
bar's sync field). A record's form shows a bar above it while the record has open
conflicts (``conflict_notice``, registered in ``forms.record_tabs``).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import field_label, lang

if TYPE_CHECKING:
    from app.storage.repositories import Repositories
    from app.sync.conflicts import Conflict

    from ..operations import Operations

# A conflict's record is shown by its first field that names it.
LABEL_FIELDS = ("name", "title", "nature", "cause", "task", "from_contact", "text")


# --- values as people read them ------------------------------------------------------------


def record_label(repos: Repositories, table: str, uid: str) -> str:
    """ "reklamasjon 3 «Skriveren svarer ikke»" for the record with ``uid`` here."""
    from app.storage.codec import SPECS

    from ..record_history import record_kind

    what = record_kind(table)
    if table not in SPECS:
        return what
    record = repos.repository(table).find_uid(uid)
    if record is None:
        return f"{what} ({uid[:8]})"
    name = next((getattr(record, f) for f in LABEL_FIELDS if getattr(record, f, None)), "")
    return f"{what} {record.id}" + (f" «{_short(str(name))}»" if name else "")


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def value_text(repos: Repositories, table: str, field: str | None, value: Any) -> str:
    """A value as the server holds it (references as uids, dates as ISO text), shown."""
    from app.storage.codec import SPECS

    from ..fmt import fmt_date, fmt_datetime
    from ..forms.choices import cause_choices, channel_choices, status_choices, template_choices

    if value is None or value == "":
        return "–"
    spec = SPECS.get(table)
    if spec is not None and field in spec.references:
        return record_label(repos, spec.references[field], str(value))
    if isinstance(value, bool):
        return _yes() if value else _no()
    choices = {
        "channel": channel_choices,
        "status": status_choices,
        "cause": cause_choices,
        "template": template_choices,
    }.get(field or "")
    if choices is not None:
        for key, text in choices():
            if str(key) == str(value):
                return text
    if isinstance(value, str):
        try:
            if len(value) == 10:
                return fmt_date(date.fromisoformat(value))
            if "T" in value and len(value) >= 16:
                return fmt_datetime(datetime.fromisoformat(value))
        except ValueError:
            pass
        return value
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _yes() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ConflictDialog", "yes")


def _no() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ConflictDialog", "no")


def _user(by: str) -> str:
    """The user of "user@PC" (how conflicts name who made a value)."""
    return by.partition("@")[0]


def _where_when(by: str, at: datetime | None) -> str:
    """The PC of "user@PC" and the time, for the line under a choice's radio button."""
    from ..fmt import fmt_datetime

    pc = by.partition("@")[2]
    return ", ".join(part for part in (pc, fmt_datetime(at) if at is not None else "") if part)


def find_operations(widget: QWidget | None) -> Operations | None:
    """The save operation of the window ``widget`` is in (pages and the window have one)."""
    from ..operations import Operations

    while widget is not None:
        found = getattr(widget, "operations", None)
        if isinstance(found, Operations):
            return found
        widget = widget.parentWidget()
    return None


# --- one value, choosable --------------------------------------------------------------------


def scrolled_grid(grid: QGridLayout, parent: QWidget) -> QScrollArea:
    """A field-by-field comparison (this dialog's, the stale-save dialog's) in a frameless
    scroll area: a screen narrower than the values scrolls, never cuts them off, and Tab
    goes from choice to choice, not to the area."""
    body = QWidget(parent)
    body_layout = QVBoxLayout(body)
    body_layout.setContentsMargins(0, 0, 0, 0)
    body_layout.addLayout(grid)
    body_layout.addStretch(1)
    area = QScrollArea(parent)
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class Choice(QFrame):
    """A side of the comparison: a radio button with who, the PC and when under it, the
    value below.

    The PC and time have a line of their own, which wraps: a radio button's text cannot
    wrap, and "user@PC, date kl. time" on one line was cut off in the right-hand column
    (seen with a PC named BÆRBAR-PC).

    A click on the value chooses it too: the value's text can be selected with the
    mouse (to copy it), so the label takes the press and the frame never saw it; its
    press is watched instead, and the label still selects."""

    def __init__(self, caption: str, when: str, value: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("conflictChoice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.radio = QRadioButton(caption, self)
        self.when = QLabel(when, self)
        self.when.setObjectName("hint")
        self.when.setWordWrap(True)
        self.when.setVisible(bool(when))
        self.value = QLabel(value, self)
        self.value.setObjectName("conflictValue")
        self.value.setWordWrap(True)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setMinimumWidth(180)  # (wider when the dialog is: the columns stretch)
        self.value.setVisible(bool(value))  # (a record kept or deleted has no value to show)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.radio)
        layout.addWidget(self.when)
        layout.addWidget(self.value)
        self.radio.toggled.connect(self._mark)
        self.value.installEventFilter(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - a click anywhere chooses
        self._choose()
        super().mousePressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.value and event.type() == QEvent.Type.MouseButtonPress:
            self._choose()
        return False  # the label goes on to select its text

    def _choose(self) -> None:
        self.radio.setChecked(True)
        self.radio.setFocus(Qt.FocusReason.MouseFocusReason)

    def _mark(self, checked: bool) -> None:
        self.setStyleSheet(
            "#conflictChoice { border: 2px solid #1f5fa8; border-radius: 4px; }" if checked else ""
        )


class ConflictDialog(QDialog):
    """One record's open conflicts, side by side; resolved with a normal edit."""

    def __init__(
        self,
        repos: Repositories,
        operations: Operations | None,
        table: str,
        uid: str,
        parent: QWidget | None = None,
    ) -> None:
        from app.sync.conflicts import open_conflicts

        super().__init__(parent)
        self.repos = repos
        self.operations = operations or find_operations(parent)
        self.table = table
        self.uid = uid
        self.conflicts = open_conflicts(repos, table=table, uid=uid)
        self.choices: list[tuple[Conflict, Choice, Choice]] = []
        self.setModal(True)
        label = record_label(repos, table, uid)
        self.setWindowTitle(self.tr("Conflict: %1").replace("%1", label))
        intro = QLabel(
            self.tr(
                "%1 was changed on two PCs before they had synchronised. The value that "
                "reached the server first holds now; the other is kept here. Choose what "
                "is to hold (the arrow keys or the mouse): it is saved as an ordinary "
                "change and sent to the other PCs."
            ).replace("%1", label[:1].upper() + label[1:]),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        headings = (
            self.tr("Field"),
            self.tr("Both started from"),
            self.tr("Holds now"),
            self.tr("The other value"),
        )
        for column, text in enumerate(headings):
            heading = QLabel(text, self)
            heading.setObjectName("sectionHeading")
            grid.addWidget(heading, 0, column)
        for row, conflict in enumerate(self.conflicts, start=1):
            self._add_row(grid, row, conflict)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        area = scrolled_grid(grid, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.resolve_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.resolve_button.setText(self.tr("&Resolve the conflict"))
        self.resolve_button.setEnabled(bool(self.conflicts))
        self.buttons.accepted.connect(self.resolve)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(area, 1)
        layout.addWidget(self.buttons)
        # as wide as the choices need (a long PC name or delete caption), within the screen
        wanted = area.widget().sizeHint().width() + 2 * layout.contentsMargins().left() + 24
        screen = self.screen().availableGeometry().width() if self.screen() else 1280
        self.resize(
            min(max(820, wanted), screen - 40),
            min(640, 220 + 130 * max(1, len(self.conflicts))),
        )

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self.choices:  # the keyboard starts on the first choice (← → picks the other)
            self.choices[0][1].radio.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_row(self, grid: QGridLayout, row: int, conflict: Conflict) -> None:
        repos, table = self.repos, self.table
        if conflict.kind == "field":
            name = QLabel(field_label(conflict.field or ""), self)
            base = value_text(repos, table, conflict.field, conflict.base)
            server = Choice(
                _user(conflict.theirs_by),
                _where_when(conflict.theirs_by, conflict.theirs_at),
                value_text(repos, table, conflict.field, conflict.theirs),
                self,
            )
            other = Choice(
                _user(conflict.mine_by),
                _where_when(conflict.mine_by, conflict.mine_at),
                value_text(repos, table, conflict.field, conflict.mine),
                self,
            )
        else:
            name = QLabel(self.tr("The record"), self)
            base = "–"
            theirs, mine = _user(conflict.theirs_by), _user(conflict.mine_by)
            # who is on which side: "theirs" is the server's last change of the record
            if conflict.kind == "delete":  # deleted here (mine), changed there: kept
                why_kept = self.tr("changed meanwhile by %1").replace("%1", theirs)
                why_gone = self.tr("deleted by %1").replace("%1", mine)
                kept_by, kept_at = conflict.theirs_by, conflict.theirs_at
                gone_by, gone_at = conflict.mine_by, conflict.mine_at
            else:  # edit_deleted: changed here (mine) after it was deleted there: restored
                why_kept = self.tr("restored: %1 changed it").replace("%1", mine)
                why_gone = self.tr("deleted by %1").replace("%1", theirs)
                kept_by, kept_at = conflict.mine_by, conflict.mine_at
                gone_by, gone_at = conflict.theirs_by, conflict.theirs_at
            # short radio texts (they cannot wrap); the why, PC and time on the line below
            server = Choice(
                self.tr("Keep it"), why_kept + " · " + _where_when(kept_by, kept_at), "", self
            )
            other = Choice(
                self.tr("Delete it"), why_gone + " · " + _where_when(gone_by, gone_at), "", self
            )
        name.setObjectName("conflictField")
        name.setWordWrap(True)
        started = QLabel(base, self)
        started.setObjectName("hint")
        started.setWordWrap(True)
        group = QButtonGroup(self)
        group.addButton(server.radio)
        group.addButton(other.radio)
        server.radio.setChecked(True)
        grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(started, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(server, row, 2)
        grid.addWidget(other, row, 3)
        self.choices.append((conflict, server, other))

    def chosen(self) -> list[tuple[Conflict, bool]]:
        """Each conflict and whether the other value (or the delete) was chosen."""
        return [(c, other.radio.isChecked()) for c, _server, other in self.choices]

    def resolve(self) -> bool:
        """Save the choices (one transaction: all or nothing) and close."""
        from pydantic import ValidationError

        from app.domain.errors import problems
        from app.storage.errors import StorageError
        from app.sync import conflicts as sync_conflicts

        from ..widgets.fields import problem_text

        choices = self.chosen()

        def write() -> None:
            with self.repos.transaction():
                deleted = False
                for conflict, other in choices:
                    if conflict.kind == "field":
                        sync_conflicts.resolve(
                            self.repos, conflict, conflict.mine, keep_server=not other
                        )
                    else:
                        sync_conflicts.resolve(
                            self.repos, conflict, delete_record=other and not deleted
                        )
                        deleted = deleted or other

        tables = (self.table, "history", "sync_conflicts")
        try:
            if self.operations is not None:
                self.operations.run(write, tables=tables)
            else:
                write()
        except ValidationError as exc:
            text = "\n".join(f"{field_label(p.field)}: {problem_text(p)}" for p in problems(exc))
            QMessageBox.warning(self, self.windowTitle(), text)
            return False
        except StorageError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.text(lang()))
            return False
        self.accept()
        return True


class ConflictsDialog(QDialog):
    """Every open conflict of the database; Enter (or "Løs …") opens one record's."""

    def __init__(
        self,
        repos: Repositories,
        operations: Operations | None,
        parent: QWidget | None = None,
        *,
        shared: bool = True,
    ) -> None:
        """``shared``: the database has a shared database to synchronise with (else it
        has no other PC to disagree with, and the dialog says that)."""
        super().__init__(parent)
        self.repos = repos
        self.operations = operations
        self.shared = shared
        self.records: list[tuple[str, str]] = []
        self.last_dialog: ConflictDialog | None = None
        self.setWindowTitle(self.tr("Conflicts between PCs"))
        self.setModal(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("conflicts")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Holds now"), self.tr("The other value")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        # after the key event (Enter) is done: it must not reach the new dialog's button
        self.table.activated.connect(self._activated)
        self.open_button = QPushButton(self.tr("&Resolve …"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(lambda _c=False: self.open_row(self.table.currentRow()))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        for button in close.buttons():  # Enter in the list opens the row, not Close
            button.setAutoDefault(False)
            button.setDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.refresh()
        if self.records:  # the list's room
            self.resize(900, 420)
        else:  # as big as its sentence
            self.resize(560, self.sizeHint().height())
        if operations is not None:
            operations.changed.connect(self._changed)

    def _changed(self, changes: Any) -> None:
        if changes.touches({"sync_conflicts", "history"}):
            self.refresh()

    def refresh(self) -> None:
        from app.sync.conflicts import open_conflicts

        found = open_conflicts(self.repos)
        self.table.setRowCount(len(found))
        self.records = []
        for row, conflict in enumerate(found):
            if conflict.kind == "field":
                field = field_label(conflict.field or "")
                held = value_text(self.repos, conflict.table, conflict.field, conflict.theirs)
                other = value_text(self.repos, conflict.table, conflict.field, conflict.mine)
            else:
                field = self.tr("the record")
                held = self.tr("kept (changed by %1)").replace("%1", conflict.theirs_by)
                other = self.tr("deleted by %1").replace("%1", conflict.mine_by)
                if conflict.kind == "edit_deleted":
                    held = self.tr("restored (changed by %1)").replace("%1", conflict.mine_by)
                    other = self.tr("had been deleted")
            cells = (
                record_label(self.repos, conflict.table, conflict.uid),
                field,
                f"{_short(held, 40)} ({conflict.theirs_by})",
                f"{_short(other, 40)} ({conflict.mine_by})",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            self.records.append((conflict.table, conflict.uid))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (QHeaderView.ResizeMode.ResizeToContents,) * 2 + (QHeaderView.ResizeMode.Stretch,) * 2
        ):
            header.setSectionResizeMode(column, mode)
        if found:
            self.hint.setText(
                self.tr(
                    "%n value(s) changed on two PCs at once. Enter (or Resolve …) shows "
                    "the two side by side.",
                    "",
                    len(found),
                )
            )
            if self.table.currentRow() < 0:
                self.table.selectRow(0)
        elif self.shared:
            self.hint.setText(self.tr("No open conflicts: every PC agrees."))
        else:  # said "every PC agrees" on a database no other PC shares
            self.hint.setText(
                self.tr(
                    "This database is not shared with other PCs, so there are no conflicts. "
                    "Sharing is set up under File → Settings…, “Shared database”."
                )
            )
        self.open_button.setEnabled(bool(found))
        self.open_button.setVisible(self.shared or bool(found))  # (nothing to resolve, ever)
        self.table.setVisible(bool(found))

    def _activated(self, index: Any) -> None:
        row = index.row()
        QTimer.singleShot(0, lambda: self.open_row(row))

    def open_row(self, row: int) -> ConflictDialog | None:
        if not 0 <= row < len(self.records):
            return None
        table, uid = self.records[row]
        dialog = ConflictDialog(self.repos, self.operations, table, uid, self)
        dialog.finished.connect(lambda _r: self.refresh())
        self.last_dialog = dialog
        dialog.open()
        return dialog


# --- the bar on a flagged record's form ------------------------------------------------------


class ConflictNotice(QFrame):
    """Above a record's form while it has open conflicts: what, and "Løs konflikten …"."""

    def __init__(self, repos: Repositories, table: str, uid: str, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.repos = repos
        self.table = table
        self.uid = uid
        self.form_dialog = dialog
        self.last_dialog: ConflictDialog | None = None
        self.setObjectName("conflictNotice")
        self.setStyleSheet(
            "#conflictNotice { background: #fff4ce; border: 1px solid #e0b400;"
            " border-radius: 4px; }"
        )
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self.tr("&Resolve the conflict …"), self)
        self.button.setObjectName("resolveConflict")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda _c=False: self.open_dialog())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.update_text()

    def update_text(self) -> int:
        from app.sync.conflicts import open_conflicts

        found = open_conflicts(self.repos, table=self.table, uid=self.uid)
        fields = [field_label(c.field) for c in found if c.kind == "field" and c.field]
        if any(c.kind != "field" for c in found):
            fields.insert(0, self.tr("deleted on another PC"))
        self.text.setText(
            self.tr("Changed on two PCs at once: %1.").replace("%1", ", ".join(fields))
        )
        self.setVisible(bool(found))
        return len(found)

    def open_dialog(self) -> ConflictDialog:
        dialog = ConflictDialog(
            self.repos, find_operations(self.form_dialog.parentWidget()), self.table, self.uid,
            self.form_dialog,
        )  # fmt: skip
        dialog.accepted.connect(self._resolved)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _resolved(self) -> None:
        """The record changed: the form shows it as stored now (unless typed in)."""
        form = getattr(self.form_dialog, "form", None)
        record = self.repos.repository(self.table).find_uid(self.uid)
        if form is not None and record is not None and not form.is_dirty():
            form.set_value(record)
        self.update_text()


def conflict_notice(record: Any, repos: Any, dialog: QWidget) -> QWidget | None:
    """The bar for a record's form (``forms.record_tabs.register_record_notice``)."""
    from app.storage.codec import SPECS

    table = next((t for t, spec in SPECS.items() if isinstance(record, spec.model)), None)
    if table is None or record.uid is None or getattr(repos, "database", None) is None:
        return None
    conn = repos.database.db.conn
    found = conn.execute(
        "SELECT 1 FROM sync_conflicts WHERE tbl = ? AND uid = ? AND resolved_seq IS NULL",
        [table, str(record.uid)],
    ).fetchone()
    if not found:
        return None
    return ConflictNotice(repos, table, str(record.uid), dialog)


def _register() -> None:
    from ..forms.record_tabs import register_record_notice

    register_record_notice(conflict_notice)


_register()
