"""The repeated-hour question comes in the Tab order right after its field (audit of
03.12.2026: it came only after Beskrivelse, so a keyboard user answered it last)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.pages.incidents import IncidentsPage

from .conftest import contract_id
from .test_dst_forms import type_into

Key = Qt.Key


def test_each_time_s_question_follows_it_in_the_tab_order(qtbot, repos):  # noqa: ANN001
    page = IncidentsPage(repos)
    qtbot.addWidget(page)
    dialog = page.new_record(contract_id(repos, "sodvin"))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    form = dialog.form
    start, end = form.fields.editors["start"], form.fields.editors["end"]
    type_into(qtbot, start, "25.10.2026 02:30")
    type_into(qtbot, end, "25.10.2026 02:45")
    first, second = form.repeated_hour["start"], form.repeated_hour["end"]
    assert first.isVisibleTo(form) and second.isVisibleTo(form)

    def tab() -> object:
        qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab)
        return QApplication.focusWidget()

    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    assert tab() in (first.summer, first.winter)  # Start → its question
    # Space answers it (summer time); Tab goes on to Slutt, then to Slutt's question
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Space)
    assert start.fold == 0
    seen = [tab() for _ in range(2)]
    assert end in seen
    following = seen[seen.index(end) + 1 :] or [tab()]
    assert following[0] in (second.summer, second.winter)
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab)
    assert QApplication.focusWidget() is form.fields.editors["cause"]
