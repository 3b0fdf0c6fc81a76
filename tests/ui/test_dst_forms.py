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


def choose(qtbot, form, name: str, which: str) -> None:  # noqa: ANN001
    """Answer the repeated-hour question under field ``name`` ("summer" or "winter")."""
    qtbot.mouseClick(getattr(form.repeated_hour[name], which), Qt.MouseButton.LeftButton)


def test_an_incident_inside_the_repeated_hour_is_checked_on_real_time(qtbot, repos):  # noqa: ANN001
    """02:45 summer time to 02:15 winter time is 30 real minutes (the end reads earlier on
    the clock); 02:15 winter time to 02:45 summer time ends before it starts (RULES §0,
    reading 10). The form once compared the clocks, refused the first and saved the second
    with 'Varighet: -1:30'."""
    page, dialog, form = new_incident(qtbot, repos)
    type_into(qtbot, form.fields.editors["start"], "25.10.2026 02:45")
    choose(qtbot, form, "start", "summer")
    type_into(qtbot, form.fields.editors["end"], "25.10.2026 02:15")
    choose(qtbot, form, "end", "winter")
    assert form.message("end") == ""
    assert "Varighet: 0:30" in form.summary.text()
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (stored,) = repos.incidents.all()
    assert stored.duration == timedelta(minutes=30)

    page2, dialog2, form2 = new_incident(qtbot, repos)
    type_into(qtbot, form2.fields.editors["start"], "25.10.2026 02:15")
    choose(qtbot, form2, "start", "winter")
    type_into(qtbot, form2.fields.editors["end"], "25.10.2026 02:45")
    choose(qtbot, form2, "end", "summer")
    assert form2.message("end") == "må være etter start"
    assert "Varighet" not in form2.summary.text()
    assert not dialog2.save_button.isEnabled()


def test_the_repeated_hour_message_says_the_time_as_the_user_writes_it(qtbot, repos):  # noqa: ANN001
    page, dialog, form = new_incident(qtbot, repos)
    type_into(qtbot, form.fields.editors["start"], "25.10.2026 02:30")
    message = form.message("start")
    assert message.startswith("25.10.2026 kl. 02:30 finnes to ganger"), message
    assert "2026-10-25T" not in message
