"""CSV for Norwegian Excel: BOM, semicolons, Norwegian dates and decimal commas."""

import csv
from datetime import date, datetime
from decimal import Decimal

import pytest

from app.reports.csv_export import write_csv


def test_bom_semicolon_and_norwegian_values(tmp_path):
    path = tmp_path / "liste.csv"
    rows = [
        ["Hønefoss Regnskap AS", date(2026, 12, 14), Decimal("1234.50"), True],
        ["Ærlig Øl; Å AS", datetime(2026, 3, 29, 2, 30), None, False],
    ]
    count = write_csv(rows, ["Kunde", "Dato", "Beløp", "Ferdig"], path)
    assert count == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0] == "Kunde;Dato;Beløp;Ferdig"
    assert "\r\n" in text
    parsed = list(csv.reader(text.splitlines(), delimiter=";"))
    assert parsed[1] == ["Hønefoss Regnskap AS", "14.12.2026", "1234,50", "ja"]
    # a separator inside a value is quoted, not split
    assert parsed[2] == ["Ærlig Øl; Å AS", "29.03.2026 02:30", "", "nei"]


def test_english_decimals_and_booleans(tmp_path):
    path = tmp_path / "list.csv"
    write_csv([[Decimal("99.3132"), True]], ["Availability", "Done"], path, lang="en")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1] == "99.3132;yes"


def test_a_row_of_the_wrong_length_leaves_no_file(tmp_path):
    path = tmp_path / "bad.csv"
    with pytest.raises(ValueError, match="row 2"):
        write_csv([["a", "b"], ["c"]], ["A", "B"], path)
    assert list(tmp_path.iterdir()) == []
