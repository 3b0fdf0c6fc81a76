"""A contract's incidents for one period: what ``for_period`` answers, read through indexes.

Migration 0006 puts the end of each incident into the (contract, start) index and adds
one on (contract, service): the quarter of a busy contract then reads the rows of the
incidents that overlap it and nothing else, whatever the quarter.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.domain.periods import OSLO, quarter_bounds

from .conftest import contract, customer, incident, service


def _at(month: int, day: int, hour: int) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=OSLO)


def _setup(repos):
    cu = repos.customers.add(customer())
    c = repos.contracts.add(contract(cu.id, template="office_center"))
    other = repos.contracts.add(contract(cu.id, title="Annen avtale"))
    a = repos.services.add(service(c.id, name="E-post"))
    b = repos.services.add(service(c.id, name="Filer"))
    return c, other, a, b


def test_for_period_is_the_overlapping_incidents_and_one_per_other_named_service(repos):
    c, other, a, b = _setup(repos)
    start, end = quarter_bounds(2026, 2)
    add = repos.incidents.add
    before = add(incident(c.id, service_id=b.id, start=_at(1, 5, 9), end=_at(1, 5, 10)))
    also_b = add(incident(c.id, service_id=b.id, start=_at(2, 5, 9), end=_at(2, 5, 10)))
    across_start = add(
        incident(c.id, start=start - timedelta(hours=2), end=start + timedelta(hours=1))
    )
    ends_at_start = add(incident(c.id, start=start - timedelta(hours=2), end=start))
    inside = add(incident(c.id, service_id=a.id))
    across_end = add(incident(c.id, start=end - timedelta(hours=1), end=end + timedelta(hours=3)))
    starts_at_end = add(incident(c.id, start=end, end=end + timedelta(hours=1)))
    still_open = add(incident(c.id, start=start - timedelta(days=40), end=None))
    add(incident(other.id))  # another contract's

    found = repos.incidents.for_period(c.id, start, end)

    ids = [i.id for i in found]
    # b is named only outside the period: its first incident stands for it
    assert set(ids) == {before.id, across_start.id, inside.id, across_end.id, still_open.id}
    assert also_b.id not in ids and ends_at_start.id not in ids and starts_at_end.id not in ids
    assert found == sorted(found, key=lambda i: (i.start, i.id))


def _plans(repos, call) -> list[str]:
    """The query plan of every statement ``call`` runs on incidents."""
    conn = repos.database.db.conn
    statements: list[str] = []
    conn.set_trace_callback(statements.append)  # the SQL with its values filled in
    try:
        call()
    finally:
        conn.set_trace_callback(None)
    plans = []
    for sql in statements:
        if "incidents" in sql and sql.lstrip().upper().startswith("SELECT"):
            rows = conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
            plans.append(" | ".join(row[-1] for row in rows))
    return plans


def test_the_period_is_read_through_the_indexes(repos):
    c, _other, a, _b = _setup(repos)
    for day in range(1, 60):
        first = _at(3, 1, 8) + timedelta(days=day)
        repos.incidents.add(
            incident(c.id, service_id=a.id, start=first, end=first + timedelta(hours=1))
        )
    start, end = quarter_bounds(2026, 2)
    plans = _plans(repos, lambda: repos.incidents.for_period(c.id, start, end))
    assert plans, "for_period ran no query on incidents"
    # overlapping ones: the end is tested in the index, rows come out in (start, id) order
    assert any(
        "INDEX incidents_contract_span (contract_id=? AND start_utc<?)" in plan
        and "TEMP B-TREE" not in plan
        for plan in plans
    ), plans
    # the services named: from the index alone
    assert any("COVERING INDEX incidents_contract_service" in plan for plan in plans), plans
    for plan in plans:
        assert "SCAN incidents" not in plan, plan


def test_the_incident_list_of_a_contract_still_needs_no_sort(repos):
    c, *_ = _setup(repos)
    plans = _plans(repos, lambda: repos.incidents.search(contract_id=c.id, limit=50))
    plans += _plans(repos, lambda: repos.incidents.for_contract(c.id))
    assert plans and all("TEMP B-TREE" not in plan for plan in plans), plans


def test_the_open_incidents_are_counted_from_their_index_alone(repos):
    # issue 16: the overview counts them at every computation; a scan reads every
    # incident ever recorded
    c, _other, a, _b = _setup(repos)
    first = _at(3, 2, 8)
    repos.incidents.add(incident(c.id, service_id=a.id, start=first, end=None))
    repos.incidents.add(
        incident(c.id, service_id=a.id, start=first, end=first + timedelta(hours=1))
    )
    plans = _plans(repos, repos.incidents.count_open)
    assert plans == ["SCAN incidents USING INDEX incidents_open"], plans
    assert repos.incidents.count_open() == 1


def test_for_period_orders_the_repeated_hour_by_instant(repos):
    """02:15 winter time (+01:00) comes after 02:45 summer time (+02:00) on 25.10.2026;
    sorted by the Oslo clock it came first."""
    from datetime import UTC

    c, _other, _a, _b = _setup(repos)
    start, end = quarter_bounds(2026, 4)

    def oslo(hour: int, minute: int) -> datetime:
        return datetime(2026, 10, 25, hour, minute, tzinfo=UTC).astimezone(OSLO)

    # 02:15–02:20 winter time, then 02:45–02:50 summer time (stored in this order)
    later = repos.incidents.add(incident(c.id, start=oslo(1, 15), end=oslo(1, 20)))
    earlier = repos.incidents.add(incident(c.id, start=oslo(0, 45), end=oslo(0, 50)))
    found = repos.incidents.for_period(c.id, start, end)
    assert [i.id for i in found] == [earlier.id, later.id]
