"""Two windows on one record: a save over a change made meanwhile is never silent (issue
12 item 9). The other window is a second connection to the same file with another user
(as a second program would be); the form is typed into with key events and the choice
is made by clicking the dialog's buttons while it is shown (its own event loop).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.storage.database import open_database
from app.storage.repositories import Repositories
from app.ui.dialogs.stale_dialog import StaleDialog
from app.ui.pages.customers import CustomersPage

MINE = "Ringerike Regnskap og Revisjon AS"
KARI_NOTE = "Ny kontaktperson fra januar"


def _other_window(database):  # noqa: ANN001, ANN202
    other = open_database(database.path, backup=False)
    return other, Repositories(other, user="kari")


def _opened_then_changed_elsewhere(qtbot, repos, database, *, delete: bool = False):  # noqa: ANN001, ANN202
    page = CustomersPage(repos)
    qtbot.addWidget(page)
    dialog = page.edit_row(0)
    customer_id = dialog.form.record_id()
    other, theirs = _other_window(database)
    stored = theirs.customers.get(customer_id)
    if delete:
        for contract in theirs.contracts.all():
            theirs.contracts.delete(contract.id)
        theirs.customers.delete(customer_id)
    else:
        theirs.customers.update(stored.model_copy(update={"note": KARI_NOTE}))
    other.close()
    name = dialog.form.fields.editors["name"]
    name.clear()
    qtbot.keyClicks(name, MINE)
    return page, dialog, customer_id


def _answer(qtbot, button_name: str, seen: list) -> None:  # noqa: ANN001
    """Click ``button_name`` of the stale dialog once it is shown."""

    def click() -> None:
        shown = QApplication.activeModalWidget()
        if not isinstance(shown, StaleDialog):
            QTimer.singleShot(20, click)
            return
        seen.append(
            {
                "text": shown.message.text(),
                "rows": [
                    [shown.table.item(r, c).text() for c in range(shown.table.columnCount())]
                    for r in range(shown.table.rowCount())
                ],
                "buttons": [b.text() for b in shown.buttons.buttons()],
            }
        )
        qtbot.mouseClick(getattr(shown, button_name), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_the_dialog_shows_both_values_and_keep_mine_saves_a_new_version(qtbot, repos, database):  # noqa: ANN001
    page, dialog, customer_id = _opened_then_changed_elsewhere(qtbot, repos, database)
    seen: list = []
    _answer(qtbot, "keep_button", seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen, "no dialog: the save went over kari's change silently"
    assert "kari" in seen[0]["text"]
    rows = {row[0]: row[1:] for row in seen[0]["rows"]}
    assert rows["Navn"] == [MINE, "Ringerike Regnskap AS"]
    assert rows["Notat"] == ["–", KARI_NOTE]  # what kari wrote is shown, not lost unseen
    stored = repos.customers.get(customer_id)
    assert stored.name == MINE and stored.version == 3  # 1, kari's 2, mine 3
    assert not dialog.isVisible()
    history = repos.history("customers", customer_id)
    assert [e.user for e in history][-2:][0] == "kari"  # kari's version stays in the history


def test_use_the_stored_one_shows_it_in_the_form_and_saves_nothing(qtbot, repos, database):  # noqa: ANN001
    page, dialog, customer_id = _opened_then_changed_elsewhere(qtbot, repos, database)
    seen: list = []
    _answer(qtbot, "use_button", seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen and dialog.isVisible()
    stored = repos.customers.get(customer_id)
    assert stored.note == KARI_NOTE and stored.name == "Ringerike Regnskap AS"
    assert dialog.form.fields.editors["name"].text() == "Ringerike Regnskap AS"
    assert dialog.form.value().version == stored.version  # a save from here is no longer stale
    name = dialog.form.fields.editors["name"]
    name.clear()
    qtbot.keyClicks(name, MINE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    again = repos.customers.get(customer_id)
    assert (again.name, again.note, again.version) == (MINE, KARI_NOTE, 3)
    assert len(seen) == 1  # no second dialog


def test_back_to_the_form_keeps_what_was_typed(qtbot, repos, database):  # noqa: ANN001
    page, dialog, customer_id = _opened_then_changed_elsewhere(qtbot, repos, database)
    seen: list = []
    _answer(qtbot, "cancel_button", seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen and dialog.isVisible()
    assert dialog.form.fields.editors["name"].text() == MINE
    assert repos.customers.get(customer_id).name == "Ringerike Regnskap AS"


def test_a_record_deleted_meanwhile_cannot_be_saved_over(qtbot, repos, database):  # noqa: ANN001
    page, dialog, customer_id = _opened_then_changed_elsewhere(qtbot, repos, database, delete=True)
    seen: list = []
    _answer(qtbot, "cancel_button", seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert seen and "slettet" in seen[0]["text"] and "kari" in seen[0]["text"]
    assert seen[0]["buttons"] == ["&Tilbake til skjemaet"]
    assert dialog.isVisible() and dialog.form.fields.editors["name"].text() == MINE
    assert all(c.id != customer_id for c in repos.customers.all())


def test_a_save_of_the_customer_form_keeps_the_contacts_role(qtbot, repos):  # noqa: ANN001
    """The form shows the main contact's name, e-mail and phone; its role (set by an
    import or another PC) was dropped by every save of the form, unseen."""
    from app.domain.records import Contact

    first = repos.customers.all()[0]
    repos.customers.update(
        first.model_copy(update={"contacts": (Contact(name="Ingrid Haugen", role="IT-ansvarlig"),)})
    )
    page = CustomersPage(repos)
    qtbot.addWidget(page)
    dialog = page.edit_row(0)
    phone = dialog.form.fields.editors["contact_phone"]
    qtbot.keyClicks(phone, "+47 32 12 34 56")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (contact,) = repos.customers.get(first.id).contacts
    assert (contact.name, contact.role) == ("Ingrid Haugen", "IT-ansvarlig")
    assert contact.phone
