"""Settings: the program's language, who letters are from (the sender's details) and,
on a tab of their own, the reminders' lead times (``reminders.lead_times``).

Other parts of the program add pages of their own (``pages``: name and widget), shown
as tabs after these: the shared database's page (issue 14, ``dialogs.shared_database``)
acts at once with its own buttons; OK and Cancel are about the other tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .i18n import lang
from .settings import Settings
from .tones import Tone

SENDER_FIELDS = ("name", "org_number", "address", "person", "title", "place", "email", "phone")


class SettingsDialog(QDialog):
    def __init__(
        self,
        current: Settings,
        parent: QWidget | None = None,
        *,
        pages: list[tuple[str, QWidget]] = (),  # type: ignore[assignment]
        current_page: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setModal(True)
        self.current = current
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("Norsk bokmål", "nb")
        self.language.addItem("English", "en")
        # The language the program speaks now (``--lang en`` may differ from the stored
        # one): a change here is stored and applied; left as it is, the stored language
        # stays (OK after changing the signer must not switch a "--lang en" run to bokmål).
        self.shown_language = lang()
        self.language.setCurrentIndex(max(0, self.language.findData(self.shown_language)))
        general = QFormLayout()
        general.addRow(self.tr("&Language:"), self.language)

        sender = QGroupBox(self.tr("Sender of letters"), self)
        form = QFormLayout(sender)
        hint = QLabel(
            self.tr(
                "Printed in the letterhead, the signature and the footer. Left empty, a "
                "letter names the supplier of the contract's template."
            ),
            sender,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        labels = {
            "name": self.tr("&Company name:"),
            "org_number": self.tr("&Org. number:"),
            "address": self.tr("A&ddress:"),
            "person": self.tr("Sig&ned by:"),
            "title": self.tr("&Title:"),
            "place": self.tr("&Place:"),
            "email": self.tr("&E-mail:"),
            "phone": self.tr("P&hone:"),
        }
        self.sender_edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name in SENDER_FIELDS:
            value = getattr(current, f"sender_{name}")
            if name == "address":
                edit: QLineEdit | QPlainTextEdit = QPlainTextEdit(value, sender)
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
                edit.setPlaceholderText(self.tr("Street\nPostcode and town"))
            else:
                edit = QLineEdit(value, sender)
            edit.setObjectName(f"sender_{name}")
            form.addRow(labels[name], edit)
            self.sender_edits[name] = edit
        self.sender_edits["org_number"].setPlaceholderText("123 456 785")  # type: ignore[union-attr]
        # the letters print these: an org.nr that fails its check digit is refused here
        self.sender_error = QLabel(sender)
        self.sender_error.setObjectName("fieldError")
        self.sender_error.setWordWrap(True)
        self.sender_error.setStyleSheet(f"color: {Tone.BAD.value};")
        # Its room is kept, empty while nothing is wrong: shown and hidden, it moved every
        # field up by ~36 px as it appeared (the dialog did not grow), and a click meant
        # for «E-post» landed in «Telefon» (audit 03.12.2026). A line for each field it
        # checks (org. number, e-mail, phone).
        self.sender_error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.sender_error.setMinimumHeight(self.sender_error.fontMetrics().lineSpacing() * 3)
        form.addRow(self.sender_error)
        for name in ("org_number", "email", "phone"):
            self.sender_edits[name].textChanged.connect(lambda _t: self._check_sender())  # type: ignore[union-attr]
        self.sender_edits["place"].setPlaceholderText(self.tr("for the date line, e.g. Hønefoss"))  # type: ignore[union-attr]

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self._check_sender()
        page = QWidget(self)
        inner = QVBoxLayout(page)
        inner.addLayout(general)
        inner.addWidget(sender)
        inner.addStretch(1)  # room to spare goes below the fields, never between them
        # issue 15: the lead times of the reminders, a tab of their own
        from .reminders.lead_times import LeadTimesEditor

        self.lead_times = LeadTimesEditor(self)
        self.accepted.connect(self.lead_times.save)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(page, self.tr("&General"))
        self.tabs.addTab(self.lead_times, self.tr("&Reminders"))
        layout = QVBoxLayout(self)
        for name, widget in pages:  # e.g. "Delt database" (issue 14)
            widget.setObjectName(f"settings_{name}")
            index = self.tabs.addTab(widget, widget.windowTitle())
            if name == current_page:
                self.tabs.setCurrentIndex(index)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def sender_problems(self) -> list[str]:
        """What is wrong with the sender's org.nr, e-mail and phone (the domain's checks)."""
        from pydantic import TypeAdapter, ValidationError

        from app.domain.errors import problems
        from app.domain.records import OrgNumber, check_email, check_phone

        from .i18n import lang
        from .widgets.fields import problem_text

        labels = {
            "org_number": self.tr("Org. number"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
        }
        checks = {
            "org_number": TypeAdapter(OrgNumber).validate_python,
            "email": TypeAdapter(str).validate_python,
            "phone": TypeAdapter(str).validate_python,
        }
        found = []
        for name, check in checks.items():
            text = self.sender_edits[name].text().strip()  # type: ignore[union-attr]
            if not text:
                continue
            try:
                check(text)
                if name == "email":
                    check_email(text)
                elif name == "phone":
                    check_phone(text)
            except ValidationError as exc:
                found += [f"{labels[name]}: {problem_text(p)}" for p in problems(exc)]
            except ValueError as exc:  # the custom checks raise pydantic's custom error
                found.append(f"{labels[name]}: {_custom_text(exc, lang())}")
        return found

    def _check_sender(self) -> None:
        found = self.sender_problems()
        self.sender_error.setText("\n".join(found))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not found)

    def chosen_language(self) -> str:
        """The language to store: the one chosen here, else the stored one unchanged."""
        chosen = self.language.currentData()
        return self.current.language if chosen == self.shown_language else chosen

    def result_settings(self) -> Settings:
        update: dict[str, str] = {"language": self.chosen_language()}
        for name, edit in self.sender_edits.items():
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            update[f"sender_{name}"] = text.strip()
        return self.current.model_copy(update=update)


def _custom_text(exc: Exception, lang: str) -> str:
    """The message of a check's ``PydanticCustomError`` in the UI language."""
    from app.domain.errors import FieldProblem

    code = getattr(exc, "type", "")
    values = dict(getattr(exc, "context", None) or {})
    return FieldProblem("", code, values).message(lang) if code else str(exc)  # type: ignore[arg-type]
