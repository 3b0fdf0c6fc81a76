"""Data entry a service desk can trust (issue 13), driven by key events as a user types.

Each test here failed on the program before: dates typed over a selection, the wheel
over unfocused fields, Enter on an untouched new form, the focus at the start of a
form, derived fields that follow the contract, a stale result beside an error, the
words in messages, and numbers that are not amounts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow
from app.ui.pages.calculators import CalculatorsPage
from app.ui.pages.contracts import ContractsPage
from app.ui.pages.records import ComplaintsPage

from .conftest import TODAY, contract_id

Key, Mod = Qt.Key, Qt.KeyboardModifier


def retype(qtbot, widget, text: str) -> None:  # noqa: ANN001
    """Select everything in the field (Ctrl+A) and type over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Key.Key_A, Mod.ControlModifier)
    qtbot.keyClicks(widget, text)


def window_with(qtbot, database, repos):  # noqa: ANN001, ANN201
    window = MainWindow(database=database, repos=repos, today=TODAY, persist=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def complaint_form(qtbot, repos):  # noqa: ANN001, ANN201
    page = ComplaintsPage(repos, today=TODAY)
    qtbot.addWidget(page)
    dialog = page.new_record(contract_id(repos, "office_center"))
    return dialog, dialog.form


# --- 1. dates ------------------------------------------------------------------------


def test_a_date_typed_over_a_selection_is_that_date(qtbot, repos):  # noqa: ANN001
    _dialog, form = complaint_form(qtbot, repos)
    field = form.fields.editors["complained"]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(4, field.height() // 2))
    retype(qtbot, field, "15.03.2027")
    assert field.value() == date(2027, 3, 15)
    qtbot.keyClick(field, Key.Key_Tab)
    assert field.text() == "15.03.2027"
    retype(qtbot, field, "15.3.27")
    assert field.value() == date(2027, 3, 15)
    retype(qtbot, field, "2027-03-15")
    assert field.value() == date(2027, 3, 15)


def test_an_impossible_date_is_a_field_error_not_a_correction(qtbot, repos):  # noqa: ANN001
    dialog, form = complaint_form(qtbot, repos)
    field = form.fields.editors["complained"]
    retype(qtbot, field, "31.02.2027")
    assert field.value() is None
    assert "«31.02.2027» er ikke en dato som finnes" in form.message("complained")
    assert not dialog.save_button.isEnabled()
    retype(qtbot, field, "tirsdag")
    assert "dd.mm.åååå" in form.message("complained")


@pytest.mark.parametrize("pasted", ["15.03.2027", "2027-03-15", "15.3.27"])
def test_a_pasted_date_is_read(qtbot, repos, pasted):  # noqa: ANN001
    _dialog, form = complaint_form(qtbot, repos)
    field = form.fields.editors["complained"]
    QGuiApplication.clipboard().setText(pasted)
    field.setFocus()
    qtbot.keyClick(field, Key.Key_A, Mod.ControlModifier)
    qtbot.keyClick(field, Key.Key_V, Mod.ControlModifier)
    assert field.value() == date(2027, 3, 15)


def test_arrow_keys_move_a_date_by_a_day(qtbot, repos):  # noqa: ANN001
    _dialog, form = complaint_form(qtbot, repos)
    field = form.fields.editors["complained"]
    retype(qtbot, field, "28.02.2027")
    qtbot.keyClick(field, Key.Key_Up)
    assert field.value() == date(2027, 3, 1)


# --- 2. the wheel ---------------------------------------------------------------------


def wheel(widget, steps: int = -3) -> None:  # noqa: ANN001
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        widget.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_field_scrolls_the_form(qtbot, repos):  # noqa: ANN001
    page = ContractsPage(repos)
    qtbot.addWidget(page)
    dialog = page.new_record()
    dialog.resize(620, 300)  # the form scrolls
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.form
    units = form.fields.editors["units"]
    template = form.fields.editors["template"]
    dialog.activateWindow()
    template.setFocus()
    qtbot.waitUntil(template.hasFocus)
    qtbot.keyClick(template, Key.Key_Down)  # Office Center: its contracts have units
    form.fields.editors["title"].setFocus()
    qtbot.waitUntil(lambda: not template.hasFocus())
    bar = dialog.scroll_area.verticalScrollBar()
    dialog.scroll_area.ensureWidgetVisible(units)
    before = bar.value()
    assert not units.hasFocus()
    wheel(units, steps=3)
    wheel(template, steps=-1)
    assert units.value() == 0
    assert template.value() == "office_center"
    assert bar.value() != before  # the scroll area took the wheel
    dialog.activateWindow()
    units.setFocus()
    qtbot.waitUntil(units.hasFocus)
    wheel(units, steps=1)  # a field with the focus still takes it
    assert units.value() == 1


def test_the_wheel_gives_no_spin_box_or_combo_box_the_focus(qtbot, monkeypatch):  # noqa: ANN001
    """Qt gives a spin box or combo box the focus by the wheel before the guard sees the
    wheel (``Qt.WheelFocus``), so the guard let it change: the overview's customer filter
    changed under a pointer scrolling by. They take the focus by Tab and click only,
    those made before the guard was installed (the start's) and those made after."""
    from PySide6.QtWidgets import QComboBox, QSpinBox

    from app.ui.widgets import wheel_guard

    app = QApplication.instance()
    before = [QComboBox(), QSpinBox()]  # made, not yet shown, when the guard goes in
    for widget in before:
        qtbot.addWidget(widget)
        assert widget.focusPolicy() == Qt.FocusPolicy.WheelFocus  # Qt's own
    monkeypatch.setattr(wheel_guard, "_installed", [])
    wheel_guard.install(app)
    try:
        after = QComboBox()
        qtbot.addWidget(after)
        after.show()  # polished
        qtbot.waitExposed(after)
        for widget in (*before, after):
            assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
    finally:
        app.removeEventFilter(wheel_guard._installed[0])


# --- 3. amounts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("12 500,50", "12500.50"),
        ("12500.5", "12500.5"),
        ("kr 12 500", "12500"),
        ("12.500,50", "12500.50"),
    ],
)
def test_amounts_are_read_as_norwegians_write_them(qtbot, repos, typed, value):  # noqa: ANN001
    page = ContractsPage(repos)
    qtbot.addWidget(page)
    form = page.new_record().form
    field = form.fields.editors["monthly_fee"]
    retype(qtbot, field, typed)
    assert field.value() == Decimal(value)
    assert form.message("monthly_fee") == ""


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("1e9", "uten eksponent"),
        ("12345678901234567890", "for stort beløp"),
        ("1e308", "for stort beløp"),
        ("ti tusen", "er ikke et tall"),
    ],
)
def test_what_is_not_an_amount_is_refused_at_the_field(qtbot, repos, typed, says):  # noqa: ANN001
    page = ContractsPage(repos)
    qtbot.addWidget(page)
    dialog = page.new_record()
    form = dialog.form
    retype(qtbot, form.fields.editors["monthly_fee"], typed)
    assert says in form.message("monthly_fee")
    assert not form.is_valid() and not dialog.save_button.isEnabled()


def test_an_empty_optional_amount_stays_empty(qtbot, repos):  # noqa: ANN001
    from app.ui.forms.service_form import ServiceForm

    form = ServiceForm(repos)
    qtbot.addWidget(form)
    field = form.fields.editors["uptime_pct"]
    retype(qtbot, field, "99,5")
    qtbot.keyClick(field, Key.Key_A, Mod.ControlModifier)
    qtbot.keyClick(field, Key.Key_Delete)
    assert field.value() is None and form.message("uptime_pct") == ""
    assert "uptime_pct" not in form.data()  # left out: the contract's agreed uptime applies


def test_a_contract_amount_left_empty_reopens_empty_and_money_has_two_decimals(qtbot, repos):  # noqa: ANN001
    """The contract's amounts are stored as 0 when not given (the caps' explanation says
    "not recorded" for 0): reopened, such a field is empty again, not a "0" nobody typed."""
    from app.ui.forms.contract_form import ContractForm

    sodvin = repos.contracts.get(contract_id(repos, "sodvin"))
    form = ContractForm(repos)
    qtbot.addWidget(form)
    form.set_value(
        sodvin.model_copy(update={"contract_sum": Decimal(0), "monthly_fee": Decimal("12500.5")})
    )
    contract_sum = form.fields.editors["contract_sum"]
    assert contract_sum.text() == "" and contract_sum.placeholderText() == "ikke oppgitt"
    assert form.fields.editors["monthly_fee"].text() == "12\u00a0500,50"
    assert "contract_sum" not in form.data()  # saved as the model's 0, "not recorded"
    retype(qtbot, contract_sum, "0")
    assert form.data()["contract_sum"] == Decimal(0)


@pytest.mark.parametrize("typed", ["1e308", "1e400", "99999999999999999999999999999"])
@pytest.mark.parametrize(
    ("calculator", "field"),
    [
        ("first_invoice", "unit_price"),
        ("sodvin_early_termination", "monthly_fee"),
        ("compensation", "fee"),
    ],
)
def test_huge_numbers_in_calculators_are_a_field_message(qtbot, calculator, field, typed):  # noqa: ANN001
    page = CalculatorsPage(today=TODAY)
    qtbot.addWidget(page)
    panel = page.panel(calculator, show=True)
    editor = panel.fields.editors[field]
    retype(qtbot, editor, "100")
    assert panel.fields.message(field) == ""
    retype(qtbot, editor, typed)  # no decimal.InvalidOperation out of the recompute
    assert "for stort beløp" in panel.fields.message(field)
    assert panel.result_view.result is None
    retype(qtbot, editor, "100")  # and no stale message afterwards
    assert panel.fields.message(field) == ""
    assert panel.result_view.result is not None


# --- 4. and 7. new forms: Enter, required fields, the focus ----------------------------


def test_enter_on_an_untouched_new_incident_saves_nothing(qtbot, database, repos):  # noqa: ANN001
    window = window_with(qtbot, database, repos)
    qtbot.keyClick(window, Key.Key_4, Mod.ControlModifier)  # Hendelser
    qtbot.keyClick(window, Key.Key_N, Mod.ControlModifier)
    dialog = window.pages["incidents"].last_dialog
    contract = dialog.form.fields.editors["contract_id"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is contract)  # the first field
    qtbot.keyClick(contract, Key.Key_Return)
    assert repos.incidents.count_all() == 0
    assert dialog.isVisible()
    form = dialog.form
    assert "må fylles ut" in form.message("contract_id")
    assert "må fylles ut" in form.message("description")
    # the user picks the contract, describes it: Enter saves
    assert QApplication.focusWidget() is contract  # Enter went to the first missing field
    qtbot.keyClick(contract, Key.Key_Down)
    description = form.fields.editors["description"]
    description.setFocus()
    qtbot.keyClicks(description, "Pålogging feiler")
    qtbot.keyClick(description, Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Return)
    assert repos.incidents.count_all() == 1
    assert not dialog.isVisible()
    assert "Lagret" in window.statusBar().currentMessage()


def test_a_new_form_starts_in_its_first_field(qtbot, database, repos):  # noqa: ANN001
    window = window_with(qtbot, database, repos)
    qtbot.keyClick(window, Key.Key_3, Mod.ControlModifier)  # Kunder
    qtbot.keyClick(window, Key.Key_N, Mod.ControlModifier)
    dialog = window.pages["customers"].last_dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    name = dialog.form.fields.editors["name"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    qtbot.keyClicks(name, "Hole Bygg AS")  # spaces do not press a button
    assert dialog.isVisible() and name.text() == "Hole Bygg AS"
    # Tab from Cancel comes straight back to the first field: no invisible stop
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    cancel.setFocus()
    qtbot.keyClick(cancel, Key.Key_Tab)
    assert QApplication.focusWidget() is name


# --- 5. and 6. fields that follow the contract, results never stale -------------------


def test_the_complaint_s_delivery_date_follows_the_chosen_contract(qtbot, repos):  # noqa: ANN001
    page = ComplaintsPage(repos, today=TODAY)
    qtbot.addWidget(page)
    form = page.new_record().form
    contract = form.fields.editors["contract_id"]
    delivered = form.fields.editors["delivered"]
    contract.setFocus()
    oc = contract_id(repos, "office_center")
    while contract.value() != oc:
        qtbot.keyClick(contract, Key.Key_Down)
    assert delivered.value() == date(2026, 3, 2)  # the contract's delivery date
    retype(qtbot, form.fields.editors["complained"], "20.03.2026")
    retype(qtbot, form.fields.editors["nature"], "Fillageret mangler")
    retype(qtbot, form.fields.editors["extent"], "Alle brukere")
    assert form.verdict() == "For sent"  # 14 days from 02.03.2026
    # the user's own delivery date stays when the contract changes
    retype(qtbot, delivered, "10.03.2026")
    assert form.verdict() == "I tide"
    contract.setFocus()
    qtbot.keyClick(contract, Key.Key_Up)
    qtbot.keyClick(contract, Key.Key_Down)
    assert delivered.value() == date(2026, 3, 10)


def test_an_invalid_field_clears_the_verdict_at_once(qtbot, repos):  # noqa: ANN001
    dialog, form = complaint_form(qtbot, repos)
    retype(qtbot, form.fields.editors["complained"], "10.03.2026")
    retype(qtbot, form.fields.editors["nature"], "Fillageret mangler")
    retype(qtbot, form.fields.editors["extent"], "Alle brukere")
    assert form.verdict() == "I tide"
    retype(qtbot, form.fields.editors["complained"], "20.12.20")  # before the delivery
    assert form.message("complained")
    assert form.verdict() == "Rett feltene som er merket for å se resultatet."
    assert form.result_view.value_text("visible_defect_deadline") == ""


# --- 9. messages name fields by their label ------------------------------------------------


def test_messages_name_other_fields_by_their_label(qtbot, repos):  # noqa: ANN001
    _dialog, form = complaint_form(qtbot, repos)
    retype(qtbot, form.fields.editors["delivered"], "02.03.2026")
    retype(qtbot, form.fields.editors["discovered"], "01.03.2026")
    message = form.message("discovered")
    assert "Levert" in message and "delivered" not in message


# --- 14. and 15. lists: customers shown and found, empty pages say what to do ----------


def test_incidents_show_the_customer_and_filter_by_shown_words(qtbot, repos):  # noqa: ANN001
    from app.domain.records import Incident
    from app.ui.pages.incidents import IncidentsPage

    repos.incidents.add(
        Incident(
            contract_id=contract_id(repos, "sodvin"),
            start="2026-05-04T08:00",
            end="2026-05-04T09:00",
            cause="supplier",
            description="Disk full",
        )
    )
    page = IncidentsPage(repos)
    qtbot.addWidget(page)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert "Kunde" in headers
    assert page.model.index(0, headers.index("Kunde")).data() == "Ringerike Regnskap AS"
    for typed in ("feil i tjenesten", "ringerike"):  # a cause's shown name, the customer
        page.filter.clear()
        qtbot.keyClicks(page.filter, typed)
        page.apply_filter()
        assert page.model.total == 1, typed
    page.filter.clear()
    qtbot.keyClicks(page.filter, "kundens forhold")
    page.apply_filter()
    assert page.model.total == 0


def test_empty_pages_say_what_to_do_first(qtbot, database):  # noqa: ANN001
    from app.storage.repositories import Repositories
    from app.ui.pages.customers import CustomersPage
    from app.ui.pages.incidents import IncidentsPage
    from app.ui.pages.records import DeliveriesPage

    empty = Repositories(database)
    for page in (
        ContractsPage(empty),
        CustomersPage(empty),
        IncidentsPage(empty),
        ComplaintsPage(empty, today=TODAY),
        DeliveriesPage(empty, today=TODAY),
    ):
        qtbot.addWidget(page)
        page.show()
        assert page.empty_label.isVisible(), type(page).__name__
        assert "ennå" in page.empty_label.text() and "Ctrl+N" in page.empty_label.text()
        assert not page.table.isVisible()


# --- 8. Tab reaches every control of each page ----------------------------------------


def tab_chain(qtbot, window, start) -> list:  # noqa: ANN001
    """The widgets Tab visits from ``start`` until it comes back round."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    seen = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start:
            break
        seen.append(widget)
    return seen


@pytest.mark.parametrize(
    ("name", "wanted"),
    [
        ("overview", ["customerFilter", "kindFilter", "deadlines", "Eksporter til kalender …"]),
        ("contracts", ["filter", "Ny kunde …", "Ny avtale …"]),
        ("customers", ["filter", "customers", "Ny kunde …"]),
        ("incidents", ["filter", "Registrer hendelse …"]),
        ("complaints", ["filter", "Ny reklamasjon …", "Lag brev …"]),
        ("deliveries", ["filter", "Ny leveransemelding …"]),
    ],
)
def test_tab_reaches_every_control_of_the_page(qtbot, database, repos, name, wanted):  # noqa: ANN001
    window = window_with(qtbot, database, repos)
    window.go_to(name)
    page = window.pages[name]
    if name == "overview":
        assert page.wait_until_loaded()
    chain = tab_chain(qtbot, window, window.nav)
    names = {w.objectName() for w in chain} | {
        w.text().replace("&", "") for w in chain if hasattr(w, "text") and callable(w.text)
    }
    for widget in wanted:
        assert widget in names, (widget, [w.objectName() or type(w).__name__ for w in chain])
    if getattr(page, "table", None) is not None and page.table.isVisible():
        assert page.table in chain


def test_ctrl_number_puts_the_keyboard_in_the_page_s_list(qtbot, database, repos):  # noqa: ANN001
    window = window_with(qtbot, database, repos)
    qtbot.keyClick(window, Key.Key_2, Mod.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.pages["contracts"].table)


# --- 10. the checks that were missing ----------------------------------------------------


def test_a_phone_and_a_termination_e_mail_are_checked(qtbot, repos):  # noqa: ANN001
    from app.ui.forms.customer_form import CustomerForm
    from app.ui.forms.termination_form import TerminationForm

    form = CustomerForm(repos)
    qtbot.addWidget(form)
    retype(qtbot, form.fields.editors["name"], "Hole Bygg AS")
    retype(qtbot, form.fields.editors["org_number"], "920 864 317")
    retype(qtbot, form.fields.editors["contact_name"], "Lars")
    retype(qtbot, form.fields.editors["contact_phone"], "abc")
    assert "telefonnummer" in form.message("contact_phone") and not form.is_valid()
    retype(qtbot, form.fields.editors["contact_phone"], "+47 32 12 34 56")
    assert form.is_valid()

    termination = TerminationForm(repos)
    qtbot.addWidget(termination)
    retype(qtbot, termination.fields.editors["from_email"], "ola(at)ringerike")
    assert "e-postadresse" in termination.message("from_email")


def test_two_customers_with_one_org_number_are_questioned(qtbot, repos):  # noqa: ANN001
    from app.ui.forms.customer_form import CustomerForm

    form = CustomerForm(repos)
    qtbot.addWidget(form)
    retype(qtbot, form.fields.editors["name"], "Ringerike Regnskap Nye AS")
    retype(qtbot, form.fields.editors["org_number"], "914573262")  # the fixture's customer
    assert form.is_valid()  # allowed, but asked about
    assert "Ringerike Regnskap AS" in form.warnings.text()
    assert form.warnings.isVisibleTo(form)


def test_an_event_dated_in_the_future_is_questioned(qtbot, repos):  # noqa: ANN001
    from app.ui.forms.delivery_notice_form import DeliveryNoticeForm

    form = DeliveryNoticeForm(repos)
    qtbot.addWidget(form)
    form.reference_day = lambda: date(2026, 12, 1)  # type: ignore[method-assign]
    contract = form.fields.editors["contract_id"]
    contract.setFocus()
    qtbot.keyClick(contract, Key.Key_Down)
    retype(qtbot, form.fields.editors["sent"], "20.11.2026")
    assert not form.warnings.isVisibleTo(form)
    retype(qtbot, form.fields.editors["rejected_on"], "05.01.2027")
    retype(qtbot, form.fields.editors["rejection_reason"], "Feil i pålogging")
    assert "etter i dag" in form.warnings.text() and form.is_valid()


def test_the_settings_refuse_an_org_number_that_fails_its_check(qtbot):  # noqa: ANN001
    from PySide6.QtWidgets import QDialogButtonBox

    from app.ui.settings import Settings
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    retype(qtbot, dialog.sender_edits["org_number"], "12345")
    assert not ok.isEnabled() and "9 sifre" in dialog.sender_error.text()
    retype(qtbot, dialog.sender_edits["org_number"], "914 573 262")
    assert ok.isEnabled()
    retype(qtbot, dialog.sender_edits["email"], "post(at)firma")
    assert not ok.isEnabled() and "e-postadresse" in dialog.sender_error.text()


# --- 11. the window and the forms fit, and nothing jumps ---------------------------------


def test_fields_do_not_jump_when_a_message_appears(qtbot, repos):  # noqa: ANN001
    page = ContractsPage(repos)
    qtbot.addWidget(page)
    dialog = page.new_record()
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.form
    below = form.fields.editors["annual_fee"]
    before = below.mapTo(form, QPoint(0, 0)).y()
    retype(qtbot, form.fields.editors["monthly_fee"], "1e9")
    assert form.message("monthly_fee")
    QApplication.processEvents()
    assert below.mapTo(form, QPoint(0, 0)).y() == before


def test_the_window_fits_a_1366x768_screen(qtbot, database, repos, monkeypatch):  # noqa: ANN001
    from PySide6.QtCore import QRect

    window = MainWindow(database=database, repos=repos, today=TODAY, persist=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    room = QRect(0, 0, 1366, 740)  # 1366×768 less a panel
    monkeypatch.setattr(type(window.screen()), "availableGeometry", lambda _s: room)
    window.fit_to_screen()
    assert window.height() + 32 <= room.height() and window.width() <= room.width()


def test_a_list_of_dates_is_read_as_each_date_field_reads_one(qtbot):  # noqa: ANN001
    page = CalculatorsPage(today=TODAY)
    qtbot.addWidget(page)
    panel = page.panel("approval", show=True)
    field = panel.fields.editors["extra_closed"]
    retype(qtbot, field, "24.12.26, 31.12.2026")
    assert field.value() == [date(2026, 12, 24), date(2026, 12, 31)]
    assert panel.fields.message("extra_closed") == ""
    retype(qtbot, field, "24.12.2026, 31.02.2026")
    assert "«31.02.2026» er ikke en dato som finnes" in panel.fields.message("extra_closed")
    assert panel.result_view.result is None


# --- 13. a template's own fields and terms --------------------------------------------


def test_the_contract_form_shows_the_template_s_own_fields(qtbot, repos):  # noqa: ANN001
    page = ContractsPage(repos)
    qtbot.addWidget(page)
    dialog = page.new_record()
    dialog.show()
    form = dialog.form
    shown = form.fields.shown
    customer = form.fields.editors["customer_id"]
    customer.setFocus()
    qtbot.keyClick(customer, Key.Key_Down)
    retype(qtbot, form.fields.editors["title"], "Ny avtale")
    # Sodvin (the first template): ordinary operation and the 7.6 caps, no units
    assert shown("ordinary_start") and shown("annual_fee") and shown("contract_sum")
    assert not shown("units") and not shown("unit_price") and not shown("establishment_fee")
    assert "Bilag 2" in form.result_view.explanation()  # Sodvin's go-live window
    assert not form.terms_editor.rows["binding_months"].check.isHidden()
    template = form.fields.editors["template"]
    template.setFocus()
    qtbot.keyClick(template, Key.Key_Down)  # Office Center
    assert shown("units") and shown("unit_price") and shown("establishment_fee")
    assert not shown("ordinary_start") and not shown("annual_fee")
    assert "Bilag 2" not in form.result_view.explanation()
    assert "Bilag 2" not in form.result_view.status.text()
    assert form.terms_editor.rows["binding_months"].check.isHidden()  # (truth's seam)
    assert not form.terms_editor.rows["deletion_days"].check.isHidden()


def test_a_stored_value_outside_the_template_is_not_hidden(qtbot, repos):  # noqa: ANN001
    from app.ui.forms.contract_form import ContractForm

    oc = repos.contracts.get(contract_id(repos, "office_center"))
    form = ContractForm(repos)
    qtbot.addWidget(form)
    form.set_value(oc.model_copy(update={"annual_fee": Decimal("96000")}))
    assert form.fields.shown("annual_fee")  # shown, so nobody keeps a value unseen
    assert form.fields.shown("units") and not form.fields.shown("ordinary_start")


def test_unfolding_the_terms_widens_the_dialog_instead_of_cutting_it(qtbot, repos):  # noqa: ANN001
    page = ContractsPage(repos)
    qtbot.addWidget(page)
    dialog = page.new_record()
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.form
    form.terms_editor.toggle.setFocus()
    qtbot.keyClick(form.terms_editor.toggle, Key.Key_Space)  # unfold "Avtalevilkår"
    assert form.terms_editor.body.isVisibleTo(form)
    qtbot.waitUntil(lambda: dialog.scroll_area.viewport().width() >= form.minimumSizeHint().width())
