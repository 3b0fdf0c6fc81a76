"""The statutory late-interest rate (forsinkelsesrente), one rate per half-year.

Forsinkelsesrenteloven § 3: Norges Bank's policy rate + 8 points, fixed each 1 January
and 1 July. The table is a CSV file the user can update without a new release
(``valid_from,rate_pct,sources,confidence``); it is validated as a whole when loaded.
A date outside the table is an error, never a silent zero.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .errors import DomainError
from .explain import register_texts

#: The highest rate a rate file may give (percent; see ``parse_rate_csv``).
MAX_RATE = Decimal(30)


class RateFileError(ValueError):
    """The rate file is unusable; the message names the line and the problem."""


@dataclass(frozen=True)
class Rate:
    valid_from: date
    rate_pct: Decimal
    sources: str
    confidence: str


@dataclass(frozen=True)
class RateTable:
    rates: tuple[Rate, ...]
    source: str = ""

    @property
    def first_day(self) -> date:
        return self.rates[0].valid_from

    @property
    def last_day(self) -> date:
        """The last day the table covers: the end of the last half-year listed."""
        last = self.rates[-1].valid_from
        return date(last.year, 6, 30) if last.month == 1 else date(last.year, 12, 31)

    def rate_on(self, day: date, *, field: str = "paid") -> Rate:
        if not (self.first_day <= day <= self.last_day):
            raise DomainError(
                field, "err_rate_missing", date=day, first=self.first_day, last=self.last_day
            )
        index = bisect_right([r.valid_from for r in self.rates], day) - 1
        return self.rates[index]


def parse_rate_csv(text: str, *, source: str = "") -> RateTable:
    """Parse and check a rate table: half-year dates, in order, without gaps, 0–100 %."""
    reader = csv.DictReader(io.StringIO(text))
    need = {"valid_from", "rate_pct"}
    if reader.fieldnames is None or not need <= set(reader.fieldnames):
        raise RateFileError(f"{source}: the header must name valid_from and rate_pct")
    rates: list[Rate] = []
    for line, row in enumerate(reader, start=2):
        try:
            valid_from = date.fromisoformat((row["valid_from"] or "").strip())
            rate = Decimal((row["rate_pct"] or "").strip())
        except (ValueError, InvalidOperation):
            raise RateFileError(f"{source} line {line}: bad date or rate {row!r}") from None
        if (valid_from.month, valid_from.day) not in ((1, 1), (7, 1)):
            raise RateFileError(f"{source} line {line}: {valid_from} is not 1 January or 1 July")
        # § 3 gives the policy rate + 8 points: never below 0, and nothing near 30 % has
        # ever been set; a value outside is a typing error (125 for 12.5), not a rate
        if not (Decimal(0) <= rate <= MAX_RATE):
            raise RateFileError(
                f"{source} line {line}: rate {rate} is outside 0–{MAX_RATE} % (a typing error?)"
            )
        if rates:
            previous = rates[-1].valid_from
            expected = (
                date(previous.year, 7, 1) if previous.month == 1 else date(previous.year + 1, 1, 1)
            )
            if valid_from != expected:
                raise RateFileError(
                    f"{source} line {line}: expected {expected} after {previous}, got {valid_from}"
                )
        rates.append(
            Rate(
                valid_from,
                rate,
                (row.get("sources") or "").strip(),
                (row.get("confidence") or "").strip(),
            )
        )
    if not rates:
        raise RateFileError(f"{source}: no rates")
    return RateTable(tuple(rates), source)


def load_rate_file(path: Path) -> RateTable:
    return parse_rate_csv(path.read_text(encoding="utf-8"), source=str(path))


_current: RateTable | None = None


def install(table: RateTable) -> None:
    """Use this table from now on (the program installs the user's file at start)."""
    global _current
    _current = table


def current() -> RateTable:
    """The table in use; the one shipped in ``resources/rates`` unless another was installed."""
    global _current
    if _current is None:
        from app.resources import resource_path

        _current = load_rate_file(resource_path("rates", "forsinkelsesrente.csv"))
    return _current


register_texts(
    {
        "err_rate_missing": (
            "ingen forsinkelsesrente for {date:date} i rentetabellen (den dekker {first:date}–{last:date}); legg inn det nye halvåret i rentefilen",
            "no late-interest rate for {date:date} in the rate table (it covers {first:date}–{last:date}); add the new half-year to the rate file",
        ),
    }
)


def install_preferred(user_file: Path) -> str | None:
    """At start: use the user's rate file if there is one and it is valid, else the shipped one.

    Returns a warning (English and bokmål) when the user's file was rejected, so the
    program can say so instead of silently computing with other rates.
    """
    shipped = current()  # validates the shipped table, raising if it is broken
    if not user_file.is_file():
        return None
    try:
        table = load_rate_file(user_file)
        check_against(table, shipped)
    except (RateFileError, OSError, UnicodeDecodeError) as exc:
        install(shipped)
        return f"Rentefilen {user_file} er ikke brukt / the rate file was not used: {exc}"
    install(table)
    return None


def check_against(table: RateTable, published: RateTable) -> None:
    """A user's file may add half-years, never change one that is published (the shipped
    table's, with its sources): a changed one is refused, naming it (issue 12 item 14)."""
    known = {r.valid_from: r.rate_pct for r in published.rates}
    for rate in table.rates:
        shipped = known.get(rate.valid_from)
        if shipped is not None and shipped != rate.rate_pct:
            raise RateFileError(
                f"{table.source}: the half-year from {rate.valid_from} is {rate.rate_pct} %, "
                f"but its published rate is {shipped} % (a published half-year is not changed)"
            )
