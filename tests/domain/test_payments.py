"""Payment due dates and late interest, first invoice, price adjustment (RULES.md 8)."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import payments as p
from app.domain import rates
from app.domain.errors import DomainError
from app.domain.results import round_money
from app.domain.terms import template_terms

OC = template_terms("office_center")
TABLE = rates.current()


@pytest.mark.parametrize(
    ("invoice", "due"),
    [
        (date(2026, 11, 2), date(2026, 11, 12)),  # ordinary Thursday
        (date(2026, 11, 11), date(2026, 11, 23)),  # Saturday 21st -> Monday
        (date(2026, 3, 26), date(2026, 4, 7)),  # Første påskedag -> over Andre påskedag to Tuesday
        (date(2026, 4, 21), date(2026, 5, 4)),  # 1 May (Friday) -> Monday 4 May
        (date(2027, 5, 7), date(2027, 5, 18)),  # 17 May 2027 is a Monday
        (date(2026, 12, 22), date(2027, 1, 4)),  # 1 Jan 2027 Friday -> Monday
    ],
)
def test_due_date_moves_off_weekends_and_holidays(invoice, due):
    assert p.payment(invoice_date=invoice, terms=OC).due == due


def test_due_date_not_moved_when_contract_says_so():
    terms = OC.model_copy(update={"move_due_date": False})
    r = p.payment(invoice_date=date(2026, 11, 11), terms=terms)
    assert r.due == date(2026, 11, 21)
    assert any(n.code == "pay_due_not_moved" for n in r.notes)


def test_interest_split_at_rate_change():
    r = p.payment(
        invoice_date=date(2026, 3, 26), amount=Decimal("10000"), paid=date(2026, 8, 15), terms=OC
    )
    # 8 Apr–30 Jun: 84 days at 12.00 %; 1 Jul–15 Aug: 46 days at 12.25 %
    expected = Decimal("10000") * (Decimal("0.12") * 84 + Decimal("0.1225") * 46) / 365
    assert r.days_late == 130
    assert round_money(r.interest) == round_money(expected) == Decimal("430.55")
    assert r.to_json()["interest"] == "430.55"


def test_interest_across_new_year_and_leap_year():
    r = p.payment(
        invoice_date=date(2023, 12, 1), amount=Decimal("1000"), paid=date(2024, 1, 10), terms=OC
    )
    # due Mon 11 Dec 2023; 12–31 Dec: 20 days at 11.75 %/365; 1–10 Jan 2024: 10 days at 12.50 %/366
    expected = Decimal(1000) * (Decimal("0.1175") * 20 / 365 + Decimal("0.125") * 10 / 366)
    assert round_money(r.interest) == round_money(expected) == Decimal("9.85")


def test_paid_on_due_date_owes_nothing():
    r = p.payment(
        invoice_date=date(2026, 11, 2), amount=Decimal("500"), paid=date(2026, 11, 12), terms=OC
    )
    assert (r.days_late, r.interest) == (0, Decimal(0))


def test_date_outside_rate_table_is_an_error_not_zero():
    with pytest.raises(DomainError) as exc:
        p.payment(
            invoice_date=date(2027, 5, 1), amount=Decimal("100"), paid=date(2027, 8, 1), terms=OC
        )
    assert exc.value.problem.code == "err_rate_missing"
    with pytest.raises(DomainError):
        p.payment(
            invoice_date=date(2014, 5, 1), amount=Decimal("100"), paid=date(2014, 8, 1), terms=OC
        )


@given(
    st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 6, 1)),
    st.integers(0, 150),
    st.decimals(min_value=0, max_value=10_000_000, places=2),
)
def test_interest_is_never_negative_and_grows_with_time(invoice, days, amount):
    from datetime import timedelta

    paid = min(invoice + timedelta(days=days), date(2026, 12, 31))
    r = p.payment(invoice_date=invoice, amount=amount, paid=paid, terms=OC)
    assert r.interest is not None and r.interest >= 0
    later = p.payment(
        invoice_date=invoice,
        amount=amount,
        paid=min(paid + timedelta(days=5), date(2026, 12, 31)),
        terms=OC,
    )
    assert later.interest >= r.interest


def test_first_invoice_pro_rata_to_new_year():
    r = p.first_invoice(
        established=date(2026, 3, 15),
        unit_price=Decimal("250"),
        units=20,
        establishment_fee=Decimal("5000"),
    )
    assert (r.period_end, r.days) == (date(2026, 12, 31), 292)
    assert r.subscription == Decimal("48000")
    assert r.to_json()["total"] == "53000.00"


def test_first_invoice_in_a_leap_year_and_minimum_units():
    r = p.first_invoice(
        established=date(2028, 12, 31),
        unit_price=Decimal("366"),
        units=1,
        establishment_fee=Decimal(0),
        offer_units=5,
    )
    assert r.days == 1 and r.units_billed == 5
    assert r.to_json()["subscription"] == "60.00"  # 366 × 5 × 12 × 1/366


@pytest.mark.parametrize(
    ("signed", "effective"),
    [
        (date(2026, 9, 30), date(2027, 1, 1)),
        (date(2026, 10, 1), date(2027, 4, 1)),
        (date(2026, 12, 31), date(2027, 4, 1)),
    ],
)
def test_price_adjustment_effective_date(signed, effective):
    r = p.price_adjustment(
        signed=signed, price=Decimal("100"), index_old=Decimal("120.5"), index_new=Decimal("125.1")
    )
    assert r.effective == effective
    assert r.to_json()["new_price"] == "103.82"


def test_rate_file_validation_names_the_line():
    with pytest.raises(rates.RateFileError, match="line 3"):
        rates.parse_rate_csv("valid_from,rate_pct\n2025-01-01,12.5\n2025-03-01,12\n")
    with pytest.raises(rates.RateFileError, match="expected 2025-07-01"):
        rates.parse_rate_csv("valid_from,rate_pct\n2025-01-01,12.5\n2026-01-01,12\n")
    with pytest.raises(rates.RateFileError, match="line 2"):
        rates.parse_rate_csv("valid_from,rate_pct\n2025-01-01,abc\n")


def test_shipped_rate_table_keeps_its_sources():
    assert TABLE.first_day == date(2015, 1, 1)
    assert TABLE.last_day == date(2026, 12, 31)
    assert TABLE.rate_on(date(2026, 7, 1)).rate_pct == Decimal("12.25")
    assert all(r.sources for r in TABLE.rates)


def test_users_rate_file_wins_when_valid_and_is_reported_when_not(tmp_path):
    shipped = rates.current()
    user = tmp_path / "forsinkelsesrente.csv"
    try:
        user.write_text("valid_from,rate_pct\n2015-01-01,9.25\n2015-03-01,9\n", encoding="utf-8")
        warning = rates.install_preferred(user)
        assert warning is not None and "line 3" in warning
        assert rates.current() is shipped
        lines = (
            ["valid_from,rate_pct"]
            + [f"{r.valid_from},{r.rate_pct}" for r in shipped.rates]
            + ["2027-01-01,11.75"]
        )
        user.write_text("\n".join(lines) + "\n", encoding="utf-8")
        assert rates.install_preferred(user) is None
        assert rates.current().rate_on(date(2027, 3, 1)).rate_pct == Decimal("11.75")
    finally:
        rates.install(shipped)


def test_a_rate_file_may_add_half_years_but_not_change_published_ones(tmp_path):
    """Issue 12 item 14: a user's rate file that changes a published half-year, or gives a
    rate outside 0–30 %, is refused with a message and the shipped table is used."""
    shipped = rates.current()
    user = tmp_path / "forsinkelsesrente.csv"
    lines = ["valid_from,rate_pct"] + [f"{r.valid_from},{r.rate_pct}" for r in shipped.rates]
    try:
        changed = [*lines]
        changed[3] = changed[3].split(",")[0] + ",13.10"
        user.write_text("\n".join(changed) + "\n", encoding="utf-8")
        warning = rates.install_preferred(user)
        assert warning and "published" in warning and changed[3].split(",")[0] in warning
        assert rates.current() is shipped
        user.write_text("\n".join([*lines, "2027-01-01,125"]) + "\n", encoding="utf-8")
        warning = rates.install_preferred(user)
        assert warning and "outside 0–30" in warning and rates.current() is shipped
        user.write_text("\n".join([*lines, "2027-01-01,30"]) + "\n", encoding="utf-8")
        assert rates.install_preferred(user) is None  # 30 % itself is allowed
    finally:
        rates.install(shipped)
