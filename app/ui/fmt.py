"""How the UI shows values: ``QLocale`` for dates and numbers, in the UI language.

Dates carry the weekday ("tir. 05.01.2027"), amounts the currency ("kr 1 234,56").
Money stays ``Decimal``: only the separators come from the locale, never a float.
"""

from __future__ import annotations

import typing
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain import results
from app.domain.explain import group_digits

from .i18n import lang

DATE_FORMAT = "dd.MM.yyyy"


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def fmt_date(value: date | None, *, weekday: bool = True) -> str:
    if value is None:
        return "–"
    text = QLocale().toString(qdate(value), ("ddd " if weekday else "") + DATE_FORMAT)
    return text


def fmt_datetime(value: datetime | None) -> str:
    if value is None:
        return "–"
    clock = value.strftime("%H:%M")
    return f"{fmt_date(value.date())} {clock}"


def fmt_decimal(value: Decimal | int, places: int = 2) -> str:
    locale = QLocale()
    number = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = locale.negativeSign() if number < 0 else ""
    whole, _, frac = f"{abs(number):f}".partition(".")
    text = group_digits(whole, locale.groupSeparator())
    return sign + text + (locale.decimalPoint() + frac if places else "")


def fmt_money(value: Decimal | None) -> str:
    if value is None:
        return "–"
    prefix = "kr " if lang() == "nb" else "NOK "
    return prefix + fmt_decimal(value, 2)


def fmt_percent(value: Decimal | None, places: int = 4) -> str:
    if value is None:
        return "–"
    return fmt_decimal(value, places) + " %"


def fmt_bool(value: bool | None) -> str:
    if value is None:
        return "–"
    if value:
        return QCoreApplication.translate("Format", "Yes")
    return QCoreApplication.translate("Format", "No")


_KIND_OF = {
    id(typing.get_args(results.Money)[1]): "money",
    id(typing.get_args(results.Percent)[1]): "pct",
    id(typing.get_args(results.Hours)[1]): "hours",
    id(typing.get_args(results.Points)[1]): "points",
}


@lru_cache(maxsize=1024)
def kind_of_field(model: type, name: str) -> str:
    """``money``/``pct``/``hours``/``points`` for annotated Decimal fields of a Result, else ''."""
    field = model.model_fields.get(name)
    if field is None:
        return ""
    metadata = list(field.metadata)
    for member in typing.get_args(field.annotation):  # ``Money | None``
        metadata.extend(getattr(member, "__metadata__", ()))
    for meta in metadata:
        kind = _KIND_OF.get(id(meta))
        if kind:
            return kind
    return "hours" if name.endswith("_hours") else ""


def fmt_value(value: Any, kind: str = "") -> str:
    """Any result value, by its type and the kind of its field."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return fmt_bool(value)
    if isinstance(value, datetime):
        return fmt_datetime(value)
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, Decimal):
        if kind == "money":
            return fmt_money(value)
        if kind == "pct":
            return fmt_percent(value)
        if kind == "hours":
            return fmt_decimal(value, 2) + (" t" if lang() == "nb" else " h")
        if kind == "points":
            return fmt_decimal(value, 2)
        return fmt_decimal(value, max(0, -value.normalize().as_tuple().exponent))
    return str(value)
