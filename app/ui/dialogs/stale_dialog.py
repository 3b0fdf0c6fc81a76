"""A save refused because the record changed since the form was opened (issue 12 item 9).

Another window (or, with sharing, another PC) saved the record after this form was
opened: ``Repository._store`` refuses the save with ``StaleRecord`` (nothing is
written). This dialog shows who changed it and when, and field by field what was there
when the form was opened, what is typed, what is stored now, and what a save will keep
(``app.domain.merge``, a three-way merge as between PCs):

- a field only the other side changed keeps their value;
- a field only this user changed takes what is typed;
- a field both changed shows both as choices, what is typed chosen unless the user picks
  the stored one.

The user chooses:

- **Lagre endringene mine** (save my changes): the merged record, as shown, is saved as
  a new version (the history keeps both: nothing is lost). Two values that do not go
  together (each valid alone) are named in the dialog, which stays open;
- **Bruk det lagrede** (use the stored): the form shows the stored record, to go on from;
- **Tilbake til skjemaet**: back to the form, with what was typed.

(Decision: the button is no longer "Lagre mitt over": it saves no longer the whole form
over the other's change, only what this user changed and chose.)

A record deleted meanwhile cannot be saved over; the dialog says so and offers only to go
back (what was typed stays in the form, to copy).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import merge

from ..fmt import fmt_datetime, fmt_money, fmt_value
from ..i18n import field_label
from ..tones import Tone
from .conflict_dialog import Choice, scrolled_grid

KEEP_MINE, USE_STORED, CANCEL = 1, 2, 0


def _shown(value: Any) -> str:
    if value is None or value == "" or value == ():
        return "–"
    if isinstance(value, Decimal):
        return fmt_money(value)
    if isinstance(value, (tuple, list)):
        return "; ".join(_shown(v) for v in value)
    if hasattr(value, "model_dump"):  # a contact, a term override …
        parts = [str(v) for v in value.model_dump().values() if v not in (None, "", ())]
        return ", ".join(parts)
    if hasattr(value, "value") and not isinstance(value, (int, str)):  # an enum
        return str(value.value)
    return fmt_value(value)


def _all_chosen(yours: Any, stored: Any) -> list[merge.FieldMerge]:
    """Without the record as the form was opened: every field that differs is the user's
    choice (nothing is known about who changed it)."""
    return [
        merge.FieldMerge(name, None, getattr(yours, name), getattr(stored, name), merge.BOTH)
        for name in type(stored).model_fields
        if name not in merge.BOOKKEEPING and getattr(yours, name) != getattr(stored, name)
    ]


class StaleDialog(QDialog):
    """``exec()`` returns KEEP_MINE (``merged`` is the record to save), USE_STORED or
    CANCEL. ``opened``: the record as the form was opened and as the form read it back
    then (``RecordForm.opened_record``), the base of the merge."""

    def __init__(
        self,
        error: Any,
        parent: QWidget | None = None,
        *,
        opened: tuple[Any, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.error = error
        self.merged: Any = None
        self.merges: list[merge.FieldMerge] = []
        #: field name -> (my choice, the stored choice), for fields both changed
        self.choices: dict[str, tuple[Choice, Choice]] = {}
        self.saved_labels: dict[str, QLabel] = {}
        self.base_known = opened is not None
        self.setWindowTitle(self.tr("Changed since you opened it"))
        layout = QVBoxLayout(self)
        self.who = who = error.changed_by or self.tr("someone else")
        when = fmt_datetime(error.changed_at) if error.changed_at is not None else ""
        if error.stored is None:
            text = self.tr(
                "This record was deleted by %1 %2 after you opened it. It cannot be saved "
                "over; what you typed is still in the form."
            )
        else:
            text = self.tr(
                "This record was changed by %1 %2 after you opened it. Nothing has been "
                "saved yet. Field by field, what “Save my changes” saves: what only %1 "
                "changed is kept, what only you changed is yours, and where both of you "
                "changed a field you choose."
            )
        self.message = QLabel(text.replace("%1", who).replace("%2", when).replace("  ", " "))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet(f"color: {Tone.BAD.value};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(self)
        if error.stored is not None:
            if opened is not None:
                self.merges = merge.merge_fields(*opened, error.yours, error.stored)
            else:
                self.merges = _all_chosen(error.yours, error.stored)
            layout.addWidget(self._comparison(), 1)
            layout.addWidget(self.problem)
            self.keep_button = QPushButton(self.tr("&Save my changes"), self)
            self.keep_button.setToolTip(
                self.tr(
                    "Saved as shown in the last column, as a new version; the history keeps both"
                )
            )
            self.use_button = QPushButton(self.tr("&Use the stored one"), self)
            self.use_button.setToolTip(self.tr("The form shows the stored record instead"))
            self.buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.ResetRole)
            self.keep_button.clicked.connect(self.save_merged)
            self.use_button.clicked.connect(lambda: self.done(USE_STORED))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("&Back to the form"))
        self.cancel_button.clicked.connect(lambda: self.done(CANCEL))
        layout.addWidget(self.buttons)
        self.cancel_button.setFocus()
        if error.stored is None:
            self.resize(640, 160)
        else:
            screen = self.screen().availableGeometry() if self.screen() else None
            width = min(900, screen.width() - 40) if screen else 900
            height = min(230 + 64 * len(self.merges), screen.height() - 80 if screen else 640)
            self.resize(width, max(320, height))

    # --- the comparison ------------------------------------------------------------------

    def _comparison(self) -> QScrollArea:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        headings = (
            self.tr("Field"),
            self.tr("When you opened it"),
            self.tr("Yours"),
            self.tr("Stored now (%1)").replace("%1", self.who),
            self.tr("Is saved"),
        )
        for column, text in enumerate(headings):
            heading = QLabel(text, self)
            heading.setObjectName("sectionHeading")
            heading.setWordWrap(True)
            grid.addWidget(heading, 0, column, Qt.AlignmentFlag.AlignTop)
        for row, field in enumerate(self.merges, start=1):
            self._add_row(grid, row, field)
        for column in (1, 2, 3, 4):
            grid.setColumnStretch(column, 1)
        return scrolled_grid(grid, self)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _add_row(self, grid: QGridLayout, row: int, field: merge.FieldMerge) -> None:
        top = Qt.AlignmentFlag.AlignTop
        name = self._label(field_label(field.name))
        name.setObjectName("subHeading")
        grid.addWidget(name, row, 0, top)
        opened = self._label(_shown(field.opened) if self.base_known else "")
        opened.setObjectName("hint")
        grid.addWidget(opened, row, 1, top)
        if field.outcome == merge.BOTH:
            mine = Choice(self.tr("Yours"), "", _shown(field.mine), self)
            theirs = Choice(self.who, "", _shown(field.stored), self)
            for choice in (mine, theirs):  # a click on the value chooses it (a selectable
                # label would keep the click to itself)
                choice.value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            group = QButtonGroup(self)
            group.addButton(mine.radio)
            group.addButton(theirs.radio)
            mine.radio.setChecked(True)  # what was typed, unless the user picks theirs
            mine.radio.toggled.connect(lambda _on, name=field.name: self._show_choice(name))
            self.choices[field.name] = (mine, theirs)
            grid.addWidget(mine, row, 2)
            grid.addWidget(theirs, row, 3)
        else:
            mine, stored = self._label(_shown(field.mine)), self._label(_shown(field.stored))
            # the value that is saved stands out (the other is what it replaces)
            kept = mine if field.outcome == merge.MINE else stored
            kept.setStyleSheet("font-weight: 600;")
            grid.addWidget(mine, row, 2, top)
            grid.addWidget(stored, row, 3, top)
        saved = self._label(self._saved_text(field))
        self.saved_labels[field.name] = saved
        grid.addWidget(saved, row, 4, top)

    def _saved_text(self, field: merge.FieldMerge) -> str:
        if field.outcome == merge.MINE:
            return self.tr("Yours (only you changed it)")
        if field.outcome == merge.THEIRS:
            return self.tr("The stored one (only %1 changed it)").replace("%1", self.who)
        if field.outcome == merge.SAME:
            return self.tr("The same (you both changed it alike)")
        if self.keeps_stored(field.name):
            return self.tr("The stored one (both changed it: your choice)")
        return self.tr("Yours (both changed it: your choice)")

    def _show_choice(self, name: str) -> None:
        field = next(f for f in self.merges if f.name == name)
        self.saved_labels[name].setText(self._saved_text(field))

    def keeps_stored(self, name: str) -> bool:
        """Whether the stored value was picked for ``name``, a field both changed."""
        choice = self.choices.get(name)
        return choice is not None and choice[1].radio.isChecked()

    def rows(self) -> list[list[str]]:
        """The comparison as text, row by row: field, when opened, yours, stored, saved
        (for tests and for reading it out)."""
        out = []
        for field in self.merges:
            out.append(
                [
                    field_label(field.name),
                    _shown(field.opened) if self.base_known else "",
                    _shown(field.mine),
                    _shown(field.stored),
                    self.saved_labels[field.name].text(),
                ]
            )
        return out

    # --- the choice ------------------------------------------------------------------------

    def save_merged(self) -> None:
        """ "Save my changes": the merged record (``merged``), or, when the values chosen
        do not go together, what is wrong, named in the dialog (it stays open)."""
        from pydantic import ValidationError

        from app.domain.errors import problems

        from ..widgets.fields import problem_text

        picks = {name: self.keeps_stored(name) for name in self.choices}
        try:
            self.merged = merge.merged_record(self.error.stored, self.merges, picks)
        except ValidationError as exc:
            self.problem.setText(
                self.tr("These values do not go together: %1").replace(
                    "%1",
                    "; ".join(f"{field_label(p.field)}: {problem_text(p)}" for p in problems(exc)),
                )
            )
            self.problem.show()
            return
        self.done(KEEP_MINE)
