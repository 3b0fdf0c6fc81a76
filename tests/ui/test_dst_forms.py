"""The incident form and lists across the DST changes (issue 11): real durations, and a
time in October's repeated hour asked about before it can be saved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from app.ui.pages.incidents import IncidentsPage

from .conftest import contract_id


def type_into(qtbot, widget, text: str) -> None:  # noqa: ANN001
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def new_incident(qtbot, repos):  # noqa: ANN001, ANN201
    page = IncidentsPage(repos)
    qtbot.addWidget(page)
    dialog = page.new_record(contract_id(repos, "sodvin"))
    form = dialog.form
    qtbot.keyClicks(form.fields.editors["description"], "Lagringen svarte ikke")
    return page, dialog, form


def test_a_night_across_the_spring_change_is_seven_hours_in_the_form_and_the_list(qtbot, repos):  # noqa: ANN001
    page, dialog, form = new_incident(qtbot, repos)
    type_into(qtbot, form.fields.editors["start"], "27.03.2027 22:00")
    type_into(qtbot, form.fields.editors["end"], "28.03.2027 06:00")
    assert "Varighet: 7:00" in form.summary.text()  # the clocks say 8 hours
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (stored,) = repos.incidents.all()
    assert stored.end - stored.start == timedelta(hours=8)  # same zone: wall clock …
    assert stored.duration == timedelta(hours=7)  # … but 7 hours passed
    page.refresh()
    column = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    cell = page.model.index(0, column.index("Varighet"))
    assert page.model.data(cell) == "7:00"


def test_the_repeated_october_hour_is_asked_about(qtbot, repos):  # noqa: ANN001
    page, dialog, form = new_incident(qtbot, repos)
    choice = form.repeated_hour["start"]
    assert not choice.isVisibleTo(form)
    type_into(qtbot, form.fields.editors["start"], "31.10.2027 02:30")
    type_into(qtbot, form.fields.editors["end"], "31.10.2027 05:00")
    # which 02:30? not saved until the user says
    assert choice.isVisibleTo(form)
    assert "finnes to ganger" in form.message("start")
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(choice.winter, Qt.MouseButton.LeftButton)
    assert form.message("start") == ""
    assert "Varighet: 2:30" in form.summary.text()  # 02:30 winter time to 05:00
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (stored,) = repos.incidents.all()
    assert stored.start.utcoffset() == timedelta(hours=1)  # winter time, as chosen
    assert stored.start.astimezone(UTC) == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)
    # summer time gives the other instant, an hour longer
    page2, dialog2, form2 = new_incident(qtbot, repos)
    type_into(qtbot, form2.fields.editors["start"], "31.10.2027 02:30")
    type_into(qtbot, form2.fields.editors["end"], "31.10.2027 05:00")
    qtbot.mouseClick(form2.repeated_hour["start"].summer, Qt.MouseButton.LeftButton)
    assert "Varighet: 3:30" in form2.summary.text()
    # another time: the question goes away, and is asked again for a repeated one
    type_into(qtbot, form2.fields.editors["start"], "31.10.2027 01:30")
    assert not form2.repeated_hour["start"].isVisibleTo(form2)
