"""The .ics export: it parses, one event per deadline, all-day, stable UIDs (issue 5)."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from icalendar import Calendar

from app.domain import overview as ov
from app.domain.records import Contract, DeliveryNotice, Termination
from app.reports.calendar_export import build_calendar, uid, write_ics

TODAY = date(2026, 11, 21)
NOW = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)


def facts(planned_deletion=None):
    oc = Contract(
        id=1,
        customer_id=1,
        title="Skyserver",
        template="office_center",
        signed=date(2025, 1, 10),
        delivered=date(2025, 2, 3),
        unit_price=Decimal(100),
        units=10,
    )
    sodvin = Contract(
        id=2,
        customer_id=2,
        title="Azure drift",
        template="sodvin",
        signed=date(2026, 3, 1),
        ordinary_start=date(2026, 4, 10),
    )
    term = Termination(
        id=7,
        contract_id=1,
        received=date(2026, 8, 20),
        from_contact="Kari Nordmann",
        effective_end=date(2026, 11, 20),
        planned_deletion=planned_deletion,
    )
    notice = DeliveryNotice(id=3, contract_id=2, sent=date(2026, 11, 16))
    return [
        ov.ContractFacts(oc, "Hønefoss Regnskap AS", terminations=[term]),
        ov.ContractFacts(sodvin, "Ringerike Bygg AS", notices=[notice]),
    ]


def deadlines(**kw):
    return ov.collect(facts(**kw), today=TODAY, days=90)


def test_file_parses_with_one_event_per_deadline(tmp_path):
    items = deadlines()
    assert len(items) >= 8
    path = tmp_path / "frister.ics"
    assert write_ics(items, path, now=NOW) == len(items)
    cal = Calendar.from_ical(path.read_bytes())
    events = cal.walk("VEVENT")
    assert len(events) == len(items)
    assert len({str(e["uid"]) for e in events}) == len(items)
    by_uid = {str(e["uid"]): e for e in events}
    for item in items:
        event = by_uid[uid(item)]
        start = event.decoded("dtstart")
        if item.kind == ov.Kind.MAINTENANCE:
            # the window keeps its clock time in Oslo: 00:00–06:00 on the third Tuesday
            assert (
                start.tzinfo is not None and str(event["dtstart"].params["TZID"]) == "Europe/Oslo"
            )
            assert (start.date(), start.hour, event.decoded("dtend").hour) == (item.date, 0, 6)
        else:
            assert type(start) is date and start == item.date  # all-day
            assert event.decoded("dtend") == item.date + timedelta(days=1)
            assert event["dtstart"].params.get("VALUE") == "DATE"
    notice = by_uid[uid(next(d for d in items if d.kind == ov.Kind.DELETION_NOTICE))]
    assert str(notice["summary"]) == (
        "Slettevarsel (5 virkedager før): Hønefoss Regnskap AS – Skyserver"
    )
    assert "Kari Nordmann" in str(notice["description"])
    assert cal.walk("VTIMEZONE")[0]["tzid"] == "Europe/Oslo"


def test_a_moved_deadline_keeps_its_uid_so_reimport_updates_it():
    before = {d.kind: d for d in deadlines() if d.record == "terminations:7"}
    after = {
        d.kind: d
        for d in deadlines(planned_deletion=date(2026, 12, 10))
        if d.record == "terminations:7"
    }
    assert before[ov.Kind.DELETION].date != after[ov.Kind.DELETION].date
    for kind in (ov.Kind.DELETION, ov.Kind.DELETION_NOTICE, ov.Kind.COPY_ORDER):
        assert uid(before[kind]) == uid(after[kind])
    # and the same export twice gives the same UIDs
    first = [str(e["uid"]) for e in build_calendar(deadlines(), now=NOW).walk("VEVENT")]
    second = [str(e["uid"]) for e in build_calendar(deadlines(), now=NOW).walk("VEVENT")]
    assert first == second


def test_recurring_kinds_have_one_uid_per_occurrence():
    items = ov.collect(facts(), today=TODAY, days=400)
    windows = [uid(d) for d in items if d.kind == ov.Kind.MAINTENANCE]
    assert len(windows) >= 12 and len(set(windows)) == len(windows)
    events = build_calendar(items, now=NOW).walk("VEVENT")
    assert len({str(e["uid"]) for e in events}) == len(items)


def test_english_summaries_and_done_deadlines_are_cancelled():
    items = deadlines()
    done = [d for d in items if d.kind == ov.Kind.DELETION][0]
    done = ov.Deadline(**{**done.__dict__, "done": True})
    event = build_calendar([done], lang="en", now=NOW).walk("VEVENT")[0]
    assert str(event["summary"]).startswith("Data deletion (within 30 days): ")
    assert str(event["status"]) == "CANCELLED"
    assert event.walk("VALARM") == []
