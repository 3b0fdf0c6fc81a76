"""The overview (filters, Enter opens the record, .ics/CSV), customers, list exports, settings."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.overview import Group, Kind
from app.domain.records import Customer, DeliveryNotice, Termination
from app.reports.csv_export import ENCODING
from app.ui import settings as settings_store
from app.ui.files import SafeFileDialog
from app.ui.pages.customers import CustomersPage

from .conftest import contract_id
from .test_contract_page import focus, save_to
from .test_forms import type_into
from .test_main_window import make_window


def with_deadlines(repos):  # noqa: ANN001, ANN201
    sodvin = contract_id(repos, "sodvin")
    oc = contract_id(repos, "office_center")
    notice = repos.deliveries.add(DeliveryNotice(contract_id=sodvin, sent=date(2026, 5, 15)))
    ending = repos.terminations.add(
        Termination(
            contract_id=oc,
            received=date(2026, 3, 31),
            from_contact="Ingrid Haugen",
            effective_end=date(2026, 4, 30),
        )
    )
    other = repos.customers.add(Customer(name="Hole Bygg AS", org_number="920864317"))
    return notice, ending, other


def test_overview_groups_filters_and_opens_the_record(qtbot, database, repos):  # noqa: ANN001
    notice, ending, _other = with_deadlines(repos)
    window = make_window(qtbot, database, repos)
    page = window.pages["overview"]
    assert page.wait_until_loaded()  # computed on the worker
    groups = page.listing.groups
    assert page.cards[Group.WEEK].value.text() == str(len(groups[Group.WEEK]))
    assert page.cards[Group.LATER].value.text() == str(len(groups[Group.LATER]))
    total = page.model.rowCount()
    assert total == len(page.listing.items) > 2
    summary = window.summary_label.text()
    assert summary.startswith("Frister: ") and "neste 7 dager" in summary

    kinds = page.kind_filter
    kinds.setCurrentIndex(kinds.findData(Kind.APPROVAL_END))
    assert page.model.rowCount() == 1
    assert "av" in page.shown_label.text()  # "1 av N frister"
    kinds.setCurrentIndex(0)
    customers = page.customer_filter
    assert customers.findText("Ringerike Regnskap AS") > 0
    customers.setCurrentIndex(customers.findText("Ringerike Regnskap AS"))
    mine = [item for _g, item in page.listing.items if item.customer == "Ringerike Regnskap AS"]
    assert 0 < page.model.rowCount() == len(mine) < total  # not the maintenance windows
    customers.setCurrentIndex(0)
    # a maintenance window is no single customer's: it says which contracts it is for
    row = next(
        i
        for i in range(page.model.rowCount())
        if page.model.record_at(i)[1].kind == Kind.MAINTENANCE
    )
    shown = [page.model.index(row, column).data() for column in range(6)]
    assert shown[3:5] == ["–", "Alle Sodvin-avtaler"]

    # Enter on the approval deadline: the contract page, delivery notices tab, that row
    row = next(
        i
        for i in range(page.model.rowCount())
        if page.model.record_at(i)[1].kind == Kind.APPROVAL_END
    )
    page.table.selectRow(row)
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_page_name() == "contract"
    contract_page = window.pages["contract"]
    assert contract_page.current_tab() == "deliveries"
    selected = contract_page.tables["deliveries"].currentIndex().row()
    assert contract_page.deliveries_model.record_at(selected).id == notice.id

    window.show_page("overview")
    row = next(
        i for i in range(page.model.rowCount()) if page.model.record_at(i)[1].kind == Kind.DELETION
    )
    page.open_row(row)
    assert contract_page.current_tab() == "terminations"
    assert contract_page.contract.id == ending.contract_id


def test_an_overview_with_no_deadline_at_all_says_why(qtbot, database):  # noqa: ANN001
    """A new database (the demo data declined) showed an empty list and "0 frister",
    nothing more. Now the list says why there is nothing, and what to do first."""
    from decimal import Decimal

    from app.domain.records import Contract
    from app.storage.repositories import Repositories

    repos = Repositories(database)
    window = make_window(qtbot, database, repos)
    page = window.pages["overview"]
    assert page.wait_until_loaded()
    assert page.table.isHidden() and page.empty_label.isVisible()
    assert page.empty_label.text() == (
        "Ingen avtaler ennå, og derfor ingen frister. Les inn en eksport med Fil → "
        "Importer …, eller legg inn den første avtalen på siden Avtaler (Ctrl+N der)."
    )

    customer = repos.customers.add(Customer(name="Ringerike Regnskap AS", org_number="914573262"))
    old = Contract(
        customer_id=customer.id,
        title="Skytjenester 2020",
        template="office_center",
        signed=date(2020, 1, 5),
        delivered=date(2020, 2, 1),
        monthly_fee=Decimal("8000"),
    )
    repos.contracts.add(old)  # long delivered, nothing pending: no deadline in the window
    qtbot.keyClick(window, Qt.Key.Key_F5)
    none_due = "Ingen forfalte frister, og ingen de neste 60 dagene."
    qtbot.waitUntil(lambda: page.empty_label.text() == none_due)
    assert page.table.isHidden() and page.cards["contracts"].value.text() == "1"

    repos.contracts.add(old.model_copy(update={"template": "sodvin", "title": "Azure drift"}))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.table.isVisible())  # its maintenance windows
    assert page.empty_label.isHidden() and page.model.rowCount() > 0
    # a filter that hides every deadline keeps the list, and says "0 av N"
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(Kind.APPROVAL_END))
    assert page.model.rowCount() == 0 and page.table.isVisible()
    assert page.shown_label.text().startswith("0 av ")


def test_overview_paints_first_and_fills_in_from_the_worker(qtbot, database, repos, monkeypatch):  # noqa: ANN001
    import threading

    from app.reports import deadlines_report

    with_deadlines(repos)
    release = threading.Event()
    real = deadlines_report.deadline_list
    threads: list[object] = []

    def held(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        threads.append(threading.current_thread())
        release.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(deadlines_report, "deadline_list", held)
    window = make_window(qtbot, database, repos)
    page = window.pages["overview"]
    assert page.loading() and page.listing is None
    assert page.shown_label.text() == "Beregner frister …"
    assert page.cards[Group.WEEK].value.text() == "–"
    assert page.model.rowCount() == 0 and window.summary_label.text() == ""
    assert page.export_data() is None
    release.set()
    assert page.wait_until_loaded()
    assert threads and threads[0] is not threading.main_thread()
    assert not page.loading() and page.model.rowCount() == len(page.listing.items) > 2
    assert page.shown_label.text().endswith("frister")
    assert window.summary_label.text().startswith("Frister: ")
    assert page.cards["contracts"].value.text() == "2"


def test_overview_refresh_during_a_computation_keeps_only_the_newest(
    qtbot, database, repos, monkeypatch
):  # noqa: ANN001
    import threading

    from app.reports import deadlines_report

    release = threading.Event()
    real = deadlines_report.deadline_list

    def held(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        release.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(deadlines_report, "deadline_list", held)
    window = make_window(qtbot, database, repos)
    page = window.pages["overview"]
    first = page.job
    with_deadlines(repos)  # changes stored meanwhile; the second computation sees them
    window.refresh()
    assert page.job is not first and first.cancelled
    release.set()
    assert first.wait() and page.wait_until_loaded()
    kinds = {item.kind for _g, item in page.listing.items}
    assert Kind.APPROVAL_END in kinds  # the notice added after the first computation started


def test_overview_exports_ics_and_csv(qtbot, database, repos, monkeypatch, tmp_path):  # noqa: ANN001
    with_deadlines(repos)
    window = make_window(qtbot, database, repos)
    page = window.pages["overview"]
    assert page.wait_until_loaded()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(Kind.APPROVAL_END))
    save_to(monkeypatch, tmp_path / "frister.ics")
    monkeypatch.setattr("app.ui.pages.overview.ask_ics_scope", lambda _p, n: "shown")
    path, count = page.export_ics()
    text = path.read_text(encoding="utf-8")
    assert count == 1 and text.count("BEGIN:VEVENT") == 1
    assert "Godkjenningsperiode slutter" in text
    save_to(monkeypatch, tmp_path / "frister")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # File → Export
    lines = (tmp_path / "frister.csv").read_text(encoding=ENCODING).splitlines()
    assert lines[0].startswith("Når;Dato;Frist;Kunde") and len(lines) == 2  # as shown
    assert "eksportert" in window.statusBar().currentMessage()
    # issue 13 item 18: every coming deadline, beyond the 60 days in view
    page.kind_filter.setCurrentIndex(0)
    shown = len(page.shown())
    save_to(monkeypatch, tmp_path / "alle.ics")
    path, count = page.export_ics("all")
    assert count > shown
    assert "alle" in path.name or path.name == "alle.ics"


def test_every_list_exports_csv(qtbot, database, repos, monkeypatch, tmp_path):  # noqa: ANN001
    with_deadlines(repos)
    window = make_window(qtbot, database, repos)
    expected = {
        "contracts": "Kunde;Org.nr.;Avtale",
        "customers": "Kunde;Org.nr.;Avtaler",
        "incidents": "Start;Slutt",
        "complaints": "Reklamert;Kunde;Avtale",
        "deliveries": "Sendt;Kunde;Avtale",
    }
    for name, head in expected.items():
        window.show_page(name)
        target = tmp_path / f"{name}.csv"
        save_to(monkeypatch, target)
        window.export_action.trigger()
        lines = target.read_text(encoding=ENCODING).splitlines()
        assert lines[0].startswith(head), (name, lines[0])
    contracts = (tmp_path / "contracts.csv").read_text(encoding=ENCODING).splitlines()
    assert len(contracts) == 3
    assert contracts[
        1
    ].endswith(
        ";914573262;Azure drift;Sodvin – Azure Tjenesteavtale;05.01.2026;10000,00"  # money: two decimals
    )
    deliveries = (tmp_path / "deliveries.csv").read_text(encoding=ENCODING).splitlines()
    assert deliveries[1].startswith("15.05.2026;")  # a date, not the screen's "fre. 15.05.2026"


def test_customers_edit_and_delete(qtbot, database, repos, monkeypatch):  # noqa: ANN001
    _n, _t, other = with_deadlines(repos)
    page = CustomersPage(repos)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2
    assert page.model.index(1, 2).data() == "2"  # Ringerike has both contracts
    type_into(qtbot, page.filter, "ringerike")
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    focus(qtbot, page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.last_dialog
    form = dialog.form
    assert form.fields.editors["org_number"].value() == "914573262"
    type_into(qtbot, form.fields.editors["address"], "Storgata 1, 3510 Hønefoss")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(
        form.fields.editors["address"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    customer = next(c for c in repos.customers.all() if c.name == "Ringerike Regnskap AS")
    assert customer.address == "Storgata 1, 3510 Hønefoss"
    assert "Storgata 1" in page.model.index(0, 3).data()

    told, asked = [], []

    def yes(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(yes))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: told.append(a[2])))
    page.table.selectRow(0)
    focus(qtbot, page.table)
    # has contracts: said at once, and why (it asked "Slette …?" first, then refused)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == []
    assert told == [
        "Kunden Ringerike Regnskap AS kan ikke slettes: andre poster viser til den (avtaler: 2)."
    ]
    assert len(repos.customers.all()) == 2
    page.filter.clear()
    row = next(i for i in range(page.model.rowCount()) if page.model.record_at(i).id == other.id)
    page.table.selectRow(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [c.id for c in repos.customers.all()] != [] and other.id not in {
        c.id for c in repos.customers.all()
    }


def test_settings_dialog_stores_language_and_sender(qtbot, database, repos):  # noqa: ANN001
    window = make_window(qtbot, database, repos)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert dialog.isVisible()
    assert dialog.language.currentData() == "nb"
    edits = dialog.sender_edits
    qtbot.keyClicks(edits["name"], "Sodvin AS")
    qtbot.keyClicks(edits["org_number"], "914573262")
    qtbot.keyClicks(edits["address"], "Postboks 1")
    qtbot.keyClicks(edits["person"], "Kari Nordmann")
    qtbot.keyClicks(edits["place"], "Hønefoss")
    dialog.accept()
    stored = settings_store.load()
    assert stored.language == "nb" and stored.sender_name == "Sodvin AS"
    sender = stored.sender()
    assert sender.person == "Kari Nordmann" and sender.address == "Postboks 1"
    assert sender.place == "Hønefoss"

    dialog = window.open_settings()
    assert dialog.sender_edits["name"].text() == "Sodvin AS"
    dialog.language.setCurrentIndex(1)
    dialog.accept()
    assert settings_store.load().language == "en"
    assert window.nav.item(0).text() == "Overview"
    window.set_language("nb")


def test_settings_under_lang_en_keep_the_stored_language_unless_changed(qtbot, database, repos):  # noqa: ANN001, E501
    """``python -m app --lang en`` with bokmål stored: the dialog showed "Norsk bokmål"
    (the stored language), and OK after changing only the signer switched the window to
    bokmål. It now shows the language in use; only a change there is applied and kept."""
    window = make_window(qtbot, database, repos)
    window.set_language("en")  # as --lang en starts it; bokmål stays stored
    try:
        assert settings_store.load().language == "nb"
        dialog = window.open_settings()
        assert dialog.language.currentText() == "English"
        qtbot.keyClicks(dialog.sender_edits["person"], "Kari Nordmann")
        dialog.accept()
        stored = settings_store.load()
        assert (stored.language, stored.sender_person) == ("nb", "Kari Nordmann")
        assert window.nav.item(0).text() == "Overview"  # still English
        dialog = window.open_settings()
        dialog.language.setCurrentIndex(dialog.language.findData("nb"))
        dialog.accept()
        assert settings_store.load().language == "nb"
        assert window.nav.item(0).text() == "Oversikt"  # chosen: switched
    finally:
        window.set_language("nb")


def test_settings_dialog_cancel_changes_nothing(qtbot, database, repos):  # noqa: ANN001
    window = make_window(qtbot, database, repos)
    dialog = window.open_settings()
    dialog.sender_edits["name"].setText("Noe annet AS")
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert settings_store.load().sender_name == ""
    assert settings_store.load().sender() is None


def test_file_dialog_cancel_writes_nothing(qtbot, database, repos, monkeypatch, tmp_path):  # noqa: ANN001
    window = make_window(qtbot, database, repos)
    monkeypatch.setattr(SafeFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    window.show_page("contracts")
    assert window.pages["contracts"].export_csv() is None
    assert list(tmp_path.glob("*.csv")) == []


def test_a_list_or_calendar_that_cannot_be_written_is_said_not_raised(
    qtbot, database, repos, monkeypatch, tmp_path
):  # noqa: ANN001, E501
    """The list's CSV and the calendar file are written on the GUI thread: a failed write
    (here a folder that is gone by the time of writing; a full disk or a read-only folder
    alike) escaped the slot as a traceback on stderr, and the user saw nothing."""
    window = make_window(qtbot, database, repos)
    gone = tmp_path / "borte"
    chosen = iter([str(gone / "avtaler.csv"), str(gone / "frister.ics")])
    monkeypatch.setattr(
        SafeFileDialog, "getSaveFileName", staticmethod(lambda *a: (next(chosen), ""))
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2])))
    window.show_page("contracts")
    assert window.pages["contracts"].export_csv() is None
    overview = window.pages["overview"]
    window.show_page("overview")
    assert overview.wait_until_loaded()
    assert overview.export_ics(scope="shown") is None
    # (the folder is named: storage.targets.FolderMissing, asked before writing)
    assert warned == [
        f"Kan ikke skrive {gone / name}: mappen {gone} finnes ikke. Lag den først, eller "
        "velg et annet sted."
        for name in ("avtaler.csv", "frister.ics")
    ]
    assert not gone.exists()
