"""A live "today" (issue 11 item 7): the window's session moves on at midnight and the
pages follow. Left open overnight, the overview groups its deadlines by the new day."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.overview import Group
from app.storage.demo import fill_demo
from app.ui.main_window import MainWindow
from app.ui.session import Session

TODAY = date(2026, 11, 21)


def test_the_session_moves_on_as_many_days_as_the_clock(qtbot):  # noqa: ANN001
    clock = [date(2026, 11, 21)]
    seen: list[date] = []
    session = Session(date(2027, 3, 1), clock=lambda: clock[0])  # started on a chosen day
    session.changed.connect(seen.append)
    session.check()
    assert session.today == date(2027, 3, 1) and seen == []  # the clock has not moved
    clock[0] += timedelta(days=1)  # midnight
    session.check()
    assert session.today == date(2027, 3, 2) and seen == [date(2027, 3, 2)]
    clock[0] += timedelta(days=3)  # a laptop asleep over a weekend
    session.check()
    assert session.today == date(2027, 3, 5)
    assert session.timer.isActive()  # armed for the next midnight
    session.stop()


def test_left_open_overnight_the_overview_regroups_by_the_new_day(qtbot, database, repos):  # noqa: ANN001
    fill_demo(repos, TODAY)
    window = MainWindow(database=database, repos=repos, today=TODAY, persist=False)
    qtbot.addWidget(window)
    window.show()
    assert window.wait_until_loaded()
    overview = window.pages["overview"]
    tomorrow = TODAY + timedelta(days=1)
    due_tomorrow = [d for d in overview.listing.groups[Group.WEEK] if d.date == tomorrow]
    complaints = window.page("complaints")  # built, not in view
    if not due_tomorrow:  # the demo's days: make sure one deadline falls tomorrow
        found = [d for g in overview.listing.groups.values() for d in g if d.date > TODAY]
        tomorrow = min(d.date for d in found)
        due_tomorrow = [d for d in found if d.date == tomorrow]
    days = (tomorrow - TODAY).days
    clock = window.session.clock()
    window.session.clock = lambda: clock + timedelta(days=days)
    window.session.check()  # what the midnight timer does
    assert window.today == tomorrow
    assert window.wait_until_loaded()
    qtbot.waitUntil(lambda: overview.listing.today == tomorrow)
    assert overview.today == tomorrow
    assert tomorrow.strftime("%d.%m.%Y") in overview.date_label.text()
    today_group = overview.listing.groups[Group.TODAY]
    assert {(d.kind, d.record) for d in due_tomorrow} <= {(d.kind, d.record) for d in today_group}
    assert complaints.today == tomorrow and "complaints" in window.stale
    window.close()


def test_a_form_asks_about_dates_after_the_page_s_today(qtbot, repos):  # noqa: ANN001
    """The question "is the date right?" for a date after today is asked by the page's day
    (the session's), not the computer's clock."""
    from app.ui.pages.records import ComplaintsPage

    from .conftest import contract_id
    from .test_forms import type_into

    page = ComplaintsPage(repos, today=date(2026, 5, 20))
    qtbot.addWidget(page)
    dialog = page.new_record(contract_id(repos, "office_center"))
    form = dialog.form
    type_into(qtbot, form.fields.editors["nature"], "Fillageret mangler")
    type_into(qtbot, form.fields.editors["extent"], "Alle brukere")
    form.fields.editors["complained"].set_value(date(2026, 6, 1))
    assert "20.05.2026" in form.warnings.text()
    page.set_today(date(2026, 6, 2))
    assert page.today == date(2026, 6, 2)
