"""Availability in a period (RULES.md 5): service time D, downtime N, (D − N) / D."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from app.domain import calculators
from app.domain import compensation as c
from app.domain.errors import DomainError, problems
from app.domain.periods import OSLO, quarter_bounds, to_hours
from app.domain.terms import Cause, template_terms, terms_for

SODVIN = template_terms("sodvin")
OC = template_terms("office_center")
OC_24_7 = terms_for("office_center", {"service_hours": "24/7"})


@dataclass(frozen=True)
class Inc:
    """An incident as availability sees it (records.Incident has the same attributes)."""

    start: datetime
    end: datetime | None
    cause: Cause | str = Cause.SUPPLIER


def at(text: str) -> datetime:
    """'2026-04-07 10:00' in Oslo time."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=OSLO)


def inc(start: str, end: str | None, cause: str = "supplier") -> Inc:
    return Inc(at(start), None if end is None else at(end), Cause(cause))


def quarter(year: int, q: int, terms=SODVIN, incidents=(), now=None) -> c.AvailabilityResult:
    start, end = quarter_bounds(year, q)
    return c.availability(terms=terms, start=start, end=end, incidents=incidents, now=now)


# --- the worked example and the plain cases --------------------------------------------------------


def test_rules_example_q2_2026_fifteen_hours():
    r = quarter(2026, 2, incidents=[inc("2026-05-10 03:00", "2026-05-10 18:00")])
    assert (r.period_hours, r.downtime_hours) == (2184, 15)
    assert r.to_json()["availability"] == "99.3132"
    assert r.allowed_downtime_hours == Decimal("10.92")
    assert r.meets_target is False
    assert "(2\u00a0184,00 t − 15,00 t) / 2\u00a0184,00 t = 99,3132 %" in r.explanation("nb")
    assert "(2,184.00 h − 15.00 h) / 2,184.00 h = 99.3132 %" in r.explanation("en")


@pytest.mark.parametrize(
    ("terms", "q", "incidents", "d", "n"),
    [
        # no incidents
        (SODVIN, (2026, 1), [], 2159, 0),
        # overlapping incidents are merged, never counted twice: 10-16 and 12-20 = 10 h
        (SODVIN, (2026, 2), [inc("2026-04-07 10:00", "2026-04-07 16:00"), inc("2026-04-07 12:00", "2026-04-07 20:00")], 2184, 10),
        # one incident inside another
        (SODVIN, (2026, 2), [inc("2026-04-07 10:00", "2026-04-07 20:00"), inc("2026-04-07 12:00", "2026-04-07 13:00")], 2184, 10),
        # touching incidents join without a gap or a double count
        (SODVIN, (2026, 2), [inc("2026-04-07 10:00", "2026-04-07 12:00"), inc("2026-04-07 12:00", "2026-04-07 13:30", "unplanned_maintenance")], 2184, Decimal("3.5")),
        # crossing the period start: only 1 Apr 00:00-02:00 is in Q2
        (SODVIN, (2026, 2), [inc("2026-03-31 22:00", "2026-04-01 02:00")], 2184, 2),
        # ... and the same incident gives Q1 its 2 hours
        (SODVIN, (2026, 1), [inc("2026-03-31 22:00", "2026-04-01 02:00")], 2159, 2),
        # year end: 31 Dec 22:00 - 1 Jan 03:00
        (SODVIN, (2026, 4), [inc("2026-12-31 22:00", "2027-01-01 03:00")], 2209, 2),
        (SODVIN, (2027, 1), [inc("2026-12-31 22:00", "2027-01-01 03:00")], 2159, 3),
        # DST: 01:00-04:00 on 29 March 2026 is 2 real hours, on 25 October 4
        (SODVIN, (2026, 1), [inc("2026-03-29 01:00", "2026-03-29 04:00")], 2159, 2),
        (SODVIN, (2026, 4), [inc("2026-10-25 01:00", "2026-10-25 04:00")], 2209, 4),
        # leap year: Q1 2028 has 29 February (and the DST change on 26 March)
        (SODVIN, (2028, 1), [inc("2028-02-28 20:00", "2028-03-01 02:00")], 2183, 30),
        # incidents entirely outside the period change nothing
        (SODVIN, (2026, 2), [inc("2026-08-01 10:00", "2026-08-01 12:00")], 2184, 0),
        # OC opening hours: only 08:00-16:00 on working days counts
        (OC, (2026, 2), [inc("2026-04-07 07:00", "2026-04-07 09:00")], 472, 1),  # crosses opening
        (OC, (2026, 2), [inc("2026-04-07 15:00", "2026-04-08 10:00")], 472, 3),  # overnight
        (OC, (2026, 2), [inc("2026-04-11 08:00", "2026-04-12 20:00")], 472, 0),  # weekend
        # Easter 2026: Skjærtorsdag is no service time, so no downtime either
        (OC, (2026, 2), [inc("2026-04-02 09:00", "2026-04-02 15:00")], 472, 0),
        # Langfredag to Tuesday after Easter: only Tue 7 Apr 08:00-12:00 counts
        (OC, (2026, 2), [inc("2026-04-03 08:00", "2026-04-07 12:00")], 472, 4),
        # OC on 24/7 (the offer may say so)
        (OC_24_7, (2026, 2), [inc("2026-04-03 08:00", "2026-04-07 12:00")], 2184, 100),
    ],
)  # fmt: skip
def test_period_and_downtime_hours(terms, q, incidents, d, n):
    r = quarter(*q, terms=terms, incidents=incidents)
    assert (r.period_hours, r.downtime_hours) == (d, n)
    assert r.availability == (Decimal(d) - Decimal(n)) / Decimal(d) * 100


def test_dst_is_explained_for_24_7_quarters():
    assert "1,00 t kortere" in quarter(2026, 1).explanation("nb")
    assert "1.00 h longer" in quarter(2026, 4).explanation("en")


def test_holidays_inside_oc_service_hours_are_named():
    text = quarter(2026, 2, terms=OC).explanation("nb")
    for name in (
        "Skjærtorsdag",
        "Langfredag",
        "Andre påskedag",
        "Arbeidernes dag",
        "Andre pinsedag",
    ):
        assert name in text
    assert "Første påskedag" not in text  # a Sunday: never service time anyway


def test_contract_closed_days_remove_service_time():
    terms = terms_for("office_center", {"annual_closed_days": ("12-24", "12-31")})
    plain, closed = quarter(2026, 4, terms=OC), quarter(2026, 4, terms=terms)
    assert plain.period_hours - closed.period_hours == 16  # Thu 24 and Thu 31 Dec 2026


# --- which causes count (RULES 5 table) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("cause", "counts_sodvin", "counts_oc"),
    [
        ("supplier", True, True),
        ("unplanned_maintenance", True, True),
        ("planned_maintenance", False, False),
        ("notified", False, False),
        ("customer", False, False),
        ("third_party", False, True),
        ("force_majeure", False, False),
    ],
)
def test_causes_count_as_the_contracts_say(cause, counts_sodvin, counts_oc):
    incidents = [inc("2026-04-07 10:00", "2026-04-07 12:00", cause)]
    for terms, counts in ((SODVIN, counts_sodvin), (OC, counts_oc)):
        r = quarter(2026, 2, terms=terms, incidents=incidents)
        assert r.downtime_hours == (2 if counts else 0)
        assert r.downtime_by_cause == {cause: Decimal(2)}  # reported either way


def test_a_contract_may_count_third_party_faults():
    terms = terms_for("sodvin", {"counting_causes": {"supplier", "third_party"}})
    r = quarter(
        2026, 2, terms=terms, incidents=[inc("2026-04-07 10:00", "2026-04-07 12:00", "third_party")]
    )
    assert r.downtime_hours == 2
    assert "avtalens egne vilkår" in r.explanation("nb")


# --- announced time never counts (reading 6) ---------------------------------------------------------------


def test_fault_overlapping_planned_maintenance_counts_only_outside_the_window():
    r = quarter(
        2026,
        2,
        incidents=[
            inc("2026-04-21 04:00", "2026-04-21 09:00"),  # fault 04-09
            inc("2026-04-21 00:00", "2026-04-21 06:00", "planned_maintenance"),  # window 00-06
        ],
    )
    assert r.downtime_hours == 3  # 06-09
    assert r.announced_overlap_hours == 2
    assert [w.model_dump(mode="json") for w in r.intervals] == [
        {"start": "2026-04-21T06:00", "end": "2026-04-21T09:00"}
    ]
    notes = " ".join(r.to_json("nb")["notes"])
    assert "lesemåte 6" in notes and "2,00 t større" in notes
    assert "whole fault" in " ".join(r.to_json("en")["notes"])


def test_notified_downtime_excludes_overlapping_fault_time_too():
    r = quarter(
        2026,
        2,
        terms=OC,
        incidents=[
            inc("2026-04-08 09:00", "2026-04-08 12:00"),
            inc("2026-04-08 10:00", "2026-04-08 11:00", "notified"),
        ],
    )
    assert r.downtime_hours == 2


def test_no_reading_6_note_when_nothing_overlaps():
    r = quarter(
        2026,
        2,
        incidents=[
            inc("2026-04-08 09:00", "2026-04-08 12:00"),
            inc("2026-04-21 00:00", "2026-04-21 06:00", "planned_maintenance"),
        ],
    )
    assert r.downtime_hours == 3
    assert not any(n.code == "reading_6" for n in r.notes)


# --- ongoing incidents --------------------------------------------------------------------------------


def test_ongoing_incident_counts_up_to_now():
    r = quarter(2026, 2, incidents=[inc("2026-06-30 10:00", None)], now=at("2026-06-30 13:30"))
    assert r.downtime_hours == Decimal("3.5")
    assert "pågår fortsatt" in r.explanation("nb")


def test_ongoing_incident_without_now_counts_to_the_period_end():
    r = quarter(2026, 2, incidents=[inc("2026-06-30 10:00", None)])
    assert r.downtime_hours == 14


def test_ongoing_incident_after_now_counts_nothing_yet():
    r = quarter(2026, 2, incidents=[inc("2026-06-30 10:00", None)], now=at("2026-06-01 00:00"))
    assert r.downtime_hours == 0


def test_records_incident_is_accepted():
    from app.domain.records import Incident

    item = Incident(
        contract_id=1,
        start=datetime(2026, 4, 7, 10),
        end=datetime(2026, 4, 7, 12),
        cause="supplier",
    )
    assert quarter(2026, 2, incidents=[item]).downtime_hours == 2


# --- allowed downtime (reading 3) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("terms", "q", "allowed"),
    [
        (SODVIN, (2026, 2), Decimal("10.92")),  # 0.5 % of 2184 h
        (OC_24_7, (2026, 4), Decimal("11.045")),  # the contract's "11 hours" holds for 24/7
        (OC, (2026, 2), Decimal("2.36")),  # 0.5 % of 472 opening hours
    ],
)
def test_allowed_downtime_from_the_contracts_own_service_hours(terms, q, allowed):
    assert quarter(*q, terms=terms).allowed_downtime_hours == allowed


def test_oc_says_that_eleven_hours_only_hold_for_24_7():
    notes = quarter(2026, 2, terms=OC).to_json("nb")["notes"]
    assert any(
        "11 timers" in n and "24/7" in n and "2,36 t" in n and "lesemåte 3" in n for n in notes
    )
    assert not any(n.code == "reading_3" for n in quarter(2026, 2).notes)  # Sodvin has no such text


# --- bad input ---------------------------------------------------------------------------------------------


def test_period_without_service_time_is_an_error():
    with pytest.raises(DomainError) as err:
        c.availability(
            terms=OC, start=at("2026-04-11 00:00"), end=at("2026-04-13 00:00"), incidents=[]
        )
    assert err.value.problem.field == "service_hours"


def test_period_ending_before_it_starts_is_an_error():
    with pytest.raises(DomainError) as err:
        c.availability(
            terms=SODVIN, start=at("2026-04-13 00:00"), end=at("2026-04-11 00:00"), incidents=[]
        )
    assert err.value.problem.field == "end"


def test_incident_ending_before_it_starts_names_the_incident():
    with pytest.raises(DomainError) as err:
        quarter(
            2026,
            2,
            incidents=[
                inc("2026-04-07 10:00", "2026-04-07 12:00"),
                inc("2026-04-07 10:00", "2026-04-07 09:00"),
            ],
        )
    assert err.value.problem.field == "incidents.1.end"


def test_unknown_cause_lists_the_valid_ones():
    with pytest.raises(DomainError) as err:
        quarter(
            2026, 2, incidents=[Inc(at("2026-04-07 10:00"), at("2026-04-07 12:00"), "gremlins")]
        )
    assert err.value.problem.field == "incidents.0.cause"
    assert "supplier" in err.value.text("en") and "force_majeure" in err.value.text("en")


# --- the calculator (RULES 10) ---------------------------------------------------------------------------------

CALC = calculators.REGISTRY["availability"]


def test_calculator_keys_and_output():
    assert set(c.AvailabilityInput.model_fields) == {
        "terms",
        "quarter",
        "service_hours",
        "incidents",
    }
    answer = CALC(
        {
            "terms": "sodvin",
            "quarter": "2026Q2",
            "incidents": [
                {"start": "2026-04-07T10:00", "end": "2026-04-07T16:00", "cause": "supplier"},
                {"start": "2026-04-07T12:00", "end": "2026-04-07T20:00", "cause": "supplier"},
            ],
        }
    ).to_json()
    assert (answer["period_hours"], answer["downtime_hours"], answer["availability"]) == (
        "2184",
        "10",
        "99.5421",
    )
    assert answer["steps"]


@pytest.mark.parametrize(
    ("service_hours", "period_hours"),
    [
        (None, "472"),  # the template's own: OC 7.3 opening hours
        ("24/7", "2184"),
        ("mon-fri 08:00-16:00", "472"),
        ("man-fre 08:00-20:00", "708"),
    ],
)
def test_calculator_service_hours(service_hours, period_hours):
    data = {"terms": "office_center", "quarter": "2026Q2", "incidents": []}
    if service_hours:
        data["service_hours"] = service_hours
    assert CALC(data).to_json()["period_hours"] == period_hours


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"terms": "acme", "quarter": "2026Q2"}, "terms"),
        ({"terms": "sodvin", "quarter": "2026Q9"}, "quarter"),
        ({"terms": "sodvin", "quarter": "2026Q2", "service_hours": "sometimes"}, "service_hours"),
        ({"terms": "sodvin", "quarter": "2026Q2", "incidents": [{"start": "2026-04-07T10:00", "end": "2026-04-07T09:00", "cause": "supplier"}]}, "incidents.0.end"),
        ({"terms": "sodvin", "quarter": "2026Q2", "incidents": [{"start": "2026-04-07T10:00", "end": "2026-04-07T11:00", "cause": "gremlins"}]}, "incidents.0.cause"),
        ({"terms": "sodvin", "quarter": "2026Q2", "incidents": [{"start": "2026-03-29T02:30", "end": "2026-04-07T11:00", "cause": "supplier"}]}, "incidents.0.start"),
        ({"terms": "sodvin", "quarter": "2026Q2", "incidents": [{"start": "7 April", "end": "2026-04-07T11:00", "cause": "supplier"}]}, "incidents.0.start"),
    ],
)  # fmt: skip
def test_calculator_rejects_naming_the_field(data, field):
    with pytest.raises((ValidationError, DomainError)) as err:
        CALC(data)
    exc = err.value
    found = (
        [p.field for p in problems(exc)]
        if isinstance(exc, ValidationError)
        else [exc.problem.field]
    )
    assert field in found


def test_calculator_unknown_cause_message_lists_causes():
    with pytest.raises(ValidationError) as err:
        CALC(
            {
                "terms": "sodvin",
                "quarter": "2026Q2",
                "incidents": [
                    {"start": "2026-04-07T10:00", "end": "2026-04-07T11:00", "cause": "x"}
                ],
            }
        )
    text = problems(err.value)[0].text("en")
    assert "unplanned_maintenance" in text and "third_party" in text


# --- invariants ------------------------------------------------------------------------------------------------

Q2_START, Q2_END = quarter_bounds(2026, 2)
offsets = st.integers(min_value=-24 * 60 * 10, max_value=24 * 60 * 101)  # minutes from 1 Apr
lengths = st.integers(min_value=1, max_value=24 * 60 * 5)
causes = st.sampled_from(list(Cause))


def _at(minutes: int) -> datetime:
    """Oslo time ``minutes`` of real time after 1 April (UTC arithmetic: adding a timedelta
    to an aware local time moves the wall clock and can land in the hour skipped at the
    end of March, which does not exist)."""
    return (Q2_START.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(OSLO)


incident_lists = st.lists(
    st.builds(
        lambda o, n, cause: Inc(_at(o), _at(o + n), cause),
        offsets,
        lengths,
        causes,
    ),
    max_size=8,
)
terms_choice = st.sampled_from([SODVIN, OC, OC_24_7])


def seconds(hours: Decimal) -> int:
    """Hours back to whole seconds (results keep hours exact to 28 digits)."""
    return int((hours * 3600).to_integral_value())


@given(incident_lists, terms_choice)
def test_availability_is_between_0_and_100_and_downtime_within_the_period(items, terms):
    r = quarter(2026, 2, terms=terms, incidents=items)
    assert 0 <= r.availability <= 100
    assert 0 <= r.downtime_hours <= r.period_hours
    assert (
        to_hours(sum((w.interval().duration for w in r.intervals), timedelta(0)))
        == r.downtime_hours
    )


@given(incident_lists, terms_choice, st.randoms(use_true_random=False))
def test_availability_does_not_depend_on_incident_order(items, terms, rnd):
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert quarter(2026, 2, terms=terms, incidents=items) == quarter(
        2026, 2, terms=terms, incidents=shuffled
    )


@given(incident_lists)
def test_repeating_an_incident_changes_nothing(items):
    assert (
        quarter(2026, 2, incidents=items).downtime_hours
        == quarter(2026, 2, incidents=items + items).downtime_hours
    )


@given(incident_lists, offsets, lengths)
def test_an_announced_window_never_adds_downtime(items, o, n):
    window = Inc(_at(o), _at(o + n), Cause.PLANNED_MAINTENANCE)
    before = quarter(2026, 2, incidents=items)
    after = quarter(2026, 2, incidents=[*items, window])
    assert after.downtime_hours <= before.downtime_hours
    # the fault time in service is the same; only the part the window covers moved out
    assert seconds(after.downtime_hours) + seconds(after.announced_overlap_hours) == seconds(
        before.downtime_hours
    ) + seconds(before.announced_overlap_hours)
