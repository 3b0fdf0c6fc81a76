"""Reminders: which deadlines a user must be told about today, and which they have seen.

Pure: ``schedule(deadlines, today=..., lead_times=..., acks=..., user=..., cal=...)``
takes the deadlines the overview computed (``overview.Deadline``, from the one function
per rule), the lead time of each kind, the acknowledgements recorded and "today", and
gives one ``Reminder`` per deadline whose lead time has begun, with its state for that
user. The tray, the overview's banner and the ``reminders`` command all call it.

The rules (issue 15), each a decision written down here:

- A deadline is reminded from ``lead`` before its date (counted back in working days of
  the Norwegian calendar, or in calendar days, per kind) until its date; a deadline the
  supplier must act on (``overview.ACTIONS``: the deletion notice, the deletion) also
  every day after it, until the record says it was done.
- A reminder is identified by its deadline: kind, record and **date**. An
  acknowledgement names the date it was made for, so when the date changes (the record
  was edited) the acknowledgement no longer applies and the reminder is due again: it
  re-arms by itself.
- "Sett" (seen) silences a reminder for good; "utsett til D" (snooze) until D. For an
  action deadline neither lasts past its day: acknowledged or snoozed before the day, it
  comes back on the day; acknowledged on the day or after, it is silent for the rest of
  that day only (and snoozed then, until the date chosen).
- Acknowledgements are per user: another user's say nothing about whether *this* user
  is reminded, but they are shown (``Reminder.others``).
- A notification is made once per reminder and day (``to_notify``, given the ones
  already made today): nothing is reminded twice on a day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, NamedTuple
from uuid import UUID

from pydantic import Field, field_validator

from .calendar import WorkCalendar
from .explain import Lang, Step, register_texts, render, step
from .kinds import ACTIONS, Kind
from .overview import Deadline
from .periods import OSLO
from .records import Name, OsloTime, Record

#: Lead times are at most this long (the overview looks 60 days ahead; longer would
#: remind of deadlines the overview does not list).
MAX_LEAD_DAYS = 60


class LeadTime(NamedTuple):
    """How long before a deadline its reminder begins; ``days=0`` on the day itself."""

    days: int
    working: bool = False  # counted in working days (else calendar days)
    enabled: bool = True

    def start(self, deadline: date, cal: WorkCalendar) -> date:
        """The first day of the reminder for a deadline on ``deadline``."""
        if self.days <= 0:
            return deadline
        if self.working:
            return cal.add_working_days(deadline, -self.days)
        return deadline - timedelta(days=self.days)

    def to_json(self) -> dict[str, Any]:
        return {"days": self.days, "working": self.working, "enabled": self.enabled}

    @classmethod
    def from_json(cls, data: Any) -> LeadTime:
        """From ``to_json``'s form; raises ``ValueError`` naming what is wrong."""
        if not isinstance(data, Mapping):
            raise ValueError("a lead time is an object with days, working and enabled")
        days = data.get("days")
        if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= MAX_LEAD_DAYS:
            raise ValueError(f"days: a whole number from 0 to {MAX_LEAD_DAYS}")
        working, enabled = data.get("working", False), data.get("enabled", True)
        if not isinstance(working, bool) or not isinstance(enabled, bool):
            raise ValueError("working and enabled are true or false")
        return cls(days, working, enabled)


#: The default lead time of each kind (issue 15; editable in Settings). Kinds are keyed
#: by their stable value, so a kind this table does not know gets ``FALLBACK_LEAD``.
DEFAULT_LEAD_TIMES: dict[str, LeadTime] = {
    # OC 5.4: the notice itself must go out 5 working days before the deletion; the
    # desk is told 3 working days before that last day.
    Kind.DELETION_NOTICE.value: LeadTime(3, working=True),
    Kind.DELETION.value: LeadTime(3, working=True),  # OC 5.3
    # OC 5.3: a planned deletion the clause does not allow, dated at the notice's last day
    Kind.DELETION_PROBLEM.value: LeadTime(5, working=True),
    Kind.COPY_ORDER.value: LeadTime(3, working=True),  # OC 5.6 (the customer's deadline)
    Kind.APPROVAL_END.value: LeadTime(2, working=True),  # Sodvin 3.3
    Kind.DELIVERY_DAY.value: LeadTime(2, working=True),  # Sodvin 3.3
    Kind.TERMINATION_NOTICE.value: LeadTime(30),  # Sodvin 5.1: renewal notice deadline
    Kind.EXTENSION_REQUEST.value: LeadTime(2),  # Sodvin 5.4: the customer's week
    Kind.COMPLAINT_VISIBLE.value: LeadTime(5),  # OC 8.1
    Kind.COMPLAINT_ABSOLUTE.value: LeadTime(5),  # OC 8.2
    Kind.PAYMENT_DUE.value: LeadTime(3),  # OC 4.1
    Kind.MAINTENANCE.value: LeadTime(1),  # Sodvin Bilag 1
}
FALLBACK_LEAD = LeadTime(3, working=True)


def lead_time(kind: str, lead_times: Mapping[str, LeadTime] | None = None) -> LeadTime:
    """The lead time of a kind: the user's setting, else the default."""
    if lead_times and kind in lead_times:
        return lead_times[kind]
    return DEFAULT_LEAD_TIMES.get(kind, FALLBACK_LEAD)


class ReminderKey(NamedTuple):
    """A deadline's identity for reminders: kind, record and date (a new date, a new key).

    ``record`` is the overview's record reference (``terminations:12``), or for a
    deadline of the contract as a whole ``contracts:ID``; "" for the maintenance windows,
    which belong to no single contract."""

    kind: str
    record: str
    date: date


def _kind_value(kind: Any) -> str:
    """A deadline's kind as its stable value (a ``Kind``, or its value as text)."""
    return kind.value if type(kind) is Kind else str(Kind(kind).value)


def key_of(deadline: Deadline) -> ReminderKey:
    record = deadline.record
    if not record and deadline.contract_id is not None:
        record = f"contracts:{deadline.contract_id}"
    return ReminderKey(_kind_value(deadline.kind), record, deadline.date)


class ReminderAck(Record):
    """An acknowledgement ("sett") or snooze of a reminder, by one user: a stored record.

    It names the deadline by kind, the record's table and global ``uid`` (so it means
    the same on every PC, and never stops a record from being deleted) and the date the
    deadline had. Acknowledgements are appended, never edited: the newest of a user's
    counts. ``snoozed_until`` None is "sett".
    """

    kind: Name
    table_name: str = Field("", max_length=40)  # "" for the maintenance windows
    record_uid: UUID | None = None
    deadline: date
    user: Name
    at: OsloTime
    snoozed_until: date | None = None

    @field_validator("snoozed_until")
    @classmethod
    def _after_ack(cls, value: date | None, info: Any) -> date | None:
        at = info.data.get("at")
        if value is not None and at is not None and value <= at.astimezone(OSLO).date():
            from .errors import invalid

            raise invalid("err_snooze_past", "must be after the day it is snoozed on")
        return value


@dataclass(frozen=True)
class Ack:
    """An acknowledgement as the schedule sees it: the deadline's key, who, when, until."""

    key: ReminderKey
    user: str
    at: datetime
    snoozed_until: date | None = None

    @property
    def day(self) -> date:
        return self.at.astimezone(OSLO).date()


class State(StrEnum):
    DUE = "due"  # to be told about
    SEEN = "seen"  # acknowledged by this user
    SNOOZED = "snoozed"  # snoozed by this user until ``Reminder.silent_until``


@dataclass(frozen=True)
class Reminder:
    deadline: Deadline
    key: ReminderKey
    lead: LeadTime
    starts: date  # the first day of the reminder
    state: State
    ack: Ack | None = None  # this user's acknowledgement that applies, if any
    silent_until: date | None = None  # SEEN/SNOOZED: due again from this day (None: never)
    others: tuple[Ack, ...] = field(default=(), compare=False)  # other users' ones

    @property
    def due(self) -> bool:
        return self.state is State.DUE

    @property
    def action(self) -> bool:
        return self.deadline.kind in ACTIONS

    def days_left(self, today: date) -> int:
        return (self.deadline.date - today).days

    def when(self, today: date) -> Step:
        """ "i dag", "om 3 dager", "forfalt for 2 dager siden"."""
        left = self.days_left(today)
        if left == 0:
            return step("rem_when_today")
        if left == 1:
            return step("rem_when_tomorrow")
        if left > 1:
            return step("rem_when_in", days=left)
        if left == -1:
            return step("rem_when_overdue_one")
        return step("rem_when_overdue", days=-left)

    def state_steps(self, *, short: bool = False) -> list[Step]:
        """This user's state, then other users' acknowledgements; ``short`` without the
        day each was seen (the overview's column)."""
        parts: list[Step] = []
        seen = "rem_state_seen_short" if short else "rem_state_seen"
        if self.state is State.SEEN and self.ack is not None:
            parts.append(step(seen, user=self.ack.user, day=self.ack.day))
        elif self.state is State.SNOOZED and self.ack is not None:
            parts.append(step("rem_state_snoozed", until=self.silent_until))
        elif self.state is State.DUE:
            parts.append(step("rem_state_due"))
        for other in self.others:
            if other.snoozed_until is None:
                parts.append(step(seen, user=other.user, day=other.day))
            else:
                parts.append(
                    step("rem_state_snoozed_by", user=other.user, until=other.snoozed_until)
                )
        return parts

    def state_text(self, lang: Lang = "nb", *, short: bool = False) -> str:
        return "; ".join(render(part, lang) for part in self.state_steps(short=short))

    def to_json(self, today: date, lang: Lang = "nb") -> dict[str, Any]:
        d = self.deadline
        return {
            "date": d.date.isoformat(),
            "kind": self.key.kind,
            "record": self.key.record,
            "contract": d.contract_id,
            "contract_title": d.contract,
            "customer": d.customer,
            "text": d.text(lang),
            "lead_time": self.lead.to_json(),
            "starts": self.starts.isoformat(),
            "days_left": self.days_left(today),
            "state": self.state.value,
            "state_text": self.state_text(lang),
            "acknowledged_by": self.ack.user if self.ack else None,
            "acknowledged_at": self.ack.at.isoformat() if self.ack else None,
            "silent_until": self.silent_until.isoformat() if self.silent_until else None,
            "others": [
                {
                    "user": a.user,
                    "at": a.at.isoformat(),
                    "snoozed_until": a.snoozed_until.isoformat() if a.snoozed_until else None,
                }
                for a in self.others
            ],
        }


def silent_until(ack: Ack, deadline: Deadline) -> date | None:
    """The first day the reminder is due again after ``ack`` (None: never again).

    The rules of the module docstring: for an action deadline nothing silences it past
    its day; acknowledged on or after the day, for that day only."""
    action = deadline.kind in ACTIONS
    on_or_after = ack.day >= deadline.date
    if ack.snoozed_until is not None:
        if action and not on_or_after:
            return min(ack.snoozed_until, deadline.date)
        return ack.snoozed_until
    if not action:
        return None
    return ack.day + timedelta(days=1) if on_or_after else deadline.date


def _relevant(deadline: Deadline, today: date) -> bool:
    """Still something to be reminded of today: not done, and not passed (an action
    stays relevant after its day, overdue, until done)."""
    if deadline.done:
        return False
    return deadline.date >= today or deadline.kind in ACTIONS


def schedule(
    deadlines: Iterable[Deadline],
    *,
    today: date,
    user: str,
    cal: WorkCalendar,
    lead_times: Mapping[str, LeadTime] | None = None,
    acks: Iterable[Ack] = (),
) -> list[Reminder]:
    """One ``Reminder`` per deadline whose lead time has begun by ``today`` and that is
    still relevant, with its state for ``user``; sorted by date, then kind.

    ``lead_times`` by kind value (missing kinds: ``DEFAULT_LEAD_TIMES``); ``acks`` every
    acknowledgement recorded (of any user; the ones of other deadlines or other dates
    are ignored). A deadline listed twice gives one reminder."""
    mine: dict[ReminderKey, Ack] = {}
    theirs: dict[ReminderKey, dict[str, Ack]] = {}
    for ack in acks:
        if ack.user == user:
            if ack.key not in mine or ack.at >= mine[ack.key].at:
                mine[ack.key] = ack
        else:
            per_user = theirs.setdefault(ack.key, {})
            if ack.user not in per_user or ack.at >= per_user[ack.user].at:
                per_user[ack.user] = ack
    out: dict[ReminderKey, Reminder] = {}
    # (kind, date) -> (lead time, first day): many deadlines share both (the annual
    # invoice's due date of every contract); the key is made only for reminders that
    # have begun (most of the overview's deadlines are further ahead than their lead).
    begins: dict[tuple[Any, date], tuple[LeadTime, date]] = {}
    for deadline in deadlines:
        if not _relevant(deadline, today):
            continue
        day = deadline.date
        found = begins.get((deadline.kind, day))
        if found is None:
            lead = lead_time(_kind_value(deadline.kind), lead_times)
            found = begins[deadline.kind, day] = (lead, lead.start(day, cal))
        lead, starts = found
        if not lead.enabled or today < starts:
            continue
        key = key_of(deadline)
        if key in out:  # listed twice: the same kind and date, so the same lead and start
            continue
        ack = mine.get(key)
        state, until = State.DUE, None
        if ack is not None:
            until = silent_until(ack, deadline)
            if until is None or today < until:
                state = State.SNOOZED if ack.snoozed_until is not None else State.SEEN
            else:
                ack, until = None, None  # it has run out: due again, as if never made
        others = tuple(sorted(theirs.get(key, {}).values(), key=lambda a: (a.at, a.user)))
        out[key] = Reminder(deadline, key, lead, starts, state, ack, until, others)
    return sorted(out.values(), key=lambda r: (r.key.date, r.key.kind, r.key.record))


def to_notify(reminders: Iterable[Reminder], notified: Iterable[ReminderKey]) -> list[Reminder]:
    """The due reminders not yet notified today (``notified``: the keys notified today)."""
    done = set(notified)
    return [r for r in reminders if r.due and r.key not in done]


#: A grouped notification lists this many reminders, then "og N til".
SHOWN_IN_GROUP = 4


def cell_text(reminder: Reminder | None, lang: Lang = "nb") -> str:
    """A deadline's "Påminnelse" cell in the overview: its reminder's state in short
    ("" for a deadline without one)."""
    return reminder.state_text(lang, short=True) if reminder is not None else ""


def kind_text(deadline: Deadline, lang: Lang = "nb") -> str:
    """The deadline's kind as the overview names it (with the contract's numbers)."""
    return deadline.kind_label(lang)


def notification_text(
    reminders: Sequence[Reminder], *, today: date, lang: Lang = "nb"
) -> tuple[str, str]:
    """(title, body) of the desktop notification for the reminders notified together:
    one reminder in full, several grouped ("3 frister å følge opp i dag") with the
    first ``SHOWN_IN_GROUP`` listed."""
    if not reminders:
        raise ValueError("a notification needs at least one reminder")
    if len(reminders) == 1:
        (r,) = reminders
        d = r.deadline
        title = render(
            step(
                "rem_title_one",
                kind=kind_text(d, lang),
                customer=d.customer or d.contract_label(lang),
            ),
            lang,
        )
        due = render(step("rem_line_due", date=d.date, when=render(r.when(today), lang)), lang)
        return title, f"{d.text(lang)}\n{due}"
    overdue = sum(1 for r in reminders if r.deadline.date < today)
    title = render(
        step("rem_title_many_overdue", count=len(reminders), overdue=overdue)
        if overdue
        else step("rem_title_many", count=len(reminders)),
        lang,
    )
    lines = [
        render(
            step(
                "rem_line_short",
                kind=kind_text(r.deadline, lang),
                customer=r.deadline.customer or r.deadline.contract_label(lang),
                date=r.deadline.date,
            ),
            lang,
        )
        for r in reminders[:SHOWN_IN_GROUP]
    ]
    if len(reminders) > SHOWN_IN_GROUP:
        lines.append(render(step("rem_line_more", count=len(reminders) - SHOWN_IN_GROUP), lang))
    return title, "\n".join(lines)


register_texts(
    {
        "rem_when_today": ("i dag", "today"),
        "rem_when_tomorrow": ("i morgen", "tomorrow"),
        "rem_when_in": ("om {days} dager", "in {days} days"),
        "rem_when_overdue_one": ("forfalt i går", "overdue by 1 day"),
        "rem_when_overdue": ("forfalt for {days} dager siden", "overdue by {days} days"),
        "rem_state_due": ("Påminnelse", "Reminder"),
        "rem_state_seen": ("Sett av {user} {day:date}", "Seen by {user} {day:date}"),
        "rem_state_seen_short": ("Sett av {user}", "Seen by {user}"),
        "rem_state_snoozed": ("Utsatt til {until:date}", "Snoozed until {until:date}"),
        "rem_state_snoozed_by": (
            "{user}: utsatt til {until:date}",
            "{user}: snoozed until {until:date}",
        ),
        "rem_title_one": ("{kind}: {customer}", "{kind}: {customer}"),
        "rem_title_many": (
            "{count} frister å følge opp i dag",
            "{count} deadlines to follow up today",
        ),
        "rem_title_many_overdue": (
            "{count} frister å følge opp i dag ({overdue} forfalt)",
            "{count} deadlines to follow up today ({overdue} overdue)",
        ),
        "rem_line_due": ("Frist {date:wd} ({when}).", "Deadline {date:wd} ({when})."),
        "rem_line_short": ("{date:date} {kind} – {customer}", "{date:date} {kind} – {customer}"),
        "rem_line_more": ("… og {count} til", "… and {count} more"),
        "err_snooze_past": (
            "må være etter dagen det utsettes",
            "must be after the day it is snoozed on",
        ),
        # why silent_until is earlier than the day a snooze asked for (a confirmation
        # must not promise the day asked for)
        "rem_snooze_capped": (
            "en frist for handling minner igjen senest på sin egen dag ({date:date})",
            "a deadline to act on reminds again on its own day at the latest ({date:date})",
        ),
    }
)
