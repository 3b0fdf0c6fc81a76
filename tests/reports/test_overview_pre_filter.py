"""The overview's pre-filter (``overview_rows.pre_filter``, ``overview.reach``) leaves out
only contracts without a deadline in view: the overview of the contracts it reads is the
overview of every contract, on generated desks whose dates lie at the window's ends.

Each example stores a small desk (contracts of both templates with random overrides:
closed days, Saturdays, deadlines moved to working days, other period lengths; delivery
notices; terminations) through the repositories, then compares ``deadline_list`` (the
pre-filtered read) and ``collect`` over the pre-filtered facts with the same over every
contract's facts (``every=True``). The dates are drawn around the window's first and
last day, the day the overview shows from, and those days moved back by each period a
deadline is counted with (the complaint days and months, the payment days, renewal and
notice months), one or a few days either side: the ranges' ends.

Also: what the pre-filter's SQL vouches for is what the line checks pass
(``_VOUCHED`` is no wider than ``_Days`` and ``_text``).
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.domain import overview as ov
from app.domain.dates import add_months
from app.domain.records import Contract, Customer, DeliveryNotice, Termination
from app.reports import deadlines_report as report
from app.storage import overview_rows
from app.storage.database import open_database
from app.storage.repositories import Repositories
from tests.domain.numbers import distinct_overrides

TEMPLATES = ["sodvin", "office_center"]
#: Periods a deadline is counted with (days; months below), to land on a range's end.
DAYS = [0, 1, 2, 3, 10, 14, 21, 30, 45]
MONTHS = [1, 2, 3, 6, 12, 24, 36]


@pytest.fixture(scope="module")
def repos(tmp_path_factory):
    database = open_database(tmp_path_factory.mktemp("pre") / "desk.sqlite", backup=False)
    repos = Repositories(database)
    for name, number in (("Ringerike Bygg AS", "914573262"), ("Hole Bygg AS", "920864317")):
        repos.customers.add(Customer(name=name, org_number=number))
    yield repos
    database.close()


def _clear(repos: Repositories) -> None:
    conn = repos.database.db.conn
    for table in ("terminations", "delivery_notices", "contracts"):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 - our own table names
    conn.commit()


@st.composite
def near(draw, anchors: list[date]) -> date:
    """A day at a window's end: an anchor, moved back by a period, give or take."""
    day = draw(st.sampled_from(anchors))
    if draw(st.booleans()):
        day = add_months(day, -draw(st.sampled_from(MONTHS)))
    day -= timedelta(days=draw(st.sampled_from(DAYS)))
    return day + timedelta(days=draw(st.integers(-3, 3)))


@st.composite
def desks(draw):
    today = draw(st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 6, 30)))
    days = draw(st.sampled_from([0, 7, 60, 400]))
    start, end = ov.window(today, days=days)
    anchors = [start, today, end, date(end.year, 1, 1), date(end.year + 1, 1, 1)]
    contracts = []
    for _ in range(draw(st.integers(1, 6))):
        template = draw(st.sampled_from(TEMPLATES))
        dates = [draw(near(anchors)) for _ in range(3)]
        signed = min(dates) - timedelta(days=draw(st.integers(0, 30)))

        def maybe(day: date):
            return None if draw(st.integers(0, 3)) == 0 else day

        contract = {
            "customer": draw(st.integers(0, 1)),
            "title": draw(st.sampled_from(["Drift", "Skyserver"])),
            "template": template,
            "overrides": draw(distinct_overrides(template)),
            "signed": signed,
            "ordinary_start": maybe(dates[0]),
            "delivered": maybe(dates[1]),
            "established": maybe(dates[2]),
            "notices": [draw(near(anchors)) for _ in range(draw(st.integers(0, 2)))],
            "terminations": [
                (draw(near(anchors)), draw(st.booleans()))
                for _ in range(draw(st.integers(0, 1) if draw(st.booleans()) else st.just(0)))
            ],
        }
        contracts.append(contract)
    return today, days, contracts


def _store(repos: Repositories, contracts: list[dict]) -> None:
    _clear(repos)
    customers = [c.id for c in repos.customers.all()]
    for item in contracts:
        stored = repos.contracts.add(
            Contract(
                customer_id=customers[item["customer"]],
                title=item["title"],
                template=item["template"],
                overrides=item["overrides"],
                signed=item["signed"],
                ordinary_start=item["ordinary_start"],
                delivered=item["delivered"],
                established=item["established"],
            )
        )
        for sent in item["notices"]:
            if sent >= item["signed"]:
                repos.deliveries.add(DeliveryNotice(contract_id=stored.id, sent=sent))
        for received, by_supplier in item["terminations"]:
            repos.terminations.add(
                Termination(
                    contract_id=stored.id,
                    received=max(received, item["signed"]),
                    from_contact="Kari",
                    by_supplier=by_supplier,
                )
            )


def _every(repos, today: date, days: int) -> list[ov.Deadline]:
    start, end = ov.window(today, days=days)
    facts = list(overview_rows.contract_facts(repos, start=start, end=end, every=True))
    return ov.collect(facts, today=today, days=days)


@settings(deadline=None)
@given(desks())
@example((date(2026, 11, 21), 60, []))
def test_the_pre_filtered_overview_is_the_overview_of_every_contract(repos, desk):
    today, days, contracts = desk
    _store(repos, contracts)
    every = _every(repos, today, days)
    # what the overview page and the deadlines command show
    listing = report.deadline_list(repos, today=today, days=days)
    assert listing.groups == ov.grouped(every, today)
    # and every deadline of the window, from the facts read for [start, end]
    start, end = ov.window(today, days=days)
    read = overview_rows.contract_facts(repos, start=start, end=end)
    facts = list(read)
    assert ov.collect(facts, today=today, days=days, left_out=read.left_out()) == every


def test_the_pre_filter_leaves_contracts_out(repos):
    """A contract whose every date is years before the window is not read; its count
    still names it in the maintenance windows (Sodvin Bilag 1)."""
    today = date(2026, 11, 21)
    old = date(2015, 3, 4)
    _store(
        repos,
        [
            {
                "customer": 0,
                "title": "Gammel drift",
                "template": template,
                "overrides": {},
                "signed": old,
                "ordinary_start": old,
                "delivered": old,
                "established": old,
                "notices": [],
                "terminations": [],
            }
            for template in ("sodvin", "sodvin", "office_center")
        ],
    )
    start, end = ov.window(today, days=7)
    read = overview_rows.contract_facts(repos, start=start, end=end, first=today)
    facts = list(read)
    sodvin = [t for t, n in read.left_out() for _ in range(n) if t.rules.has(ov.Kind.MAINTENANCE)]
    assert len(facts) < 3
    listing = report.deadline_list(repos, today=today, days=7)
    assert listing.groups == ov.grouped(_every(repos, today, 7), today)
    assert len(sodvin) + sum(f.terms.rules.has(ov.Kind.MAINTENANCE) for f in facts) == 2


# --- what the SQL vouches for, the checks pass ------------------------------------------


def test_the_whitespace_list_is_what_strip_takes():
    assert set(overview_rows.WHITESPACE) == {c for c in range(0x110000) if chr(c).isspace()}


def _sql_says(condition: str, value) -> bool:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (?)", [value])
    return bool(conn.execute(f"SELECT ifnull({condition}, 0) FROM t").fetchone()[0])


@settings(max_examples=300)
@given(
    st.one_of(
        st.dates().map(date.isoformat),
        st.text(alphabet="0123456789-W:T +", max_size=12),
        st.integers(-1, 30_000_000),
        st.floats(allow_nan=False),
    )
)
@example("2026-02-30")
@example("2025-02-29")
@example("2024-02-29")
@example("0000-01-01")
@example("1899-12-31")
@example("2201-01-01")
@example(" 2026-01-01")
@example("2026-01-01 ")
def test_a_date_the_sql_vouches_for_is_one_the_check_passes(value):
    vouched = _sql_says(overview_rows._vouched_date("x", required=True), value)
    if vouched:
        assert overview_rows._Days()[value] == date.fromisoformat(value)


@settings(max_examples=300)
@given(
    st.one_of(
        st.text(max_size=8),
        st.text(alphabet=st.sampled_from(" \t\u00a0\u2003\u3000x\x00æ"), max_size=6),
        st.text(min_size=199, max_size=202, alphabet="xy"),
        st.integers(-(2**63), 2**63 - 1),
        st.binary(max_size=4),
    )
)
@example("a\x00" + "x" * 300)
@example("\u2029x")
def test_a_title_the_sql_vouches_for_is_one_the_check_passes(value):
    title_checks = overview_rows._VOUCHED.split(
        " AND " + overview_rows._vouched_date("signed", required=True)
    )[0]
    condition = title_checks.replace("typeof(customer_id) = 'integer' AND ", "").replace(
        "title", "x"
    )
    try:
        vouched = _sql_says(condition, value)
    except sqlite3.OperationalError:  # (text SQLite cannot read as UTF-8: not vouched)
        vouched = False
    if vouched:
        assert overview_rows._text(value, low=1, high=200) == value
