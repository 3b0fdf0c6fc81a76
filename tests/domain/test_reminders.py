"""The reminder schedule (issue 15): deadlines, lead times, today and acknowledgements ->
the reminders due. Tables of cases first, then hypothesis invariants: a changed date
re-arms, nothing is reminded twice on a day, an undone action comes back on its day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import overview as ov
from app.domain import reminders as rm
from app.domain.calendar import statutory_calendar
from app.domain.explain import step
from app.domain.periods import OSLO

CAL = statutory_calendar()
USER = "kari"
WHAT = step("rem_when_today")  # what the deadline says (any text of the catalog)


def deadline(day: date, kind=ov.Kind.DELETION_NOTICE, *, record="terminations:7", done=False):
    return ov.Deadline(day, kind, 3, "Skyserver", "Hønefoss Regnskap AS", record, WHAT, done)


def ack(d: ov.Deadline, at: date, *, user=USER, until: date | None = None, date_=None):
    key = rm.key_of(d)
    if date_ is not None:
        key = key._replace(date=date_)
    return rm.Ack(key, user, datetime(at.year, at.month, at.day, 9, 30, tzinfo=OSLO), until)


def one(deadlines, today, **kw):
    found = rm.schedule(deadlines, today=today, user=USER, cal=CAL, **kw)
    return found[0] if found else None


# Thu 23 Jul 2026 is a deletion-notice day; 3 working days before is Mon 20 Jul.
NOTICE = date(2026, 7, 23)


@pytest.mark.parametrize(
    ("today", "state"),
    [
        (date(2026, 7, 17), None),  # Fri: 4 working days before, not yet
        (date(2026, 7, 19), None),  # Sun
        (date(2026, 7, 20), rm.State.DUE),  # Mon: 3 working days before: begins
        (date(2026, 7, 22), rm.State.DUE),
        (NOTICE, rm.State.DUE),  # the day itself
        (date(2026, 7, 24), rm.State.DUE),  # an action stays due, overdue, until done
        (date(2026, 8, 10), rm.State.DUE),
    ],
)
def test_action_deadline_lead_time_in_working_days(today, state):
    found = one([deadline(NOTICE)], today)
    assert (found.state if found else None) == state
    if found:
        assert found.starts == date(2026, 7, 20)
        assert found.lead == rm.LeadTime(3, working=True)


def test_lead_time_skips_holidays_when_counted_in_working_days():
    # Easter 2027: Thu 25 Mar and Fri 26 Mar, Mon 29 Mar are holidays.
    # Three working days before Wed 31 Mar 2027: Tue 30, Wed 24, Tue 23 March.
    found = one([deadline(date(2027, 3, 31))], date(2027, 3, 23))
    assert found is not None and found.starts == date(2027, 3, 23)
    assert one([deadline(date(2027, 3, 31))], date(2027, 3, 22)) is None


@pytest.mark.parametrize(
    ("kind", "deadline_day", "first_day"),
    [
        (ov.Kind.TERMINATION_NOTICE, date(2026, 9, 30), date(2026, 8, 31)),  # 30 days
        (ov.Kind.COMPLAINT_VISIBLE, date(2026, 9, 30), date(2026, 9, 25)),  # 5 days
        (ov.Kind.COMPLAINT_ABSOLUTE, date(2026, 9, 30), date(2026, 9, 25)),
        (ov.Kind.DELIVERY_DAY, date(2026, 5, 18), date(2026, 5, 13)),  # 2 working days (14 May)
        (ov.Kind.APPROVAL_END, date(2026, 5, 15), date(2026, 5, 12)),  # Kristi himmelfart
        (ov.Kind.DELETION, date(2026, 7, 30), date(2026, 7, 27)),
    ],
)
def test_default_lead_times_per_kind(kind, deadline_day, first_day):
    d = deadline(deadline_day, kind, record="contracts:3")
    assert one([d], first_day - timedelta(days=1)) is None
    found = one([d], first_day)
    assert found is not None and found.state is rm.State.DUE and found.starts == first_day


def test_information_deadlines_drop_off_once_passed_actions_do_not():
    complaint = deadline(date(2026, 9, 30), ov.Kind.COMPLAINT_VISIBLE, record="")
    assert one([complaint], date(2026, 9, 30)) is not None
    assert one([complaint], date(2026, 10, 1)) is None
    deletion = deadline(date(2026, 9, 30), ov.Kind.DELETION)
    assert one([deletion], date(2026, 10, 1)).state is rm.State.DUE


def test_a_done_deadline_is_not_reminded():
    assert one([deadline(NOTICE, done=True)], NOTICE) is None


def test_lead_times_from_the_settings_and_switched_off():
    d = deadline(NOTICE)
    leads = {"deletion_notice": rm.LeadTime(10)}
    assert one([d], NOTICE - timedelta(days=10), lead_times=leads) is not None
    assert one([d], NOTICE - timedelta(days=11), lead_times=leads) is None
    off = {"deletion_notice": rm.LeadTime(3, working=True, enabled=False)}
    assert one([d], NOTICE, lead_times=off) is None


@pytest.mark.parametrize(
    ("acked_on", "until", "today", "state"),
    [
        # information: "sett" silences it for good, a snooze until its day
        (date(2026, 9, 26), None, date(2026, 9, 30), rm.State.SEEN),
        (date(2026, 9, 26), date(2026, 9, 28), date(2026, 9, 27), rm.State.SNOOZED),
        (date(2026, 9, 26), date(2026, 9, 28), date(2026, 9, 28), rm.State.DUE),
    ],
)
def test_acknowledging_information(acked_on, until, today, state):
    d = deadline(date(2026, 9, 30), ov.Kind.COMPLAINT_VISIBLE, record="contracts:3")
    found = one([d], today, acks=[ack(d, acked_on, until=until)])
    assert found.state is state


@pytest.mark.parametrize(
    ("acked_on", "until", "today", "state"),
    [
        # before its day: silent until the day, then back
        (date(2026, 7, 20), None, date(2026, 7, 22), rm.State.SEEN),
        (date(2026, 7, 20), None, NOTICE, rm.State.DUE),
        # a snooze past the day still ends on the day
        (date(2026, 7, 20), date(2026, 8, 1), date(2026, 7, 22), rm.State.SNOOZED),
        (date(2026, 7, 20), date(2026, 8, 1), NOTICE, rm.State.DUE),
        # on the day or after: for that day only
        (NOTICE, None, NOTICE, rm.State.SEEN),
        (NOTICE, None, date(2026, 7, 24), rm.State.DUE),
        (date(2026, 7, 27), None, date(2026, 7, 27), rm.State.SEEN),
        (date(2026, 7, 27), None, date(2026, 7, 28), rm.State.DUE),
        # overdue and snoozed: until the date chosen
        (date(2026, 7, 27), date(2026, 7, 30), date(2026, 7, 29), rm.State.SNOOZED),
        (date(2026, 7, 27), date(2026, 7, 30), date(2026, 7, 30), rm.State.DUE),
    ],
)
def test_an_acknowledged_action_comes_back_on_its_day(acked_on, until, today, state):
    d = deadline(NOTICE)
    found = one([d], today, acks=[ack(d, acked_on, until=until)])
    assert found.state is state
    if state is rm.State.DUE:
        assert found.ack is None and found.silent_until is None


def test_a_changed_date_re_arms():
    old = deadline(NOTICE)
    moved = deadline(NOTICE + timedelta(days=7))  # the planned deletion was moved
    acks = [ack(old, date(2026, 7, 20))]
    assert one([old], date(2026, 7, 21), acks=acks).state is rm.State.SEEN
    assert one([moved], date(2026, 7, 28), acks=acks).state is rm.State.DUE


def test_acknowledgements_are_per_user_and_shown_to_others():
    d = deadline(NOTICE)
    acks = [ack(d, date(2026, 7, 20), user="ola")]
    found = one([d], date(2026, 7, 21), acks=acks)
    assert found.state is rm.State.DUE
    assert [a.user for a in found.others] == ["ola"]
    assert found.state_text() == "Påminnelse; Sett av ola 20.07.2026"
    mine = one([d], date(2026, 7, 21), acks=[*acks, ack(d, date(2026, 7, 21))])
    assert mine.state_text("en") == "Seen by kari 21.07.2026; Seen by ola 20.07.2026"


def test_the_newest_acknowledgement_of_a_user_counts():
    d = deadline(date(2026, 9, 30), ov.Kind.COMPLAINT_VISIBLE, record="contracts:3")
    snooze = ack(d, date(2026, 9, 25), until=date(2026, 9, 28))
    seen = ack(d, date(2026, 9, 26))
    assert one([d], date(2026, 9, 29), acks=[seen, snooze]).state is rm.State.SEEN
    later_snooze = ack(d, date(2026, 9, 27), until=date(2026, 9, 29))
    assert one([d], date(2026, 9, 29), acks=[seen, later_snooze]).state is rm.State.DUE


def test_contract_wide_and_maintenance_keys():
    wide = ov.Deadline(date(2026, 9, 30), ov.Kind.PAYMENT_DUE, 5, "T", "C", "", WHAT)
    assert rm.key_of(wide) == ("payment_due", "contracts:5", date(2026, 9, 30))
    window = ov.Deadline(date(2026, 9, 15), ov.Kind.MAINTENANCE, None, "", "", "", WHAT)
    assert rm.key_of(window) == ("maintenance_window", "", date(2026, 9, 15))


def test_to_notify_and_the_grouped_text():
    today = date(2026, 7, 22)
    due = rm.schedule(
        [
            deadline(NOTICE),
            deadline(date(2026, 7, 21), ov.Kind.DELETION, record="terminations:8"),
            deadline(date(2026, 7, 24), ov.Kind.COPY_ORDER, record="terminations:9"),
        ],
        today=today,
        user=USER,
        cal=CAL,
    )
    assert len(rm.to_notify(due, [])) == 3
    assert rm.to_notify(due, [due[0].key, due[1].key]) == [due[2]]
    title, body = rm.notification_text(due, today=today)
    assert title == "3 frister å følge opp i dag (1 forfalt)"
    assert body.splitlines()[0] == "21.07.2026 Sletting av data – Hønefoss Regnskap AS"
    title, body = rm.notification_text(due[1:2], today=today, lang="en")
    assert title == "Deletion notice: Hønefoss Regnskap AS"
    assert body.endswith("Deadline Thu 23.07.2026 (tomorrow).")


def test_lead_time_json_round_trip_and_refusals():
    lead = rm.LeadTime(5, working=True, enabled=False)
    assert rm.LeadTime.from_json(lead.to_json()) == lead
    for bad in ({"days": -1}, {"days": 61}, {"days": "3"}, {"days": 3, "working": "ja"}, []):
        with pytest.raises(ValueError):
            rm.LeadTime.from_json(bad)


# --- invariants ------------------------------------------------------------------------

KINDS = list(ov.Kind)
days = st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31))


@st.composite
def deadlines_st(draw, kinds=KINDS, done=None):
    kind = draw(st.sampled_from(kinds))
    record = draw(st.sampled_from(["terminations:1", "deliveries:2", "contracts:3", ""]))
    return ov.Deadline(
        draw(days),
        kind,
        3,
        "T",
        "C",
        record,
        WHAT,
        draw(st.booleans()) if done is None else done,
    )


@st.composite
def acks_st(draw, deadlines):
    d = draw(st.sampled_from(deadlines))
    key = rm.key_of(d)
    if draw(st.booleans()):
        key = key._replace(date=draw(days))
    at = draw(days)
    until = draw(st.one_of(st.none(), days.filter(lambda x: x > at)))
    user = draw(st.sampled_from([USER, "ola"]))
    return rm.Ack(key, user, datetime(at.year, at.month, at.day, 12, tzinfo=OSLO), until)


leads_st = st.dictionaries(
    st.sampled_from([k.value for k in KINDS]),
    st.builds(rm.LeadTime, st.integers(0, 60), st.booleans(), st.booleans()),
)


@given(data=st.data(), today=days, leads=leads_st)
def test_a_changed_date_always_re_arms(data, today, leads):
    """Whatever was acknowledged for a deadline's old date, the moved deadline is due in
    its lead time as if nothing had been acknowledged."""
    d = data.draw(deadlines_st())
    old_date = data.draw(days.filter(lambda x: x != d.date))
    old = ov.Deadline(old_date, d.kind, d.contract_id, d.contract, d.customer, d.record, d.what)
    # acknowledgements of the deadline as it was (its old date, or any other but the new)
    acks = [a for a in data.draw(st.lists(acks_st([old]), max_size=5)) if a.key.date != d.date]
    moved = rm.schedule([d], today=today, user=USER, cal=CAL, lead_times=leads, acks=acks)
    fresh = rm.schedule([d], today=today, user=USER, cal=CAL, lead_times=leads)
    assert [(r.key, r.state) for r in moved] == [(r.key, r.state) for r in fresh]
    assert all(r.state is rm.State.DUE for r in fresh)


@given(data=st.data(), today=days, leads=leads_st)
def test_nothing_is_reminded_twice_on_a_day(data, today, leads):
    """The program notifies, records what it notified, and runs again the same day (after
    saves, acknowledgements, a restart): no reminder is notified a second time."""
    deadlines = data.draw(st.lists(deadlines_st(), min_size=1, max_size=8))
    notified: list[rm.ReminderKey] = []
    acks: list[rm.Ack] = []
    for _run in range(data.draw(st.integers(1, 5))):
        acks += data.draw(st.lists(acks_st(deadlines), max_size=2))
        shuffled = data.draw(st.permutations(deadlines))
        due = rm.schedule(
            shuffled + shuffled, today=today, user=USER, cal=CAL, lead_times=leads, acks=acks
        )
        assert len({r.key for r in due}) == len(due)  # one reminder per deadline
        notified += [r.key for r in rm.to_notify(due, notified)]
    assert len(notified) == len(set(notified))


@given(data=st.data(), leads=leads_st)
def test_an_undone_action_is_due_on_its_day_whatever_was_acknowledged_before(data, leads):
    d = data.draw(deadlines_st(sorted(ov.ACTIONS), done=False))
    before = [a for a in data.draw(st.lists(acks_st([d]), max_size=5)) if a.day < d.date]
    leads = {**leads, d.kind.value: leads.get(d.kind.value, rm.LeadTime(3))._replace(enabled=True)}
    (found,) = rm.schedule([d], today=d.date, user=USER, cal=CAL, lead_times=leads, acks=before)
    assert found.state is rm.State.DUE


@given(data=st.data(), today=days, leads=leads_st)
def test_reminded_exactly_within_the_lead_time(data, today, leads):
    d = data.draw(deadlines_st())
    found = rm.schedule([d], today=today, user=USER, cal=CAL, lead_times=leads)
    lead = rm.lead_time(d.kind.value, leads)
    expected = (
        lead.enabled
        and not d.done
        and lead.start(d.date, CAL) <= today
        and (today <= d.date or d.kind in ov.ACTIONS)
    )
    assert bool(found) == expected


@given(data=st.data(), today=days, leads=leads_st)
def test_a_list_is_reminded_as_each_deadline_alone(data, today, leads):
    """Many deadlines share a kind and a date (the annual invoice's due date of every
    contract), and a list may hold one twice: each deadline of the list is reminded as
    it would be alone, once per key (the first listed)."""
    deadlines = data.draw(st.lists(deadlines_st(), min_size=1, max_size=8))
    # the same date (and kind, or another) for another record and contract
    for d in data.draw(st.lists(st.sampled_from(deadlines), max_size=6)):
        record = data.draw(st.sampled_from(["terminations:7", "deliveries:8", ""]))
        kind = data.draw(st.sampled_from([d.kind, *KINDS]))
        done = data.draw(st.booleans())
        deadlines.append(replace(d, kind=kind, record=record, contract_id=9, done=done))
    deadlines += data.draw(st.lists(st.sampled_from(deadlines), max_size=4))  # listed twice
    deadlines = data.draw(st.permutations(deadlines))
    acks = data.draw(st.lists(acks_st(deadlines), max_size=4))
    together = rm.schedule(deadlines, today=today, user=USER, cal=CAL, lead_times=leads, acks=acks)
    alone: dict[rm.ReminderKey, rm.Reminder] = {}
    for d in deadlines:
        for r in rm.schedule([d], today=today, user=USER, cal=CAL, lead_times=leads, acks=acks):
            alone.setdefault(r.key, r)
    assert len(together) == len(alone)
    assert [(r, r.others) for r in together] == [
        (r, r.others)
        for r in sorted(alone.values(), key=lambda r: (r.key.date, r.key.kind, r.key.record))
    ]
