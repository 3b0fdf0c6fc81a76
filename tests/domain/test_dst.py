"""Time across the DST changes (issue 11, RULES 0 and reading 10): durations are real
time on UTC instants; October's repeated hour must be said, March's skipped one refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from app.domain import calculators
from app.domain.errors import describe, problems
from app.domain.explain import format_datetime, format_duration
from app.domain.periods import OSLO, WallTime, oslo_time, wall_time
from app.domain.records import Incident


def test_a_night_across_the_spring_change_lasts_seven_hours():
    # 27.03.2027 22:00 – 28.03.2027 06:00: the clocks show 8 hours, 7 have passed
    incident = Incident(
        contract_id=1,
        start=datetime(2027, 3, 27, 22, 0),
        end=datetime(2027, 3, 28, 6, 0),
        cause="supplier",
    )
    assert incident.duration == timedelta(hours=7)
    assert format_duration(incident.duration) == "7:00"


def test_a_night_across_the_autumn_change_lasts_nine_hours():
    incident = Incident(
        contract_id=1,
        start=datetime(2027, 10, 30, 22, 0),
        end=datetime(2027, 10, 31, 6, 0),
        cause="supplier",
    )
    assert format_duration(incident.duration) == "9:00"


@pytest.mark.parametrize(
    ("wall", "kind"),
    [
        (datetime(2027, 10, 31, 2, 30), WallTime.REPEATED),
        (datetime(2027, 10, 31, 2, 0), WallTime.REPEATED),
        (datetime(2027, 10, 31, 3, 0), WallTime.ONCE),
        (datetime(2027, 10, 31, 1, 59), WallTime.ONCE),
        (datetime(2027, 3, 28, 2, 30), WallTime.SKIPPED),
        (datetime(2027, 3, 28, 3, 0), WallTime.ONCE),
        (datetime(2027, 6, 1, 2, 30), WallTime.ONCE),
    ],
)
def test_wall_times_around_the_changes(wall, kind):
    assert wall_time(wall) is kind


def test_the_repeated_hour_is_refused_without_an_offset():
    with pytest.raises(ValidationError) as err:
        Incident(contract_id=1, start=datetime(2027, 10, 31, 2, 30), cause="supplier")
    (problem,) = problems(err.value)
    assert problem.field == "start" and problem.code == "err_repeated_time"
    assert "finnes to ganger" in problem.message("nb")
    assert "+01:00" in problem.message("en")
    # either instant, said with its offset (or a zone's fold) is fine
    summer = Incident(contract_id=1, start="2027-10-31T02:30+02:00", cause="supplier")
    winter = Incident(contract_id=1, start="2027-10-31T02:30+01:00", cause="supplier")
    assert winter.start - summer.start == timedelta(0)  # same zone, same wall time …
    assert winter.start.astimezone(OSLO).fold == 1 and summer.start.astimezone(OSLO).fold == 0
    assert oslo_time(datetime(2027, 10, 31, 2, 30, tzinfo=OSLO, fold=1)).utcoffset() == timedelta(
        hours=1
    )


def test_the_skipped_hour_is_refused():
    with pytest.raises(ValidationError) as err:
        Incident(contract_id=1, start=datetime(2027, 3, 28, 2, 30), cause="supplier")
    assert problems(err.value)[0].code == "err_no_such_time"


def test_the_calculator_refuses_the_repeated_hour_naming_the_field():
    run = calculators.get("availability")
    data = {
        "terms": "sodvin",
        "quarter": "2027Q4",
        "incidents": [
            {"start": "2027-10-31T02:30", "end": "2027-10-31T05:00", "cause": "supplier"}
        ],
    }
    with pytest.raises(ValidationError) as err:
        run(data)
    text = describe(err.value, "en")
    # the time as the program writes times (it once echoed 2027-10-31T02:30 even in a form)
    assert text.startswith("incidents.0.start: 31.10.2027 02:30 occurs twice")
    data["incidents"][0]["start"] = "2027-10-31T02:30+01:00"  # the second 02:30
    assert run(data).downtime_hours == 2.5  # 02:30 winter time to 05:00 winter time


def test_a_repeated_hour_time_is_shown_with_its_offset():
    second = datetime(2027, 10, 31, 1, 30, tzinfo=UTC).astimezone(OSLO)  # the second 02:30
    assert format_datetime(second, "nb") == "31.10.2027 kl. 02:30 (+01:00)"
    first = datetime(2027, 10, 31, 2, 30, tzinfo=OSLO)
    assert format_datetime(first, "en", weekday=True) == "Sun 31.10.2027 02:30 (+02:00)"
    assert format_datetime(datetime(2027, 6, 1, 2, 30, tzinfo=OSLO), "nb") == "01.06.2027 kl. 02:30"


# Minutes around the autumn change of 2026 (25.10, 00:00–04:00 UTC covers 02:00–03:00
# twice) and the spring change of 2027, as UTC instants.
_AUTUMN = datetime(2026, 10, 25, 0, 0, tzinfo=UTC)
_SPRING = datetime(2027, 3, 28, 0, 0, tzinfo=UTC)
_instants = st.sampled_from([_AUTUMN, _SPRING]).flatmap(
    lambda base: st.integers(0, 4 * 60).map(lambda m: base + timedelta(minutes=m))
)


@given(_instants, _instants)
def test_an_incident_is_accepted_iff_it_ends_after_it_starts_in_real_time(start, end):
    """For any two instants, given as Oslo times (with the fold of the repeated hour), the
    record accepts iff end > start in UTC, and its duration is the real difference: the
    wall clocks of 02:45 summer time and 02:15 winter time must not decide."""
    local_start, local_end = start.astimezone(OSLO), end.astimezone(OSLO)
    if end > start:
        incident = Incident(contract_id=1, start=local_start, end=local_end, cause="supplier")
        assert incident.duration == end - start
    else:
        with pytest.raises(ValidationError) as err:
            Incident(contract_id=1, start=local_start, end=local_end, cause="supplier")
        assert [p.code for p in problems(err.value)] == ["err_end_before_start"]


def test_a_negative_duration_is_written_with_its_sign():
    assert format_duration(timedelta(minutes=-30)) == "−0:30"  # not -1:30
    assert format_duration(timedelta(hours=-2, minutes=-5)) == "−2:05"


def test_a_stored_record_the_old_clock_check_let_through_is_still_read():
    """Read back from storage (context STORED), 02:15 winter → 02:45 summer time (the
    old check compared the clocks) is read, so it can be shown and corrected; from a
    form it is refused; an end before the start on the clock too is refused either way."""
    from app.domain.records import STORED

    data = {
        "contract_id": 1,
        "start": "2026-10-25T02:15+01:00",
        "end": "2026-10-25T02:45+02:00",
        "cause": "supplier",
    }
    stored = Incident.model_validate(data, context={STORED: True})
    assert stored.duration == timedelta(minutes=-30)
    with pytest.raises(ValidationError):
        Incident.model_validate(data)
    earlier = {**data, "end": "2026-10-25T02:00+01:00"}  # before the start, clock and real
    with pytest.raises(ValidationError):
        Incident.model_validate(earlier, context={STORED: True})
