"""The overview's CSV holds what its table shows, and ``deadlines --csv`` the same.

The audit (03.12.2026, demo database): the «Post» column held internal codes
(terminations:2, deliveries:2); the headers were «Gruppe/Type/Hva» where the screen says
«Når/Frist/Hva som skal gjøres»; there was no «Påminnelse» column; the maintenance
windows' rows had an empty customer and contract where the screen shows «–» and «Alle
Sodvin-avtaler».
"""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from app.cli import run_command
from app.reports import deadlines_report
from app.storage.csv_files import ENCODING

from .conftest import DEMO_TODAY
from .test_contract_page import save_to


@pytest.fixture
def demo(demo_window):  # noqa: ANN001, ANN201
    return demo_window


def read_csv(path) -> list[list[str]]:  # noqa: ANN001
    return list(csv.reader(path.read_text(encoding=ENCODING).splitlines(), delimiter=";"))


def screen(page) -> tuple[list[str], list[list[str]]]:  # noqa: ANN001
    model = page.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    return header, rows


def export(qtbot, window, monkeypatch, path) -> list[list[str]]:  # noqa: ANN001
    save_to(monkeypatch, path.with_suffix(""))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # File → Export
    return read_csv(path)


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_csv_has_the_screen_s_columns_headers_and_texts(
    qtbot, demo, monkeypatch, tmp_path, language
):  # noqa: ANN001
    if language == "en":
        demo.set_language("en")
    page = demo.page("overview")
    assert page.wait_until_loaded()
    header, rows = screen(page)
    assert rows

    written = export(qtbot, demo, monkeypatch, tmp_path / "frister.csv")

    shown = len(header)
    assert written[0][:shown] == header
    assert [row[:shown] for row in written[1:]] == rows
    if language == "nb":
        assert header[0] == "Når" and header[2] == "Frist" and "Påminnelse" in header
        assert header[-1] == "Hva som skal gjøres"
        assert written[0][shown:] == ["Dato (ISO)", "Avtale-id", "Gjelder"]
    demo.set_language("nb")


def test_the_extra_columns_say_the_date_and_the_record_in_words(qtbot, demo, monkeypatch, tmp_path):  # noqa: ANN001
    page = demo.page("overview")
    assert page.wait_until_loaded()
    written = export(qtbot, demo, monkeypatch, tmp_path / "frister.csv")
    head, body = written[0], written[1:]
    column = {name: head.index(name) for name in head}
    records = [row[column["Gjelder"]] for row in body]
    assert not any(":" in record for record in records)  # no "terminations:2"
    assert any(record.startswith("Oppsigelse ") for record in records)
    for row, (_group, item) in zip(body, page.listing.items, strict=True):
        assert row[column["Dato (ISO)"]] == item.date.isoformat()
    # the maintenance windows: no single contract, said as the screen says it
    maintenance = [row for row in body if row[column["Frist"]].startswith("Vedlikehold")]
    assert maintenance
    for row in maintenance:
        assert row[column["Kunde"]] == "–"
        assert row[column["Avtale"]] == "Alle Sodvin-avtaler"
        assert row[column["Avtale-id"]] == ""


def test_the_command_s_csv_is_the_window_s(qtbot, demo, monkeypatch, tmp_path, capsys):  # noqa: ANN001
    page = demo.page("overview")
    assert page.wait_until_loaded()
    window_csv = export(qtbot, demo, monkeypatch, tmp_path / "frister.csv")
    command_csv = tmp_path / "kommando.csv"
    status = run_command(
        [
            "deadlines",
            "--db",
            str(demo.database.path),
            "--today",
            DEMO_TODAY.isoformat(),
            "--csv",
            str(command_csv),
        ]
    )
    capsys.readouterr()
    assert status == 0
    assert read_csv(command_csv) == window_csv
    assert window_csv[0] == deadlines_report.csv_header("nb")
