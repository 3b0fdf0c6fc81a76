"""Invoicing and payment: due dates, late interest, first invoice, price adjustment (RULES 8)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import ClassVar

from pydantic import Field

from . import rates as rate_tables
from .calculators import CalcInput, calculator
from .calendar import WorkCalendar, statutory_calendar
from .dates import days_in_year
from .errors import DomainError
from .explain import Step, register_texts, step
from .kinds import Kind
from .results import Money, Result, round_money
from .terms import Terms


class PaymentResult(Result):
    invoice_date: date
    due: date
    paid: date | None
    days_late: int | None
    interest: Money | None
    reminder_fee: Money


def _interest_segments(
    start: date, end: date, table: rate_tables.RateTable
) -> list[tuple[date, date, Decimal, int]]:
    """[start, end] split where the rate or the year's length changes: (from, to, rate, days in year)."""
    segments = []
    day = start
    while day <= end:
        rate = table.rate_on(day)
        half_end = date(day.year, 6, 30) if day.month <= 6 else date(day.year, 12, 31)
        to = min(end, half_end)
        segments.append((day, to, rate.rate_pct, days_in_year(day.year)))
        day = to + timedelta(days=1)
    return segments


def due_date(*, invoice_date: date, terms: Terms, cal: WorkCalendar | None = None) -> date:
    """OC 4.1: the due date alone (what ``payment`` explains), for lists of many invoices."""
    cal = cal or statutory_calendar()
    raw_due = invoice_date + timedelta(days=terms.payment_days)
    if terms.move_due_date and not cal.is_working_day(raw_due):
        # gjeldsbrevloven § 5 (2): a due date on a weekend, holiday, 1 or 17 May moves on
        return cal.on_or_after(raw_due)
    return raw_due


def payment(
    *,
    invoice_date: date,
    terms: Terms,
    amount: Decimal | None = None,
    paid: date | None = None,
    table: rate_tables.RateTable | None = None,
    cal: WorkCalendar | None = None,
) -> PaymentResult:
    """OC 4.1 due date (moved by gjeldsbrevloven § 5) and forsinkelsesrente up to ``paid``.

    ``paid`` is the payment day, or the day to compute interest up to for an unpaid invoice.
    """
    if amount is not None and amount < 0:
        raise DomainError("amount", "err_not_negative", input=amount)
    if paid is not None and paid < invoice_date:
        raise DomainError("paid", "err_before_field", other="invoice_date")
    cal = cal or statutory_calendar()
    # OC 4.1: due 10 calendar days after the invoice date
    raw_due = invoice_date + timedelta(days=terms.payment_days)
    due = due_date(invoice_date=invoice_date, terms=terms, cal=cal)
    steps: list[Step] = [
        step("pay_due_raw", invoice=invoice_date, days=terms.payment_days, due=raw_due)
    ]
    notes: list[Step] = []
    if not cal.is_working_day(raw_due):
        name = cal.public_holiday_name(raw_due) or ""
        if terms.move_due_date:
            steps.append(step("pay_due_moved", raw=raw_due, name=name, due=due))
        else:
            notes.append(step("pay_due_not_moved", raw=raw_due, name=name))

    days_late = interest = None
    if paid is not None:
        days_late = max(0, (paid - due).days)
        if days_late == 0:
            steps.append(step("pay_in_time", paid=paid, due=due))
            interest = Decimal(0) if amount is not None else None
        else:
            steps.append(step("pay_late", paid=paid, due=due, days=days_late))
            if amount is not None:
                table = table or rate_tables.current()
                total = Decimal(0)
                # forsinkelsesrenteloven § 2–3: from the day after the due date through payment,
                # simple interest, each day at 1/365 (1/366) of the annual rate in force that day
                for start, end, rate, year_days in _interest_segments(
                    due + timedelta(days=1), paid, table
                ):
                    days = (end - start).days + 1
                    part = amount * rate / Decimal(100) * Decimal(days) / Decimal(year_days)
                    total += part
                    steps.append(
                        step(
                            "pay_interest_segment",
                            start=start,
                            end=end,
                            days=days,
                            rate=rate,
                            year_days=year_days,
                            amount=amount,
                            part=round_money(part),
                        )
                    )
                interest = total
                steps.append(step("pay_interest_total", interest=round_money(total)))
                notes.append(step("pay_simple_interest"))
    else:
        steps.append(step("pay_no_date"))
    # OC 4.6: NOK 65 for each written reminder
    notes.append(step("pay_reminder_fee", fee=terms.reminder_fee))
    return PaymentResult(
        invoice_date=invoice_date,
        due=due,
        paid=paid,
        days_late=days_late,
        interest=interest,
        reminder_fee=terms.reminder_fee,
        steps=tuple(steps),
        notes=tuple(notes),
    )


register_texts(
    {
        "pay_due_raw": (
            "Fakturadato {invoice:wd} + {days} kalenderdager = {due:wd} (OC 4.1).",
            "Invoice date {invoice:wd} + {days} calendar days = {due:wd} (OC 4.1).",
        ),
        "pay_due_moved": (
            "{raw:wd} {name} er ikke en virkedag; forfall flyttes til {due:wd} (gjeldsbrevloven § 5 annet ledd).",
            "{raw:wd} {name} is not a working day; the due date moves to {due:wd} (gjeldsbrevloven § 5 second paragraph).",
        ),
        "pay_due_not_moved": (
            "{raw:wd} {name} er ikke en virkedag, men avtalen sier at forfall ikke flyttes.",
            "{raw:wd} {name} is not a working day, but the contract says the due date does not move.",
        ),
        "pay_in_time": (
            "Betalt {paid:wd}, innen forfall {due:wd}: ingen forsinkelsesrente.",
            "Paid {paid:wd}, by the due date {due:wd}: no late interest.",
        ),
        "pay_late": (
            "Betalt {paid:wd}, {days} dager etter forfall {due:wd}: forsinkelsesrente fra dagen etter forfall til og med betalingsdagen.",
            "Paid {paid:wd}, {days} days after the due date {due:wd}: late interest from the day after the due date through the payment day.",
        ),
        "pay_interest_segment": (
            "{start:date}–{end:date}: {days} dager × {rate:num} % / {year_days} × {amount:money} = {part:money}.",
            "{start:date}–{end:date}: {days} days × {rate:num}% / {year_days} × {amount:money} = {part:money}.",
        ),
        "pay_interest_total": (
            "Forsinkelsesrente i alt: {interest:money}.",
            "Late interest in total: {interest:money}.",
        ),
        "pay_simple_interest": (
            "Enkel rente (ikke rentes rente); satsen er Norges Banks styringsrente + 8 prosentpoeng, fastsatt 1. januar og 1. juli (forsinkelsesrenteloven § 3).",
            "Simple interest (no interest on interest); the rate is Norges Bank's policy rate + 8 points, set on 1 January and 1 July (forsinkelsesrenteloven § 3).",
        ),
        "pay_no_date": (
            "Ingen betalingsdato oppgitt: ingen rente beregnet.",
            "No payment date given: no interest computed.",
        ),
        "pay_reminder_fee": (
            "Purregebyr {fee:money} for hver skriftlige purring (OC 4.6).",
            "Reminder fee {fee:money} for each written reminder (OC 4.6).",
        ),
    }
)


class PaymentInput(CalcInput):
    default_template: ClassVar[str] = "office_center"
    needs: ClassVar[Kind] = Kind.PAYMENT_DUE
    from_terms: ClassVar[dict[str, str]] = {"move_due_date": "move_due_date"}

    invoice_date: date
    amount: Decimal | None = Field(None, ge=0)
    paid: date | None = None
    move_due_date: bool | None = None  # the terms' when left out


@calculator("payment", PaymentInput)
def _payment(data: PaymentInput) -> PaymentResult:
    terms = data.contract_terms()
    terms = terms.model_copy(update={"move_due_date": data.given("move_due_date", terms)})
    return payment(invoice_date=data.invoice_date, amount=data.amount, paid=data.paid, terms=terms)


# --- first invoice (OC 3.1–3.4, 3.8) -------------------------------------------------------


class FirstInvoiceResult(Result):
    established: date
    period_end: date
    days: int
    units_billed: int
    subscription: Money
    establishment_fee: Money
    total: Money


def first_invoice(
    *,
    established: date,
    unit_price: Decimal,
    units: int,
    establishment_fee: Decimal,
    offer_units: int = 0,
) -> FirstInvoiceResult:
    """OC 3.4: the first invoice runs from establishment to the next 1 January, plus 3.2 the fee."""
    for name, value in (
        ("unit_price", unit_price),
        ("establishment_fee", establishment_fee),
        ("units", units),
    ):
        if value < 0:
            raise DomainError(name, "err_not_negative", input=value)
    period_end = date(established.year, 12, 31)
    days = (period_end - established).days + 1
    year_days = days_in_year(established.year)
    # OC 3.8: never fewer units than the offer assumed
    billed = max(units, offer_units)
    # OC 2.3: prices are per unit per month
    subscription = unit_price * billed * 12 * Decimal(days) / Decimal(year_days)
    total = subscription + establishment_fee
    steps = [
        step(
            "invoice_period",
            established=established,
            end=period_end,
            days=days,
            year_days=year_days,
        ),
        step(
            "invoice_subscription",
            price=unit_price,
            units=billed,
            days=days,
            year_days=year_days,
            subscription=round_money(subscription),
        ),
        step(
            "invoice_total",
            subscription=round_money(subscription),
            fee=establishment_fee,
            total=round_money(total),
        ),
    ]
    if billed != units:
        steps.insert(1, step("invoice_min_units", units=units, offer=offer_units))
    return FirstInvoiceResult(
        established=established,
        period_end=period_end,
        days=days,
        units_billed=billed,
        subscription=subscription,
        establishment_fee=establishment_fee,
        total=total,
        steps=tuple(steps),
        notes=(step("invoice_annual"),),
    )


register_texts(
    {
        "invoice_period": (
            "Første faktura dekker {established:wd}–{end:date}: {days} av {year_days} dager (OC 3.1, 3.4).",
            "The first invoice covers {established:wd}–{end:date}: {days} of {year_days} days (OC 3.1, 3.4).",
        ),
        "invoice_min_units": (
            "{units} enheter er færre enn tilbudet forutsatte; det faktureres for {offer} (OC 3.8).",
            "{units} units are fewer than the offer assumed; {offer} are invoiced (OC 3.8).",
        ),
        "invoice_subscription": (
            "Abonnement: {price:money} × {units} enheter × 12 × {days}/{year_days} = {subscription:money}.",
            "Subscription: {price:money} × {units} units × 12 × {days}/{year_days} = {subscription:money}.",
        ),
        "invoice_total": (
            "Abonnement {subscription:money} + etablering {fee:money} (OC 3.2) = {total:money}, eksklusive mva.",
            "Subscription {subscription:money} + establishment {fee:money} (OC 3.2) = {total:money}, excluding VAT.",
        ),
        "invoice_annual": (
            "Deretter faktureres 12 måneder om gangen med 1. januar som fakturadato (OC 3.3); nye enheter faktureres på neste forfall (OC 3.6).",
            "After that, 12 months are invoiced at a time with 1 January as invoice date (OC 3.3); new units are invoiced on the next due date (OC 3.6).",
        ),
    }
)


class FirstInvoiceInput(CalcInput):
    default_template: ClassVar[str] = "office_center"
    needs: ClassVar[Kind] = Kind.PAYMENT_DUE  # OC 3's annual invoicing

    established: date
    unit_price: Decimal = Field(ge=0)
    units: int = Field(ge=0, le=1_000_000)
    establishment_fee: Decimal = Field(Decimal(0), ge=0)
    offer_units: int = Field(0, ge=0, le=1_000_000)


@calculator("first_invoice", FirstInvoiceInput)
def _first_invoice(data: FirstInvoiceInput) -> FirstInvoiceResult:
    data.contract_terms()
    return first_invoice(**data.model_dump(exclude={"terms"}))


# --- price adjustment (OC 2.5, 2.6) ----------------------------------------------------------


class PriceAdjustmentResult(Result):
    signed: date
    effective: date
    new_price: Money


def price_adjustment(
    *, signed: date, price: Decimal, index_old: Decimal, index_new: Decimal
) -> PriceAdjustmentResult:
    """OC 2.5: new = old × index_new / index_old from 1 January next year; 2.6: Q4 → 1 April."""
    if price < 0:
        raise DomainError("price", "err_not_negative", input=price)
    for name, value in (("index_old", index_old), ("index_new", index_new)):
        if value <= 0:
            raise DomainError(name, "err_gt", limit=0, input=value)
    if signed.month >= 10:
        effective = date(signed.year + 1, 4, 1)  # OC 2.6: signed in the 4th quarter
        rule = "OC 2.6"
    else:
        effective = date(signed.year + 1, 1, 1)  # OC 2.5: from the 1st quarter of the next year
        rule = "OC 2.5"
    new_price = price * index_new / index_old
    steps = (
        step("price_effective", signed=signed, effective=effective, rule=rule),
        step("price_new", price=price, new=index_new, old=index_old, result=round_money(new_price)),
    )
    return PriceAdjustmentResult(
        signed=signed,
        effective=effective,
        new_price=new_price,
        steps=steps,
        notes=(step("price_index"),),
    )


register_texts(
    {
        "price_effective": (
            "Avtalen ble inngått {signed:wd}; prisendringen gjelder fra {effective:wd} ({rule}).",
            "The agreement was made {signed:wd}; the price change applies from {effective:wd} ({rule}).",
        ),
        "price_new": (
            "Ny pris = {price:money} × {new:num} / {old:num} = {result:money} per enhet per måned.",
            "New price = {price:money} × {new:num} / {old:num} = {result:money} per unit per month.",
        ),
        "price_index": (
            "Indeks: SSBs indeks for arbeidskraftkostnad innen informasjon og kommunikasjon (OC 2.5).",
            "Index: Statistics Norway's labour cost index for information and communication (OC 2.5).",
        ),
    }
)


class PriceAdjustmentInput(CalcInput):
    default_template: ClassVar[str] = "office_center"
    needs: ClassVar[Kind] = Kind.PAYMENT_DUE  # OC 2.5's index clause goes with its invoices

    signed: date
    price: Decimal = Field(ge=0)
    index_old: Decimal = Field(gt=0)
    index_new: Decimal = Field(gt=0)


@calculator("price_adjustment", PriceAdjustmentInput)
def _price_adjustment(data: PriceAdjustmentInput) -> PriceAdjustmentResult:
    data.contract_terms()
    return price_adjustment(**data.model_dump(exclude={"terms"}))
