"""The calculators page: every keystroke recomputes; messages at the field; copy works."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QGuiApplication

from app.ui.pages.calculators import CalculatorsPage

from .conftest import TODAY


def type_into(qtbot, widget, text: str) -> None:  # noqa: ANN001
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_every_calculator_opens_with_a_result(qtbot):  # noqa: ANN001
    page = CalculatorsPage(today=TODAY)
    qtbot.addWidget(page)
    for name in page.names():
        panel = page.panel(name, show=True)
        view = panel.result_view
        assert view.result is not None, name
        assert view.explanation(), name


def test_approval_recomputes_and_names_holidays(qtbot):  # noqa: ANN001
    page = CalculatorsPage(today=TODAY)
    qtbot.addWidget(page)
    panel = page.panel("approval", show=True)
    panel.fields.editors["sent"].set_value(date(2026, 4, 29))
    view = panel.result_view
    assert view.value_text("last_day") == "fre. 15.05.2026"
    assert "Kristi himmelfartsdag" in view.explanation()
    assert "mandag–fredag" in view.notes.text()  # the working-day reading is shown
    spin = panel.fields.editors["working_days"]
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    assert view.value_text("last_day") == "tor. 07.05.2026"


def test_payment_amount_message_at_the_field_and_copy(qtbot):  # noqa: ANN001
    page = CalculatorsPage(today=TODAY)
    qtbot.addWidget(page)
    panel = page.panel("payment", show=True)
    panel.fields.editors["invoice_date"].set_value(date(2026, 3, 26))
    paid = panel.fields.editors["paid"]
    paid.set_value(date(2026, 8, 15))
    amount = panel.fields.editors["amount"]
    type_into(qtbot, amount, "10 000")
    view = panel.result_view
    assert view.value_text("interest") == "kr 430,55"
    assert view.value_text("due") == "tir. 07.04.2026"
    type_into(qtbot, amount, "ti tusen")
    assert "er ikke et tall" in panel.fields.message("amount")  # the field's own reading
    assert view.result is None and not view.copy_button.isEnabled()
    type_into(qtbot, amount, "10000,00")
    assert panel.fields.message("amount") == ""
    view.copy_button.click()
    assert "forsinkelsesrente" in QGuiApplication.clipboard().text().lower()


def test_compensation_from_a_figure_and_from_incidents(qtbot):  # noqa: ANN001
    page = CalculatorsPage(today=TODAY)
    qtbot.addWidget(page)
    panel = page.panel("compensation", show=True)
    panel.template.set_value("office_center")
    type_into(qtbot, panel.fee, "8000")
    type_into(qtbot, panel.availability, "99,12")
    assert panel.result_view.value_text("reduction") == "kr 912,00"
    type_into(qtbot, panel.availability, "101")
    assert panel.fields.message("availability")
    panel.template.set_value("sodvin")
    type_into(qtbot, panel.fee, "20000")
    panel.source.set_value("incidents")
    type_into(qtbot, panel.quarter, "2026Q2")
    row = panel.incidents.rows[0]
    from datetime import datetime

    row.start.set_value(datetime(2026, 5, 4, 9, 0))
    row.end.set_value(datetime(2026, 5, 5, 0, 0))  # 15 hours
    assert panel.availability_view.value_text("availability") == "99,3132 %"
    assert panel.result_view.value_text("refund") == "kr 37,55"
    row.end.set_value(datetime(2026, 5, 4, 8, 0))
    assert "etter start" in row.error.text()


def test_every_calculator_is_listed_by_its_bokmal_title(qtbot):  # noqa: ANN001
    """The page's list names each calculator in the user's language: the Sodvin 5.4
    calculator, added without a title, was listed as "Sodvin extension" in bokmål."""
    from app.domain import calculators
    from app.ui.i18n import CALCULATOR_TITLES

    page = CalculatorsPage(today=TODAY)
    qtbot.addWidget(page)
    listed = [page.list.item(i).text() for i in range(page.list.count())]
    assert set(CALCULATOR_TITLES) >= set(calculators.names())
    english = {CALCULATOR_TITLES[name] for name in calculators.names()}
    assert not english & set(listed), english & set(listed)
    assert "Midlertidig forlengelse (Sodvin)" in listed


def test_every_label_and_value_on_the_calculators_page_is_in_the_users_words(qtbot):  # noqa: ANN001
    # "In writing:", "Verdict: timely", "Meets target:" stood in the bokmål page: labels
    # made up from the field's code, and a domain code shown as the value
    from enum import Enum

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QCheckBox, QLabel

    from app.ui.i18n import FIELD_LABELS

    page = CalculatorsPage(today=TODAY)
    qtbot.addWidget(page)
    for name in page.names():
        panel = page.panel(name, show=True)
        view = panel.result_view
        data = dict(view.result)
        for field, label, value in view._row_texts[: view._shown_rows]:
            assert field in FIELD_LABELS, (name, field, label)
            source = FIELD_LABELS[field]
            assert label == QCoreApplication.translate("Field", source) + ":"
            assert label[:-1] != source, (name, field, "not translated")
            if isinstance(data[field], Enum):
                assert value != str(data[field]), (name, field, value)
        captions = [w.text() for w in panel.fields.findChildren(QLabel)]
        captions += [w.text() for w in panel.fields.findChildren(QCheckBox)]
        english = {source for source in FIELD_LABELS.values() if source not in ("Status",)}
        assert not [c for c in captions if c.rstrip(":") in english], name


def test_the_complaint_verdict_row_says_the_verdict_in_words(qtbot):  # noqa: ANN001
    page = CalculatorsPage(today=TODAY)
    qtbot.addWidget(page)
    panel = page.panel("complaint", show=True)
    view = panel.result_view
    assert view.value_text("verdict") == "I tide"
    assert view.value_text("in_writing") == "Ja"
    writing = panel.fields.editors["in_writing"]
    writing.setFocus()
    qtbot.keyClick(writing, " ")  # unticked: an oral complaint (RULES reading 11)
    assert view.value_text("verdict").startswith("Ikke skriftlig")
