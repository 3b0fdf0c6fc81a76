"""The contract page's history tab says that the history is unchanged, and when it was
checked, or names the first broken entry (issue 12)."""

from __future__ import annotations

from app.ui.pages.contract import ContractPage

from .conftest import TODAY, contract_id


def _page(qtbot, repos) -> ContractPage:  # noqa: ANN001
    page = ContractPage(repos, today=TODAY)
    qtbot.addWidget(page)
    page.load(contract_id(repos, "sodvin"))
    page.show()
    page.show_tab("history")
    return page


def test_history_tab_says_the_history_is_unchanged(qtbot, repos):  # noqa: ANN001
    page = _page(qtbot, repos)
    qtbot.waitUntil(lambda: page.history_check.report is not None)
    text = page.history_check.text()
    assert text.startswith("Historikken er uendret (kontrollert ")
    assert "3 oppføringer i kjeden" in text  # a customer and two contracts
    assert page.history_check.isVisible()


def test_history_tab_names_the_broken_entry(qtbot, repos):  # noqa: ANN001
    conn = repos.database.db.conn
    conn.execute("DROP TRIGGER history_no_update")
    conn.execute("UPDATE history SET user = 'noen andre' WHERE id = 2")
    conn.commit()
    page = _page(qtbot, repos)
    qtbot.waitUntil(lambda: page.history_check.report is not None)
    text = page.history_check.text()
    assert text.startswith("Historikken er BRUTT") and "oppføring 2" in text
