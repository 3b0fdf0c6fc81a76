"""Demo data: deterministic for a given day, realistic, on both templates."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.dates import quarter_of
from app.domain.overview import Group, Kind
from app.domain.records import org_number_check_digit
from app.reports.deadlines_report import deadline_list
from app.storage.database import open_database
from app.storage.demo import fill_demo
from app.storage.exchange import export_data
from app.storage.repositories import Repositories

from .conftest import TODAY, Clock


def _without_uids(value):
    """The data without record identities (new UUIDs in every database, by design) and
    the history's hashes (which cover them)."""
    if isinstance(value, dict):
        return {
            k: _without_uids(v) for k, v in value.items() if k not in ("uid", "prev_hash", "hash")
        }
    if isinstance(value, list):
        return [_without_uids(v) for v in value]
    return value


def _demo(path, today=TODAY):
    with open_database(path) as database:
        repos = Repositories(database, user="tester", clock=Clock())
        fill_demo(repos, today)
        return _without_uids(export_data(database))


def test_same_day_same_data(tmp_path):
    assert _demo(tmp_path / "a.sqlite") == _demo(tmp_path / "b.sqlite")
    assert _demo(tmp_path / "c.sqlite", date(2027, 2, 3)) != _demo(tmp_path / "d.sqlite")


def test_demo_is_realistic(db_path):
    with open_database(db_path) as database:
        repos = Repositories(database, user="tester", clock=Clock())
        summary = fill_demo(repos, TODAY)
        assert database.integrity_problems() == []
        customers = repos.customers.all()
        contracts = repos.contracts.all()
        incidents = repos.incidents.all()
        assert summary.counts["customers"] == len(customers) >= 5
        for customer in customers:
            org = customer.org_number
            assert org_number_check_digit(org[:8]) == int(org[8])
            assert customer.contacts and "@" in customer.contacts[0].email
        assert {c.template for c in contracts} == {"sodvin", "office_center"}
        assert all(c.terms() for c in contracts)  # every override valid
        # incidents: in the past, several quarters of the year, overlaps, planned maintenance
        assert all(i.end is not None and i.end.date() < TODAY for i in incidents)
        assert {quarter_of(i.start.date()) for i in incidents} >= {(2026, q) for q in (1, 2, 3, 4)}
        assert any(i.cause == "planned_maintenance" for i in incidents)
        by_contract: dict[int, list] = {}
        for i in incidents:
            by_contract.setdefault(i.contract_id, []).append(i)
        overlaps = [
            (a, b)
            for group in by_contract.values()
            for a in group
            for b in group
            if a.id < b.id and a.start < b.end and b.start < a.end
        ]
        assert len(overlaps) >= 2
        assert repos.complaints.all()
        deliveries = repos.deliveries.all()
        assert sum(d.rejected_on is not None for d in deliveries) == 1
        assert any(d.sent >= TODAY - timedelta(days=14) for d in deliveries)  # period running
        template = {c.id: c.template for c in contracts}
        leaving, ended = repos.terminations.all()
        # Sodvin: the customer leaves at the end of the period, the transfer under way
        assert template[leaving.contract_id] == "sodvin"
        assert leaving.transfer_done and leaving.effective_end > TODAY
        # Office Center: the service has ended, a copy was ordered, the data awaits deletion
        assert template[ended.contract_id] == "office_center"
        assert ended.effective_end < TODAY and ended.copy_ordered_on is not None
        assert ended.notice_sent_on is None and ended.deleted_on is None
        checklist = repos.checklist.all()
        assert {item.phase for item in checklist} == {1, 2, 3, 4}
        assert any(item.done_on is None for item in checklist)
        assert repos.notes.all()


def test_any_day_gives_valid_demo_data(tmp_path):
    for n, today in enumerate(date(2026, 1, 1) + timedelta(days=47 * k) for k in range(9)):
        with open_database(tmp_path / f"{n}.sqlite") as database:
            repos = Repositories(database, user="tester", clock=Clock())
            fill_demo(repos, today)
            assert len(repos.incidents.all()) >= 8, today
            assert all(i.end.date() < today for i in repos.incidents.all())
            # whatever the day: the overview shows an overdue deletion notice (OC 5.4) and
            # the deletion itself within the next week (OC 5.3), so a new user sees both
            groups = deadline_list(repos, today=today).groups
            assert [d.kind for d in groups[Group.OVERDUE]] == [Kind.DELETION_NOTICE], today
            assert Kind.DELETION in {d.kind for d in groups[Group.WEEK]}, today
