"""Filtering the complaints by the words of their verdict ("ikke skriftlig", "i tide")
never computes the verdict of every complaint on the GUI thread: on 20 000 complaints
that froze the window about 0.8 s per pass while the user typed. The rows are read and
judged on the worker (a connection of its own, the page's own column functions) and
shown when done; the list finds exactly the rows whose shown verdict has the words."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.domain import deadlines
from app.domain.records import Channel, Complaint
from app.ui.application import make_app
from app.ui.pages.records import ComplaintsPage

from .conftest import TODAY, contract_id

CHANNELS = (Channel.EMAIL, Channel.ORAL, Channel.LETTER, Channel.PORTAL)


def add_mixed_complaints(repos, n: int = 40) -> None:  # noqa: ANN001
    """In time, late, not in writing, hidden and found long ago, under both templates."""
    contracts = [contract_id(repos, "office_center"), contract_id(repos, "sodvin")]
    for i in range(n):
        delivered = date(2026, 1, 5) + timedelta(days=i)
        discovered = delivered + timedelta(days=i % 7) if i % 3 == 0 else None
        repos.complaints.add(
            Complaint(
                contract_id=contracts[i % 2],
                delivered=delivered,
                discovered=discovered,
                complained=(discovered or delivered) + timedelta(days=(i * 5) % 60),
                channel=CHANNELS[i % len(CHANNELS)],
                nature="Fillageret mangler",
                extent="Alle brukere",
            )
        )


def typed(qtbot, page, text: str) -> None:  # noqa: ANN001
    qtbot.keyClick(page.filter, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.filter, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "ikke skriftlig"),
        ("nb", "i tide"),
        ("nb", "for sent"),
        ("nb", "ingen fast"),
        ("en", "not in writing"),
        ("en", "in time"),
        ("en", "late"),
    ],
)
def test_a_verdict_filter_judges_no_row_on_the_gui_thread_and_finds_exactly_the_shown(
    qtbot,  # noqa: ANN001
    repos,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
    language: str,
    text: str,
):
    make_app(language)
    add_mixed_complaints(repos)
    page = ComplaintsPage(repos, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    # the verdict of every complaint, as the column shows it (the page's own function)
    every = repos.complaints.search("", limit=-1)
    expected = {r.id for r in every if text.casefold() in page.verdict_text(r).casefold()}
    assert 0 < len(expected) < len(every), expected  # the words pick some rows, not all

    judged_here: list[int] = []
    domain = deadlines.complaint_limits

    def counted(**kwargs):  # noqa: ANN003, ANN202
        if threading.current_thread() is threading.main_thread():
            judged_here.append(1)
        return domain(**kwargs)

    monkeypatch.setattr(deadlines, "complaint_limits", counted)
    typed(qtbot, page, text)
    page.apply_filter()  # as the pause in typing does
    assert judged_here == []  # the pass does not judge every row on the GUI thread
    page.model.wait()  # the pass on the worker has ended and its rows are shown
    model = page.model
    while model.canFetchMore():
        model.fetchMore()
    assert {model.record_at(row).id for row in range(model.rowCount())} == expected
    assert model.total == len(expected)
    assert all(
        text.casefold() in (model.index(row, 4).data() or "").casefold()
        for row in range(model.rowCount())
    )


def test_while_the_worker_reads_the_count_says_so_and_then_counts(qtbot, repos):  # noqa: ANN001
    add_mixed_complaints(repos)
    page = ComplaintsPage(repos, today=TODAY)
    qtbot.addWidget(page)
    typed(qtbot, page, "ikke skriftlig")
    page.apply_filter()
    assert page.count_label.text() == "Filtrerer …"
    page.model.wait()
    assert page.count_label.text() == "10 reklamasjoner"  # every fourth of 40 is oral


def test_a_newer_filter_wins_over_a_pass_still_running(qtbot, repos):  # noqa: ANN001
    add_mixed_complaints(repos)
    page = ComplaintsPage(repos, today=TODAY)
    qtbot.addWidget(page)
    typed(qtbot, page, "for sent")
    page.apply_filter()
    page.filter.selectAll()
    qtbot.keyClicks(page.filter, "ikke skriftlig")
    page.apply_filter()
    page.model.wait()
    assert page.model.total == 10
    assert all(
        page.model.index(row, 4).data().startswith("ikke skriftlig")
        for row in range(page.model.rowCount())
    )


def test_a_worker_that_cannot_read_leaves_the_pass_to_the_gui_thread(qtbot, repos, monkeypatch):  # noqa: ANN001
    """A second connection refused (say the file went away): the list is still filtered,
    on the window's own connection, as before."""
    add_mixed_complaints(repos)
    page = ComplaintsPage(repos, today=TODAY)
    qtbot.addWidget(page)

    def refused(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError("no second connection")

    monkeypatch.setattr(type(repos.database), "reopen", refused)
    typed(qtbot, page, "ikke skriftlig")
    page.apply_filter()
    page.model.wait()
    assert page.model.total == 10 and page.count_label.text() == "10 reklamasjoner"


def test_a_workers_repositories_reuse_the_rows_validated_here(repos):  # noqa: ANN001
    from app.storage.repositories import Repositories

    add_mixed_complaints(repos, 5)
    here = repos.complaints.search("", limit=-1)
    own = repos.database.reopen()
    try:
        there = Repositories(own).share_rows_with(repos).complaints.search("", limit=-1)
    finally:
        own.close()
    assert there == here and all(a is b for a, b in zip(there, here, strict=True))
