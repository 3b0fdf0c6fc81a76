"""What the start benchmark times (bench/startup.py): with AVTALEVAKT_REPORT_FIRST_PAINT
the program says when its window has first painted and when the overview's list has
been painted with its deadlines, in that order, once each."""

from app.storage.demo import fill_demo
from app.storage.repositories import Repositories
from app.ui import application
from app.ui.application import render_screenshot


def test_first_paint_then_the_overview_filled_in(tmp_path, monkeypatch, capsys):
    from datetime import date

    from app.storage.database import open_database

    path = tmp_path / "demo.sqlite"
    with open_database(path, backup=False) as database:
        fill_demo(Repositories(database), date(2026, 11, 21))
    monkeypatch.setenv(application.REPORT_FIRST_PAINT, "1")
    render_screenshot(db_path=path, out=tmp_path / "shot.png", page="overview", wait=True)
    assert capsys.readouterr().out == "first-paint\noverview-filled\n"


def test_without_the_variable_nothing_is_said(tmp_path, monkeypatch, capsys):
    from app.storage.database import open_database

    monkeypatch.delenv(application.REPORT_FIRST_PAINT, raising=False)
    # a screenshot reads only: it makes no new file (issue 12 item 4), so one is made here
    with open_database(tmp_path / "new.sqlite", backup=False):
        pass
    render_screenshot(db_path=tmp_path / "new.sqlite", out=tmp_path / "shot.png", wait=True)
    assert capsys.readouterr().out == ""
