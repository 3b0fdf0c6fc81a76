"""Sodvin 7.6 caps in a stored contract's quarter: the refunds claimed in earlier quarters."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from app.domain.compensation import Claim, contract_compensation, sodvin_caps
from app.domain.periods import OSLO, quarter_bounds
from app.storage.compute import contract_quarter, earlier_sodvin_claims

from .conftest import contract, customer, incident

NOW = datetime(2026, 11, 21, 12, tzinfo=OSLO)


def _sodvin_with_refunds(repos, **changes):
    cu = repos.customers.add(customer())
    data = {
        "signed": date(2025, 9, 16),
        "delivered": date(2025, 10, 14),
        "contract_sum": Decimal("30000"),
        "establishment_sum": Decimal("5000"),
        "annual_fee": Decimal("25000"),
    }
    c = repos.contracts.add(contract(cu.id, **{**data, **changes}))
    # 20, 30 and 40 hours of supplier faults in Q4 2025, Q1 and Q2 2026; none in Q3
    for first, hours in (
        (datetime(2025, 11, 3, 8, tzinfo=OSLO), 20),
        (datetime(2026, 2, 3, 8, tzinfo=OSLO), 30),
        (datetime(2026, 5, 4, 8, tzinfo=OSLO), 40),
    ):
        repos.incidents.add(incident(c.id, start=first, end=first + timedelta(hours=hours)))
    return c


def test_earlier_claims_are_the_refunds_of_the_quarters_since_signing(repos):
    c = _sodvin_with_refunds(repos)
    claims = earlier_sodvin_claims(repos, c.id, 2026, 4, now=NOW)
    refunds = {
        (y, q): contract_quarter(repos, c.id, y, q, now=NOW).total
        for y, q in [(2025, 3), (2025, 4), (2026, 1), (2026, 2), (2026, 3)]
    }
    assert refunds[(2025, 3)] == 0 and refunds[(2026, 3)] == 0
    assert claims == [
        Claim(date(2025, 12, 31), refunds[(2025, 4)]),
        Claim(date(2026, 3, 31), refunds[(2026, 1)]),
        Claim(date(2026, 6, 30), refunds[(2026, 2)]),
    ]
    assert all(claim.amount > 0 for claim in claims)
    assert earlier_sodvin_claims(repos, c.id, 2025, 4, now=NOW) == []  # nothing before


def test_quarter_with_earlier_claims_shows_what_remains_before_its_refund(repos):
    c = _sodvin_with_refunds(repos, contract_sum=Decimal("1000"))
    claims = earlier_sodvin_claims(repos, c.id, 2026, 2, now=NOW)
    plain = contract_quarter(repos, c.id, 2026, 2, now=NOW, sodvin_claims=())
    got = contract_quarter(repos, c.id, 2026, 2, now=NOW, sodvin_claims=claims)
    # left out, the earlier claims are found: every surface shows the same caps (issue 11)
    assert contract_quarter(repos, c.id, 2026, 2, now=NOW) == got

    used = sum((claim.amount for claim in claims), Decimal(0))
    # the caps count the earlier claims and this quarter's refund (dated its last day)
    assert got.caps.total.used == used + got.total and plain.caps.total.used == plain.total
    assert got.caps == sodvin_caps(
        contract_sum=c.contract_sum,
        establishment_sum=c.establishment_sum,
        annual_fee=c.annual_fee,
        delivery_day=c.delivered,
        claims=[*claims, Claim(date(2026, 6, 30), got.total)],
    )
    # the refund itself does not depend on what was claimed before
    assert got.total == plain.total and got.availability == plain.availability
    start, end = quarter_bounds(2026, 2)
    assert got == contract_compensation(
        contract=c,
        services=[],
        incidents=repos.incidents.for_contract(c.id),
        start=start,
        end=end,
        now=NOW,
        sodvin_claims=claims,
    )
    # the refund fits under the contract sum alone, not after the earlier ones
    assert got.total < c.contract_sum < used + got.total
    assert [n.code for n in got.notes].count("comp_over_cap") == 1
    assert "comp_over_cap" not in [n.code for n in plain.notes]


def test_office_center_contracts_claim_nothing_under_sodvin_caps(repos):
    c = _sodvin_with_refunds(repos, template="office_center")
    assert earlier_sodvin_claims(repos, c.id, 2026, 4, now=NOW) == []


def test_claims_of_incidents_across_quarter_ends_and_still_open(repos):
    """One read and one pass (bench quarter): an incident across a quarter's end counts in
    both quarters, a still-open one in every quarter after its start; each quarter's refund
    is its own contract_compensation total, and an edit is seen at once (no stale refund)."""
    c = _sodvin_with_refunds(repos)
    across = datetime(2025, 12, 31, 20, tzinfo=OSLO)
    repos.incidents.add(incident(c.id, start=across, end=across + timedelta(hours=30)))
    repos.incidents.add(incident(c.id, start=datetime(2026, 3, 30, 9, tzinfo=OSLO), end=None))

    def one_by_one():
        out = []
        for y, q in [(2025, 3), (2025, 4), (2026, 1), (2026, 2), (2026, 3)]:
            start, end = quarter_bounds(y, q)
            total = contract_compensation(
                contract=repos.contracts.get(c.id),
                services=[],
                incidents=repos.incidents.for_contract(c.id),
                start=start,
                end=end,
                now=NOW,
            ).total
            if total > 0:
                out.append(Claim((end - timedelta(days=1)).date(), total))
        return out

    expected = one_by_one()
    assert [claim.date for claim in expected] == [
        date(2025, 12, 31),
        date(2026, 3, 31),
        date(2026, 6, 30),
        date(2026, 9, 30),  # the open incident's quarters
    ]
    assert earlier_sodvin_claims(repos, c.id, 2026, 4, now=NOW) == expected
    # remembered per quarter, but for these incidents: closing the open one changes Q2, Q3
    still_open = [i for i in repos.incidents.for_contract(c.id) if i.end is None][0]
    repos.incidents.update({**still_open.model_dump(), "end": datetime(2026, 4, 2, 9, tzinfo=OSLO)})
    changed = earlier_sodvin_claims(repos, c.id, 2026, 4, now=NOW)
    assert changed == one_by_one() != expected
