"""Deadlines as an iCalendar (``.ics``) file that Outlook, Google and Apple calendars import.

Every deadline is an all-day event (a deadline is a day, not a moment), except the Sodvin
maintenance windows, which keep their clock times in Europe/Oslo. Each event's UID is
built from what the deadline *is* (kind, contract, record), not from its date, so
importing a newer file updates a moved deadline instead of adding a second one. Kinds that
recur for the same contract (payment due dates, renewal notice deadlines, maintenance
windows) add what identifies the occurrence (the invoice date, the period end, the day).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from app.domain.explain import Lang, register_texts, render, step
from app.domain.kinds import kind_name
from app.domain.overview import Deadline, Kind
from app.domain.periods import OSLO
from app.storage.targets import written

PRODID = "-//Avtalevakt//Frister//NO"
UID_DOMAIN = "avtalevakt"

#: The value in a deadline's step that tells one occurrence of a recurring kind from another.
_OCCURRENCE = {
    Kind.PAYMENT_DUE: "invoice",
    Kind.TERMINATION_NOTICE: "end",
    Kind.MAINTENANCE: "start",
}


def _occurrence(deadline: Deadline) -> str:
    key = _OCCURRENCE.get(deadline.kind)
    if key is None:
        return ""
    value = deadline.what.values.get(key, deadline.date)
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat() if isinstance(value, date) else str(value)


def uid(deadline: Deadline, *, namespace: str = "") -> str:
    """A UID that stays the same for the same deadline across exports, even when it moves."""
    parts = [
        deadline.kind.value,
        f"c{deadline.contract_id}" if deadline.contract_id is not None else "all",
        deadline.record.replace(":", "-") or "contract",
    ]
    occurrence = _occurrence(deadline)
    if occurrence:
        parts.append(occurrence)
    domain = f"{namespace}.{UID_DOMAIN}" if namespace else UID_DOMAIN
    return ".".join(parts) + "@" + domain


def summary(deadline: Deadline, lang: Lang = "nb") -> str:
    name = deadline.kind_label(lang)
    who = " – ".join(part for part in (deadline.customer, deadline.contract_label(lang)) if part)
    return f"{name}: {who}" if who else name


def _oslo_timezone() -> Timezone:
    """Europe/Oslo as a compact VTIMEZONE (EU summer time rules), for the timed events."""
    tz = Timezone()
    tz.add("tzid", "Europe/Oslo")
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("dtstart", datetime(1970, 3, 29, 2, 0))
    summer.add("tzoffsetfrom", timedelta(hours=1))
    summer.add("tzoffsetto", timedelta(hours=2))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("dtstart", datetime(1970, 10, 25, 3, 0))
    winter.add("tzoffsetfrom", timedelta(hours=2))
    winter.add("tzoffsetto", timedelta(hours=1))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    tz.add_component(summer)
    tz.add_component(winter)
    return tz


def _event(deadline: Deadline, uid_text: str, stamp: datetime, lang: Lang) -> Event:
    event = Event()
    event.add("uid", uid_text)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    # SEQUENCE rises with every export (minutes since 2020), so a client that compares
    # sequence numbers takes the newer file's version of an event it already has.
    event.add("sequence", int((stamp - datetime(2020, 1, 1, tzinfo=UTC)).total_seconds() // 60))
    event.add("summary", summary(deadline, lang))
    lines = [deadline.text(lang)]
    if deadline.record:
        lines.append(render(step("ics_record", record=deadline.record), lang))
    event.add("description", "\n".join(lines))
    event.add("categories", [kind_name(deadline.kind, lang)])
    event.add("status", "CANCELLED" if deadline.done else "CONFIRMED")
    window = deadline.what.values if deadline.kind == Kind.MAINTENANCE else {}
    start, end = window.get("start"), window.get("end")
    if isinstance(start, datetime) and isinstance(end, datetime):
        event.add("dtstart", start.astimezone(OSLO))
        event.add("dtend", end.astimezone(OSLO))
        event.add("transp", "OPAQUE")
    else:
        event.add("dtstart", deadline.date)
        event.add("dtend", deadline.date + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a deadline does not make the user busy all day
        if not deadline.done:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", summary(deadline, lang))
            alarm.add("trigger", timedelta(hours=-15))  # 09:00 the working day before
            event.add_component(alarm)
    return event


def build_calendar(
    deadlines: Iterable[Deadline],
    *,
    lang: Lang = "nb",
    now: datetime | None = None,
    namespace: str = "",
) -> Calendar:
    """One VEVENT per deadline. ``now`` (UTC) stamps the events; tests pass a fixed one."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", render(step("ics_calendar_name"), lang))
    cal.add("x-wr-timezone", "Europe/Oslo")
    items = list(deadlines)
    if any(d.kind == Kind.MAINTENANCE for d in items):
        cal.add_component(_oslo_timezone())
    seen: set[str] = set()
    for deadline in items:
        uid_text = uid(deadline, namespace=namespace)
        if uid_text in seen:  # two deadlines of one identity: tell them apart by date
            uid_text = uid_text.replace("@", f".{deadline.date.isoformat()}@", 1)
        seen.add(uid_text)
        cal.add_component(_event(deadline, uid_text, stamp, lang))
    return cal


def write_ics(
    deadlines: Iterable[Deadline],
    path: str | os.PathLike[str],
    *,
    lang: Lang = "nb",
    now: datetime | None = None,
    namespace: str = "",
) -> int:
    """Write the deadlines to ``path`` as an ``.ics`` file; returns the number of events."""
    cal = build_calendar(deadlines, lang=lang, now=now, namespace=namespace)
    with written(path) as partial:  # never over a database (storage.targets)
        partial.write_bytes(cal.to_ical())
    return len(cal.walk("VEVENT"))


register_texts(
    {
        "ics_record": ("Post: {record}", "Record: {record}"),
        "ics_calendar_name": ("Avtalevakt – frister", "Avtalevakt – deadlines"),
    }
)
