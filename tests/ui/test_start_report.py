"""What the start benchmark times (bench/startup.py): with AVTALEVAKT_REPORT_FIRST_PAINT
the program says when its window has first painted and when the overview's list has
been painted with its deadlines, in that order, once each."""

from datetime import date
from pathlib import Path

from app.storage.database import open_database
from app.storage.demo import fill_demo
from app.storage.repositories import Repositories
from app.ui import application
from app.ui.application import render_screenshot


def _demo_database(tmp_path) -> Path:  # noqa: ANN001
    """A fresh database with the demo data of 21 November 2026, in ``tmp_path``."""
    path = tmp_path / "demo.sqlite"
    with open_database(path, backup=False) as database:
        fill_demo(Repositories(database), date(2026, 11, 21))
    return path


def test_first_paint_then_the_overview_filled_in(tmp_path, monkeypatch, capsys):
    path = _demo_database(tmp_path)
    monkeypatch.setenv(application.REPORT_FIRST_PAINT, "1")
    render_screenshot(db_path=path, out=tmp_path / "shot.png", page="overview", wait=True)
    assert capsys.readouterr().out == "first-paint\noverview-filled\n"


def test_without_the_variable_nothing_is_said(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(application.REPORT_FIRST_PAINT, raising=False)
    # a screenshot reads only: it makes no new file (issue 12 item 4), so one is made here
    with open_database(tmp_path / "new.sqlite", backup=False):
        pass
    render_screenshot(db_path=tmp_path / "new.sqlite", out=tmp_path / "shot.png", wait=True)
    assert capsys.readouterr().out == ""


def test_the_benchmark_times_the_programs_own_start(tmp_path):
    """bench/startup.py starts the program as a user does (read-write, the start backup
    taken; not the read-only ``--screenshot --wait``), ended by ``--quit-after-start``
    once the overview's deadlines are painted and the backup taken."""
    from app.storage.backups import list_backups
    from bench.startup import app_command, timed_start

    path = _demo_database(tmp_path)
    assert list_backups(path) == []
    started = timed_start(app_command(path))
    assert started.painted_s is not None and started.filled_s is not None
    assert started.painted_s <= started.filled_s <= started.ended_s
    assert len(list_backups(path)) == 1  # the program's start backup, as at a user's start


def test_the_start_of_a_database_with_no_deadline_ends_too(tmp_path):
    """``--quit-after-start`` waits for the overview's deadlines to be painted; a new
    database has none, and the page shows its text in place of the list: that paint
    ends the start (else the benchmark and the command would wait for ever)."""
    out = _start_program(
        tmp_path,
        tmp_path / "new.sqlite",
        "import atexit\n"
        "import app.ui.application as a, app.ui.main_window as m\n"
        "a.offer_demo = lambda *args, **kwargs: False  # the demo data declined\n"
        "seen = []\n"
        "close = m.MainWindow.close\n"
        "def closing(self):\n"
        "    seen.append(self.page('overview').empty_label.isVisible())\n"
        "    return close(self)\n"
        "m.MainWindow.close = closing\n"
        "atexit.register(lambda: print(seen))\n",
    )
    assert out == "[True]"


def test_the_cycle_collector_is_paused_for_the_start_only(tmp_path):
    """The program starts with Python's cycle collector paused (issue 16: collecting among
    the start's long-lived objects cost about a tenth of the time to the first deadline)
    and turns it on again once the window has its database: a program running for hours
    must collect its garbage. What the start made is frozen first, so that the first
    collection does not go through all of it just after the deadlines appear."""
    path = _demo_database(tmp_path)
    out = _start_program(
        tmp_path,
        path,
        "import atexit, gc\n"
        "import app.ui.main_window as m\n"
        "seen = []\n"
        "attach = m.MainWindow.attach\n"
        "def attached(self, *a, **k):\n"
        "    seen.append(('attach', gc.isenabled()))\n"
        "    attach(self, *a, **k)\n"
        "m.MainWindow.attach = attached\n"
        "def closing(self):\n"
        "    seen.append(('close', gc.isenabled(), gc.get_freeze_count() > 0))\n"
        "    return close(self)\n"
        "close = m.MainWindow.close\n"
        "m.MainWindow.close = closing\n"
        "atexit.register(lambda: print(seen, gc.isenabled()))\n",
    )
    # paused until the database is attached; on again by the time the started window
    # closes, the start's objects out of its reach (frozen) until the window is gone
    assert out == "[('attach', False), ('close', True, True)] True"


def _start_program(tmp_path, path, code_before_main: str) -> str:  # noqa: ANN001
    """Run the program on ``path`` until its start is over, in a fresh process (fresh
    settings and data folder) with ``code_before_main`` run first; its standard output."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        + code_before_main
        + "from app.__main__ import main\n"
        + f"sys.exit(main(['--db', {str(path)!r}, '--page', 'overview', '--quit-after-start']))\n"
    )
    folders = {}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        folders[name] = str(tmp_path / name.lower())
        Path(folders[name]).mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **folders)
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_input_guards_come_once_the_start_is_over(tmp_path):
    """The wheel and bare-letter guards are application-wide Python event filters; with
    them in before the first paint, PySide built every Qt class at the first event of a
    private one (issue 16: ~25 ms before the window's first paint). The program installs
    them once the start is over: not yet when the database is attached, in when the
    started window closes, the fields made before included."""
    path = _demo_database(tmp_path)
    out = _start_program(
        tmp_path,
        path,
        "import atexit\n"
        "import app.ui.main_window as m\n"
        "from app.ui.widgets import input_guards\n"
        "seen = []\n"
        "painted = m.MainWindow.paintEvent\n"
        "def paint(self, event):\n"
        "    if not seen:\n"
        "        seen.append(('paint', input_guards.installed()))\n"
        "    painted(self, event)\n"
        "m.MainWindow.paintEvent = paint\n"
        "attach = m.MainWindow.attach\n"
        "def attached(self, *a, **k):\n"
        "    seen.append(('attach', input_guards.installed()))\n"
        "    attach(self, *a, **k)\n"
        "m.MainWindow.attach = attached\n"
        "close = m.MainWindow.close\n"
        "def closing(self):\n"
        "    wheel = self.page('overview').customer_filter.focusPolicy().name\n"
        "    seen.append(('close', input_guards.installed(), wheel))\n"
        "    return close(self)\n"
        "m.MainWindow.close = closing\n"
        "atexit.register(lambda: print(seen))\n",
    )
    # (the overview's filters were made before: the guard took their focus by the wheel)
    assert out == "[('paint', False), ('attach', False), ('close', True, 'StrongFocus')]"


def test_a_question_during_the_start_has_the_guards(tmp_path):
    """On a first start with an empty database the program asks whether to fill it with
    demo data, before its start is over: the bare-letter guard is in before the question
    shows (a "j" typed on by mistake does not answer it)."""
    path = tmp_path / "empty.sqlite"
    with open_database(path, backup=False):
        pass
    out = _start_program(
        tmp_path,
        path,
        "from PySide6.QtWidgets import QMessageBox\n"
        "from app.ui.widgets import input_guards\n"
        "def question(*args, **kwargs):\n"
        "    print('asked', args[1], input_guards.installed())\n"
        "    return QMessageBox.StandardButton.No\n"
        "QMessageBox.question = staticmethod(question)\n",
    )
    assert out == "asked Tom database True"


def test_the_pairs_benchmark_compares_two_checkouts(capsys):
    """``bench/pairs.py`` (the before/after measure of a change) starts each checkout as
    the program starts and prints every measure's median with its ratio per pair."""
    from pathlib import Path

    from bench import pairs

    here = str(Path(__file__).resolve().parents[2])
    assert pairs.main(["--runs", "1", f"one={here}", f"two={here}"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "medians of 1 starts (per-pair median ratio to one)"
    measures = [line.split()[0] for line in out[1:]]
    assert measures == ["first-paint", "overview-filled", "overview-filled_cpu", "end"]
    assert all(" one " in line and "(1.000)" in line and " two " in line for line in out[1:])
