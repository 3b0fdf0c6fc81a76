"""Approval period, complaints, deletion, binding and termination (RULES.md 1–4)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import deadlines as d
from app.domain.calendar import work_calendar
from app.domain.errors import DomainError
from app.domain.explain import render
from app.domain.terms import template_terms, terms_for

CAL = work_calendar()
OC = template_terms("office_center")
SODVIN = template_terms("sodvin")
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


# --- 1. approval period (Sodvin 3.3) ---------------------------------------------------------


def test_rules_example_approval_across_may_holidays():
    r = d.approval_period(sent=date(2026, 4, 29), working_days=10, cal=CAL)
    assert (r.first_day, r.last_day, r.delivery_day) == (
        date(2026, 4, 30),
        date(2026, 5, 15),
        date(2026, 5, 18),
    )
    text = r.explanation("nb")
    assert "Arbeidernes dag" in text and "Kristi himmelfartsdag" in text
    # issue 11 item 8: English text names holidays in English
    assert "Labour Day" in r.explanation("en") and "Ascension Day" in r.explanation("en")


@pytest.mark.parametrize(
    ("sent", "first", "last", "delivery"),
    [
        # Easter 2026: Skjærtorsdag 2 Apr .. Andre påskedag 6 Apr
        (date(2026, 3, 31), date(2026, 4, 1), date(2026, 4, 17), date(2026, 4, 20)),
        # sent on a Saturday: first working day after is Monday
        (date(2026, 11, 21), date(2026, 11, 23), date(2026, 12, 4), date(2026, 12, 7)),
        # Christmas and New Year inside the period (24 and 31 Dec are working days by default)
        (date(2026, 12, 18), date(2026, 12, 21), date(2027, 1, 5), date(2027, 1, 6)),
        # leap year: February 2028 has 29 days
        (date(2028, 2, 25), date(2028, 2, 28), date(2028, 3, 10), date(2028, 3, 13)),
    ],
)
def test_approval_table(sent, first, last, delivery):
    r = d.approval_period(sent=sent, working_days=10, cal=CAL)
    assert (r.first_day, r.last_day, r.delivery_day) == (first, last, delivery)


def test_approval_with_contract_closed_days_over_christmas():
    cal = work_calendar(annual_closed=["12-24", "12-31"])
    r = d.approval_period(sent=date(2026, 12, 18), working_days=10, cal=cal)
    assert r.last_day == date(2027, 1, 7)
    assert "Julaften" in r.explanation()


def test_rejection_must_be_sent_by_the_last_day_and_be_significant():
    ok = d.approval_period(
        sent=date(2026, 4, 29), working_days=10, cal=CAL, rejected_on=date(2026, 5, 15)
    )
    late = d.approval_period(
        sent=date(2026, 4, 29), working_days=10, cal=CAL, rejected_on=date(2026, 5, 18)
    )
    minor = d.approval_period(
        sent=date(2026, 4, 29),
        working_days=10,
        cal=CAL,
        rejected_on=date(2026, 5, 4),
        rejection_significant=False,
    )
    assert (ok.rejection_valid, late.rejection_valid, minor.rejection_valid) == (True, False, False)


@given(dates, st.integers(1, 40))
def test_approval_invariants(sent, n):
    r = d.approval_period(sent=sent, working_days=n, cal=CAL)
    assert r.first_day > sent
    assert CAL.is_working_day(r.first_day) and CAL.is_working_day(r.last_day)
    assert CAL.count_working_days(r.first_day, r.last_day) == n
    assert CAL.count_working_days(sent + timedelta(days=1), r.first_day - timedelta(days=1)) == 0
    assert r.delivery_day > r.last_day and CAL.is_working_day(r.delivery_day)


def test_go_live_window_is_two_to_four_weeks():
    r = d.expected_go_live(signed=date(2026, 11, 2), terms=SODVIN)
    assert (r.earliest, r.latest) == (date(2026, 11, 16), date(2026, 11, 30))


# --- 2. complaints (OC 8) ------------------------------------------------------------------


def test_visible_defect_deadline_is_14_days_after_delivery():
    r = d.complaint_limits(delivered=date(2026, 5, 29), complained=date(2026, 6, 12), terms=OC)
    assert r.visible_defect_deadline == date(2026, 6, 12)
    assert r.timely is True
    late = d.complaint_limits(delivered=date(2026, 5, 29), complained=date(2026, 6, 13), terms=OC)
    assert late.timely is False


def test_hidden_defect_uses_one_year_from_establishment():
    r = d.complaint_limits(
        delivered=date(2026, 2, 10),
        established=date(2026, 2, 3),
        discovered=date(2027, 1, 20),
        complained=date(2027, 1, 22),
        terms=OC,
    )
    assert r.absolute_deadline == date(2027, 2, 3)
    assert r.timely is True
    assert r.days_since_discovery == 2


def test_leap_day_establishment_clamps_to_28_february():
    r = d.complaint_limits(
        delivered=date(2028, 2, 29),
        discovered=date(2029, 2, 1),
        complained=date(2029, 3, 1),
        terms=OC,
    )
    assert r.absolute_deadline == date(2029, 2, 28)
    assert r.timely is False


def test_deadline_on_sunday_is_not_moved_but_the_note_says_the_other_reading_differs():
    # delivered Sun 31 May 2026 + 14 days = Sun 14 June; complaint on Monday 15 June
    r = d.complaint_limits(delivered=date(2026, 5, 31), complained=date(2026, 6, 15), terms=OC)
    assert r.visible_defect_deadline == date(2026, 6, 14)
    assert r.timely is False
    notes = " ".join(n.text("en") for n in r.notes)
    assert "not a working day" in notes and "other reading" in notes
    moved = d.complaint_limits(
        delivered=date(2026, 5, 31),
        complained=date(2026, 6, 15),
        terms=OC.model_copy(update={"extend_to_working_day": True}),
    )
    assert moved.visible_defect_deadline == date(2026, 6, 15)
    assert moved.timely is True


def test_slow_complaint_after_discovery_warns_but_does_not_judge():
    r = d.complaint_limits(
        delivered=date(2026, 1, 5),
        discovered=date(2026, 3, 2),
        complained=date(2026, 3, 16),
        terms=OC,
    )
    assert r.timely is True
    assert r.working_days_since_discovery == 10
    assert any(n.code == "complaint_prompt_warning" for n in r.notes)


def test_sodvin_has_no_fixed_complaint_deadline():
    r = d.complaint_limits(
        delivered=date(2026, 1, 5),
        discovered=date(2026, 3, 2),
        complained=date(2026, 3, 4),
        terms=SODVIN,
    )
    assert r.timely is None and r.visible_defect_deadline is None
    assert r.days_since_discovery == 2
    assert "uten ugrunnet opphold" in r.explanation("nb")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"delivered": date(2026, 5, 1), "complained": date(2026, 4, 1)}, "complained"),
        (
            {
                "delivered": date(2026, 5, 1),
                "discovered": date(2026, 4, 1),
                "complained": date(2026, 5, 2),
            },
            "discovered",
        ),
        (
            {
                "delivered": date(2026, 5, 1),
                "discovered": date(2026, 5, 9),
                "complained": date(2026, 5, 2),
            },
            "complained",
        ),
    ],
)
def test_complaint_date_order_errors_name_the_field(kwargs, field):
    with pytest.raises(DomainError) as exc:
        d.complaint_limits(terms=OC, **kwargs)
    assert exc.value.problem.field == field


# --- 4. deletion (OC 5.3–5.6) ----------------------------------------------------------------


def test_rules_example_deletion():
    r = d.deletion_deadlines(ended=date(2026, 6, 30), terms=OC)
    assert (r.latest_deletion, r.deletion, r.notice_by, r.copy_order_by) == (
        date(2026, 7, 30),
        date(2026, 7, 30),
        date(2026, 7, 23),
        date(2026, 7, 27),
    )
    assert r.safe_copy_order_by == date(2026, 6, 30)


def test_reading_8_counting_back_five_working_days():
    r = d.deletion_deadlines(ended=date(2026, 6, 1), deletion=date(2026, 6, 12), terms=OC)
    assert r.notice_by == date(2026, 6, 5)


def test_deletion_notice_counts_back_over_easter():
    r = d.deletion_deadlines(ended=date(2026, 3, 20), deletion=date(2026, 4, 8), terms=OC)
    # back from Wed 8 Apr: 7, (6, 5, 4, 3, 2 closed), 1, 31 Mar, 30 Mar, 27 Mar
    assert r.notice_by == date(2026, 3, 27)
    assert r.copy_order_by == date(2026, 3, 31)
    assert "Langfredag" in r.explanation()


@pytest.mark.parametrize(
    ("deletion", "code"),
    [(date(2026, 7, 31), "err_deletion_late"), (date(2026, 6, 29), "err_deletion_early")],
)
def test_deletion_outside_the_allowed_window_is_an_error(deletion, code):
    with pytest.raises(DomainError) as exc:
        d.deletion_deadlines(ended=date(2026, 6, 30), deletion=deletion, terms=OC)
    assert exc.value.problem.field == "deletion" and exc.value.problem.code == code


@given(dates, st.integers(0, 30))
def test_deletion_order_invariant(ended, offset):
    r = d.deletion_deadlines(ended=ended, deletion=ended + timedelta(days=offset), terms=OC)
    assert r.notice_by <= r.copy_order_by <= r.deletion <= r.latest_deletion
    assert r.safe_copy_order_by <= r.copy_order_by


def test_a_late_deletion_notice_says_by_when_it_was_due_and_what_can_be_done():
    # service ended Mon 26.10.2026: deletion by Wed 25.11, notice by Wed 18.11 (OC 5.3, 5.4)
    r = d.deletion_deadlines(ended=date(2026, 10, 26), terms=OC)
    assert d.deletion_notice_problems(r, sent=date(2026, 11, 18), terms=OC) == ()
    (late,) = d.deletion_notice_problems(r, sent=date(2026, 11, 19), terms=OC, copy_ordered=True)
    # the full notice from Thu 19.11 means deleting Thu 26.11: after 25.11, not possible
    assert late.code == "deletion_notice_late"
    assert late.values["full"] == date(2026, 11, 26)
    assert "OC 5.3" in render(late, "nb") and "kortere varsel" in render(late, "nb")
    # sent on Saturday 21.11: counted from Monday 23.11 (5 working days before Sat 28.11
    # is Mon 23.11), and the copy deadline the letter would give (Fri 20.11) has passed
    late, copy = d.deletion_notice_problems(r, sent=date(2026, 11, 21), terms=OC)
    assert late.values["full"] == date(2026, 11, 28) and copy.code == "deletion_copy_passed"
    # with an earlier planned deletion there is room to move it
    r = d.deletion_deadlines(ended=date(2026, 10, 26), deletion=date(2026, 11, 13), terms=OC)
    (late,) = d.deletion_notice_problems(r, sent=date(2026, 11, 9), terms=OC, copy_ordered=True)
    assert late.code == "deletion_notice_late_movable"
    assert late.values["full"] == date(2026, 11, 14)  # Sat: its notice day is Mon 9.11
    assert "Set the planned deletion" in render(late, "en")


@given(dates, st.integers(0, 30), st.integers(-20, 40))
def test_a_deletion_moved_as_the_notice_problem_says_has_its_full_notice(ended, offset, sent_in):
    r = d.deletion_deadlines(ended=ended, deletion=ended + timedelta(days=offset), terms=OC)
    sent = ended + timedelta(days=sent_in)
    problems = d.deletion_notice_problems(r, sent=sent, terms=OC, copy_ordered=True)
    assert bool(problems) == (sent > r.notice_by)
    for problem in problems:
        full = problem.values["full"]
        moved = d.deletion_deadlines(ended=ended, deletion=min(full, r.latest_deletion), terms=OC)
        if problem.code == "deletion_notice_late_movable":
            assert full <= r.latest_deletion and moved.notice_by >= sent  # in time now
        else:
            assert full > r.latest_deletion
        # and no earlier day would do: the day before has its notice day before ``sent``
        _l, _d, earlier_notice, _c = d.deletion_dates(
            ended=full - timedelta(days=1),  # (any end: only the count back matters)
            deletion=full - timedelta(days=1),
            terms=OC,
        )
        assert earlier_notice < sent


# --- 3. binding and termination (Sodvin 5.1–5.4, OC 12) ----------------------------------------


def test_sodvin_binding_starts_first_of_next_month():
    r = d.sodvin_term(ordinary_start=date(2026, 1, 15), terms=SODVIN)
    assert r.binding_start == date(2026, 2, 1)
    assert (r.period_start, r.period_end) == (date(2026, 2, 1), date(2027, 1, 31))
    assert r.notice_deadline == date(2026, 10, 31)


@pytest.mark.parametrize(
    ("on", "earliest"),
    [
        (date(2026, 10, 31), date(2027, 1, 31)),  # last day in time
        (date(2026, 11, 1), date(2028, 1, 31)),  # one day late: renews
        (date(2025, 12, 20), date(2027, 1, 31)),  # before binding even started
        (date(2027, 6, 1), date(2028, 1, 31)),  # second period, in time
    ],
)
def test_sodvin_earliest_end(on, earliest):
    r = d.sodvin_term(ordinary_start=date(2026, 1, 15), terms=SODVIN, on=on)
    assert r.earliest_end == earliest


def test_sodvin_notice_deadline_clamps_month_ends():
    # binding from 1 Jun 2026: period ends 31 May 2027; exclusive end 1 Jun - 3 months = 1 Mar; -1 day
    r = d.sodvin_term(ordinary_start=date(2026, 5, 20), terms=SODVIN)
    assert r.notice_deadline == date(2027, 2, 28)


def test_sodvin_notice_deadlines_listed_for_overview():
    items = d.sodvin_notice_deadlines(
        ordinary_start=date(2026, 1, 15),
        terms=SODVIN,
        start=date(2026, 1, 1),
        end=date(2028, 12, 31),
    )
    assert items == [
        (date(2026, 10, 31), date(2027, 1, 31)),
        (date(2027, 10, 31), date(2028, 1, 31)),
        (date(2028, 10, 31), date(2029, 1, 31)),
    ]


def test_sodvin_early_termination_claim():
    r = d.sodvin_early_termination(
        terminated=date(2026, 11, 1),
        period_end=date(2027, 1, 31),
        monthly_fee=Decimal("10000"),
        cancellable_licences=Decimal("4000"),
        outstanding=Decimal("2500"),
    )
    assert r.remaining_months == Decimal(3)
    assert r.claim == Decimal("28500")


def test_sodvin_extension_request_within_a_week():
    assert d.sodvin_extension(received=date(2026, 12, 28), terms=SODVIN).request_by == date(
        2027, 1, 4
    )


@pytest.mark.parametrize(
    ("received", "end"),
    [
        (date(2026, 11, 30), date(2027, 2, 28)),
        (date(2027, 11, 30), date(2028, 2, 29)),
        (date(2026, 3, 31), date(2026, 6, 30)),
    ],
)
def test_oc_termination_three_months(received, end):
    assert d.oc_termination(received=received, terms=OC).end == end


def test_change_notice_60_days_before():
    assert d.change_notice(effective=date(2027, 3, 1), terms=OC).publish_by == date(2026, 12, 31)


def test_contract_overrides_change_the_numbers():
    terms = terms_for("office_center", {"deletion_days": 14, "deletion_notice_working_days": 2})
    r = d.deletion_deadlines(ended=date(2026, 6, 30), terms=terms)
    assert r.latest_deletion == date(2026, 7, 14)
    assert r.notice_by == date(2026, 7, 10)


def test_a_valid_rejection_leaves_no_delivery_day():
    """RULES §1: a delivery day only if no valid rejection was sent. ``delivered_on`` is
    that answer (every surface shows it); ``delivery_day`` stays the period's day, as
    ``calc approval`` outputs it (RULES §10)."""
    sent = date(2026, 4, 29)
    plain = d.approval_period(sent=sent, working_days=10, cal=CAL)
    valid = d.approval_period(sent=sent, working_days=10, cal=CAL, rejected_on=date(2026, 5, 15))
    late = d.approval_period(sent=sent, working_days=10, cal=CAL, rejected_on=date(2026, 5, 18))
    minor = d.approval_period(
        sent=sent,
        working_days=10,
        cal=CAL,
        rejected_on=date(2026, 5, 4),
        rejection_significant=False,
    )
    assert plain.delivered_on == late.delivered_on == minor.delivered_on == date(2026, 5, 18)
    assert valid.delivered_on is None and valid.delivery_day == date(2026, 5, 18)
    # calc's JSON: the fields of RULES §10, unchanged
    assert valid.values()["delivery_day"] == "2026-05-18" and "delivered_on" not in valid.values()


def test_a_recorded_deletion_notice_is_judged_against_the_deletion_it_announced():
    # Tyristrand (audit 03.12.2026): ended Sat 07.11.2026, deletion by Mon 07.12 (OC 5.3),
    # its notice due Mon 30.11 (OC 5.4, 5 working days counted back)
    r = d.deletion_deadlines(ended=date(2026, 11, 7), terms=OC)
    late = d.recorded_deletion(r, sent=date(2026, 12, 3), deleted=date(2026, 12, 7), terms=OC)
    (problem,) = late.problems
    assert problem.code == "deletion_notice_sent_late" and late.in_time is None
    assert problem.values["notice"] == date(2026, 11, 30) and problem.values["given"] == 2
    text = render(problem, "nb")
    assert "30.11.2026" in text and "bare 2 virkedager" in text and "OC 5.4" in text
    # in time: five working days before the deletion, said so
    ok = d.recorded_deletion(r, sent=date(2026, 11, 30), deleted=None, terms=OC)
    assert ok.problems == () and ok.in_time is not None and ok.in_time.values["given"] == 5
    # nothing recorded: no verdict at all
    assert d.recorded_deletion(r, sent=None, deleted=None, terms=OC) == ((), None)
    # deleted without a notice, and after the last day OC 5.3 allows
    gone = d.recorded_deletion(r, sent=None, deleted=date(2026, 12, 9), terms=OC)
    assert [p.code for p in gone.problems] == ["deletion_without_notice", "deletion_done_late"]
    assert "OC 5.3" in render(gone.problems[1], "en")
    # a notice sent on the day of the deletion (or after) is no notice before it
    (after,) = d.recorded_deletion(r, sent=date(2026, 12, 7), deleted=None, terms=OC).problems
    assert after.code == "deletion_notice_sent_after"


@given(dates, st.integers(0, 30), st.integers(-20, 40))
def test_a_recorded_notice_is_late_exactly_when_it_gives_fewer_working_days(ended, offset, sent_in):
    r = d.deletion_deadlines(ended=ended, deletion=ended + timedelta(days=offset), terms=OC)
    sent = ended + timedelta(days=sent_in)
    verdict = d.recorded_deletion(r, sent=sent, deleted=None, terms=OC)
    # the same line as the letter's check (deletion_notice_problems) for the planned deletion
    late = bool(d.deletion_notice_problems(r, sent=sent, terms=OC, copy_ordered=True))
    assert bool(verdict.problems) == late == (verdict.in_time is None)
    if verdict.in_time is not None:
        assert verdict.in_time.values["given"] >= OC.deletion_notice_working_days
