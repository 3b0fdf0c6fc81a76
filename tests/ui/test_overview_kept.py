"""The overview kept for the next start (issue 16, ``storage.overview_snapshot``): a
start shows the list as it was last computed right after the first paint, exactly as
the fresh computation shows it, until that is in; a file changed since shows nothing
kept; the page keeps its overview and the coming days' for the next start."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.records import Customer
from app.reports.deadlines_report import snapshot
from app.reports.reminders_report import reminder_cells
from app.storage import overview_snapshot
from app.storage.database import open_database
from app.storage.demo import fill_demo
from app.storage.repositories import Repositories
from app.ui import application
from app.ui.main_window import MainWindow
from app.ui.pages import overview as overview_page

from .conftest import DEMO_TODAY
from .test_start import shown_and_painted


@pytest.fixture
def kept_folder(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """The data folder (where the kept overviews are) is the test's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return overview_snapshot.file_for(tmp_path / "any").parent


@pytest.fixture
def demo_file(tmp_path):  # noqa: ANN001, ANN201
    path = tmp_path / "kunder.sqlite"
    with open_database(path, backup=False) as database:
        fill_demo(Repositories(database), DEMO_TODAY)
    return path


def shown_texts(page) -> list[list[str]]:  # noqa: ANN001
    """Every cell of the overview's table as the user sees it, in its order."""
    model = page.table.model()
    return [
        [str(model.index(row, column).data() or "") for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def cards(page) -> dict[str, str]:  # noqa: ANN001
    return {name: card.value.text() for name, card in page.cards.items()}


def keep(path, day: date, label: str) -> None:  # noqa: ANN001
    """What the page keeps after computing ``day``'s overview of the file at ``path``."""
    with open_database(path, backup=False) as database:
        repos = Repositories(database)
        *result, records = overview_page.overview_and_key(repos, day)
        entry = {
            "day": day.isoformat(),
            "lang": "nb",
            "records": records,
            "overview": {
                **snapshot(*result, "nb", reminder_cells(repos, result[0], "nb")),
                "today_label": label,
            },
        }
        assert overview_snapshot.store(path, [entry], today=day.isoformat())


def starting(qtbot, path, monkeypatch, today: date = DEMO_TODAY):  # noqa: ANN001, ANN201
    """A window starting on ``path`` as the program's start does (with the kept overview);
    what the page showed when the kept one was put in is recorded."""
    seen: list[tuple[list[list[str]], dict[str, str], str]] = []
    real = overview_page.OverviewPage.show_kept

    def show_kept(self, kept):  # noqa: ANN001, ANN202
        real(self, kept)
        seen.append((shown_texts(self), cards(self), self.date_label.text()))

    monkeypatch.setattr(overview_page.OverviewPage, "show_kept", show_kept)
    window = MainWindow(today=today, persist=False, db_path=path)
    qtbot.addWidget(window)
    start = application.StartUp(window, path, "nb", interactive=False, show_kept=True)
    shown_and_painted(qtbot, window)
    return window, start, seen


def test_a_start_shows_the_kept_overview_as_the_fresh_one_shows_it(
    qtbot, demo_file, kept_folder, monkeypatch
):  # noqa: ANN001
    keep(demo_file, DEMO_TODAY, "I dag: tor. 03.12.2026")
    window, start, seen = starting(qtbot, demo_file, monkeypatch)
    database = start.wait()
    try:
        page = window.pages["overview"]
        assert page.wait_until_loaded()
        assert len(seen) == 1, "the kept overview was shown once, before the fresh one"
        kept_rows, kept_cards, kept_label = seen[0]
        fresh = shown_texts(page)
        assert len(fresh) > 5
        # the same rows, word for word, in the same order (the first 200 of them)
        assert kept_rows == fresh[: overview_page_rows()]
        assert kept_cards == cards(page)
        assert kept_label == page.date_label.text() == "I dag: tor. 03.12.2026"
        assert page.kept is None and page.listing is not None  # replaced by the fresh one
    finally:
        window.close()
        application.finish_jobs()
        database.close()


def overview_page_rows() -> int:
    from app.reports.deadlines_report import SNAPSHOT_ROWS

    return SNAPSHOT_ROWS


def test_a_file_changed_since_shows_nothing_kept(qtbot, demo_file, kept_folder, monkeypatch):  # noqa: ANN001
    keep(demo_file, DEMO_TODAY, "I dag: tor. 03.12.2026")
    with open_database(demo_file, backup=False) as database:
        Repositories(database).customers.add(Customer(name="Hole Kommune", org_number="974603675"))
    window, start, seen = starting(qtbot, demo_file, monkeypatch)
    database = start.wait()
    try:
        assert window.pages["overview"].wait_until_loaded()
        assert seen == []  # no list of the file as it was
    finally:
        window.close()
        application.finish_jobs()
        database.close()


def test_another_day_shows_nothing_kept(qtbot, demo_file, kept_folder, monkeypatch):  # noqa: ANN001
    keep(demo_file, DEMO_TODAY, "I dag: tor. 03.12.2026")
    window, start, seen = starting(qtbot, demo_file, monkeypatch, today=DEMO_TODAY + timedelta(2))
    database = start.wait()
    try:
        assert window.pages["overview"].wait_until_loaded()
        assert seen == []  # yesterday's deadlines are not today's
    finally:
        window.close()
        application.finish_jobs()
        database.close()


def test_a_file_that_cannot_be_opened_takes_the_kept_overview_away(qtbot, demo_window):  # noqa: ANN001
    page = demo_window.pages["overview"]
    assert page.wait_until_loaded()
    texts, counts = shown_texts(page), cards(page)
    kept = snapshot(page.listing, page.contracts, int(counts["open"]), "nb", page.reminder_text)
    page.repos, page.listing = None, None  # as at a start, before the database is in
    page.show_kept({**kept, "today_label": "I dag: tor. 03.12.2026"})
    assert shown_texts(page) == texts and cards(page) == counts
    assert page.open_row(page.table.currentIndex().row()) is None  # nothing opens before the file
    page.forget_kept()
    assert shown_texts(page) == []
    assert set(cards(page).values()) == {"–"}


def test_the_page_keeps_its_overview_and_the_coming_days(qtbot, tmp_path, kept_folder, monkeypatch):  # noqa: ANN001
    """Thursday 3 December: the overview of the 3rd is kept when it is shown, and after
    the idle wait Friday's (the next working day's); each as a page on that day shows it."""
    path = tmp_path / "kunder.sqlite"
    database = open_database(path, backup=False)
    repos = Repositories(database)
    fill_demo(repos, DEMO_TODAY)
    monkeypatch.setattr(overview_page.OverviewPage, "_keeps", lambda self: True)
    window = MainWindow(database=database, repos=repos, today=DEMO_TODAY, persist=False)
    qtbot.addWidget(window)
    window.show()
    try:
        page = window.pages["overview"]
        assert page.wait_until_loaded()
        qtbot.waitUntil(lambda: page.keep_job is not None and page.keep_job.done, timeout=10_000)
        assert page.keep_job.result is True
        today = overview_snapshot.load(path, DEMO_TODAY.isoformat(), "nb")
        assert today is not None
        assert len(today["rows"]) == min(len(shown_texts(page)), overview_page_rows())
        window.show_page("contracts")  # someone works elsewhere in the window: it waits
        page._keep_ahead()
        assert page.ahead_job is None and page._ahead_timer.isActive()
        window.show_page("overview")
        page._keep_ahead()  # what the idle timer starts
        qtbot.waitUntil(lambda: page.ahead_job.done, timeout=20_000)
        assert page.ahead_job.result is True
        friday = DEMO_TODAY + timedelta(1)
        ahead = overview_snapshot.load(path, friday.isoformat(), "nb")
        assert ahead is not None and ahead["today_label"] == "I dag: fre. 04.12.2026"
        assert overview_snapshot.load(path, (friday + timedelta(1)).isoformat(), "nb") is None
        # the next idle wait, nothing changed: nothing computed or written again
        file = overview_snapshot.file_for(path)
        written = file.stat().st_mtime_ns
        calls, computing = [], overview_page.overview_and_key
        monkeypatch.setattr(overview_page, "overview_and_key", lambda *a: calls.append(a))
        page._keep_ahead()
        qtbot.waitUntil(lambda: page.ahead_job.done, timeout=20_000)
        assert page.ahead_job.result is True
        assert calls == [] and file.stat().st_mtime_ns == written
        monkeypatch.setattr(overview_page, "overview_and_key", computing)
    finally:
        window.close()
        application.finish_jobs()
    # Friday's start shows what a window on Friday computes
    window, start, seen = starting(qtbot, path, monkeypatch, today=friday)
    database.close()
    reopened = start.wait()
    try:
        page = window.pages["overview"]
        assert page.wait_until_loaded()
        assert len(seen) == 1
        assert seen[0][0] == shown_texts(page)[: overview_page_rows()]
        assert seen[0][1] == cards(page)
    finally:
        window.close()
        application.finish_jobs()
        reopened.close()


@pytest.mark.parametrize(
    ("today", "days"),
    [
        (date(2026, 12, 4), [date(2026, 12, 5), date(2026, 12, 6), date(2026, 12, 7)]),  # Friday
        (date(2026, 12, 7), [date(2026, 12, 8)]),  # Monday
        # Maundy Thursday 2027: Good Friday, Saturday, Easter Sunday and Monday, Tuesday
        (date(2027, 3, 25), [date(2027, 3, 25) + timedelta(n) for n in range(1, 6)]),
        # 23 December: Christmas Eve is a working day under the statutory calendar
        (date(2026, 12, 23), [date(2026, 12, 24)]),
    ],
)
def test_the_coming_days_run_to_the_next_working_day(today: date, days: list[date]) -> None:
    assert overview_page.coming_days(today) == days
