"""Compensation (RULES.md 6): Sodvin refund and caps, Office Center reduction, per contract."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from app.domain import calculators
from app.domain import compensation as c
from app.domain.errors import DomainError, problems
from app.domain.periods import quarter_bounds
from app.domain.records import Contract, Incident, Service
from app.domain.terms import template_terms

D = Decimal
OC = template_terms("office_center")


# --- Sodvin refund (7.2): R = V × (1 − A / O) ------------------------------------------------------


def test_rules_example_sodvin_refund():
    r = c.sodvin_refund_from_downtime(
        fee=D(20000), uptime_pct=D("99.5"), downtime_hours=D(15), period_hours=D(2184)
    )
    assert r.to_json()["availability"] == "99.3132"
    assert r.refund == D("37.55")
    assert "kr 20\u00a0000,00 × (1 − 99,3132 % / 99,5 %) = kr 37,55" in r.explanation("nb")
    assert "NOK 20,000.00 × (1 − 99.3132 % / 99.5 %) = NOK 37.55" in r.explanation("en")


@pytest.mark.parametrize(
    ("fee", "uptime", "availability", "refund"),
    [
        ("20000", "99.5", "99.5", "0.00"),  # exactly the agreed level: nothing
        ("20000", "99.5", "100", "0.00"),  # above: nothing, never negative
        ("20000", "99.5", "99", "100.50"),  # 20000 × (1 − 99/99.5) = 100.5025…
        ("20000", "99.5", "0", "20000.00"),  # nothing available: the whole fee
        ("0", "99.5", "90", "0.00"),
        ("12345.67", "99.9", "99.8", "12.36"),  # 12345.67 × 0.1/99.9 = 12.3580…
    ],
)
def test_sodvin_refund_table(fee, uptime, availability, refund):
    r = c.sodvin_refund(fee=D(fee), uptime_pct=D(uptime), availability_pct=D(availability))
    assert r.to_json()["refund"] == refund


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"fee": D(-1), "uptime_pct": D("99.5"), "availability_pct": D(99)}, "fee"),
        ({"fee": D(1), "uptime_pct": D(100), "availability_pct": D(99)}, "uptime"),
        ({"fee": D(1), "uptime_pct": D(0), "availability_pct": D(99)}, "uptime"),
        ({"fee": D(1), "uptime_pct": D("99.5"), "availability_pct": D("100.1")}, "availability"),
        ({"fee": D(1), "uptime_pct": D("99.5"), "availability_pct": D(-1)}, "availability"),
    ],
)
def test_sodvin_refund_rejects(kwargs, field):
    with pytest.raises(DomainError) as err:
        c.sodvin_refund(**kwargs)
    assert err.value.problem.field == field


@pytest.mark.parametrize(
    ("downtime", "period", "field"),
    [
        (D(-1), D(2184), "downtime_hours"),
        (D(2185), D(2184), "downtime_hours"),
        (D(1), D(0), "period_hours"),
    ],
)
def test_refund_from_downtime_rejects(downtime, period, field):
    with pytest.raises(DomainError) as err:
        c.sodvin_refund_from_downtime(
            fee=D(1000), uptime_pct=D("99.5"), downtime_hours=downtime, period_hours=period
        )
    assert err.value.problem.field == field


@given(
    st.decimals(min_value=0, max_value=10**9, places=2),
    st.decimals(min_value="0.01", max_value="99.99", places=2),
    st.decimals(min_value=0, max_value=100, places=4),
)
def test_refund_is_between_zero_and_the_fee(fee, uptime, availability):
    r = c.sodvin_refund(fee=fee, uptime_pct=uptime, availability_pct=availability)
    assert 0 <= r.refund <= fee
    assert (r.refund == 0) or availability < uptime


# --- Office Center reduction (10.2, 10.3) ---------------------------------------------------------


def test_rules_example_oc_reduction():
    r = c.oc_reduction(monthly_fee=D(8000), availability_pct=D("99.12"), terms=OC)
    values = r.to_json()
    assert (values["shortfall_pp"], values["uncapped"], values["cap"], values["reduction"]) == (
        "0.38",
        "912.00",
        "8000.00",
        "912.00",
    )
    assert "kr 8\u00a0000,00 per måned × 3 måneder × 0,38 × 10 %" in r.explanation("nb")
    assert any(n.code == "reading_4" for n in r.notes)


@pytest.mark.parametrize(
    ("monthly", "availability", "shortfall", "uncapped", "reduction"),
    [
        ("8000", "99.12", "0.38", "912.00", "912.00"),  # RULES example
        ("8000", "99.5", "0.00", "0.00", "0.00"),  # at the guarantee
        ("8000", "99.9", "0.00", "0.00", "0.00"),  # above: never negative
        ("8000", "99.115", "0.39", "936.00", "936.00"),  # 0.385 rounds half up
        ("8000", "99.1149", "0.39", "936.00", "936.00"),  # 0.3851
        ("8000", "99.1151", "0.38", "912.00", "912.00"),  # 0.3849
        ("8000", "97", "2.50", "6000.00", "6000.00"),
        ("8000", "96", "3.50", "8400.00", "8000.00"),  # capped at one monthly fee
        ("8000", "0", "99.50", "238800.00", "8000.00"),
        ("0", "90", "9.50", "0.00", "0.00"),
        ("333.33", "99.49", "0.01", "1.00", "1.00"),  # 333.33 × 3 × 0.01 × 10 % = 0.99999
    ],
)
def test_oc_reduction_table(monthly, availability, shortfall, uncapped, reduction):
    r = c.oc_reduction(monthly_fee=D(monthly), availability_pct=D(availability), terms=OC).to_json()
    assert (r["shortfall_pp"], r["uncapped"], r["reduction"]) == (shortfall, uncapped, reduction)
    assert r["cap"] == f"{D(monthly):.2f}"


def test_oc_reduction_other_guarantee_and_months():
    r = c.oc_reduction(
        monthly_fee=D(1000), availability_pct=D(98), guarantee_pct=D(99), months=1, terms=OC
    )
    assert (r.shortfall_pp, r.uncapped, r.reduction) == (D("1.00"), D("100.00"), D("100.00"))


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"monthly_fee": D(-5), "availability_pct": D(99)}, "monthly_fee"),
        ({"monthly_fee": D(5), "availability_pct": D(101)}, "availability"),
        ({"monthly_fee": D(5), "availability_pct": D(99), "guarantee_pct": D(100)}, "guarantee"),
        ({"monthly_fee": D(5), "availability_pct": D(99), "months": 0}, "months"),
    ],
)
def test_oc_reduction_rejects(kwargs, field):
    with pytest.raises(DomainError) as err:
        c.oc_reduction(**kwargs, terms=OC)
    assert err.value.problem.field == field


@given(
    st.decimals(min_value=0, max_value=10**7, places=2),
    st.decimals(min_value=0, max_value=100, places=4),
    st.decimals(min_value="0.1", max_value="99.9", places=1),
    st.integers(1, 12),
)
def test_reduction_is_never_negative_and_never_above_the_cap(
    monthly, availability, guarantee, months
):
    r = c.oc_reduction(
        monthly_fee=monthly,
        availability_pct=availability,
        guarantee_pct=guarantee,
        months=months,
        terms=OC,
    )
    assert 0 <= r.reduction <= r.cap
    assert r.reduction == min(r.uncapped, r.cap)
    assert r.shortfall_pp >= 0


# --- Sodvin caps (7.6) -------------------------------------------------------------------------------


def caps(claims, delivery=date(2026, 3, 1)):
    return c.sodvin_caps(
        contract_sum=D(500000),
        establishment_sum=D(100000),
        annual_fee=D(120000),
        delivery_day=delivery,
        claims=claims,
    )


def test_caps_used_and_remaining_per_cap():
    r = caps(
        [
            (date(2026, 2, 10), D(30000), True),  # establishment phase
            (date(2026, 6, 1), D(50000), False),
            (date(2026, 11, 1), D(80000), False),  # 2026 now 130 000 > 120 000
            (date(2027, 1, 15), D(10000), False),
        ]
    )
    assert (r.total.used, r.total.remaining) == (D(170000), D(330000))
    assert (r.establishment.used, r.establishment.remaining) == (D(30000), D(70000))
    assert [(y.year, y.used, y.remaining, y.exceeded_by) for y in r.years] == [
        (2026, D(130000), D(0), D(10000)),
        (2027, D(10000), D(110000), D(0)),
    ]
    assert r.remaining_for(date(2027, 5, 1)) == D(110000)
    assert r.remaining_for(date(2026, 5, 1), establishment_phase=True) == D(70000)
    notes = r.to_json("nb")["notes"]
    assert any("Indirekte tap" in n for n in notes)
    assert any("overstiger årlig tak 2026 med kr 10\u00a0000,00" in n for n in notes)
    assert r.to_json()["years"][0] == {
        "cap": "year",
        "year": 2026,
        "limit": "120000.00",
        "used": "130000.00",
        "remaining": "0.00",
        "exceeded_by": "10000.00",
    }


def test_claims_before_or_on_the_delivery_day_are_outside_the_annual_cap():
    r = caps([(date(2026, 2, 1), D(1000), False), (date(2026, 3, 1), D(2000), False)])
    assert r.years == ()
    assert r.total.used == 3000
    assert any(n.code == "cap_on_delivery_day" for n in r.notes)


def test_caps_without_delivery_day_or_limits_say_so():
    r = c.sodvin_caps(
        contract_sum=D(0), establishment_sum=D(0), annual_fee=D(0), delivery_day=None, claims=[]
    )
    codes = [n.code for n in r.notes]
    assert codes.count("cap_not_recorded") == 3 and "cap_no_delivery_day" in codes


def test_negative_claim_is_rejected():
    with pytest.raises(DomainError) as err:
        caps([(date(2026, 6, 1), D(-1), False)])
    assert err.value.problem.field == "claims.0.amount"


# --- a contract's quarter ---------------------------------------------------------------------------------

Q2 = quarter_bounds(2026, 2)


def incident(start, end, cause="supplier", service_id=None, contract_id=1):
    return Incident(
        contract_id=contract_id,
        service_id=service_id,
        start=datetime.fromisoformat(start),
        end=None if end is None else datetime.fromisoformat(end),
        cause=cause,
    )


def sodvin(**kw):
    data = {
        "id": 1,
        "customer_id": 1,
        "title": "Azure drift",
        "template": "sodvin",
        "signed": date(2026, 1, 5),
        "delivered": date(2026, 2, 1),
        "monthly_fee": D("6666.67"),
        "contract_sum": D(400000),
        "establishment_sum": D(50000),
        "annual_fee": D(80000),
    }
    return Contract(**(data | kw))


def oc(**kw):
    data = {
        "id": 1,
        "customer_id": 1,
        "title": "Skytjenester",
        "template": "office_center",
        "signed": date(2026, 1, 5),
        "unit_price": D(400),
        "units": 20,
    }
    return Contract(**(data | kw))


def test_sodvin_contract_quarter_refund_from_its_incidents():
    r = c.contract_compensation(
        contract=sodvin(),
        services=[],
        incidents=[
            incident("2026-05-10T03:00", "2026-05-10T18:00"),
            incident("2026-05-11T03:00", "2026-05-11T09:00", "customer"),
            incident("2026-05-12T03:00", "2026-05-12T09:00", contract_id=2),
        ],
        start=Q2[0],
        end=Q2[1],
    )
    assert r.months == 3 and r.availability.downtime_hours == 15
    (line,) = r.lines
    assert line.refund is not None and line.refund.fee == D("20000.01")  # 6666.67 × 3
    assert r.total == D("37.55")
    data = r.to_json("nb")
    assert data["lines"][0]["refund"]["refund"] == "37.55"
    assert data["availability"]["availability"] == "99.3132"
    # the caps count this quarter's refund (as the availability report's cap table does)
    assert data["caps"]["total"]["used"] == "37.55"
    assert data["caps"]["total"]["remaining"] == "399962.45"
    assert "steps" not in data["lines"][0]  # nested results give values; steps are merged
    assert any("V = kr 6\u00a0666,67 × 3 måneder" in s for s in data["steps"])
    assert data["steps"][-1] == "Kompensasjon i alt: kr 37,55."


def test_sodvin_fee_from_services_when_the_contract_has_none():
    services = [
        Service(id=1, contract_id=1, name="VM", units=2, unit_price=D(2000)),
        Service(id=2, contract_id=1, name="Backup", units=1, unit_price=D("2666.67")),
    ]
    r = c.contract_compensation(
        contract=sodvin(monthly_fee=D(0)),
        services=services,
        incidents=[incident("2026-05-10T03:00", "2026-05-10T18:00")],
        start=Q2[0],
        end=Q2[1],
    )
    assert r.lines[0].refund.fee == D("20000.01")
    assert any(s.code == "comp_fee_from_services" for s in r.steps)


def test_sodvin_refund_above_the_remaining_cap_is_flagged():
    r = c.contract_compensation(
        contract=sodvin(annual_fee=D(10)),
        services=[],
        incidents=[incident("2026-05-10T03:00", "2026-05-10T18:00")],
        start=Q2[0],
        end=Q2[1],
        sodvin_claims=[(date(2026, 4, 1), D(5), False)],
    )
    assert any(n.code == "comp_over_cap" for n in r.notes)


def test_oc_contract_without_named_services_uses_unit_price_times_units():
    # 8000 a month; 472 opening hours in Q2 2026; 4 h 9 min down -> 99.1208 %
    r = c.contract_compensation(
        contract=oc(),
        services=[],
        incidents=[incident("2026-04-07T08:00", "2026-04-07T12:09", "third_party")],
        start=Q2[0],
        end=Q2[1],
    )
    (line,) = r.lines
    assert line.monthly_fee == 8000 and line.service_id is None
    assert line.reduction.shortfall_pp == D("0.38")
    assert r.total == D("912.00")


def test_oc_reduction_per_affected_service():
    services = [
        Service(id=10, contract_id=1, name="E-post", units=20, unit_price=D(400)),
        Service(
            id=11, contract_id=1, name="Filserver", units=1, unit_price=D(1000), uptime_pct=D(99)
        ),
    ]
    r = c.contract_compensation(
        contract=oc(),
        services=services,
        incidents=[
            incident("2026-04-07T08:00", "2026-04-07T12:09", service_id=10),  # e-mail only
            incident(
                "2026-04-08T08:00", "2026-04-08T16:00", "customer", service_id=11
            ),  # not counted
        ],
        start=Q2[0],
        end=Q2[1],
    )
    by_name = {line.name: line for line in r.lines}
    assert by_name["E-post"].reduction.reduction == D("912.00")
    assert by_name["Filserver"].availability.downtime_hours == 0
    assert by_name["Filserver"].reduction.guarantee == 99  # the service's own level
    assert r.total == D("912.00")
    assert r.availability.downtime_hours == D("4.15")  # the contract as a whole


def test_oc_incident_without_service_hits_every_service():
    services = [
        Service(id=10, contract_id=1, name="E-post", units=20, unit_price=D(400)),
        Service(id=11, contract_id=1, name="Filserver", units=1, unit_price=D(1000)),
    ]
    r = c.contract_compensation(
        contract=oc(),
        services=services,
        incidents=[
            incident("2026-04-07T08:00", "2026-04-07T12:09", service_id=10),
            incident("2026-04-09T08:00", "2026-04-09T10:00"),
        ],
        start=Q2[0],
        end=Q2[1],
    )
    assert [line.availability.downtime_hours for line in r.lines] == [D("6.15"), D(2)]
    # each service's explanation names the shared incident
    assert r.explanation("nb").count("09.04.2026 kl. 08:00–09.04.2026 kl. 10:00") == 2


def test_contract_period_must_be_whole_months():
    with pytest.raises(DomainError) as err:
        c.contract_compensation(
            contract=oc(),
            services=[],
            incidents=[],
            start=datetime(2026, 4, 1),
            end=datetime(2026, 4, 15),
        )
    assert err.value.problem.field == "end"


def test_incident_for_an_unknown_service_is_rejected():
    with pytest.raises(DomainError) as err:
        c.contract_compensation(
            contract=oc(),
            services=[],
            incidents=[incident("2026-04-07T08:00", "2026-04-07T09:00", service_id=99)],
            start=Q2[0],
            end=Q2[1],
        )
    assert err.value.problem.field == "incidents"


# --- calculators (RULES 10) ---------------------------------------------------------------------------------


def run(name, data):
    return calculators.REGISTRY[name](data).to_json()


def test_calculators_are_registered_with_the_rules_keys():
    assert set(c.SodvinRefundInput.model_fields) == {
        "fee",
        "uptime",
        "downtime_hours",
        "quarter",
        "period_hours",
        "terms",  # RULES 10: every calculator takes the contract's terms
    }
    assert set(c.OcReductionInput.model_fields) == {
        "monthly_fee",
        "availability",
        "guarantee",
        "months",
        "terms",
    }
    assert {"sodvin_refund", "oc_reduction", "availability"} <= set(calculators.REGISTRY)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"fee": "20000", "uptime": "99.5", "downtime_hours": "15", "quarter": "2026Q2"}, {"period_hours": "2184", "availability": "99.3132", "refund": "37.55"}),
        ({"fee": "20000", "uptime": "99.5", "downtime_hours": "15", "period_hours": "2184"}, {"period_hours": "2184", "availability": "99.3132", "refund": "37.55"}),
        ({"fee": "20000", "uptime": "99.5", "downtime_hours": "0", "quarter": "2026Q1"}, {"period_hours": "2159", "availability": "100.0000", "refund": "0.00"}),
        ({"fee": "20000", "uptime": "99.5", "downtime_hours": "15", "quarter": "2028Q1"}, {"period_hours": "2183"}),
    ],
)  # fmt: skip
def test_sodvin_refund_calculator(data, expected):
    answer = run("sodvin_refund", data)
    assert {k: answer[k] for k in expected} == expected
    assert answer["steps"]


def test_oc_reduction_calculator_defaults():
    answer = run("oc_reduction", {"monthly_fee": "8000", "availability": "99.12"})
    assert {k: answer[k] for k in ("shortfall_pp", "uncapped", "cap", "reduction")} == {
        "shortfall_pp": "0.38",
        "uncapped": "912.00",
        "cap": "8000.00",
        "reduction": "912.00",
    }


@pytest.mark.parametrize(
    ("name", "data", "field"),
    [
        ("sodvin_refund", {"fee": "1000", "uptime": "100", "downtime_hours": "1", "quarter": "2026Q1"}, "uptime"),
        ("sodvin_refund", {"fee": "1000", "uptime": "0", "downtime_hours": "1", "quarter": "2026Q1"}, "uptime"),
        ("sodvin_refund", {"fee": "-1", "uptime": "99.5", "downtime_hours": "1", "quarter": "2026Q1"}, "fee"),
        ("sodvin_refund", {"fee": "1000", "uptime": "99.5", "downtime_hours": "-1", "quarter": "2026Q1"}, "downtime_hours"),
        ("sodvin_refund", {"fee": "1000", "uptime": "99.5", "downtime_hours": "3000", "quarter": "2026Q1"}, "downtime_hours"),
        ("sodvin_refund", {"fee": "1000", "uptime": "99.5", "downtime_hours": "1", "quarter": "2026Q5"}, "quarter"),
        ("sodvin_refund", {"fee": "1000", "uptime": "99.5", "downtime_hours": "1"}, "quarter"),
        ("sodvin_refund", {"fee": "1000", "uptime": "99.5", "downtime_hours": "1", "quarter": "2026Q1", "period_hours": "10"}, "period_hours"),
        ("sodvin_refund", {"fee": "1000", "uptime": "99.5", "downtime_hours": "1", "period_hours": "0"}, "period_hours"),
        ("sodvin_refund", {"fee": "abc", "uptime": "99.5", "downtime_hours": "1", "quarter": "2026Q1"}, "fee"),
        ("oc_reduction", {"monthly_fee": "-5", "availability": "99"}, "monthly_fee"),
        ("oc_reduction", {"monthly_fee": "5", "availability": "101"}, "availability"),
        ("oc_reduction", {"monthly_fee": "5", "availability": "99", "guarantee": "100"}, "guarantee"),
        ("oc_reduction", {"monthly_fee": "5", "availability": "99", "months": "0"}, "months"),
    ],
)  # fmt: skip
def test_calculators_reject_naming_the_field(name, data, field):
    with pytest.raises((ValidationError, DomainError)) as err:
        calculators.REGISTRY[name](data)
    exc = err.value
    found = (
        [p.field for p in problems(exc)]
        if isinstance(exc, ValidationError)
        else [exc.problem.field]
    )
    assert field in found
