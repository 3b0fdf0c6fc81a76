"""The overview's deadlines, grouping and order for a fixed today (issue 5)."""

from datetime import date
from decimal import Decimal

from app.domain import overview as ov
from app.domain.records import Contract, DeliveryNotice, Termination

TODAY = date(2026, 11, 21)  # a Saturday


def oc_contract(**kw):
    base = dict(
        id=1,
        customer_id=1,
        title="Skyserver",
        template="office_center",
        signed=date(2025, 1, 10),
        delivered=date(2025, 2, 3),
        unit_price=Decimal(100),
        units=10,
    )
    return Contract(**{**base, **kw})


def sodvin_contract(**kw):
    base = dict(
        id=2,
        customer_id=2,
        title="Azure drift",
        template="sodvin",
        signed=date(2025, 12, 1),
        ordinary_start=date(2026, 1, 15),
    )
    return Contract(**{**base, **kw})


def test_deletion_deadlines_of_a_termination_and_their_groups():
    term = Termination(
        id=7,
        contract_id=1,
        received=date(2026, 8, 20),
        from_contact="Kari Nordmann",
        effective_end=date(2026, 11, 20),
    )
    facts = ov.ContractFacts(oc_contract(), "Hønefoss Regnskap AS", terminations=[term])
    items = ov.collect([facts], today=TODAY, days=60)
    deletion = {d.kind: d for d in items if d.record == "terminations:7"}
    # ended Fri 20 Nov: deletion by Sun 20 Dec; notice 5 working days back: Mon 14 Dec; copy: Wed 16 Dec
    assert deletion[ov.Kind.DELETION].date == date(2026, 12, 20)
    assert deletion[ov.Kind.DELETION_NOTICE].date == date(2026, 12, 14)
    assert deletion[ov.Kind.COPY_ORDER].date == date(2026, 12, 16)
    assert "Kari Nordmann" in deletion[ov.Kind.DELETION_NOTICE].text()
    groups = ov.grouped(items, TODAY)
    assert deletion[ov.Kind.DELETION_NOTICE] in groups[ov.Group.LATER]


def test_action_deadlines_stay_overdue_until_done_information_drops_off():
    term = Termination(
        id=7,
        contract_id=1,
        received=date(2026, 7, 1),
        from_contact="Kari",
        effective_end=date(2026, 10, 1),
    )
    facts = ov.ContractFacts(oc_contract(), "Kunde AS", terminations=[term])
    groups = ov.grouped(ov.collect([facts], today=TODAY), TODAY)
    overdue_kinds = {d.kind for d in groups[ov.Group.OVERDUE]}
    assert overdue_kinds == {ov.Kind.DELETION_NOTICE, ov.Kind.DELETION}
    done = term.model_copy(
        update={"notice_sent_on": date(2026, 10, 20), "deleted_on": date(2026, 10, 30)}
    )
    groups = ov.grouped(
        ov.collect([ov.ContractFacts(oc_contract(), "Kunde AS", terminations=[done])], today=TODAY),
        TODAY,
    )
    assert groups[ov.Group.OVERDUE] == []


def test_grouping_today_week_later_and_order():
    notice_today = DeliveryNotice(
        id=1, contract_id=2, sent=date(2026, 11, 6)
    )  # last day Fri 20 Nov? see below
    notice_soon = DeliveryNotice(id=2, contract_id=2, sent=date(2026, 11, 16))
    facts = ov.ContractFacts(
        sodvin_contract(), "Ringerike Bygg AS", notices=[notice_today, notice_soon]
    )
    items = ov.collect([facts], today=date(2026, 11, 20), days=30)
    groups = ov.grouped(items, date(2026, 11, 20))
    # sent Fri 6 Nov -> first day Mon 9 Nov -> 10th working day Fri 20 Nov
    assert [d.kind for d in groups[ov.Group.TODAY]] == [ov.Kind.APPROVAL_END]
    # sent Mon 16 Nov -> first Tue 17 -> last Mon 30 Nov; delivery days Mon 23 Nov and Tue 1 Dec
    week = [(d.date, d.kind) for d in groups[ov.Group.WEEK]]
    assert (date(2026, 11, 23), ov.Kind.DELIVERY_DAY) in week
    assert all(a.date <= b.date for a, b in zip(items, items[1:], strict=False))


def test_rejected_notice_has_no_deadlines():
    rejected = DeliveryNotice(
        id=3,
        contract_id=2,
        sent=date(2026, 11, 16),
        rejected_on=date(2026, 11, 18),
        rejection_reason="Innlogging feiler",
    )
    facts = ov.ContractFacts(sodvin_contract(), "Kunde AS", notices=[rejected])
    assert [d for d in ov.collect([facts], today=TODAY) if d.record == "deliveries:3"] == []


def test_sodvin_renewal_notice_deadline_and_maintenance_windows():
    facts = ov.ContractFacts(sodvin_contract(ordinary_start=date(2026, 4, 10)), "Kunde AS")
    items = ov.collect([facts], today=TODAY, days=90)
    renewal = [d for d in items if d.kind == ov.Kind.TERMINATION_NOTICE]
    # binding from 1 May 2026 to 30 Apr 2027; notice by 31 Jan 2027
    assert [d.date for d in renewal] == [date(2027, 1, 31)]
    windows = [d.date for d in items if d.kind == ov.Kind.MAINTENANCE]
    assert windows == [date(2026, 12, 15), date(2027, 1, 19), date(2027, 2, 16)]


def test_oc_annual_invoice_due_moves_off_the_weekend():
    facts = ov.ContractFacts(oc_contract(), "Kunde AS")
    dues = [
        d.date for d in ov.collect([facts], today=TODAY, days=60) if d.kind == ov.Kind.PAYMENT_DUE
    ]
    assert dues == [date(2027, 1, 11)]  # 1 Jan 2027 + 10 days = Mon 11 Jan


def test_json_form_has_the_documented_keys():
    facts = ov.ContractFacts(oc_contract(), "Kunde AS")
    item = ov.collect([facts], today=TODAY, days=60)[0]
    assert {"date", "kind", "contract", "customer", "record", "text"} <= set(item.to_json())


def test_summary_counts():
    term = Termination(
        id=7,
        contract_id=1,
        received=date(2026, 7, 1),
        from_contact="Kari",
        effective_end=date(2026, 10, 1),
    )
    groups = ov.grouped(
        ov.collect([ov.ContractFacts(oc_contract(), "K", terminations=[term])], today=TODAY), TODAY
    )
    assert ov.summary(groups).text("nb").startswith("2 forfalt")
