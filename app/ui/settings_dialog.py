"""Settings: the program's language, and who letters are from (the sender's details)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .settings import Settings

SENDER_FIELDS = ("name", "org_number", "address", "person", "title", "place", "email", "phone")


class SettingsDialog(QDialog):
    def __init__(self, current: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setModal(True)
        self.current = current
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("Norsk bokmål", "nb")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if current.language == "nb" else 1)
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
            "person": self.tr("Si&gned by:"),
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
        self.sender_edits["place"].setPlaceholderText(self.tr("for the date line, e.g. Hønefoss"))  # type: ignore[union-attr]

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(general)
        layout.addWidget(sender)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def result_settings(self) -> Settings:
        update: dict[str, str] = {"language": self.language.currentData()}
        for name, edit in self.sender_edits.items():
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            update[f"sender_{name}"] = text.strip()
        return self.current.model_copy(update=update)
