"""The contract page: term overrides, services and checklist tasks, letters and the report.

Driven by keys where a user would use keys; the file and print dialogs are patched.
"""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.domain.records import DeliveryNotice
from app.reports.availability_report import CHART_URL
from app.storage.letters import LetterLog
from app.ui import settings as settings_store
from app.ui.files import SafeFileDialog
from app.ui.pages.contract import ContractPage

from .conftest import TODAY, contract_id
from .test_forms import type_into

Key = Qt.Key
Mod = Qt.KeyboardModifier


def make_page(qtbot, repos, template: str = "sodvin") -> ContractPage:  # noqa: ANN001
    page = ContractPage(repos, today=TODAY)
    qtbot.addWidget(page)
    page.load(contract_id(repos, template))
    page.show()
    return page


def focus(qtbot, widget) -> None:  # noqa: ANN001
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: widget.hasFocus())


def save_to(monkeypatch, path: Path) -> list[str]:  # noqa: ANN001
    """The file dialog answers ``path``; returns the titles it was asked with."""
    asked: list[str] = []

    def answer(parent, title, suggested, filters):  # noqa: ANN001, ANN202
        asked.append(suggested)
        return str(path), filters

    monkeypatch.setattr(SafeFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def print_to_pdf(monkeypatch, path: Path) -> None:  # noqa: ANN001
    """The print dialog is 'accepted' with a PDF printer writing to ``path``."""

    def accept(dialog):  # noqa: ANN001, ANN202
        printer: QPrinter = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)


def term_row(page: ContractPage, name: str) -> int:
    model = page.terms_model
    return next(i for i in range(model.rowCount()) if model.record_at(i)[0] == name)


def test_override_a_term_and_see_the_deadline_change(qtbot, repos):  # noqa: ANN001
    sodvin = contract_id(repos, "sodvin")
    repos.deliveries.add(DeliveryNotice(contract_id=sodvin, sent=date(2026, 4, 29)))
    page = make_page(qtbot, repos)
    assert page.deliveries_model.index(0, 2).data() == "fre. 15.05.2026"  # 10 working days

    page.show_tab("terms")
    table = page.tables["terms"]
    table.selectRow(term_row(page, "approval_working_days"))
    focus(qtbot, table)
    qtbot.keyClick(table, Key.Key_Return)  # Enter: the contract form, unfolded at the term
    dialog = page.last_dialog
    form = dialog.form
    row = form.terms_editor.rows["approval_working_days"]
    assert form.terms_editor.body.isVisibleTo(form)
    qtbot.waitUntil(lambda: row.check.hasFocus())
    assert not row.editor.isEnabled()
    qtbot.keyClick(row.check, Key.Key_Space)  # tick: the contract's own value
    assert row.editor.isEnabled() and row.editor.hasFocus()
    row.editor.selectAll()
    qtbot.keyClicks(row.editor, "15")
    assert form.value().overrides == {"approval_working_days": 15}
    assert "1" in form.terms_editor.toggle.text()
    # the binding period is live in the form's result
    before = form.result_view.value_text("earliest_end")
    binding = form.terms_editor.rows["binding_months"]
    binding.check.setChecked(True)
    binding.editor.set_value(24)
    assert form.result_view.value_text("earliest_end") != before
    binding.check.setChecked(False)
    assert form.result_view.value_text("earliest_end") == before
    qtbot.keyClick(row.editor, Key.Key_S, Mod.ControlModifier)
    assert not dialog.isVisible()

    stored = repos.contracts.get(sodvin)
    assert stored.overrides == {"approval_working_days": 15}
    assert stored.terms().approval_working_days == 15
    assert page.deliveries_model.index(0, 2).data() == "fre. 22.05.2026"  # 15 working days
    shown = page.terms_model.record_at(term_row(page, "approval_working_days"))
    assert (shown[1], shown[2]) == (10, 15)

    # untick: back to the template
    dialog = page.edit_term(term_row(page, "approval_working_days"))
    dialog.form.terms_editor.rows["approval_working_days"].check.setChecked(False)
    dialog.save()
    assert repos.contracts.get(sodvin).overrides == {}
    assert page.deliveries_model.index(0, 2).data() == "fre. 15.05.2026"


def test_a_bad_override_is_shown_at_its_term(qtbot, repos):  # noqa: ANN001
    page = make_page(qtbot, repos, "office_center")
    dialog = page.edit_contract()
    editor = dialog.form.terms_editor
    days = editor.rows["annual_closed_days"]
    days.check.setChecked(True)
    type_into(qtbot, days.editor, "24-12")
    assert "MM-DD" in days.error.text()
    assert not dialog.save_button.isEnabled()
    type_into(qtbot, days.editor, "12-24")
    assert days.error.text() == "" and dialog.save_button.isEnabled()
    dialog.save()
    assert repos.contracts.get(contract_id(repos, "office_center")).overrides == {
        "annual_closed_days": ["12-24"]
    }


def test_add_edit_and_delete_a_service(qtbot, repos, monkeypatch):  # noqa: ANN001
    page = make_page(qtbot, repos)
    page.show_tab("services")
    dialog = page.new_record()  # Ctrl+N on the services tab: a service
    form = dialog.form
    assert form.fields.editors["contract_id"].value() == page.contract.id
    type_into(qtbot, form.fields.editors["name"], "Microsoft 365")
    form.fields.editors["units"].set_value(25)
    type_into(qtbot, form.fields.editors["unit_price"], "199,50")
    assert "kr 4 987,50" in form.summary.text().replace("\u00a0", " ")
    dialog.save()
    assert page.services_model.rowCount() == 1

    table = page.tables["services"]
    table.selectRow(0)
    focus(qtbot, table)
    qtbot.keyClick(table, Key.Key_Return)
    form = page.last_dialog.form
    assert form.fields.editors["name"].value() == "Microsoft 365"
    type_into(qtbot, form.fields.editors["name"], "Microsoft 365 E3")
    page.last_dialog.save()
    [service] = repos.services.for_contract(page.contract.id)
    assert service.name == "Microsoft 365 E3" and service.unit_price == Decimal("199.50")

    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes),
    )
    table.selectRow(0)
    focus(qtbot, table)
    qtbot.keyClick(table, Key.Key_Delete)
    assert asked and "Microsoft 365 E3" in asked[0]
    assert repos.services.for_contract(page.contract.id) == []
    assert page.services_model.rowCount() == 0
    assert (
        "tjeneste" in page.history_model.index(0, 3).data()
    )  # the history tab (When, User, PC, Change)


def test_checklist_task_add_toggle_edit_delete(qtbot, repos, monkeypatch):  # noqa: ANN001
    page = make_page(qtbot, repos)
    page.show_tab("checklist")
    dialog = page.new_record()
    form = dialog.form
    form.fields.editors["phase"].set_value(2)
    type_into(qtbot, form.fields.editors["task"], "Sette opp sikkerhetskopi")
    type_into(qtbot, form.fields.editors["owner"], "Leverandør")
    dialog.save()
    table = page.tables["checklist"]
    assert page.checklist_model.rowCount() == 1
    table.selectRow(0)
    focus(qtbot, table)
    qtbot.keyClick(table, Key.Key_Space)  # done today
    [item] = repos.checklist.for_contract(page.contract.id)
    assert item.done_on == TODAY
    qtbot.keyClick(table, Key.Key_Space)  # and not done again
    assert repos.checklist.get(item.id).done_on is None

    qtbot.keyClick(table, Key.Key_Return)
    form = page.last_dialog.form
    type_into(qtbot, form.fields.editors["task"], "Sette opp og teste sikkerhetskopi")
    page.last_dialog.save()
    assert repos.checklist.get(item.id).task == "Sette opp og teste sikkerhetskopi"

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    focus(qtbot, table)
    qtbot.keyClick(table, Key.Key_Delete)  # answered No: kept
    assert repos.checklist.count_all() == 1
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    qtbot.keyClick(table, Key.Key_Delete)
    assert repos.checklist.count_all() == 0


def test_letter_through_the_dialog_is_printed_saved_and_logged(qtbot, repos, monkeypatch, tmp_path):  # noqa: ANN001
    sodvin = contract_id(repos, "sodvin")
    notice = repos.deliveries.add(DeliveryNotice(contract_id=sodvin, sent=date(2026, 4, 29)))
    stored = settings_store.load()
    stored.sender_name = "Sodvin AS"
    stored.sender_person = "Kari Nordmann"
    stored.sender_place = "Hønefoss"
    settings_store.save(stored)
    page = make_page(qtbot, repos)
    page.show_tab("deliveries")
    table = page.tables["deliveries"]
    table.selectRow(0)
    focus(qtbot, table)
    qtbot.keyClick(table, Key.Key_L, Mod.ControlModifier)  # Make letter…
    dialog = page.last_preview
    assert dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: dialog.kinds.hasFocus())  # keyboard: list, language, text, buttons
    for expected in (dialog.language, dialog.view, dialog.print_button, dialog.save_button):
        qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    names = [dialog.kinds.item(i).text() for i in range(dialog.kinds.count())]
    assert names == ["Leveransemelding", "Bekreftelse på mottatt underkjenning"]
    assert dialog.current_kind() == "delivery_notice"
    text = dialog.document.toPlainText()
    assert "15.05.2026" in text and "Kari Nordmann" in text and "Sodvin AS" in text
    dialog.select("rejection_receipt")  # no rejection on this notice: greyed out, and why
    assert dialog.document is None and not dialog.save_button.isEnabled()
    assert dialog.reason.text()
    dialog.select("delivery_notice")
    dialog.language.setCurrentIndex(1)  # English
    assert "Delivery notice" in dialog.document.toPlainText()
    dialog.language.setCurrentIndex(0)

    printed = tmp_path / "utskrift.pdf"
    print_to_pdf(monkeypatch, printed)
    assert dialog.print_document()
    assert printed.read_bytes().startswith(b"%PDF")

    target = tmp_path / "leveransemelding"
    asked = save_to(monkeypatch, target)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Key.Key_S, Mod.ControlModifier)
    assert asked and asked[0].endswith(".pdf")
    assert dialog.save_job.wait()  # written and logged on the worker
    saved = target.with_suffix(".pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    [entry] = LetterLog(repos.database).for_record("delivery_notices", notice.id)
    assert entry.kind == "delivery_notice" and entry.path == str(saved.resolve())
    letters = page.deliveries_model.index(0, 5).data()
    assert letters.startswith("Leveransemelding ")  # the tab shows it, and when
    qtbot.keyClick(dialog, Key.Key_Escape)
    assert not dialog.isVisible()
    # issue 15 item 8: the PDF as sent is a document of the notice, on its Vedlegg tab
    form = page.edit_in_tab("deliveries", 0)
    qtbot.addWidget(form)
    panel = form.attachments_panel
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 0).data() == "leveransemelding.pdf"
    assert panel.model.index(0, 1).data() == "Sendt brev (PDF)"
    (kept,) = panel.attachments()
    assert kept.sha256 == hashlib.sha256(saved.read_bytes()).hexdigest()


def test_termination_letters_say_why_one_does_not_apply(qtbot, repos):  # noqa: ANN001
    from app.domain.records import Termination

    sodvin = contract_id(repos, "sodvin")
    repos.terminations.add(
        Termination(contract_id=sodvin, received=date(2026, 3, 31), from_contact="Ola Hansen")
    )
    page = make_page(qtbot, repos)
    page.show_tab("terminations")
    assert page.letter_button.isEnabled()
    dialog = page.make_letter()
    assert dialog.current_kind() == "termination_confirmation"
    dialog.select("deletion_notice")
    # the Sodvin template has no deletion notice (5.3: the data is transferred)
    assert "Sodvin – Azure Tjenesteavtale har ikke brevet" in dialog.reason.text()
    dialog.close()
    page.show_tab("services")
    assert not page.letter_button.isEnabled()


def test_a_late_deletion_notice_says_so_beside_the_letter(qtbot, repos):  # noqa: ANN001
    from app.domain.records import Termination

    # ended 22.04.2026: deletion by 22.05, notice by 15.05, copy order by 19.05; today 20.05
    term = repos.terminations.add(
        Termination(
            contract_id=contract_id(repos, "office_center"),
            received=date(2026, 1, 22),
            from_contact="Ola Hansen",
            effective_end=date(2026, 4, 22),
        )
    )
    page = make_page(qtbot, repos, "office_center")
    page.show_tab("terminations")
    dialog = page.make_letter()
    qtbot.addWidget(dialog)
    dialog.select("deletion_notice")
    assert dialog.problems.isVisible()
    shown = dialog.problems.text().replace("\u00a0", " ")  # (dates kept with weekdays)
    assert "Varselet er for sent" in shown and "fre. 15.05.2026" in shown
    assert "kopibestilling" in shown and "tir. 19.05.2026" in shown
    dialog.select("termination_confirmation")  # nothing to warn about
    assert not dialog.problems.isVisible()
    # in time: no warning at all
    repos.terminations.update(term.model_copy(update={"effective_end": date(2026, 5, 15)}))
    page.load(page.contract.id)
    page.show_tab("terminations")
    again = page.make_letter()
    qtbot.addWidget(again)
    again.select("deletion_notice")
    assert not again.problems.isVisible() and again.data.problems == ()


def test_termination_rows_show_only_their_template_s_dates(qtbot, repos):  # noqa: ANN001
    from app.domain.records import Termination

    for template in ("sodvin", "office_center"):
        repos.terminations.add(
            Termination(
                contract_id=contract_id(repos, template),
                received=date(2026, 3, 31),
                from_contact="Ola Hansen",
                effective_end=date(2026, 6, 30),
                transfer_done={"users": date(2026, 5, 2)},
            )
        )
    shown = {}
    for template in ("sodvin", "office_center"):
        page = make_page(qtbot, repos, template)
        page.show_tab("terminations")
        model = page.tables["terminations"].model()
        shown[template] = [model.index(0, column).data() for column in range(3, 7)]
    # notice by / latest deletion are Office Center's (5.3, 5.4), the transfer Sodvin's (5.3);
    # the extension (Sodvin 5.4) only follows a supplier's termination, none here
    assert shown["sodvin"] == ["–", "–", "–", "1/5"]
    assert shown["office_center"] == ["tor. 23.07.2026", "tor. 30.07.2026", "–", "–"]


def test_availability_report_shows_the_chart_and_saves(qtbot, repos, monkeypatch, tmp_path):  # noqa: ANN001
    page = make_page(qtbot, repos, "office_center")
    quarters = [page.quarter_choice.itemText(i) for i in range(page.quarter_choice.count())]
    assert quarters == ["K2 2026", "K1 2026"]
    page.quarter_choice.setCurrentIndex(1)
    dialog = page.show_report()
    assert "K1 2026" in dialog.windowTitle()
    image = dialog.document.resource(
        QTextDocument.ResourceType.ImageResource.value, QUrl(CHART_URL)
    )
    assert image is not None and not image.isNull()  # the chart is in the preview
    save_to(monkeypatch, tmp_path / "rapport.pdf")
    assert dialog.save_pdf() == tmp_path / "rapport.pdf"
    assert dialog.save_job.wait()  # written on the worker
    assert (tmp_path / "rapport.pdf").read_bytes().startswith(b"%PDF")
    dialog.close()


@pytest.mark.parametrize("tab", ["complaints", "deliveries", "terminations", "services"])
def test_every_record_tab_has_its_menu(qtbot, repos, tab):  # noqa: ANN001
    page = make_page(qtbot, repos)
    texts = [a.text() for a in page.tables[tab].actions() if not a.isSeparator()]
    assert "&Slett …" in texts and "&Eksporter listen som CSV …" in texts
    assert ("Lag &brev …" in texts) == (tab != "services")


def test_the_establishment_checklist_is_the_templates_that_have_one(qtbot, repos):  # noqa: ANN001
    """Sodvin Bilag 2 has an establishment plan (the template module says so); Office
    Center has none, so its contracts show no checklist tab, and keyboard tab cycling
    never lands on it."""
    from app.domain import templates

    assert templates.get("sodvin").establishment_plan
    assert not templates.get("office_center").establishment_plan
    sodvin = make_page(qtbot, repos, "sodvin")
    assert "checklist" in sodvin.visible_tabs()
    oc = make_page(qtbot, repos, "office_center")
    assert "checklist" not in oc.visible_tabs()
    assert "terminations" in oc.visible_tabs() and "history" in oc.visible_tabs()
    seen = set()
    oc.tabs.setFocus()
    for _ in range(oc.tabs.count() + 2):
        qtbot.keyClick(oc.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        seen.add(oc.current_tab())
    assert "checklist" not in seen and len(seen) == len(oc.visible_tabs())
    oc.show_tab("checklist")  # asked for by name (a link from elsewhere): stays away
    assert oc.current_tab() != "checklist"
    # the same page showing a Sodvin contract, then an Office Center one: the tab follows
    oc.load(contract_id(repos, "sodvin"))
    assert "checklist" in oc.visible_tabs()
    oc.show_tab("checklist")
    oc.load(contract_id(repos, "office_center"))
    assert "checklist" not in oc.visible_tabs() and oc.current_tab() != "checklist"


def test_a_long_heading_ends_in_an_ellipsis_beside_the_buttons(qtbot, repos):  # noqa: ANN001
    """At 960 px the heading read "Hole Bygg og Anlegg AS – Skytjenester SLA –", the rest
    hidden under the buttons with no sign of it. Now it ends in "…", the whole heading is
    its tooltip, and with room enough it is shown whole."""
    page = make_page(qtbot, repos)
    customer = repos.customers.get(repos.contracts.get(page.contract_id).customer_id)
    whole = f"{customer.name} – {repos.contracts.get(page.contract_id).title}"
    heading, first_button = page.heading, page.toolbar.itemAt(0).widget()

    page.resize(560, 700)
    qtbot.waitUntil(lambda: heading.shown_text() != whole)
    assert heading.text() == whole
    assert heading.shown_text().endswith("…")
    assert whole.startswith(heading.shown_text()[:-1].rstrip())
    assert heading.toolTip() == whole
    assert heading.geometry().right() < first_button.geometry().left()
    # the painted text ends inside the label (QLabel indents it 5 px: the "…" lost its
    # last dot when that was not counted)
    image = heading.grab().toImage()
    inked = [
        x
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 160
    ]
    assert max(inked) < image.width() - 2

    page.resize(1600, 700)
    qtbot.waitUntil(lambda: heading.shown_text() == whole)
    assert heading.toolTip() == ""


def test_a_quarter_that_cannot_be_computed_is_said_in_the_users_language(qtbot, repos, monkeypatch):  # noqa: ANN001
    """An incident stored before the repeated-hour check compared instants (02:15 winter
    time → 02:45 summer time) made the page say '(incidents.2.end: must be after the
    start)' in English in a bokmål window."""
    from app.domain.errors import DomainError
    from app.storage import compute

    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise DomainError("incidents.2.end", "err_end_before_start", other="start")

    monkeypatch.setattr(compute, "contract_quarter", refuse)
    page = make_page(qtbot, repos)
    page.show_quarter()
    text = page.quarter.text()
    assert text == "Dette kvartalet: ikke beregnet (incidents.2.end: må være etter start)"
