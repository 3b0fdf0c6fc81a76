"""Letters the contracts require in writing, from HTML templates, as PDF or on paper.

    data = letter_data(LetterKind.DELETION_NOTICE, record=termination, contract=c,
                       customer=cu, today=date.today(), lang="nb")
    document = render_letter(data)          # QTextDocument: preview, PDF, print
    write_pdf(document, "slettevarsel.pdf", data)

Every date and amount comes from a domain result (``approval_period``,
``complaint_limits``, ``deletion_deadlines``, ``oc_termination``, ``sodvin_term``) and is
formatted with ``explain.format_date`` / ``format_money``; nothing is computed here.
Templates live in ``resources/templates``: ``letter.{lang}.html`` is the frame (letterhead,
addresses, date, subject, signature) and ``{kind}.{lang}.html`` the body. Placeholders are
``$name`` (``string.Template``); every value is HTML-escaped before it goes in.
"""

from __future__ import annotations

import html
import os
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.domain import deadlines as dl
from app.domain.explain import Lang, Step, format_date, register_texts, render, step
from app.domain.records import Complaint, Contract, Customer, DeliveryNotice, Termination
from app.resources import resource_path


class LetterKind(StrEnum):
    DELIVERY_NOTICE = "delivery_notice"  # leveransemelding, Sodvin 3.2 / 3.3
    REJECTION_RECEIPT = "rejection_receipt"  # bekreftelse på mottatt underkjenning, Sodvin 3.3
    COMPLAINT_ACK = "complaint_ack"  # bekreftelse på reklamasjon, OC 8 / Sodvin 7.1
    DELETION_NOTICE = "deletion_notice"  # slettevarsel, OC 5.3–5.6
    TERMINATION_CONFIRMATION = "termination_confirmation"  # OC 12.1 / Sodvin 5.1


#: Which table a letter's record lives in.
LETTER_TABLES: dict[LetterKind, str] = {
    LetterKind.DELIVERY_NOTICE: "delivery_notices",
    LetterKind.REJECTION_RECEIPT: "delivery_notices",
    LetterKind.COMPLAINT_ACK: "complaints",
    LetterKind.DELETION_NOTICE: "terminations",
    LetterKind.TERMINATION_CONFIRMATION: "terminations",
}

LETTER_NAMES: dict[LetterKind, tuple[str, str]] = {
    LetterKind.DELIVERY_NOTICE: ("Leveransemelding", "Delivery notice"),
    LetterKind.REJECTION_RECEIPT: (
        "Bekreftelse på mottatt underkjenning",
        "Confirmation of received rejection",
    ),
    LetterKind.COMPLAINT_ACK: ("Bekreftelse på reklamasjon", "Acknowledgement of complaint"),
    LetterKind.DELETION_NOTICE: ("Varsel om sletting av data", "Notice of data deletion"),
    LetterKind.TERMINATION_CONFIRMATION: (
        "Bekreftelse på oppsigelse",
        "Confirmation of termination",
    ),
}

#: The supplier named in each template's contract text: the default sender.
SUPPLIER_NAMES: dict[str, str] = {"sodvin": "Sodvin", "office_center": "Office Center Hønefoss AS"}

#: Our reference: a prefix for the kind of record, then contract/record ids ("OPS 3/7").
REF_PREFIXES: dict[str, tuple[str, str]] = {
    "delivery_notices": ("LM", "DN"),
    "complaints": ("REK", "CMP"),
    "terminations": ("OPS", "TRM"),
}

#: How a letter names the agreement its clauses come from.
AGREEMENT_NAMES: dict[str, tuple[str, str]] = {
    "sodvin": ("tjenesteavtalen", "the service agreement"),
    "office_center": ("tjenestevilkårene", "the service terms"),
}


def letter_name(kind: LetterKind | str, lang: Lang = "nb") -> str:
    return LETTER_NAMES[LetterKind(kind)][0 if lang == "nb" else 1]


@dataclass(frozen=True)
class Sender:
    """Who the letter is from: the supplier, and the person who signs."""

    name: str
    address: str = ""  # several lines
    org_number: str = ""
    person: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    place: str = ""  # for the date line: "Hønefoss, 21.11.2026"

    @classmethod
    def for_template(cls, template: str) -> Sender:
        return cls(name=SUPPLIER_NAMES.get(template, ""))


class LetterUnavailable(ValueError):
    """The record does not support this letter (e.g. a deletion notice before the end date)."""

    def __init__(self, code: str, **values: Any) -> None:
        self.step = step(code, **values)
        super().__init__(render(self.step, "en"))

    def text(self, lang: Lang = "nb") -> str:
        return render(self.step, lang)


@dataclass(frozen=True)
class LetterData:
    """Everything a letter shows, formatted for its language; placeholders are HTML."""

    kind: LetterKind
    lang: Lang
    table: str
    record_id: int | None
    contract_id: int | None
    letter_date: date
    subject: str
    values: dict[str, str] = field(default_factory=dict)
    footer: str = ""
    sender: Sender | None = None
    #: What the person sending the letter should know before it goes out (a deadline it
    #: is late for, a date in it already passed); not part of the letter.
    problems: tuple[Step, ...] = ()

    def problem_texts(self, lang: Lang) -> list[str]:
        return [render(problem, lang) for problem in self.problems]

    @property
    def title(self) -> str:
        return self.subject

    def suggested_filename(self) -> str:
        # the letter's own name in its language (no English table name in a Norwegian file)
        name = letter_name(self.kind, self.lang).lower().replace(" ", "-")
        return f"{name}-{self.record_id}-{self.letter_date.isoformat()}.pdf"


# --- formatting helpers --------------------------------------------------------------


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _lines(text: str) -> str:
    return "<br/>".join(_esc(line.strip()) for line in text.splitlines() if line.strip())


def _text(code: str, lang: Lang, **values: Any) -> str:
    """A catalog sentence, escaped for HTML."""
    return _esc(render(step(code, **values), lang))


def _para(code: str, lang: Lang, **values: Any) -> str:
    return f"<p>{_text(code, lang, **values)}</p>"


def _d(day: date | None, lang: Lang) -> str:
    return "–" if day is None else format_date(day, lang, weekday=True)


def _dates_table(rows: Sequence[tuple[str, str]], *, emphasise: Sequence[int] = ()) -> str:
    """Label/value rows, the values bold where ``emphasise`` says so."""
    out = ['<table class="dates" cellspacing="0" cellpadding="5" width="100%">']
    for index, (label, value) in enumerate(rows):
        shown = f"<b>{_esc(value)}</b>" if index in emphasise else _esc(value)
        out.append(f'<tr><td width="58%">{_esc(label)}</td><td>{shown}</td></tr>')
    out.append("</table>")
    return "".join(out)


def _label(code: str, lang: Lang) -> str:
    return render(step(code), lang)


def _holidays(steps: Sequence[Step], lang: Lang) -> str:
    days = [
        f"{format_date(s.values['date'], lang, weekday=True)} {s.values['name']}"
        for s in steps
        if s.code == "holiday_skipped"
    ]
    if not days:
        return ""
    return _para("letter_holidays", lang, days=", ".join(days))


# --- the letters' data ---------------------------------------------------------------


def letter_data(
    kind: LetterKind | str,
    *,
    record: DeliveryNotice | Complaint | Termination,
    contract: Contract,
    customer: Customer,
    today: date,
    lang: Lang = "nb",
    sender: Sender | None = None,
    our_ref: str = "",
) -> LetterData:
    """The values of one letter about ``record``, computed with the domain's calculators."""
    kind = LetterKind(kind)
    builder = _BUILDERS[kind]
    expected = _RECORD_TYPES[kind]
    if not isinstance(record, expected):
        raise TypeError(f"{kind.value} letters are about {expected.__name__} records")
    sender = sender or Sender.for_template(contract.template)
    if not sender.name:
        sender = replace(sender, name=SUPPLIER_NAMES.get(contract.template, ""))
    terms = contract.terms()
    agreement = AGREEMENT_NAMES[contract.template][0 if lang == "nb" else 1]
    ctx: dict[str, Any] = {
        "lang": lang,
        "terms": terms,
        "contract": contract,
        "customer": customer,
        "agreement": agreement,
        "today": today,
    }
    body, letter_date, attention = builder(record, ctx)
    problems = tuple(body.pop("problems", ()))
    values = _frame_values(
        kind,
        lang=lang,
        sender=sender,
        customer=customer,
        contract=contract,
        attention=attention,
        letter_date=letter_date,
        table=LETTER_TABLES[kind],
        record_id=record.id,
        our_ref=our_ref,
    )
    values.update(body)
    values["agreement"] = _esc(agreement)
    footer = " · ".join(
        part
        for part in (
            sender.name,
            (("Org.nr. " if lang == "nb" else "Org. no. ") + sender.org_number)
            if sender.org_number
            else "",
            " ".join(sender.address.split()) if sender.address else "",
            sender.phone,
            sender.email,
        )
        if part
    )
    subject = render(
        step(f"letter_subject_{kind.value}", title=contract.title, label=values["service_plain"]),
        lang,
    )
    values["subject"] = _esc(subject)
    return LetterData(
        kind=kind,
        lang=lang,
        table=LETTER_TABLES[kind],
        record_id=record.id,
        contract_id=contract.id,
        letter_date=letter_date,
        subject=subject,
        values=values,
        footer=footer,
        sender=sender,
        problems=problems,
    )


def _frame_values(
    kind: LetterKind,
    *,
    lang: Lang,
    sender: Sender,
    customer: Customer,
    contract: Contract,
    attention: str,
    letter_date: date,
    table: str,
    record_id: int | None,
    our_ref: str,
) -> dict[str, str]:
    nb = lang == "nb"
    contact_bits = [
        (("Tlf. " if nb else "Tel. ") + sender.phone) if sender.phone else "",
        sender.email,
        (("Org.nr. " if nb else "Org. no. ") + sender.org_number) if sender.org_number else "",
    ]
    dated = format_date(letter_date, lang)
    prefix = REF_PREFIXES[table][0 if nb else 1]
    ref = our_ref or f"{prefix} {contract.id}/{record_id}"
    recipient = [f"<b>{_esc(customer.name)}</b>"]
    if attention:
        recipient.append(("Att.: " if nb else "Attn.: ") + _esc(attention))
    recipient += [_esc(line.strip()) for line in customer.address.splitlines() if line.strip()]
    signature = [f"<b>{_esc(sender.person or sender.name)}</b>"]
    if sender.title:
        signature.append(_esc(sender.title))
    if sender.person:
        signature.append(_esc(sender.name))
    return {
        "letter_kind": _esc(letter_name(kind, lang)),
        "sender_name": _esc(sender.name),
        "sender_address": _lines(sender.address),
        "sender_contact": "<br/>".join(_esc(b) for b in contact_bits if b),
        "recipient_block": "<br/>".join(recipient),
        "recipient_name": _esc(customer.name),
        "recipient_attention": _esc(attention),
        "recipient_org": _esc(customer.org_number),
        "date": _esc(f"{sender.place}, {dated}" if sender.place else dated),
        "our_ref": _esc(ref),
        "contract_title": _esc(contract.title),
        "signature_block": "<br/>".join(signature),
        "service_plain": contract.title,
    }


def _attention(customer: Customer) -> str:
    return customer.contacts[0].name if customer.contacts else ""


def _delivery_notice(notice: DeliveryNotice, ctx: dict[str, Any]) -> tuple[dict, date, str]:
    lang, terms, contract = ctx["lang"], ctx["terms"], ctx["contract"]
    result = dl.approval_period(
        sent=notice.sent, working_days=terms.approval_working_days, cal=terms.calendar()
    )
    service = notice.partial_label or contract.title
    body = {
        "service": _esc(service),
        "service_plain": service,
        "sent": _esc(_d(result.sent, lang)),
        "working_days": _esc(result.working_days),
        "first_day": _esc(_d(result.first_day, lang)),
        "last_day": _esc(_d(result.last_day, lang)),
        "delivery_day": _esc(_d(result.delivery_day, lang)),
        "holidays": _holidays(result.steps, lang),
        "dates_table": _dates_table(
            [
                (_label("letter_row_sent", lang), _d(result.sent, lang)),
                (_label("letter_row_first", lang), _d(result.first_day, lang)),
                (_label("letter_row_last", lang), _d(result.last_day, lang)),
                (_label("letter_row_delivery", lang), _d(result.delivery_day, lang)),
            ],
            emphasise=(2, 3),
        ),
    }
    # the letter *is* the notice: it carries the day it was sent
    return body, notice.sent, _attention(ctx["customer"])


def _rejection_receipt(notice: DeliveryNotice, ctx: dict[str, Any]) -> tuple[dict, date, str]:
    lang, terms, contract = ctx["lang"], ctx["terms"], ctx["contract"]
    if notice.rejected_on is None:
        raise LetterUnavailable("letter_err_no_rejection", id=notice.id)
    result = dl.approval_period(
        sent=notice.sent,
        working_days=terms.approval_working_days,
        cal=terms.calendar(),
        rejected_on=notice.rejected_on,
        rejection_significant=notice.rejection_significant,
    )
    in_time = notice.rejected_on <= result.last_day
    if result.rejection_valid:
        verdict = _para("letter_rejection_valid", lang, last=result.last_day)
    elif not in_time:
        verdict = _para(
            "letter_rejection_late",
            lang,
            last=result.last_day,
            rejected=notice.rejected_on,
            delivery=result.delivery_day,
        )
    else:
        verdict = _para("letter_rejection_insignificant", lang, delivery=result.delivery_day)
    service = notice.partial_label or contract.title
    rows = [
        (_label("letter_row_sent", lang), _d(result.sent, lang)),
        (_label("letter_row_last", lang), _d(result.last_day, lang)),
        (_label("letter_row_rejected", lang), _d(notice.rejected_on, lang)),
    ]
    if not result.rejection_valid:
        rows.append((_label("letter_row_delivery_happened", lang), _d(result.delivery_day, lang)))
    body = {
        "service": _esc(service),
        "service_plain": service,
        "sent": _esc(_d(result.sent, lang)),
        "rejected_on": _esc(_d(notice.rejected_on, lang)),
        "reason": _esc(notice.rejection_reason),
        "last_day": _esc(_d(result.last_day, lang)),
        "verdict": verdict,
        "dates_table": _dates_table(rows, emphasise=(2,) if result.rejection_valid else (3,)),
    }
    return body, ctx["today"], _attention(ctx["customer"])


def _complaint_ack(complaint: Complaint, ctx: dict[str, Any]) -> tuple[dict, date, str]:
    lang, terms, contract = ctx["lang"], ctx["terms"], ctx["contract"]
    result = dl.complaint_limits(
        delivered=complaint.delivered,
        complained=complaint.complained,
        discovered=complaint.discovered,
        established=contract.establishment_date if contract.template == "office_center" else None,
        terms=terms,
    )
    paragraphs: list[str] = []
    if contract.template == "office_center":
        if complaint.discovered is None:
            paragraphs.append(
                _para(
                    "letter_complaint_rule_visible",
                    lang,
                    days=terms.visible_defect_days,
                    delivered=complaint.delivered,
                    deadline=result.visible_defect_deadline,
                )
            )
            rule = "8.1"
        else:
            paragraphs.append(
                _para(
                    "letter_complaint_rule_hidden",
                    lang,
                    discovered=complaint.discovered,
                    deadline=result.absolute_deadline,
                )
            )
            rule = "8.2"
        code = "letter_complaint_timely" if result.timely else "letter_complaint_late"
        paragraphs.append(_para(code, lang, complained=complaint.complained, rule=rule))
        deadline = (
            result.visible_defect_deadline
            if complaint.discovered is None
            else result.absolute_deadline
        )
    else:
        paragraphs.append(_para("letter_complaint_sodvin", lang))
        if complaint.discovered is not None:
            paragraphs.append(
                _para(
                    "letter_complaint_sodvin_elapsed",
                    lang,
                    discovered=complaint.discovered,
                    complained=complaint.complained,
                    days=result.days_since_discovery,
                )
            )
        deadline = None
    if not complaint.in_writing:
        clause = "8.3" if contract.template == "office_center" else "7.1"
        paragraphs.append(_para("letter_complaint_oral", lang, clause=clause))
    rows = [
        (_label("letter_row_nature", lang), complaint.nature),
        (_label("letter_row_extent", lang), complaint.extent),
        (_label("letter_row_delivered", lang), _d(complaint.delivered, lang)),
    ]
    if complaint.discovered is not None:
        rows.append((_label("letter_row_discovered", lang), _d(complaint.discovered, lang)))
    rows.append((_label("letter_row_complained", lang), _d(complaint.complained, lang)))
    if deadline is not None:
        rows.append((_label("letter_row_complaint_deadline", lang), _d(deadline, lang)))
    body = {
        "complained_on": _esc(_d(complaint.complained, lang)),
        "verdict": "".join(paragraphs),
        "dates_table": _dates_table(rows, emphasise=(len(rows) - 1,) if deadline else ()),
    }
    return body, ctx["today"], _attention(ctx["customer"])


def _deletion_notice(term: Termination, ctx: dict[str, Any]) -> tuple[dict, date, str]:
    lang, terms, contract = ctx["lang"], ctx["terms"], ctx["contract"]
    if contract.template != "office_center":
        raise LetterUnavailable("letter_err_deletion_template")
    if term.effective_end is None:
        raise LetterUnavailable("letter_err_no_end", id=term.id)
    result = dl.deletion_deadlines(
        ended=term.effective_end, deletion=term.planned_deletion, terms=terms
    )
    copy_status = (
        _para("letter_copy_ordered", lang, ordered=term.copy_ordered_on)
        if term.copy_ordered_on
        else ""
    )
    body = {
        "ended": _esc(_d(result.ended, lang)),
        "deletion_days": _esc(terms.deletion_days),
        "deletion": _esc(_d(result.deletion, lang)),
        "copy_order_by": _esc(_d(result.copy_order_by, lang)),
        "copy_working_days": _esc(terms.copy_order_working_days),
        "copy_status": copy_status,
        "dates_table": _dates_table(
            [
                (_label("letter_row_ended", lang), _d(result.ended, lang)),
                (_label("letter_row_copy_by", lang), _d(result.copy_order_by, lang)),
                (_label("letter_row_deletion", lang), _d(result.deletion, lang)),
            ],
            emphasise=(1, 2),
        ),
        # sent today: late for OC 5.4, or a copy deadline in it already passed?
        "problems": dl.deletion_notice_problems(
            result, sent=ctx["today"], terms=terms, copy_ordered=term.copy_ordered_on is not None
        ),
    }
    # OC 5.4: the notice goes to whoever sent the termination
    return body, ctx["today"], term.from_contact


def _termination_confirmation(term: Termination, ctx: dict[str, Any]) -> tuple[dict, date, str]:
    lang, terms, contract = ctx["lang"], ctx["terms"], ctx["contract"]
    if term.by_supplier:
        raise LetterUnavailable("letter_err_by_supplier", id=term.id)
    if contract.template == "office_center":
        result = dl.oc_termination(received=term.received, terms=terms)
        end = term.effective_end or result.end
        paragraphs = [
            _para(
                "letter_oc_end",
                lang,
                months=terms.termination_notice_months,
                end=result.end,
            )
        ]
        if term.effective_end is not None and term.effective_end != result.end:
            paragraphs.append(_para("letter_agreed_end", lang, end=term.effective_end))
        paragraphs.append(_para("letter_oc_binding", lang, due=result.binding_invoice_date))
        deletion = dl.deletion_deadlines(ended=end, terms=terms)
        paragraphs.append(
            _para(
                "letter_oc_data",
                lang,
                end=end,
                days=terms.deletion_days,
                latest=deletion.latest_deletion,
                notice_days=terms.deletion_notice_working_days,
            )
        )
        rows = [
            (_label("letter_row_received", lang), _d(term.received, lang)),
            (_label("letter_row_end", lang), _d(end, lang)),
            (_label("letter_row_copy_before_end", lang), _d(end, lang)),
            (_label("letter_row_latest_deletion", lang), _d(deletion.latest_deletion, lang)),
        ]
        emphasise: tuple[int, ...] = (1,)
    else:
        if contract.ordinary_start is None:
            raise LetterUnavailable("letter_err_no_ordinary_start", id=contract.id)
        result = dl.sodvin_term(
            ordinary_start=contract.ordinary_start, on=term.received, terms=terms
        )
        end = term.effective_end or result.earliest_end
        in_time = term.received <= result.notice_deadline
        paragraphs = [
            _para(
                "letter_sodvin_rule",
                lang,
                months=terms.renewal_months,
                notice=terms.termination_notice_months,
                start=result.period_start,
                end=result.period_end,
                deadline=result.notice_deadline,
            ),
            _para(
                "letter_sodvin_in_time" if in_time else "letter_sodvin_late",
                lang,
                end=result.earliest_end,
            ),
        ]
        if term.effective_end is not None and term.effective_end != result.earliest_end:
            paragraphs.append(_para("letter_agreed_end", lang, end=term.effective_end))
        paragraphs.append(_para("letter_sodvin_transfer", lang))
        rows = [
            (_label("letter_row_received", lang), _d(term.received, lang)),
            (_label("letter_row_notice_deadline", lang), _d(result.notice_deadline, lang)),
            (_label("letter_row_end", lang), _d(end, lang)),
        ]
        emphasise = (2,)
    body = {
        "received": _esc(_d(term.received, lang)),
        "end": _esc(_d(end, lang)),
        "verdict": "".join(paragraphs),
        "dates_table": _dates_table(rows, emphasise=emphasise),
    }
    return body, ctx["today"], term.from_contact


_BUILDERS = {
    LetterKind.DELIVERY_NOTICE: _delivery_notice,
    LetterKind.REJECTION_RECEIPT: _rejection_receipt,
    LetterKind.COMPLAINT_ACK: _complaint_ack,
    LetterKind.DELETION_NOTICE: _deletion_notice,
    LetterKind.TERMINATION_CONFIRMATION: _termination_confirmation,
}

_RECORD_TYPES: dict[LetterKind, type] = {
    LetterKind.DELIVERY_NOTICE: DeliveryNotice,
    LetterKind.REJECTION_RECEIPT: DeliveryNotice,
    LetterKind.COMPLAINT_ACK: Complaint,
    LetterKind.DELETION_NOTICE: Termination,
    LetterKind.TERMINATION_CONFIRMATION: Termination,
}


# --- templates -----------------------------------------------------------------------


def template_path(name: str, lang: Lang) -> Path:
    return resource_path("templates", f"{name}.{lang}.html")


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def template_text(name: str, lang: Lang) -> str:
    """A template without its HTML comments (which document it and may mention ``$``)."""
    return _COMMENT.sub("", template_path(name, lang).read_text(encoding="utf-8"))


def letter_html(data: LetterData) -> str:
    """The whole letter as HTML: the body template inside the frame template.

    A placeholder without a value raises ``KeyError`` naming it (a template typo must
    not slip through as a letter with "$deletion" in it).
    """
    body = string.Template(template_text(data.kind.value, data.lang)).substitute(data.values)
    return string.Template(template_text("letter", data.lang)).substitute(
        {**data.values, "body": body}
    )


# --- Qt: document, PDF, print ----------------------------------------------------------


def render_letter(data: LetterData):  # -> QTextDocument
    """The letter as a ``QTextDocument`` (for a preview, ``write_pdf`` or ``print_letter``)."""
    from PySide6.QtGui import QTextDocument

    from .qt import body_font, ensure_app

    ensure_app()
    document = QTextDocument()
    document.setDefaultFont(body_font())
    document.setHtml(letter_html(data))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, data.subject)
    return document


def page_setup(data: LetterData):
    from .pdf import PageSetup

    return PageSetup(footer=data.footer, lang=data.lang)


def write_pdf(data: LetterData, path: str | os.PathLike[str], document=None) -> int:
    """Write the letter as PDF (rendering it unless ``document`` is given); returns pages."""
    from . import pdf

    document = document or render_letter(data)
    author = data.sender.name if data.sender else ""
    return pdf.write_pdf(document, path, page_setup(data), title=data.subject, author=author)


def print_letter(data: LetterData, printer, document=None) -> int:
    """Print on a ``QPrinter`` set up by the caller (e.g. from ``QPrintDialog``)."""
    from . import pdf

    return pdf.print_document(document or render_letter(data), printer, page_setup(data))


register_texts(
    {
        # subjects
        "letter_subject_delivery_notice": (
            "Leveransemelding – {label}",
            "Delivery notice – {label}",
        ),
        "letter_subject_rejection_receipt": (
            "Bekreftelse på mottatt underkjenning – {label}",
            "Confirmation of received rejection – {label}",
        ),
        "letter_subject_complaint_ack": (
            "Bekreftelse på mottatt reklamasjon – {title}",
            "Acknowledgement of complaint – {title}",
        ),
        "letter_subject_deletion_notice": (
            "Varsel om sletting av data – {title}",
            "Notice of data deletion – {title}",
        ),
        "letter_subject_termination_confirmation": (
            "Bekreftelse på oppsigelse – {title}",
            "Confirmation of termination – {title}",
        ),
        # rows of the date tables
        "letter_row_sent": ("Leveransemelding sendt", "Delivery notice sent"),
        "letter_row_first": ("Godkjenningsperioden starter", "Approval period starts"),
        "letter_row_last": (
            "Godkjenningsperioden slutter (siste dag for underkjenning)",
            "Approval period ends (last day to reject)",
        ),
        "letter_row_delivery": (
            "Leveringsdag hvis tjenesten ikke underkjennes",
            "Delivery day if the service is not rejected",
        ),
        "letter_row_rejected": ("Underkjenning mottatt", "Rejection received"),
        "letter_row_delivery_happened": ("Leveringsdag", "Delivery day"),
        "letter_row_nature": ("Feilens eller mangelens art", "Nature of the defect"),
        "letter_row_extent": ("Omfang", "Extent"),
        "letter_row_delivered": ("Levert", "Delivered"),
        "letter_row_discovered": ("Oppdaget", "Discovered"),
        "letter_row_complained": ("Reklamasjon mottatt", "Complaint received"),
        "letter_row_complaint_deadline": ("Reklamasjonsfrist", "Complaint deadline"),
        "letter_row_ended": ("Tjenesten ble avsluttet", "The service ended"),
        "letter_row_copy_by": (
            "Siste dag for skriftlig bestilling av kopi",
            "Last day to order a copy in writing",
        ),
        "letter_row_deletion": ("Data slettes", "Data is deleted"),
        "letter_row_received": ("Oppsigelse mottatt", "Termination received"),
        "letter_row_end": ("Avtalen avsluttes", "The agreement ends"),
        "letter_row_copy_before_end": (
            "Bestill kopi av data innen",
            "Order a copy of the data by",
        ),
        "letter_row_latest_deletion": ("Data slettes senest", "Data deleted at the latest"),
        "letter_row_notice_deadline": ("Oppsigelsesfrist", "Notice deadline"),
        # delivery notice
        "letter_holidays": (
            "Disse dagene er ikke virkedager og er ikke regnet med: {days}.",
            "These days are not working days and are not counted: {days}.",
        ),
        # rejection receipt (Sodvin 3.3)
        "letter_rejection_valid": (
            "Underkjenningen kom innen utløpet av godkjenningsperioden {last:date} og er "
            "registrert etter punkt 3.3 i tjenesteavtalen. Vi retter feilene og sender dere en "
            "ny leveransemelding når tjenesten er klar. Den nye meldingen starter en ny "
            "godkjenningsperiode.",
            "The rejection arrived before the approval period ended on {last:date} and has been "
            "registered under clause 3.3 of the service agreement. We will correct the errors and "
            "send you a new delivery notice when the service is ready. The new notice starts a new "
            "approval period.",
        ),
        "letter_rejection_late": (
            "Godkjenningsperioden utløp {last:date}, og underkjenningen ble mottatt {rejected:date}, "
            "etter fristen. Etter punkt 3.3 i tjenesteavtalen anses leveringsdag derfor som "
            "inntruffet {delivery:date}. Vi ser likevel på feilene dere har meldt, og kommer "
            "tilbake til dere.",
            "The approval period ended on {last:date}, and the rejection was received on "
            "{rejected:date}, after the deadline. Under clause 3.3 of the service agreement the "
            "delivery day is therefore {delivery:date}. We will nevertheless look into the errors "
            "you have reported and get back to you.",
        ),
        "letter_rejection_insignificant": (
            "Etter vår vurdering er feilene dere har meldt uvesentlige for deres bruk av tjenesten. "
            "Etter punkt 3.3 i tjenesteavtalen kan tjenesten ikke underkjennes for slike feil, og "
            "leveringsdag anses som inntruffet {delivery:date}. Vi retter feilene som en del av "
            "den løpende driften.",
            "In our assessment the errors you have reported are insignificant for your use of the "
            "service. Under clause 3.3 of the service agreement the service cannot be rejected for "
            "such errors, and the delivery day is {delivery:date}. We will correct the errors as "
            "part of ordinary operation.",
        ),
        # complaint acknowledgement (OC 8, Sodvin 7.1)
        "letter_complaint_rule_visible": (
            "Mangler som kunne vært oppdaget ved levering, skal etter punkt 8.1 i tjenestevilkårene "
            "reklameres senest {days} dager etter levering. Tjenesten ble levert {delivered:date}, "
            "så fristen var {deadline:date}.",
            "Under clause 8.1 of the service terms, defects that could have been found at delivery "
            "must be notified at the latest {days} days after delivery. The service was delivered "
            "on {delivered:date}, so the deadline was {deadline:date}.",
        ),
        "letter_complaint_rule_hidden": (
            "Mangler som ikke kunne vært oppdaget ved levering, skal etter punkt 8.2 i "
            "tjenestevilkårene reklameres straks de er oppdaget, og aldri senere enn ett år etter "
            "etablering, det vil si innen {deadline:date}. Dere oppdaget mangelen {discovered:date}.",
            "Under clause 8.2 of the service terms, defects that could not have been found at "
            "delivery must be notified as soon as they are discovered, and never later than one "
            "year after establishment, that is by {deadline:date}. You discovered the defect on "
            "{discovered:date}.",
        ),
        "letter_complaint_timely": (
            "Reklamasjonen ble mottatt {complained:date} og er fremsatt i tide (punkt {rule}).",
            "The complaint was received on {complained:date} and was made in time (clause {rule}).",
        ),
        "letter_complaint_late": (
            "Reklamasjonen ble mottatt {complained:date}, etter fristen i punkt {rule}. Vi kan "
            "derfor ikke behandle den som en rettidig reklamasjon, men vil likevel se på forholdet.",
            "The complaint was received on {complained:date}, after the deadline in clause {rule}. "
            "We therefore cannot treat it as a timely complaint, but we will still look into the "
            "matter.",
        ),
        "letter_complaint_sodvin": (
            "Etter punkt 7.1 i tjenesteavtalen skal reklamasjon fremsettes skriftlig uten ugrunnet "
            "opphold etter at misligholdet er oppdaget eller burde vært oppdaget. Avtalen setter "
            "ingen fast frist i antall dager.",
            "Under clause 7.1 of the service agreement a complaint must be made in writing without "
            "undue delay after the breach was or should have been discovered. The agreement sets "
            "no fixed number of days.",
        ),
        "letter_complaint_sodvin_elapsed": (
            "Forholdet ble oppdaget {discovered:date}, og reklamasjonen ble mottatt "
            "{complained:date}, {days} dager senere.",
            "The matter was discovered on {discovered:date}, and the complaint was received on "
            "{complained:date}, {days} days later.",
        ),
        "letter_complaint_oral": (
            "Reklamasjonen ble fremsatt muntlig. Avtalen krever at en reklamasjon skjer skriftlig "
            "og beskriver feilens art og omfang (punkt {clause}). Vi ber dere derfor bekrefte "
            "reklamasjonen skriftlig, for eksempel ved å svare på dette brevet.",
            "The complaint was made orally. The agreement requires a complaint in writing that "
            "describes the nature and extent of the defect (clause {clause}). Please confirm the "
            "complaint in writing, for example by replying to this letter.",
        ),
        # deletion notice (OC 5)
        "letter_copy_ordered": (
            "Vi har registrert deres bestilling av kopi av data, mottatt {ordered:date}.",
            "We have registered your order for a copy of the data, received on {ordered:date}.",
        ),
        # termination confirmation (OC 12, Sodvin 5)
        "letter_oc_end": (
            "Abonnementet kan sies opp med {months} måneders varsel (punkt 12.1 i "
            "tjenestevilkårene). Abonnementet avsluttes dermed {end:date}.",
            "The subscription can be terminated with {months} months' notice (clause 12.1 of the "
            "service terms). The subscription therefore ends on {end:date}.",
        ),
        "letter_agreed_end": (
            "Etter avtale mellom oss avsluttes avtalen {end:date}.",
            "As agreed between us, the agreement ends on {end:date}.",
        ),
        "letter_oc_binding": (
            "Er det avtalt bindingstid, faktureres resten av bindingstiden på neste forfallsdato, "
            "{due:date}, for det antall enheter som sto på siste faktura før oppsigelsen ble "
            "mottatt (punkt 12.2).",
            "If a binding period was agreed, the rest of it is invoiced on the next due date, "
            "{due:date}, for the number of units on the last invoice before the termination was "
            "received (clause 12.2).",
        ),
        "letter_oc_data": (
            "Dere har selv ansvar for å sikre kopi av data dere ønsker å beholde (punkt 12.3). "
            "Bestiller dere kopi skriftlig før abonnementet utløper {end:date}, leverer vi den mot "
            "vederlag (punkt 12.4). Etter at tjenesten er avsluttet, sletter vi alle data, også "
            "sikkerhetskopier, innen {days} dager, det vil si senest {latest:date} (punkt 5.3). "
            "Vi sender varsel til dere {notice_days} virkedager før dataene slettes (punkt 5.4).",
            "You are responsible for securing a copy of any data you wish to keep (clause 12.3). "
            "If you order a copy in writing before the subscription expires on {end:date}, we "
            "will deliver it against payment (clause 12.4). After the service has ended we delete "
            "all data, backups included, within {days} days, that is by {latest:date} at the "
            "latest (clause 5.3). We will notify you {notice_days} working days before the data "
            "is deleted (clause 5.4).",
        ),
        "letter_sodvin_rule": (
            "Etter punkt 5.1 i tjenesteavtalen løper avtalen i perioder på {months} måneder og må "
            "sies opp minst {notice} måneder før slutten av en periode. Inneværende periode løper "
            "{start:date}–{end:date}, med oppsigelsesfrist {deadline:date}.",
            "Under clause 5.1 of the service agreement the agreement runs in periods of {months} "
            "months and must be terminated at least {notice} months before the end of a period. "
            "The current period runs {start:date}–{end:date}, with the notice deadline "
            "{deadline:date}.",
        ),
        "letter_sodvin_in_time": (
            "Oppsigelsen kom innen fristen, og avtalen avsluttes {end:date}.",
            "The termination arrived in time, and the agreement ends on {end:date}.",
        ),
        "letter_sodvin_late": (
            "Oppsigelsen kom etter fristen. Avtalen fornyes derfor med en ny periode og avsluttes "
            "{end:date}.",
            "The termination arrived after the deadline. The agreement therefore renews for a new "
            "period and ends on {end:date}.",
        ),
        "letter_sodvin_transfer": (
            "Ved avslutningen legger vi til rette for at deres data med ønskede sikkerhetskopier, "
            "lisenser og andre kontrakter vi administrerer for dere, oversikt over brukere og "
            "andre data og materiale som tilhører dere, blir overført til dere eller til den dere "
            "utpeker (punkt 5.3). Slik bistand faktureres etter gjeldende timepriser. Vi tar "
            "kontakt for å avtale overføringen.",
            "At the end we will arrange for your data with the backups you want, licences and "
            "other contracts we administer for you, the list of users, and other data and material "
            "that belongs to you, to be transferred to you or to a party you appoint (clause 5.3). "
            "This assistance is invoiced at our current hourly rates. We will contact you to "
            "agree on the transfer.",
        ),
        # why a letter cannot be made
        "letter_err_no_rejection": (
            "leveransemelding {id} har ingen registrert underkjenning",
            "delivery notice {id} has no recorded rejection",
        ),
        "letter_err_deletion_template": (
            "slettevarsel gjelder bare Office Center-avtaler (punkt 5.3–5.6)",
            "deletion notices apply to Office Center contracts only (clauses 5.3–5.6)",
        ),
        "letter_err_no_end": (
            "oppsigelse {id} har ingen sluttdato; registrer når tjenesten ble avsluttet",
            "termination {id} has no end date; record when the service ended",
        ),
        "letter_err_by_supplier": (
            "oppsigelse {id} ble sendt av leverandøren; en bekreftelse gjelder oppsigelser fra kunden",
            "termination {id} was sent by the supplier; a confirmation is for terminations from the customer",
        ),
        "letter_err_no_ordinary_start": (
            "avtale {id} har ingen oppstartsdag for ordinær drift (punkt 5.1)",
            "contract {id} has no start of ordinary operation (clause 5.1)",
        ),
    }
)
