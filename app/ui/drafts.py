"""Drafts: what a user has typed into a form survives a crash (issue 13, item 16).

While a form dialog has unsaved changes, its fields' texts are written (half a second
after the last keystroke) to ``drafts/`` in the program's data folder, one small JSON
file per form, readable by the user alone. Saving, discarding or closing the form
removes it. At the next start the window offers the drafts left for its database
("Et skjema ble ikke lagret …") and reopens each one the user wants, with what was typed.

What is kept is each field's *text* (a half-typed date as it was), not the validated
record: a draft is what the user saw, right or wrong.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit, QPlainTextEdit

if TYPE_CHECKING:
    from .forms.record_form import RecordForm


def folder() -> Path:
    """``drafts/`` in the program's data folder (tests point it elsewhere)."""
    from app.storage.paths import default_data_dir

    return default_data_dir() / "drafts"


@dataclass
class Draft:
    path: Path
    form: str  # "module:Class" under app.ui.forms
    page: str  # the page that opened it (registry name)
    database: str
    record_id: int | None
    title: str
    saved_at: datetime
    fields: dict[str, Any]
    extra: dict[str, Any]


def _state(editor: Any) -> Any:
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QLineEdit):
        return editor.text()
    if isinstance(editor, QComboBox):
        value = editor.value() if hasattr(editor, "value") else editor.currentData()
        return value if value is None or isinstance(value, (int, str)) else str(value)
    if isinstance(editor, QAbstractSpinBox):
        return editor.value()  # type: ignore[attr-defined]
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    return None


def _restore(editor: Any, state: Any) -> None:
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(str(state))
    elif isinstance(editor, QLineEdit):
        editor.setText(str(state))
    elif isinstance(editor, (QComboBox, QAbstractSpinBox, QCheckBox)):
        editor.set_value(state)  # type: ignore[attr-defined]


class DraftKeeper:
    """Keeps the draft of one open form; ``write()`` after changes, ``drop()`` when done."""

    def __init__(self, form: RecordForm, *, page: str, database: str) -> None:
        self.form = form
        self.page = page
        self.database = database
        self.path: Path | None = None

    def write(self) -> Path | None:
        """Write the form's texts (only while it has unsaved changes)."""
        if not self.form.is_dirty():
            self.drop()
            return None
        cls = type(self.form)
        data = {
            "form": f"{cls.__module__.removeprefix('app.ui.forms.')}:{cls.__name__}",
            "page": self.page,
            "database": self.database,
            "record_id": self.form.record_id(),
            "title": self.form.title(),
            "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "fields": {name: _state(e) for name, e in self.form.fields.editors.items()},
            "extra": self.form.draft_extra(),
        }
        target = folder()
        target.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            target.chmod(0o700)
        if self.path is None:
            self.path = target / f"{uuid.uuid4().hex}.json"
        part = self.path.with_suffix(".part")
        with open(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(part, self.path)
        return self.path

    def drop(self) -> None:
        if self.path is not None:
            self.path.unlink(missing_ok=True)
            self.path = None


def left_over(database: str) -> list[Draft]:
    """The drafts left (by a crash) for this database, oldest first."""
    found: list[Draft] = []
    where = folder()
    if not where.is_dir():
        return found
    for path in sorted(where.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("database") != database:
                continue
            found.append(
                Draft(
                    path=path,
                    form=str(data["form"]),
                    page=str(data["page"]),
                    database=database,
                    record_id=data.get("record_id"),
                    title=str(data.get("title", "")),
                    saved_at=datetime.fromisoformat(data["saved_at"]),
                    fields=dict(data.get("fields") or {}),
                    extra=dict(data.get("extra") or {}),
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            path.unlink(missing_ok=True)  # unreadable: nothing to offer
    return sorted(found, key=lambda d: d.saved_at)


def restore_into(form: RecordForm, draft: Draft) -> None:
    """Put the draft's texts back into a form made for it (its record loaded first)."""
    form.restore_extra(draft.extra)
    for name, state in draft.fields.items():
        editor = form.fields.editors.get(name)
        if editor is not None and state is not None:
            _restore(editor, state)


def make_form(draft: Draft, repos: Any, today: Any) -> RecordForm:
    """The form class the draft was written from, with its stored record loaded."""
    import importlib

    module_name, _, class_name = draft.form.partition(":")
    module = importlib.import_module(f"app.ui.forms.{module_name}")
    cls = getattr(module, class_name)
    form = cls(repos, today=today) if class_name == "ContractForm" else cls(repos)
    if draft.record_id is not None:
        repository = repos.repository(_table_of(cls))
        form.set_value(repository.get(draft.record_id))
    return form


def _table_of(cls: type) -> str:
    from app.storage.codec import SPECS

    record_type = cls.record_type  # type: ignore[attr-defined]
    for table, spec in SPECS.items():
        if spec.model is record_type:
            return table
    raise KeyError(record_type.__name__)
