"""A letter about a stored record, end to end: load, compute, write the PDF, log it.

The GUI calls ``letter_for_record`` for a preview and ``produce_letter`` to save; the
``letter`` command calls ``produce_letter``.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from app.domain.explain import Lang
from app.storage.letters import LetterEntry, LetterLog
from app.storage.repositories import Repositories

from .letters import LETTER_TABLES, LetterData, LetterKind, Sender, letter_data, write_pdf


def letter_for_record(
    repos: Repositories,
    kind: LetterKind | str,
    record_id: int,
    *,
    today: date,
    lang: Lang = "nb",
    sender: Sender | None = None,
) -> LetterData:
    """The letter's data for the record ``record_id`` of the kind's table (``NotFound`` if none)."""
    kind = LetterKind(kind)
    record = repos.repository(LETTER_TABLES[kind]).get(record_id)
    contract = repos.contracts.get(record.contract_id)
    customer = repos.customers.get(contract.customer_id)
    return letter_data(
        kind,
        record=record,
        contract=contract,
        customer=customer,
        today=today,
        lang=lang,
        sender=sender,
    )


def produce_letter(
    repos: Repositories,
    kind: LetterKind | str,
    record_id: int,
    path: str | os.PathLike[str],
    *,
    today: date,
    lang: Lang = "nb",
    sender: Sender | None = None,
    produced_at: datetime | None = None,
) -> tuple[LetterData, LetterEntry]:
    """Write the letter as PDF to ``path``, record on the log that it was produced, and
    keep the PDF as sent as a document of its record (issue 15: the desk can show what
    was sent, wherever the file went since); the log entry and the attachment in one
    transaction."""
    from app.domain.attachments import Source
    from app.storage.attachments import Attachments

    data = letter_for_record(repos, kind, record_id, today=today, lang=lang, sender=sender)
    target = Path(path)
    write_pdf(data, target)
    log = LetterLog(repos.database, user=repos.user, clock=repos.clock)
    with repos.transaction(), Attachments(repos) as attachments:
        entry = log.add(
            kind=data.kind.value,
            table=data.table,
            record_id=record_id,
            contract_id=data.contract_id,
            lang=lang,
            path=str(target.resolve()),
            produced_at=produced_at,
        )
        attachments.attach_bytes(
            data.table,
            record_id,
            target.read_bytes(),
            name=target.name if target.suffix.lower() == ".pdf" else target.name + ".pdf",
            source=Source.LETTER,
            note=data.subject,
        )
    return data, entry
