"""UI test fixtures: a temporary database with one contract per template, no modal dialogs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.domain.records import Contract, Customer
from app.storage.database import open_database
from app.storage.demo import fill_demo
from app.storage.repositories import Repositories
from app.ui.application import make_app
from app.ui.forms import form_dialog
from app.ui.widgets import input_guards

TODAY = date(2026, 5, 20)


@pytest.fixture(autouse=True)
def ui_language(qapp):  # noqa: ANN001, ANN201
    """The application as the program's is once started: styled, in bokmål, with the wheel
    and bare-letter guards (the program installs those after its start: input_guards;
    test_start_report checks that it does)."""
    make_app("nb")
    input_guards.install()
    yield
    make_app("nb")


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):  # noqa: ANN001, ANN201
    """Any message box a test did not expect fails the test instead of hanging it."""

    def unexpected(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(unexpected))
    # the form's own "Lagre / Forkast / Avbryt" box (its buttons have Alt+letters)
    monkeypatch.setattr(form_dialog, "ask_to_save", lambda *args: unexpected(None, "ask_to_save"))

    def unexpected_file_dialog(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError(f"unexpected file dialog: {args[1:3]}")

    def unexpected_print_dialog(self, *args):  # noqa: ANN001, ANN002, ANN202
        raise AssertionError("unexpected print dialog")

    from app.ui.files import SafeFileDialog

    for name in ("getSaveFileName", "getOpenFileName", "getOpenFileNames", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(unexpected_file_dialog))
        monkeypatch.setattr(SafeFileDialog, name, staticmethod(unexpected_file_dialog))
    monkeypatch.setattr(QFileDialog, "exec", lambda self: unexpected_file_dialog(self, "exec"))
    monkeypatch.setattr(QPrintDialog, "exec", unexpected_print_dialog)


@pytest.fixture(autouse=True)
def own_settings(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """Settings go to a file of the test, never the user's own."""
    from PySide6.QtCore import QSettings

    from app.ui import settings as settings_store

    path = str(tmp_path / "settings.ini")
    monkeypatch.setattr(
        settings_store, "qsettings", lambda: QSettings(path, QSettings.Format.IniFormat)
    )
    return path


@pytest.fixture(autouse=True)
def own_drafts(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """Drafts of forms go to a folder of the test, never the user's data folder."""
    from app.ui import drafts

    folder = tmp_path / "drafts"
    monkeypatch.setattr(drafts, "folder", lambda: folder)
    return folder


@pytest.fixture(autouse=True)
def own_reminder_settings(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """The reminders' lead times (issue 15) are the test's, never the user's own."""
    from app.storage import reminders

    path = tmp_path / "reminders.json"
    monkeypatch.setattr(reminders, "lead_times_path", lambda: path)
    return path


@pytest.fixture
def database(tmp_path):  # noqa: ANN001, ANN201
    db = open_database(tmp_path / "ui.sqlite", backup=False)
    yield db
    db.close()


@pytest.fixture
def repos(database):  # noqa: ANN001, ANN201
    repos = Repositories(database)
    customer = repos.customers.add(Customer(name="Ringerike Regnskap AS", org_number="914573262"))
    repos.contracts.add(
        Contract(
            customer_id=customer.id,
            title="Azure drift",
            template="sodvin",
            signed=date(2026, 1, 5),
            ordinary_start=date(2026, 1, 15),
            monthly_fee=Decimal("10000"),
        )
    )
    repos.contracts.add(
        Contract(
            customer_id=customer.id,
            title="Skytjenester SLA",
            template="office_center",
            signed=date(2026, 2, 3),
            delivered=date(2026, 3, 2),
            monthly_fee=Decimal("8000"),
            units=20,
            unit_price=Decimal("400"),
        )
    )
    return repos


def contract_id(repos: Repositories, template: str) -> int:
    return next(c.id for c in repos.contracts.all() if c.template == template)


def damaged_with_backup(tmp_path) -> Path:  # noqa: ANN001
    """A demo database with a backup taken at its last start, then pages in the middle of
    the file wrecked (what a failing disk does): the program must offer the backup."""
    path = tmp_path / "kunder.sqlite"
    with open_database(path) as database:
        fill_demo(Repositories(database), date(2026, 11, 21))
    with open_database(path):  # this start takes a backup of the filled file
        pass
    with open(path, "r+b") as handle:  # wreck pages in the middle of the file
        handle.seek(4096 * 2)
        handle.write(b"\xff" * 4096 * 3)
    return path


#: The day the demo window's data is made for (``demo_window``).
DEMO_TODAY = date(2026, 12, 3)


@pytest.fixture
def demo_window(qtbot, tmp_path):  # noqa: ANN001, ANN201
    """The main window, shown, on a fresh demo database made for ``DEMO_TODAY``; its
    jobs are finished and the database closed afterwards (the window itself by qtbot)."""
    from app.ui import application
    from app.ui.main_window import MainWindow

    database = open_database(tmp_path / "demo.sqlite", backup=False)
    repos = Repositories(database)
    fill_demo(repos, DEMO_TODAY)
    window = MainWindow(database=database, repos=repos, today=DEMO_TODAY, persist=False)
    qtbot.addWidget(window)
    window.show()
    yield window
    application.finish_jobs()
    database.close()
