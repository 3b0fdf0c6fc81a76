"""How the UI shows values: the domain's own formats (``explain``), in the UI language.

Dates carry the weekday ("tir. 05.01.2027"), amounts the currency ("kr 1 234,56"): the
very text the explanations, letters and reports use, so a date or amount reads the same
wherever it is shown. Money stays ``Decimal``, never a float.
"""

from __future__ import annotations

import typing
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate

from app.domain import results
from app.domain.explain import (
    format_date,
    format_datetime,
    format_decimal,
    format_money,
    format_value,
)

from .i18n import lang


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def fmt_date(value: date | None, *, weekday: bool = True) -> str:
    return "–" if value is None else format_date(value, lang(), weekday=weekday)


def fmt_datetime(value: datetime | None) -> str:
    return "–" if value is None else format_datetime(value, lang(), weekday=True)


def week_of_dates(*, with_time: bool = False) -> tuple[str, ...]:
    """A date on each weekday, as the lists show dates (``fmt_date``, or ``fmt_datetime``
    at 23:59): a column as wide as the widest of these shows every date whole, in the UI
    language (``widgets.table.size_columns``). Two-digit days and months, so no date is
    wider. With the time, also the two 02:59 of October's repeated hour: a time in it
    carries its offset, "søn. 25.10.2026 kl. 02:59 (+02:00)", the widest a date-time is."""
    monday = date(2026, 10, 26)
    week = [monday + timedelta(days=offset) for offset in range(7)]
    if with_time:
        repeated = [
            datetime(2026, 10, 25, 0, 59, tzinfo=UTC),  # 02:59 summer time (+02:00)
            datetime(2026, 10, 25, 1, 59, tzinfo=UTC),  # 02:59 winter time (+01:00)
        ]
        return tuple(fmt_datetime(datetime.combine(day, time(23, 59))) for day in week) + tuple(
            fmt_datetime(moment) for moment in repeated
        )
    return tuple(fmt_date(day) for day in week)


def fmt_decimal(value: Decimal | int, places: int = 2) -> str:
    return format_decimal(value, places, lang())


def fmt_money(value: Decimal | None) -> str:
    return "–" if value is None else format_money(value, lang())


def fmt_percent(value: Decimal | None, places: int = 4) -> str:
    return "–" if value is None else fmt_decimal(value, places) + " %"


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
            return format_value(value, "hours", lang())
        if kind == "points":
            return fmt_decimal(value, 2)
        return fmt_decimal(value, max(0, -value.normalize().as_tuple().exponent))
    return str(value)
