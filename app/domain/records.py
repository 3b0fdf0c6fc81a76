"""What the service desk records: customers, contracts and everything logged on them.

Frozen pydantic models, validated the same way whether they come from a form, the
database or an import file. ``id`` is ``None`` until the record is stored. Every
rejection names its field (see ``errors.problems``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any
from uuid import UUID

from pydantic import (
    AfterValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
)

from . import templates
from .bounds import within
from .causes import Cause
from .errors import invalid
from .explain import register_texts
from .model import FrozenModel
from .periods import elapsed, oslo_time, to_utc
from .terms import TemplateId, Terms, check_kinds, terms_for

# (no control characters, a name on one line: domain.text, CLI audit defect 6;
# re-exported here: attachments and reminders import them from this module)
from .text import STORED, STORED_ROW, Name, Text

NonNegative = Annotated[Decimal, Field(ge=0, max_digits=15, decimal_places=2)]
OsloTime = Annotated[datetime, AfterValidator(oslo_time)]

ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def org_number_check_digit(first_eight: str) -> int | None:
    """The mod-11 check digit of a Norwegian organisation number, None if none exists."""
    remainder = sum(int(d) * w for d, w in zip(first_eight, ORG_WEIGHTS, strict=True)) % 11
    check = (11 - remainder) % 11
    return None if check == 10 else check


def _org_number(value: str) -> str:
    digits = value.replace(" ", "").replace("\u00a0", "")
    if not (len(digits) == 9 and digits.isdigit()):
        raise invalid("err_org_format", "must be 9 digits", input=value)
    if org_number_check_digit(digits[:8]) != int(digits[8]):
        raise invalid("err_org_check", "check digit is wrong", input=value)
    return digits


OrgNumber = Annotated[str, AfterValidator(_org_number)]


def check_email(value: str) -> str:
    """An e-mail address as a person writes one: something@domain ("ola(at)x" is not)."""
    local, at, domain = value.partition("@")
    if value and (not at or not local or "." not in domain.strip(".") or " " in value.strip()):
        raise invalid("err_email", "not an e-mail address", input=value)
    return value


_PHONE_CHARS = set("0123456789 +-()./")


def check_phone(value: str) -> str:
    """A phone number: digits (at least 3) with the usual +, spaces, dashes, brackets."""
    if value and (not set(value) <= _PHONE_CHARS or sum(c.isdigit() for c in value) < 3):
        raise invalid("err_phone", "not a phone number", input=value)
    return value


class Record(FrozenModel):
    """What every stored record has: a local ``id``, a global ``uid`` and a ``version``.

    ``id`` is the readable number of this database file (None until stored); ``uid`` the
    record's identity across files and PCs (a UUID, given when first stored, never
    changed); ``version`` counts the writes of the record (0 until stored, 1 when stored,
    +1 at every change). A save carries the version the user started from, so storage
    can refuse it when someone else changed the record meanwhile (issue 12 item 9).
    """

    model_config = ConfigDict(extra="forbid")

    id: int | None = Field(None, gt=0, lt=2**63)
    uid: UUID | None = None
    version: int = Field(0, ge=0, lt=2**63)

    @field_validator("*")
    @classmethod
    def _within_bounds(cls, value: Any, info: ValidationInfo) -> Any:
        """Dates 1900–2200, amounts below 10^13 (``bounds``, issue 12 item 5)."""
        if info.field_name in ("id", "version"):
            return value
        return within(value, info.field_name)


def _not_before(value: Any, info: ValidationInfo, other: str) -> Any:
    """Reject ``value`` earlier than the already-validated field ``other``."""
    earlier = info.data.get(other)
    if value is not None and earlier is not None and value < earlier:
        raise invalid("err_before_field", "must not be before {other}", other=other)
    return value


# --- customers -------------------------------------------------------------------------


class Contact(FrozenModel):
    model_config = ConfigDict(extra="forbid")

    name: Name
    email: Text = ""
    phone: Text = ""
    role: Text = ""

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        return check_email(value)

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        return check_phone(value)


class Customer(Record):
    name: Name
    org_number: OrgNumber
    address: Text = ""
    contacts: tuple[Contact, ...] = ()
    note: Text = ""


# --- contracts -------------------------------------------------------------------------


def _stored_row(info: ValidationInfo) -> bool:
    """A row read back from this database (``text.STORED_ROW``), not new input."""
    return bool(info.context) and bool(info.context.get(STORED_ROW))


def establishment_date(*, delivered: date | None, established: date | None) -> date | None:
    """OC 6.3: the service is established (etablert) when delivered, unless a date of its
    own is recorded (RULES 2); OC 8.2 and 3.4 count from it."""
    return established or delivered


def recorded(amount: Decimal) -> Decimal | None:
    """A contract's amount as recorded, None where none was: the table stores 0 for an
    amount never entered, and the program reads 0 as "not recorded" everywhere (the
    form's empty "ikke oppgitt" field; Sodvin 7.6's caps say 'not recorded (0)')."""
    return None if amount == 0 else amount


class Contract(Record):
    """A signed agreement on one of the templates (or a variant of one), with its own
    overrides of the terms."""

    customer_id: int
    title: Name
    template: str  # a built-in template's id, or a template variant's key
    overrides: dict[str, Any] = Field(default_factory=dict)
    signed: date
    ordinary_start: date | None = None  # Sodvin 5.1 "oppstartsdag for ordinær drift"
    delivered: date | None = None  # OC 6.3 / Sodvin 3.3 leveringsdag
    established: date | None = None  # OC 8.2, 3.1; defaults to the delivery date
    monthly_fee: NonNegative = Decimal(0)
    annual_fee: NonNegative = Decimal(0)  # Sodvin 7.6: per-year cap after delivery
    establishment_fee: NonNegative = Decimal(0)  # OC 3.2
    contract_sum: NonNegative = Decimal(0)  # Sodvin 7.6: total cap
    establishment_sum: NonNegative = Decimal(0)  # Sodvin 7.6: establishment-phase cap
    units: int = Field(0, ge=0, le=1_000_000)
    unit_price: NonNegative = Decimal(0)
    note: Text = ""

    @field_validator("template")
    @classmethod
    def _known_template(cls, value: str) -> str:
        if not templates.known(value):
            raise invalid("err_template", "unknown contract template", input=value)
        return value

    @field_validator("overrides")
    @classmethod
    def _overrides_valid(cls, value: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
        if not _stored_row(info):
            check_kinds(value)  # true for a number, 8.0 for days: raises naming the term
        template = info.data.get("template")
        if template is not None:
            terms_for(template, value)  # raises naming the overridden field
        return value

    @field_validator("ordinary_start", "delivered")
    @classmethod
    def _after_signing(cls, value: date | None, info: ValidationInfo) -> date | None:
        return _not_before(value, info, "signed")

    @field_validator("established")
    @classmethod
    def _established(cls, value: date | None, info: ValidationInfo) -> date | None:
        return _not_before(value, info, "signed")

    def terms(self) -> Terms:
        return terms_for(self.template, self.overrides)

    @property
    def rules(self) -> templates.Template:
        """The built-in template whose rules the contract follows."""
        return templates.get(self.template)

    @property
    def establishment_date(self) -> date | None:
        """OC 6.3: establishment defaults to the delivery date (RULES 2)."""
        return establishment_date(delivered=self.delivered, established=self.established)


class Service(Record):
    """A service under a contract (OC 10.2 reduces the affected service's unit price)."""

    contract_id: int
    name: Name
    units: int = Field(1, ge=0, le=1_000_000)
    unit_price: NonNegative = Decimal(0)
    uptime_pct: Decimal | None = Field(None, gt=0, lt=100)

    @property
    def monthly_fee(self) -> Decimal:
        return self.unit_price * self.units


# --- what happens under a contract -------------------------------------------------------


class Incident(Record):
    """Downtime of a service; ``end`` None while it is still going on."""

    contract_id: int
    service_id: int | None = None
    start: OsloTime
    end: OsloTime | None = None
    cause: Cause
    description: Text = ""

    @field_validator("end")
    @classmethod
    def _end_after_start(cls, value: datetime | None, info: ValidationInfo) -> datetime | None:
        start = info.data.get("start")
        if value is None or start is None:
            return value
        # compared as instants (RULES §0, reading 10): two Oslo times share one tzinfo, and
        # Python compares those by the clock, ignoring the fold of October's repeated hour
        # (02:15 winter time is after 02:45 summer time)
        if to_utc(value) > to_utc(start):
            return value
        if (info.context or {}).get(STORED) and value.replace(tzinfo=None) > start.replace(
            tzinfo=None
        ):
            # Stored by a version whose check compared the clocks (02:15 winter time →
            # 02:45 summer time passed it): still read, so the lists show it (a negative
            # duration) and its form can correct it; a calculator refuses it, naming the
            # field. Refusing the row would make every list that holds it unreadable.
            return value
        raise invalid("err_end_before_start", "must be after the start", other="start")

    @property
    def duration(self) -> timedelta | None:
        """How long it lasted, in real time (UTC instants: 22:00–06:00 across the spring
        change is 7 hours); None while it is still going on."""
        return None if self.end is None else elapsed(self.start, self.end)


class Channel(StrEnum):
    EMAIL = "email"
    LETTER = "letter"
    PORTAL = "portal"
    ORAL = "oral"  # recorded, but not a written complaint (OC 8.3, Sodvin 7.1)

    @property
    def in_writing(self) -> bool:
        """OC 8.3 and Sodvin 7.1 require a written complaint; an oral one is only recorded."""
        return self is not Channel.ORAL


class ComplaintStatus(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    CLOSED = "closed"


class Complaint(Record):
    """A reklamasjon: OC 8.3 requires writing, the nature and the extent of the defect."""

    contract_id: int
    delivered: date
    discovered: date | None = None
    complained: date
    channel: Channel
    nature: Name
    extent: Name
    status: ComplaintStatus = ComplaintStatus.OPEN
    note: Text = ""

    @field_validator("discovered")
    @classmethod
    def _discovered(cls, value: date | None, info: ValidationInfo) -> date | None:
        return _not_before(value, info, "delivered")

    @field_validator("complained")
    @classmethod
    def _complained(cls, value: date, info: ValidationInfo) -> date:
        _not_before(value, info, "delivered")
        return _not_before(value, info, "discovered")

    @property
    def in_writing(self) -> bool:
        return Channel(self.channel).in_writing  # a model_copy may hold the plain value


class DeliveryNotice(Record):
    """A leveransemelding (Sodvin 3.2), possibly for a partial delivery, and its rejection."""

    contract_id: int
    sent: date
    partial_label: Text = ""
    rejected_on: date | None = None
    rejection_reason: Text = ""
    rejection_significant: bool = True  # 3.3: insignificant errors cannot reject

    @field_validator("rejected_on")
    @classmethod
    def _rejected(cls, value: date | None, info: ValidationInfo) -> date | None:
        return _not_before(value, info, "sent")

    @field_validator("rejection_reason")
    @classmethod
    def _reason(cls, value: str, info: ValidationInfo) -> str:
        if info.data.get("rejected_on") is not None and not value:
            raise invalid("err_reason_required", "a rejection needs its reason")
        return value


# Sodvin 5.3: what the supplier must arrange to transfer at the end (a template lists the
# items it has in ``Template.transfer_items``; Office Center has none: its end is the
# deletion of OC 5.3–5.6).
TRANSFER_ITEMS: dict[str, tuple[str, str]] = {
    "data": ("Kundens data og ønskede sikkerhetskopier", "Customer data and requested backups"),
    "licences": (
        "Lisenser administrert på kundens vegne",
        "Licences administered for the customer",
    ),
    "contracts": (
        "Andre kontrakter administrert for kunden",
        "Other contracts administered for the customer",
    ),
    "users": ("Oversikt over eksterne og interne brukere", "List of external and internal users"),
    "other": (
        "Andre data og materiale som tilhører kunden",
        "Other data and material owned by the customer",
    ),
}


class Termination(Record):
    """A termination received (or sent), with what must happen to the data afterwards."""

    contract_id: int
    received: date
    from_contact: Name  # OC 5.4: the deletion notice goes to whoever sent the termination
    from_email: Text = ""
    by_supplier: bool = False
    effective_end: date | None = None
    planned_deletion: date | None = None
    copy_ordered_on: date | None = None
    notice_sent_on: date | None = None  # OC 5.4: when the deletion notice actually went out
    deleted_on: date | None = None  # OC 5.3: when the data was actually deleted
    transfer_done: dict[str, date] = Field(default_factory=dict)  # Sodvin 5.3 checklist
    note: Text = ""

    @field_validator("from_email")
    @classmethod
    def _from_email(cls, value: str) -> str:
        return check_email(value)  # OC 5.4: the deletion notice goes to this address

    @field_validator("effective_end")
    @classmethod
    def _end(cls, value: date | None, info: ValidationInfo) -> date | None:
        return _not_before(value, info, "received")

    @field_validator("planned_deletion")
    @classmethod
    def _deletion(cls, value: date | None, info: ValidationInfo) -> date | None:
        return _not_before(value, info, "effective_end")

    @field_validator("transfer_done")
    @classmethod
    def _items(cls, value: dict[str, date]) -> dict[str, date]:
        for key in value:
            if key not in TRANSFER_ITEMS:
                raise invalid("err_choice", "unknown item", expected=", ".join(TRANSFER_ITEMS))
        return value


class ChecklistItem(Record):
    """A task of the establishment plan (Sodvin Bilag 2), per contract."""

    contract_id: int
    phase: int = Field(ge=1, le=4)
    task: Name
    owner: Text = ""
    done_on: date | None = None
    note: Text = ""


class TemplateVariant(Record):
    """A user's negotiated version of a built-in template ("Sodvin 2025 med 15 dagers
    godkjenning"): the same rules, defaults of its own, a name of its own.

    ``key`` is what a contract on it stores as its ``template``: made from the name and
    the variant's uid when it is first stored (``templates.variant_key``), never changed,
    so renaming a variant keeps its contracts on it and keys from two databases do not
    clash. ``defaults`` are overrides of the base template's terms, validated as a
    contract's are; a contract's own overrides come on top. Editing a variant changes the
    terms of every contract on it (they follow; the history records the edit).
    """

    key: str = Field("", max_length=120, pattern=r"^([a-z0-9][a-z0-9-]{2,119})?$")
    name: Name
    base: TemplateId
    defaults: dict[str, Any] = Field(default_factory=dict)
    note: Text = ""

    @field_validator("key")
    @classmethod
    def _not_a_template(cls, value: str) -> str:
        if value in templates.BUILTIN:
            raise invalid("err_variant_key", "is a built-in template's id", input=value)
        return value

    @field_validator("defaults")
    @classmethod
    def _defaults_valid(cls, value: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
        if not _stored_row(info):
            check_kinds(value)  # as a contract's overrides
        base = info.data.get("base")
        if base is not None:
            terms_for(base, value)  # raises naming the term
        return value

    @property
    def template(self) -> templates.Template:
        return templates.BUILTIN[self.base]


class Note(Record):
    contract_id: int | None = None
    customer_id: int | None = None
    created: OsloTime
    text: Name


register_texts(
    {
        "err_org_format": (
            "organisasjonsnummer må ha 9 sifre (fikk «{input}»)",
            "an organisation number has 9 digits (got '{input}')",
        ),
        "err_org_check": (
            "kontrollsifferet stemmer ikke (mod 11) for «{input}»",
            "the check digit is wrong (mod 11) for '{input}'",
        ),
        "err_email": ("«{input}» er ikke en e-postadresse", "'{input}' is not an e-mail address"),
        "err_phone": (
            "«{input}» er ikke et telefonnummer",
            "'{input}' is not a phone number",
        ),
        "err_end_before_start": ("må være etter start", "must be after the start"),
        "err_variant_key": (
            "«{input}» er en innebygd mal; en malvariant trenger en egen nøkkel",
            "'{input}' is a built-in template; a variant needs a key of its own",
        ),
        "err_reason_required": (
            "en underkjenning må ha en begrunnelse",
            "a rejection needs its reason",
        ),
    }
)
