"""Letters: the PDF's text holds the right dates and clauses, in bokmål and English (issue 5)."""

import re
import string
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from app.domain.records import Complaint, Contact, Contract, Customer, DeliveryNotice, Termination
from app.reports import letters as L

CUSTOMER = Customer(
    id=1,
    name="Hønefoss Regnskap AS",
    org_number="974760673",
    address="Storgata 12\n3510 Hønefoss",
    contacts=(Contact(name="Per Olsen", email="per@example.no"),),
)
OC = Contract(
    id=3,
    customer_id=1,
    title="Skyserver Pluss",
    template="office_center",
    signed=date(2025, 1, 10),
    delivered=date(2025, 2, 3),
)
SODVIN = Contract(
    id=4,
    customer_id=1,
    title="Azure drift",
    template="sodvin",
    signed=date(2026, 3, 1),
    ordinary_start=date(2026, 4, 10),
)
SENDER = L.Sender(
    name="Office Center Hønefoss AS",
    address="Hønengata 50\n3510 Hønefoss",
    person="Ola Hansen",
    place="Hønefoss",
)
TODAY = date(2026, 7, 10)
TERMINATION = Termination(
    id=7,
    contract_id=3,
    received=date(2026, 3, 20),
    from_contact="Kari Nordmann",
    effective_end=date(2026, 6, 30),
)

#: A complaint of a defect visible at delivery, in writing (OC 8.1: by 17.02.2025).
COMPLAINT = Complaint(
    id=9,
    contract_id=3,
    delivered=date(2025, 2, 3),
    complained=date(2025, 2, 14),
    channel="email",
    nature="Feil i oppsett",
    extent="To brukere",
)


def pdf_text(data, tmp_path) -> str:
    path = tmp_path / data.suggested_filename()
    pages = L.write_pdf(data, path)
    assert path.is_file() and pages == 1
    reader = PdfReader(path)
    assert len(reader.pages) == pages
    text = "\n".join(page.extract_text() for page in reader.pages)
    # NFKC: the PDF sets "ffi" as a ligature glyph
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def letter(kind, record, contract=OC, lang="nb", **kw):
    return L.letter_data(
        kind,
        record=record,
        contract=contract,
        customer=CUSTOMER,
        today=TODAY,
        lang=lang,
        sender=SENDER,
        **kw,
    )


def test_deletion_notice_has_the_deletion_date_copy_deadline_and_clauses(tmp_path):
    # RULES 4 example: ended 30.06.2026 -> deleted 30.07.2026, copy ordered by 27.07.2026
    text = pdf_text(letter("deletion_notice", TERMINATION), tmp_path)
    assert "Varsel om sletting av data – Skyserver Pluss" in text
    assert "Att.: Kari Nordmann" in text  # OC 5.4: to whoever sent the termination
    assert "tor. 30.07.2026" in text and "man. 27.07.2026" in text
    assert "tir. 30.06.2026" in text
    for clause in ("punkt 5.3", "punkt 5.4", "punkt 5.6", "punkt 12.3"):
        assert clause in text
    assert "Hønefoss, 10.07.2026" in text
    assert "Ola Hansen" in text


def test_deletion_notice_in_english(tmp_path):
    text = pdf_text(letter("deletion_notice", TERMINATION, lang="en"), tmp_path)
    assert "Notice of data deletion" in text
    assert "Thu 30.07.2026" in text and "Mon 27.07.2026" in text
    assert "clause 5.6" in text and "Attn.: Kari Nordmann" in text


def test_a_deletion_notice_in_time_has_no_problems_and_a_late_one_says_what_is_wrong():
    # RULES 4 example: notice by 23.07.2026 for deletion on 30.07; the letter is of 10.07
    assert letter("deletion_notice", TERMINATION).problems == ()
    late = L.letter_data(
        "deletion_notice",
        record=TERMINATION,
        contract=OC,
        customer=CUSTOMER,
        today=date(2026, 7, 28),
        sender=SENDER,
    )
    codes = [problem.code for problem in late.problems]
    # full notice from Tue 28.07 means Tue 04.08, after 30.07 (OC 5.3); copy by 27.07 passed
    assert codes == ["deletion_notice_late", "deletion_copy_passed"]
    nb, en = late.problem_texts("nb"), late.problem_texts("en")
    assert "tor. 23.07.2026" in nb[0] and "man. 27.07.2026" in nb[1]
    assert en[0].startswith("The notice is late")
    assert "for sent" not in L.letter_html(late)  # for the sender, not in the letter


def test_delivery_notice_carries_the_approval_period(tmp_path):
    # RULES 1 example: sent Wed 29.04.2026 -> 30.04 .. 15.05, delivery day 18.05
    notice = DeliveryNotice(id=5, contract_id=4, sent=date(2026, 4, 29), partial_label="Backup")
    data = letter("delivery_notice", notice, contract=SODVIN)
    assert data.letter_date == date(2026, 4, 29)  # the letter is the notice
    text = pdf_text(data, tmp_path)
    assert "Leveransemelding – Backup" in text
    for day in ("ons. 29.04.2026", "tor. 30.04.2026", "fre. 15.05.2026", "man. 18.05.2026"):
        assert day in text
    assert "Arbeidernes dag" in text and "Kristi himmelfartsdag" in text
    assert "punkt 3.2" in text and "punkt 3.3" in text and "10 virkedager" in text


def test_rejection_receipt_valid_and_late(tmp_path):
    rejected = DeliveryNotice(
        id=6,
        contract_id=4,
        sent=date(2026, 4, 29),
        rejected_on=date(2026, 5, 8),
        rejection_reason="Innlogging feiler",
    )
    text = pdf_text(letter("rejection_receipt", rejected, contract=SODVIN), tmp_path)
    assert "«Innlogging feiler»" in text and "fre. 08.05.2026" in text
    assert "innen utløpet av godkjenningsperioden 15.05.2026" in text
    assert "ny leveransemelding" in text
    late = rejected.model_copy(update={"rejected_on": date(2026, 5, 19)})
    text = pdf_text(letter("rejection_receipt", late, contract=SODVIN, lang="en"), tmp_path)
    assert "after the deadline" in text and "18.05.2026" in text and "clause 3.3" in text
    with pytest.raises(L.LetterUnavailable) as caught:
        letter(
            "rejection_receipt",
            rejected.model_copy(update={"rejected_on": None, "rejection_reason": ""}),
            contract=SODVIN,
        )
    assert "ingen registrert underkjenning" in caught.value.text("nb")


def test_complaint_acknowledgement_timely_or_not_with_the_clause(tmp_path):
    visible = COMPLAINT
    text = pdf_text(letter("complaint_ack", visible), tmp_path)
    # OC 8.1: 14 days after 03.02.2025 = 17.02.2025
    assert "punkt 8.1" in text and "17.02.2025" in text and "fremsatt i tide" in text
    late = visible.model_copy(update={"complained": date(2025, 2, 20)})
    text = pdf_text(letter("complaint_ack", late), tmp_path)
    assert "etter fristen i punkt 8.1" in text
    hidden = visible.model_copy(
        update={"discovered": date(2025, 11, 1), "complained": date(2025, 11, 4), "channel": "oral"}
    )
    text = pdf_text(letter("complaint_ack", hidden, lang="en"), tmp_path)
    # OC 8.2: one year after establishment (= delivery 03.02.2025)
    # RULES reading 11 (OC 8.3): an oral complaint is not a valid complaint yet, whatever
    # the dates; the letter never says it was made in time (this test asserted that it did)
    assert "clause 8.2" in text and "03.02.2026" in text and "made in time" not in text
    assert "not a valid complaint" in text and "confirmed in writing" in text
    assert "made orally" in text and "clause 8.3" in text
    sodvin = hidden.model_copy(update={"contract_id": 4, "channel": "email"})
    text = pdf_text(letter("complaint_ack", sodvin, contract=SODVIN), tmp_path)
    assert "punkt 7.1" in text and "uten ugrunnet opphold" in text and "3 dager senere" in text


def test_termination_confirmation_end_dates(tmp_path):
    received = TERMINATION.model_copy(update={"effective_end": None})
    text = pdf_text(letter("termination_confirmation", received), tmp_path)
    # OC 12.1: received 20.03.2026 + 3 months = 20.06.2026; deletion by 20.07.2026
    assert "avsluttes dermed 20.06.2026" in text and "punkt 12.1" in text
    assert "20.07.2026" in text and "punkt 12.2" in text and "01.01.2027" in text
    sodvin = received.model_copy(update={"contract_id": 4})
    text = pdf_text(letter("termination_confirmation", sodvin, contract=SODVIN), tmp_path)
    # Sodvin 5.1: binding from 01.05.2026, period ends 30.04.2027, notice by 31.01.2027
    assert "30.04.2027" in text and "31.01.2027" in text and "punkt 5.1" in text
    assert "punkt 5.3" in text


def test_every_template_has_both_languages_and_no_unknown_placeholder():
    # all ten letter bodies render: no "$name" left, no missing value
    notice = DeliveryNotice(
        id=5,
        contract_id=4,
        sent=date(2026, 4, 29),
        rejected_on=date(2026, 5, 4),
        rejection_reason="x",
    )
    complaint = Complaint(
        id=9,
        contract_id=3,
        delivered=date(2025, 2, 3),
        complained=date(2025, 2, 14),
        channel="email",
        nature="n",
        extent="e",
    )
    records = {
        "delivery_notice": (notice, SODVIN),
        "rejection_receipt": (notice, SODVIN),
        "complaint_ack": (complaint, OC),
        "deletion_notice": (TERMINATION, OC),
        "termination_confirmation": (TERMINATION, OC),
    }
    for kind in L.LetterKind:
        for lang in ("nb", "en"):
            assert L.template_path(kind.value, lang).is_file()
            record, contract = records[kind.value]
            html = L.letter_html(letter(kind, record, contract=contract, lang=lang))
            assert "$" not in html
            names = {
                m[1] or m[2]
                for m in string.Template.pattern.findall(L.template_text(kind.value, lang))
                if m[1] or m[2]
            }
            assert names <= set(letter(kind, record, contract=contract, lang=lang).values)


def test_print_letter_on_a_qprinter_gives_the_same_text(qapp, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    data = letter("deletion_notice", TERMINATION)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert L.print_letter(data, printer) == 1
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))
    assert "tor. 30.07.2026" in text and "man. 27.07.2026" in text and "punkt 5.6" in text


def test_an_oral_complaint_is_never_called_in_time_and_a_late_one_stays_late(tmp_path):
    # RULES reading 11: "ikke skriftlig — ikke en gyldig reklamasjon ennå" whatever the dates
    oral = COMPLAINT.model_copy(update={"id": 10, "channel": "oral"})
    text = pdf_text(letter("complaint_ack", oral), tmp_path)
    assert "i tide" not in text and "fremsatt muntlig" in text
    assert "ikke en gyldig reklamasjon" in text and "punkt 8.1" in text
    late = oral.model_copy(update={"complained": date(2025, 2, 20)})
    assert "etter fristen i punkt 8.1" in pdf_text(letter("complaint_ack", late), tmp_path)


def test_termination_confirmation_gives_the_safe_copy_date_when_deletion_comes_soon(tmp_path):
    # OC 12.1: received 30.09.2026 -> ends 30.12.2026; deletion planned Mon 04.01.2027:
    # 5.6 wants the copy ordered 3 working days before (Fri 01.01 is a holiday): Tue
    # 29.12.2026, before the end (12.4). RULES reading 7: the earlier is the safe date.
    soon = TERMINATION.model_copy(
        update={
            "received": date(2026, 9, 30),
            "effective_end": None,
            "planned_deletion": date(2027, 1, 4),
        }
    )
    text = pdf_text(letter("termination_confirmation", soon), tmp_path)
    assert "Bestill kopi av data innen tir. 29.12.2026" in text
    assert "før abonnementet utløper 30.12.2026" in text
    assert "senest 29.12.2026, 3 virkedager før slettingen (punkt 5.6)" in text
    # no deletion planned: the safe date is the end itself (12.4), as before
    plain = soon.model_copy(update={"planned_deletion": None})
    text = pdf_text(letter("termination_confirmation", plain), tmp_path)
    assert "Bestill kopi av data innen ons. 30.12.2026" in text and "punkt 5.6" not in text


def test_a_deletion_notice_before_the_end_speaks_of_the_end_to_come(tmp_path):
    # ends 30.12.2026, deletion planned 04.01.2027: the notice (by 5 working days before,
    # Tue 22.12) goes out while the subscription still runs
    soon = TERMINATION.model_copy(
        update={
            "received": date(2026, 9, 30),
            "effective_end": None,
            "planned_deletion": date(2027, 1, 4),
        }
    )
    before = L.letter_data(
        "deletion_notice",
        record=soon,
        contract=OC,
        customer=CUSTOMER,
        today=date(2026, 12, 3),
        sender=SENDER,
    )
    text = pdf_text(before, tmp_path)
    assert "avsluttes 30.12.2026" in text and "ble avsluttet" not in text
    assert "Tjenesten avsluttes ons. 30.12.2026" in text
    assert "ennå ikke avsluttet" in text and "punkt 12.4" in text
    assert "sikre datoen for bestillingen er derfor 29.12.2026" in text
    english = L.letter_data(
        "deletion_notice",
        record=soon,
        contract=OC,
        customer=CUSTOMER,
        today=date(2026, 12, 3),
        sender=SENDER,
        lang="en",
    )
    english = pdf_text(english, tmp_path)
    assert "ends on 30.12.2026" in english and "clause 12.4" in english
    # after the end (the RULES 4 example, letter of 10.07.2026): past tense, no 12.4 offer
    text = pdf_text(letter("deletion_notice", TERMINATION), tmp_path)
    assert "ble avsluttet 30.06.2026" in text and "ennå ikke avsluttet" not in text


def test_a_complaint_limit_the_contract_moves_off_a_sunday_is_explained(tmp_path):
    # delivered Sun 15.11.2026: 14 days is Sun 29.11.2026; a contract that moves limits to
    # the next working day (RULES 0, reading 1) has Mon 30.11.2026, and the letter says why
    moving = OC.model_copy(update={"overrides": {"extend_to_working_day": True}})
    complaint = COMPLAINT.model_copy(
        update={"id": 11, "delivered": date(2026, 11, 15), "complained": date(2026, 11, 30)}
    )
    text = pdf_text(letter("complaint_ack", complaint, contract=moving), tmp_path)
    assert "så fristen var 30.11.2026" in text and "fremsatt i tide" in text
    assert "29.11.2026 er ikke en virkedag" in text and "neste virkedag, 30.11.2026" in text
    english = pdf_text(letter("complaint_ack", complaint, contract=moving, lang="en"), tmp_path)
    assert "29.11.2026 is not a working day" in english
    # not moved (the default reading): the limit is the Sunday itself, nothing to explain
    unmoved = complaint.model_copy(update={"complained": date(2026, 11, 27)})
    text = pdf_text(letter("complaint_ack", unmoved), tmp_path)
    assert "så fristen var 29.11.2026" in text and "ikke en virkedag" not in text


def test_text_over_two_pages_has_each_line_once_in_the_pdf_text(qapp, tmp_path):  # noqa: ANN001
    """The first line of a page was in the previous page's text layer too (hidden by the
    clip, but a search of the PDF found it twice)."""
    from PySide6.QtGui import QTextDocument

    from app.reports import pdf

    document = QTextDocument()
    document.setHtml("".join(f"<p>Linje {i:03d} i brevet</p>" for i in range(120)))
    path = tmp_path / "long.pdf"
    assert pdf.write_pdf(document, path) >= 3
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert sorted(re.findall(r"Linje\s(\d{3})", text)) == [f"{i:03d}" for i in range(120)]
