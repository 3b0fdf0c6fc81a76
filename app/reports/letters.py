"""Letters the contracts require in writing, from HTML templates, as PDF or on paper.

    data = letter_data(LetterKind.DELETION_NOTICE, record=termination, contract=c,
                       customer=cu, today=clock.today(), lang="nb")
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
from pathlib import Path
from typing import Any

from app.domain import deadlines as dl
from app.domain import templates
from app.domain import termination as tm
from app.domain.explain import Lang, Step, format_date, format_value, register_texts, render, step
from app.domain.kinds import LetterKind, letter_name
from app.domain.records import Complaint, Contract, Customer, DeliveryNotice, Termination
from app.domain.results import Unknown
from app.domain.templates import ComplaintRule, EndRule
from app.resources import resource_path

__all__ = ["LetterKind", "letter_name"]  # the kinds live in the domain; kept here for callers

#: Which table a letter's record lives in.
LETTER_TABLES: dict[LetterKind, str] = {
    LetterKind.DELIVERY_NOTICE: "delivery_notices",
    LetterKind.REJECTION_RECEIPT: "delivery_notices",
    LetterKind.COMPLAINT_ACK: "complaints",
    LetterKind.DELETION_NOTICE: "terminations",
    LetterKind.TERMINATION_CONFIRMATION: "terminations",
}


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
        """The supplier the template's contract text names (a variant's: its template's)."""
        try:
            return cls(name=templates.get(template).supplier)
        except ValueError:  # an unknown template: no default sender
            return cls(name="")


class LetterUnavailable(ValueError):
    """The record does not support this letter (e.g. a deletion notice before the end date)."""

    def __init__(self, code: str, **values: Any) -> None:
        self.step = step(code, **values)
        super().__init__(render(self.step, "en"))

    @classmethod
    def because(cls, reason: Step) -> LetterUnavailable:
        """Unavailable for the reason a rule gave (an ``Unknown``'s, a problem's)."""
        return cls("letter_err_because", reason=reason)

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


def _label(code: str, lang: Lang, **values: Any) -> str:
    return render(step(code, **values), lang)


def _holidays(steps: Sequence[Step], lang: Lang) -> str:
    days = [
        f"{format_date(s.values['date'], lang, weekday=True)} {format_value(s.values['name'], '', lang)}"
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
    terms = contract.terms()
    rules = terms.rules
    if not rules.writes(kind):
        raise LetterUnavailable(
            "letter_err_not_in_template",
            letter=step(f"letter_name_{kind.value}"),
            template=rules.name,
        )
    sender = sender or Sender.for_template(contract.template)
    if not sender.name:
        sender = replace(sender, name=rules.supplier)
    agreement = render(rules.agreement, lang)
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
            _label("letter_org_number", lang, number=sender.org_number)
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
    contact_bits = [
        _label("letter_phone", lang, number=sender.phone) if sender.phone else "",
        sender.email,
        _label("letter_org_number", lang, number=sender.org_number) if sender.org_number else "",
    ]
    dated = format_date(letter_date, lang)
    prefix = _label(f"letter_ref_{table}", lang)
    ref = our_ref or f"{prefix} {contract.id}/{record_id}"
    recipient = [f"<b>{_esc(customer.name)}</b>"]
    if attention:
        recipient.append(_text("letter_attention", lang, name=attention))
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


def _approval(notice: DeliveryNotice, ctx: dict[str, Any]) -> dl.ApprovalResult:
    result = dl.notice_approval(notice, ctx["terms"])
    if isinstance(result, Unknown):
        raise LetterUnavailable.because(result.reason)
    return result


def _delivery_notice(notice: DeliveryNotice, ctx: dict[str, Any]) -> tuple[dict, date, str]:
    lang, contract = ctx["lang"], ctx["contract"]
    # the letter *is* the notice: its period as if no rejection came
    result = _approval(notice.model_copy(update={"rejected_on": None}), ctx)
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
    lang, contract = ctx["lang"], ctx["contract"]
    if notice.rejected_on is None:
        raise LetterUnavailable("letter_err_no_rejection", id=notice.id)
    result = _approval(notice, ctx)
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
    rules = terms.rules
    result = dl.complaint_limits(
        delivered=complaint.delivered,
        complained=complaint.complained,
        discovered=complaint.discovered,
        established=contract.establishment_date,
        terms=terms,
        in_writing=complaint.in_writing,
    )
    paragraphs: list[str] = []
    deadline = None
    if rules.complaint is ComplaintRule.LIMITS:
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
            clause = rules.clause("visible_defect_days")
            deadline = result.visible_defect_deadline
        else:
            paragraphs.append(
                _para(
                    "letter_complaint_rule_hidden",
                    lang,
                    months=terms.absolute_complaint_months,
                    discovered=complaint.discovered,
                    deadline=result.absolute_deadline,
                )
            )
            clause = rules.clause("absolute_complaint_months")
            deadline = result.absolute_deadline
        rule = rules.section(clause)
        # a limit on a non-working day that the contract moves (RULES 0, reading 1): the
        # letter says so, or "14 dager etter 15.11" would read as a wrong 30.11
        for note in result.notes:
            if note.code == "deadline_moved" and note.values["what"] == clause:
                paragraphs.append(
                    _para(
                        "letter_complaint_moved",
                        lang,
                        day=note.values["date"],
                        moved=note.values["moved"],
                    )
                )
        code = {
            dl.Verdict.LATE: "letter_complaint_late",
            dl.Verdict.NOT_PROMPT: "letter_complaint_not_prompt",
        }.get(result.verdict, "letter_complaint_timely")
        if result.verdict is dl.Verdict.NOT_IN_WRITING:
            # RULES reading 11 (OC 8.3): an oral complaint is not a valid complaint yet,
            # whatever the dates: the letter never calls it in time (late stays late)
            code = (
                "letter_complaint_late" if result.timely is False else "letter_complaint_oral_limit"
            )
        paragraphs.append(
            _para(
                code,
                lang,
                complained=complaint.complained,
                rule=rule,
                days=result.days_since_discovery,
            )
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
    if not complaint.in_writing:
        paragraphs.append(
            _para(
                "letter_complaint_oral", lang, clause=rules.section(rules.written_complaint_clause)
            )
        )
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
    result = tm.termination_deletion(term, terms=terms, ordinary_start=contract.ordinary_start)
    if isinstance(result, Unknown):
        raise LetterUnavailable.because(result.reason)
    if isinstance(result, tm.DeletionProblem):
        raise LetterUnavailable.because(result.problem)
    copy_status = (
        _para("letter_copy_ordered", lang, ordered=term.copy_ordered_on)
        if term.copy_ordered_on
        else ""
    )
    # A notice may go out before the service ends (5 working days before a deletion
    # planned soon after the end): then the end is still to come, and OC 12.4's
    # promise of a copy ordered before it still holds (RULES reading 7: both dates,
    # the earlier one called the safe date).
    still_running = ctx["today"] <= result.ended
    if still_running:
        copy_status = (
            _para(
                "letter_copy_before_expiry",
                lang,
                end=result.copy_before_expiry,
                safe=result.safe_copy_order_by,
            )
            + copy_status
        )
    body = {
        "ended": _esc(_d(result.ended, lang)),
        "ends_on": _text(
            "letter_ends_on" if still_running else "letter_ended_on", lang, end=result.ended
        ),
        "deletion_days": _esc(terms.deletion_days),
        "deletion": _esc(_d(result.deletion, lang)),
        "copy_order_by": _esc(_d(result.copy_order_by, lang)),
        "copy_working_days": _esc(terms.copy_order_working_days),
        "copy_status": copy_status,
        "dates_table": _dates_table(
            [
                (
                    _label("letter_row_ends" if still_running else "letter_row_ended", lang),
                    _d(result.ended, lang),
                ),
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
    ending = tm.termination_end(term, terms=terms, ordinary_start=contract.ordinary_start)
    if isinstance(ending, Unknown):
        raise LetterUnavailable.because(ending.reason)
    end = ending.end
    if terms.rules.end is EndRule.NOTICE:
        result = dl.oc_termination(received=term.received, terms=terms)
        paragraphs = [
            _para(
                "letter_oc_end",
                lang,
                months=terms.termination_notice_months,
                end=result.end,
            )
        ]
        if ending.recorded and end != result.end:
            paragraphs.append(_para("letter_agreed_end", lang, end=end))
        paragraphs.append(_para("letter_oc_binding", lang, due=result.binding_invoice_date))
        rows = [
            (_label("letter_row_received", lang), _d(term.received, lang)),
            (_label("letter_row_end", lang), _d(end, lang)),
        ]
        deletion = tm.termination_deletion(
            term, terms=terms, ordinary_start=contract.ordinary_start
        )
        if isinstance(deletion, dl.DeletionResult):
            # RULES reading 7: OC 12.4 owes a copy ordered before the subscription
            # expires, 5.6 wants it at the latest 3 working days before the deletion;
            # the row gives the earlier of the two (the safe date)
            rows.append(
                (_label("letter_row_copy_before_end", lang), _d(deletion.safe_copy_order_by, lang))
            )
            paragraphs.append(
                _para(
                    "letter_oc_data",
                    lang,
                    end=deletion.copy_before_expiry,
                    days=terms.deletion_days,
                    latest=deletion.latest_deletion,
                    notice_days=terms.deletion_notice_working_days,
                )
            )
            if term.planned_deletion is not None:
                # a planned deletion fixes the 5.6 date (else it follows the notice)
                paragraphs.append(
                    _para(
                        "letter_oc_copy_deletion",
                        lang,
                        deletion=deletion.deletion,
                        copy_by=deletion.copy_order_by,
                        n=terms.copy_order_working_days,
                    )
                )
            rows.append(
                (_label("letter_row_latest_deletion", lang), _d(deletion.latest_deletion, lang))
            )
        elif isinstance(deletion, tm.DeletionProblem):
            raise LetterUnavailable.because(deletion.problem)
        emphasise: tuple[int, ...] = (1,)
    else:
        assert contract.ordinary_start is not None  # else the end would be unknown
        result = dl.sodvin_term(
            ordinary_start=contract.ordinary_start, on=term.received, terms=terms
        )
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
        if ending.recorded and end != result.earliest_end:
            paragraphs.append(_para("letter_agreed_end", lang, end=end))
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
        "letter_row_ends": ("Tjenesten avsluttes", "The service ends"),
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
            "tjenestevilkårene reklameres straks de er oppdaget, og aldri senere enn {months} "
            "måneder etter etablering, det vil si innen {deadline:date}. Dere oppdaget mangelen "
            "{discovered:date}.",
            "Under clause 8.2 of the service terms, defects that could not have been found at "
            "delivery must be notified as soon as they are discovered, and never later than "
            "{months} months after establishment, that is by {deadline:date}. You discovered the "
            "defect on {discovered:date}.",
        ),
        "letter_complaint_moved": (
            "{day:date} er ikke en virkedag, og etter avtalen flyttes fristen da til neste "
            "virkedag, {moved:date}.",
            "{day:date} is not a working day, and under the agreement the deadline then moves to the next working day, {moved:date}.",
        ),
        "letter_complaint_timely": (
            "Reklamasjonen ble mottatt {complained:date} og er fremsatt i tide (punkt {rule}).",
            "The complaint was received on {complained:date} and was made in time (clause {rule}).",
        ),
        "letter_complaint_not_prompt": (
            "Reklamasjonen ble mottatt {complained:date}, innenfor den ytterste fristen i punkt "
            "{rule}, men {days} dager etter at mangelen ble oppdaget. Punkt 8.2 krever at "
            "reklamasjonen kommer straks mangelen er oppdaget, og vi forbeholder oss retten til å "
            "gjøre gjeldende at den kom for sent. Vi ser likevel på forholdet.",
            "The complaint was received on {complained:date}, within the outer limit of clause "
            "{rule}, but {days} days after the defect was discovered. Clause 8.2 requires the "
            "complaint as soon as the defect is discovered, and we reserve the right to hold "
            "that it came too late. We will nevertheless look into the matter.",
        ),
        "letter_complaint_oral_limit": (
            "Reklamasjonen ble mottatt {complained:date}. Før den er bekreftet skriftlig, er den "
            "ikke en gyldig reklamasjon; fristen i punkt {rule} gjelder for den skriftlige "
            "reklamasjonen.",
            "The complaint was received on {complained:date}. Until it is confirmed in writing it "
            "is not a valid complaint; the deadline in clause {rule} applies to the written "
            "complaint.",
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
        "letter_copy_before_expiry": (
            "Abonnementet er ennå ikke avsluttet. Bestiller dere kopi skriftlig før det utløper "
            "{end:date}, plikter vi å levere den mot vederlag (punkt 12.4). Den sikre datoen for "
            "bestillingen er derfor {safe:date}.",
            "The subscription has not ended yet. If you order a copy in writing before it expires "
            "on {end:date}, we are obliged to deliver it against payment (clause 12.4). The safe "
            "date for the order is therefore {safe:date}.",
        ),
        "letter_ended_on": ("ble avsluttet {end:date}", "ended on {end:date}"),
        "letter_ends_on": ("avsluttes {end:date}", "ends on {end:date}"),
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
        "letter_oc_copy_deletion": (
            "Dataene skal etter planen slettes {deletion:date}. En kopi må i alle tilfeller "
            "bestilles skriftlig senest {copy_by:date}, {n} virkedager før slettingen (punkt 5.6).",
            "The data is planned to be deleted on {deletion:date}. A copy must in any case be "
            "ordered in writing by {copy_by:date}, {n} working days before the deletion "
            "(clause 5.6).",
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
        # frame
        "letter_phone": ("Tlf. {number}", "Tel. {number}"),
        "letter_org_number": ("Org.nr. {number}", "Org. no. {number}"),
        "letter_attention": ("Att.: {name}", "Attn.: {name}"),
        "letter_ref_delivery_notices": ("LM", "DN"),
        "letter_ref_complaints": ("REK", "CMP"),
        "letter_ref_terminations": ("OPS", "TRM"),
        # why a letter cannot be made
        "letter_err_because": ("{reason}", "{reason}"),
        "letter_err_not_in_template": (
            "{template} har ikke brevet «{letter}»",
            "{template} has no letter '{letter}'",
        ),
        "letter_err_no_rejection": (
            "leveransemelding {id} har ingen registrert underkjenning",
            "delivery notice {id} has no recorded rejection",
        ),
        "letter_err_by_supplier": (
            "oppsigelse {id} ble sendt av leverandøren; en bekreftelse gjelder oppsigelser fra kunden",
            "termination {id} was sent by the supplier; a confirmation is for terminations from the customer",
        ),
    }
)
