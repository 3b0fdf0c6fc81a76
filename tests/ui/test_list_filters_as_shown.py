"""A list's filter finds what the row shows: the complaint verdict as written in the row
(audit: 'ikke skriftlig', 'innenfor 12 måneder', en 'in time', 'within' found nothing),
and an organisation number typed without its spaces in the customers list."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.domain.records import Channel, Complaint
from app.ui.application import make_app
from app.ui.pages.records import ComplaintsPage

from .conftest import TODAY, contract_id
from .test_issue11_surfaces import add_hidden_defect_92_days_after_discovery, cells


def add_three_complaints(repos) -> None:  # noqa: ANN001
    """One oral (not in writing), one 92 days after discovery (within 12 months, but not
    "straks"), one in time."""
    oc = contract_id(repos, "office_center")
    for channel, complained in (
        (Channel.ORAL, date(2026, 3, 5)),
        (Channel.EMAIL, date(2026, 3, 6)),
    ):
        repos.complaints.add(
            Complaint(
                contract_id=oc,
                delivered=date(2026, 3, 2),
                complained=complained,
                channel=channel,
                nature="Fillageret mangler",
                extent="Alle brukere",
            )
        )
    add_hidden_defect_92_days_after_discovery(repos)


def filtered(qtbot, repos, text: str) -> list[str]:  # noqa: ANN001
    page = ComplaintsPage(repos, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClick(page.filter, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.filter, text)
    page.apply_filter()  # as the pause in typing does
    page.model.wait()  # a verdict's words are looked for on the worker: until it is done
    model = page.model
    return [cells(model, row)[4] for row in range(model.rowCount())]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ikke skriftlig", "ikke skriftlig — ikke en gyldig reklamasjon ennå (OC 8.3)"),
        ("IKKE SKRIFTLIG", "ikke skriftlig — ikke en gyldig reklamasjon ennå (OC 8.3)"),
        (
            "innenfor 12 måneder",
            "innenfor 12 måneder, men OC 8.2 krever reklamasjon «straks» — 92 dager",
        ),
        (
            "92 dager etter",
            "innenfor 12 måneder, men OC 8.2 krever reklamasjon «straks» — 92 dager",
        ),
        ("i tide", "i tide"),
    ],
)
def test_the_complaints_filter_finds_the_verdict_as_shown(qtbot, repos, text, found):  # noqa: ANN001
    add_three_complaints(repos)
    verdicts = filtered(qtbot, repos, text)
    assert len(verdicts) == 1 and verdicts[0].startswith(found), verdicts


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("in time", "in time"),
        ("within", "within 12 months, but OC 8.2 requires notice"),
        ("not in writing", "not in writing — not a valid complaint yet (OC 8.3)"),
    ],
)
def test_the_english_complaints_filter_finds_the_verdict_as_shown(qtbot, repos, text, found):  # noqa: ANN001
    make_app("en")
    add_three_complaints(repos)
    verdicts = filtered(qtbot, repos, text)
    assert len(verdicts) == 1 and verdicts[0].startswith(found), verdicts


def test_a_word_no_row_shows_finds_nothing(qtbot, repos):  # noqa: ANN001
    add_three_complaints(repos)
    assert filtered(qtbot, repos, "ikke skriftlig xyz") == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("92 dager etter", True),
        ("2 dager", True),
        ("— 9", True),
        ("innenfor 12 måneder", True),
        ("innenfor 18 måneder", True),  # a contract may agree other months (OC 8.2)
        ("15.05.2026", False),  # a date is matched in SQL: no scan of every row for it
        ("oc 8.2 krever", True),
        ("oc 8.4", False),
    ],
)
def test_what_can_be_part_of_a_verdict(text, part):  # noqa: ANN001
    from app.ui.models.contract_records_model import part_of

    phrase = "innenfor 0 måneder, men OC 8.2 krever reklamasjon «straks» — 0 dager etter"
    assert part_of(text, phrase) is part


@pytest.mark.parametrize("typed", ["914573", "914 573", "573262", "914573262", "Ringerike"])
def test_the_customers_filter_finds_an_organisation_number_with_or_without_spaces(
    qtbot,  # noqa: ANN001
    repos,  # noqa: ANN001
    typed: str,
):
    """The list shows 914 573 262; the audit typed 920864 and found nothing (the
    contracts list, filtered in SQL on the stored digits, found it)."""
    from app.ui.pages.customers import CustomersPage

    page = CustomersPage(repos)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClick(page.filter, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.filter, typed)
    shown = [page.model.index(row, 1).data() for row in range(page.model.rowCount())]
    assert shown == ["914 573 262"]


def test_the_customers_filter_does_not_match_a_number_the_row_does_not_have(qtbot, repos):  # noqa: ANN001
    from app.ui.pages.customers import CustomersPage

    page = CustomersPage(repos)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.filter, "914573999")
    assert page.model.rowCount() == 0


@pytest.mark.parametrize(("text", "scans"), [("2026", False), ("05.03", False), ("92 dager", True)])
def test_a_filter_without_letters_is_matched_in_sql_not_by_reading_every_row(  # noqa: ANN001
    qtbot, repos, text, scans
):
    # "2026" can be part of a verdict's day count, but it is a year: reading every row
    # as shown took 2.4 s on 20 000 complaints, SQL 0.1 s
    add_three_complaints(repos)
    page = ComplaintsPage(repos, today=TODAY)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.filter, text)
    page.apply_filter()
    assert page.model._shown_filter() is scans
    if scans:
        page.model.wait()  # the pass over every row runs on the worker
        assert page.model.rowCount() == 1  # the one 92 days after discovery
