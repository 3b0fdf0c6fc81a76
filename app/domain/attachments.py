"""Documents attached to a record: what an attachment is, which files are taken, and
what an e-mail file says about itself (issue 15).

An ``Attachment`` is a stored record (uid, version, history) that names its document by
SHA-256; the bytes live in the documents store beside the database
(``app.storage.documents``), once per content however often it is attached. It belongs
to exactly one record: a customer, contract, complaint, delivery notice, termination or
incident, each a reference of its own (so import checks, sharing between PCs and the
refusal to delete a record others refer to treat it like every other reference).
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import PurePath
from typing import Annotated, Any

from pydantic import Field, StringConstraints, field_validator, model_validator

from .errors import invalid
from .explain import register_texts
from .periods import OSLO
from .records import Name, OsloTime, Record, Text

#: The largest document taken (issue 15): larger files are refused with a message.
MAX_BYTES = 50 * 2**20

#: SQL table of the owner -> the attachment's field that refers to it.
OWNER_FIELDS: dict[str, str] = {
    "customers": "customer_id",
    "contracts": "contract_id",
    "complaints": "complaint_id",
    "delivery_notices": "delivery_notice_id",
    "terminations": "termination_id",
    "incidents": "incident_id",
}

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class Source(StrEnum):
    FILE = "file"  # attached by a user
    LETTER = "letter"  # a letter the program produced, kept as sent


class Attachment(Record):
    """A document attached to one record."""

    customer_id: int | None = None
    contract_id: int | None = None
    complaint_id: int | None = None
    delivery_notice_id: int | None = None
    termination_id: int | None = None
    incident_id: int | None = None
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=255)]
    media_type: Annotated[str, StringConstraints(min_length=3, max_length=120)]
    size: int = Field(gt=0, le=MAX_BYTES)
    sha256: Sha256
    added: OsloTime
    added_by: Name
    source: Source = Source.FILE
    note: Text = ""

    @field_validator("name")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        if "/" in value or "\\" in value or value in (".", "..") or "\x00" in value:
            raise invalid("err_attachment_name", "a file name without folders")
        return value

    @model_validator(mode="after")
    def _one_owner(self) -> Attachment:
        owners = [name for name in OWNER_FIELDS.values() if getattr(self, name) is not None]
        if len(owners) != 1:
            raise invalid("err_attachment_owner", "belongs to exactly one record")
        return self

    @property
    def owner(self) -> tuple[str, int]:
        """(SQL table, id) of the record it is attached to."""
        for table, name in OWNER_FIELDS.items():
            value = getattr(self, name)
            if value is not None:
                return table, value
        raise AssertionError("an attachment always has an owner")

    @property
    def is_email(self) -> bool:
        return self.media_type in EMAIL_TYPES


# --- which files are taken ---------------------------------------------------------------

#: Extension -> media type of every kind of file taken: PDF, images, e-mails, Office
#: documents, plain text. Others (programs, scripts, archives) are refused: an
#: attachment is opened with the system's viewer, and a program "opened" would run.
MEDIA_TYPES: dict[str, str] = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".bmp": "image/bmp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".webp": "image/webp",
    ".heic": "image/heic",
    ".eml": "message/rfc822",
    ".msg": "application/vnd.ms-outlook",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".odp": "application/vnd.oasis.opendocument.presentation",
    ".rtf": "application/rtf",
    ".txt": "text/plain",
    ".csv": "text/csv",
}
EMAIL_TYPES = frozenset({"message/rfc822", "application/vnd.ms-outlook"})


class FileKind(StrEnum):
    PDF = "pdf"
    IMAGE = "image"
    EMAIL = "email"
    OFFICE = "office"
    TEXT = "text"


def media_type_of(name: str) -> str | None:
    """The media type of a file name taken as an attachment, None if it is not taken."""
    return MEDIA_TYPES.get(PurePath(name).suffix.lower())


def kind_of(media_type: str) -> FileKind:
    if media_type == "application/pdf":
        return FileKind.PDF
    if media_type.startswith("image/"):
        return FileKind.IMAGE
    if media_type in EMAIL_TYPES:
        return FileKind.EMAIL
    if media_type.startswith("text/"):
        return FileKind.TEXT
    return FileKind.OFFICE


def accepted_extensions() -> list[str]:
    return sorted(MEDIA_TYPES)


def safe_name(name: str) -> str:
    """A file name as stored: its last part, without control characters, at most 255."""
    base = PurePath(name.replace("\\", "/")).name
    base = re.sub(r"[\x00-\x1f\x7f]", "", base).strip()
    if len(base) > 255:
        stem, dot, suffix = base.rpartition(".")
        base = (
            (stem[: 254 - len(suffix)] + dot + suffix) if dot and len(suffix) < 20 else base[:255]
        )
    return base or "dokument"


# --- what an e-mail says about itself ----------------------------------------------------


@dataclass(frozen=True)
class EmailFacts:
    """The headers of an ``.eml`` file a complaint form offers: when, from whom, about what."""

    sent: datetime | None
    sender_name: str
    sender_address: str
    subject: str

    @property
    def sent_day(self) -> Any:
        return self.sent.astimezone(OSLO).date() if self.sent is not None else None


def email_facts(content: bytes) -> EmailFacts | None:
    """The date, sender and subject of an RFC 5322 message (an ``.eml`` file); None if
    the bytes are no such message. Only the headers are read."""
    head, _sep, _body = content.partition(b"\r\n\r\n")
    if len(head) == len(content):
        head, _sep, _body = content.partition(b"\n\n")
    try:
        message = email.message_from_bytes(head + b"\n\n", policy=email.policy.default)
    except Exception:  # noqa: BLE001 - any malformed header block: not an e-mail we can read
        return None
    try:
        raw_from = str(message.get("From") or "")
        raw_date = message.get("Date")
        subject = str(message.get("Subject") or "")
    except Exception:  # noqa: BLE001 - a header the parser cannot decode
        return None
    if not raw_from and raw_date is None:
        return None
    name, address = email.utils.parseaddr(raw_from)
    sent = None
    if raw_date is not None:
        try:
            sent = email.utils.parsedate_to_datetime(str(raw_date))
        except (TypeError, ValueError, IndexError):
            sent = None
        if sent is not None and sent.tzinfo is None:
            sent = None  # "-0000": the zone is unknown, so is the day
    return EmailFacts(
        sent=sent, sender_name=name.strip(), sender_address=address.strip(), subject=subject
    )


register_texts(
    {
        "err_attachment_name": (
            "et filnavn uten mapper",
            "a file name without folders",
        ),
        "err_attachment_owner": (
            "et vedlegg hører til nøyaktig én post",
            "an attachment belongs to exactly one record",
        ),
    }
)
