"""Choice lists the forms share: contracts, customers, causes, channels."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain import templates
from app.domain.causes import Cause, cause_phrase
from app.domain.records import Channel, ComplaintStatus

from ..i18n import say


def pick_contract() -> str:
    """The contract field's text until one is chosen."""
    return _t(QT_TRANSLATE_NOOP("Choices", "Choose a contract …"))


def pick_customer() -> str:
    return _t(QT_TRANSLATE_NOOP("Choices", "Choose a customer …"))


def contract_field(repos: Any, parent: Any) -> Any:
    """The contract of a record: none chosen until the user (or the page) picks one."""
    from ..widgets.fields import ChoiceField

    return ChoiceField(contract_choices(repos), parent, placeholder=pick_contract())


def contract_choices(repos: Any) -> list[tuple[int, str]]:
    rows = repos.contracts.search("", limit=100_000)
    return [(r.id, f"{r.customer_name} – {r.title}") for r in rows]


def customer_choices(repos: Any) -> list[tuple[int, str]]:
    return [(c.id, c.name) for c in sorted(repos.customers.all(), key=lambda c: c.name.casefold())]


def template_choices() -> list[tuple[str, str]]:
    return [(key, say(name)) for key, name in templates.choices()]


def cause_choices() -> list[tuple[Any, str]]:
    return [(cause, say(cause_phrase(cause))) for cause in Cause]


def _t(text: str) -> str:
    return QCoreApplication.translate("Choices", text)


def channel_choices() -> list[tuple[Any, str]]:
    return [
        (Channel.EMAIL, _t(QT_TRANSLATE_NOOP("Choices", "E-mail"))),
        (Channel.LETTER, _t(QT_TRANSLATE_NOOP("Choices", "Letter"))),
        (Channel.PORTAL, _t(QT_TRANSLATE_NOOP("Choices", "Customer portal"))),
        (Channel.ORAL, _t(QT_TRANSLATE_NOOP("Choices", "Oral (not in writing)"))),
    ]


def status_choices() -> list[tuple[Any, str]]:
    return [
        (ComplaintStatus.OPEN, _t(QT_TRANSLATE_NOOP("Choices", "Open"))),
        (ComplaintStatus.ACCEPTED, _t(QT_TRANSLATE_NOOP("Choices", "Accepted"))),
        (ComplaintStatus.REJECTED, _t(QT_TRANSLATE_NOOP("Choices", "Rejected"))),
        (ComplaintStatus.CLOSED, _t(QT_TRANSLATE_NOOP("Choices", "Closed"))),
    ]
