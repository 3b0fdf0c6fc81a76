"""What an e-mail attached to a complaint offers its form (issue 15 item 7).

OC 8.3 (and Sodvin 7.1) require a complaint in writing. The customer's e-mail attached
to the complaint is that writing: the form's channel becomes "E-post" (from "Muntlig",
or when none was chosen) unless the user says otherwise ("Ikke skriftlig" puts back
what was there). An ``.eml`` file also tells when it was sent and by whom: the form
offers that day for "Reklamert" and the sender as a contact of the customer (letters
are addressed to the customer's first contact). Nothing is changed without the user
seeing it in the bar above the fields; the date and the contact only when clicked.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.attachments import EMAIL_TYPES, EmailFacts, email_facts, media_type_of
from app.domain.records import Channel

from ..fmt import fmt_date

C = "EmailOffer"
#: Only the headers are read: the first 256 kB of the file are more than enough.
HEAD_BYTES = 256 * 1024


def _t(text: str) -> str:
    return QCoreApplication.translate(C, text)


def read_facts(path: Path) -> EmailFacts | None:
    if media_type_of(path.name) != "message/rfc822":
        return None
    try:
        with open(path, "rb") as handle:
            return email_facts(handle.read(HEAD_BYTES))
    except OSError:
        return None


class EmailOffer(QFrame):
    """The bar above a complaint form's fields after an e-mail was attached."""

    def __init__(self, form: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.setObjectName("emailOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.facts: EmailFacts | None = None
        self.previous_channel: Any = None
        self.setStyleSheet(
            "#emailOffer { background: #eaf2fb; border: 1px solid #9dbbe0; border-radius: 4px; }"
            " #emailOffer QLabel { background: transparent; }"
        )
        # (labels that wrap, and buttons in rows of their own: the bar never widens the form)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.writing = QLabel(self)
        self.writing.setWordWrap(True)
        self.use_date = QPushButton(self)
        self.add_contact = QPushButton(self)
        self.not_written = QPushButton(_t(QT_TRANSLATE_NOOP("EmailOffer", "Not in writing")), self)
        self.not_written.setToolTip(
            _t(QT_TRANSLATE_NOOP("EmailOffer", "Put back the channel the complaint had"))
        )
        self.use_date.clicked.connect(lambda _c=False: self.take_date())
        self.add_contact.clicked.connect(lambda _c=False: self.take_contact())
        self.not_written.clicked.connect(lambda _c=False: self.undo_channel())
        offers = QHBoxLayout()
        offers.addWidget(self.use_date)
        offers.addWidget(self.add_contact)
        offers.addStretch(1)
        writing = QHBoxLayout()
        writing.addWidget(self.writing, 1)
        writing.addWidget(self.not_written)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.text)
        layout.addLayout(offers)
        layout.addLayout(writing)
        self.hide()

    # --- an e-mail arrived -------------------------------------------------------------

    def emails_attached(self, paths: Sequence[Path]) -> None:
        emails = [Path(p) for p in paths if media_type_of(Path(p).name) in EMAIL_TYPES]
        if not emails:
            return
        self.facts = next((f for f in map(read_facts, emails) if f is not None), None)
        self.mark_in_writing()
        lines = []
        if self.facts is not None:
            who = self.facts.sender_name or self.facts.sender_address
            if self.facts.sender_name and self.facts.sender_address:
                who = f"{self.facts.sender_name} <{self.facts.sender_address}>"
            if self.facts.sent_day is not None:
                lines.append(
                    _t(QT_TRANSLATE_NOOP("EmailOffer", "The e-mail is from %1, sent %2."))
                    .replace("%1", who or _t(QT_TRANSLATE_NOOP("EmailOffer", "an unknown sender")))
                    .replace("%2", fmt_date(self.facts.sent_day))
                )
            elif who:
                lines.append(
                    _t(QT_TRANSLATE_NOOP("EmailOffer", "The e-mail is from %1.")).replace("%1", who)
                )
        written = self.previous_channel is not None
        self.writing.setText(
            _t(
                QT_TRANSLATE_NOOP(
                    "EmailOffer",
                    "The complaint is marked as received in writing (e-mail, OC 8.3).",
                )
            )
            if written
            else ""
        )
        self.writing.setVisible(written)
        self.text.setText(" ".join(lines))
        self.text.setVisible(bool(lines))
        day = self.facts.sent_day if self.facts else None
        self.use_date.setVisible(day is not None and self._complained() != day)
        if day is not None:
            self.use_date.setText(
                _t(QT_TRANSLATE_NOOP("EmailOffer", "Use %1 as “Complained”")).replace(
                    "%1", fmt_date(day, weekday=False)
                )
            )
        self.add_contact.setVisible(self._contact_missing())
        self.add_contact.setText(_t(QT_TRANSLATE_NOOP("EmailOffer", "Add the sender as a contact")))
        self.not_written.setVisible(written)
        self.setVisible(bool(lines) or written)

    def _editor(self, name: str) -> Any:
        return self.form.fields.editors.get(name)

    def _complained(self) -> Any:
        editor = self._editor("complained")
        try:
            return editor.value() if editor is not None else None
        except ValueError:
            return None

    def mark_in_writing(self) -> None:
        """The channel becomes e-mail if it was oral or not chosen (else it stays)."""
        editor = self._editor("channel")
        if editor is None:
            return
        current = editor.value()
        if current is not None and Channel(current).in_writing:
            self.previous_channel = None
            return
        self.previous_channel = current if current is not None else ""
        editor.set_value(Channel.EMAIL)

    def undo_channel(self) -> None:
        editor = self._editor("channel")
        if editor is not None and self.previous_channel is not None:
            if self.previous_channel == "":
                editor.setCurrentIndex(-1)
            else:
                editor.set_value(self.previous_channel)
        self.previous_channel = None
        self.not_written.hide()
        self.writing.setText(
            _t(
                QT_TRANSLATE_NOOP(
                    "EmailOffer", "The channel is as it was; the e-mail stays attached."
                )
            )
        )

    def take_date(self) -> None:
        editor = self._editor("complained")
        if editor is not None and self.facts is not None and self.facts.sent_day is not None:
            editor.set_value(self.facts.sent_day)
        self.use_date.hide()

    # --- the sender as a contact -------------------------------------------------------

    def _customer(self) -> Any:
        contract_id = self._editor("contract_id").value() if self._editor("contract_id") else None
        if contract_id is None:
            return None
        contract = self.form.contract({"contract_id": contract_id})
        if contract is None:
            return None
        return self.form.repos.customers.get(contract.customer_id)

    def _contact_missing(self) -> bool:
        if self.facts is None or not (self.facts.sender_address or self.facts.sender_name):
            return False
        customer = self._customer()
        if customer is None:
            return False
        known = {c.email.casefold() for c in customer.contacts if c.email}
        names = {c.name.casefold() for c in customer.contacts}
        if self.facts.sender_address:
            return self.facts.sender_address.casefold() not in known
        return self.facts.sender_name.casefold() not in names

    def take_contact(self) -> Any:
        """Add the sender to the customer's contacts (a save of the customer)."""
        from app.domain.records import Contact

        customer = self._customer()
        if customer is None or self.facts is None:
            return None
        name = self.facts.sender_name or self.facts.sender_address
        contact = Contact(
            name=name,
            email=self.facts.sender_address,
            role=_t(QT_TRANSLATE_NOOP("EmailOffer", "Sent the complaint")),
        )
        updated = customer.model_copy(update={"contacts": (*customer.contacts, contact)})
        from .panel import operations_of

        operations = operations_of(self.window())  # the form dialog's, as a save
        stored = (
            operations.save(updated)
            if operations is not None
            else self.form.repos.customers.update(updated)
        )
        self.add_contact.hide()
        self.text.setText(
            self.text.text()
            + " "
            + _t(QT_TRANSLATE_NOOP("EmailOffer", "%1 is now a contact of %2."))
            .replace("%1", name)
            .replace("%2", customer.name)
        )
        return stored
