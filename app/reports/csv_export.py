"""Any list as a CSV file that Norwegian Excel opens correctly with a double click.

Excel with Norwegian regional settings expects ``;`` as the list separator (``,`` is
the decimal comma) and only recognises UTF-8 when the file starts with a byte-order
mark; without it æ, ø and å come out garbled. So: UTF-8 with BOM, ``;``, CRLF lines.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from app.domain.explain import Lang, format_date, format_decimal

#: Norwegian Excel's list separator (the comma is its decimal separator).
SEPARATOR = ";"
#: "utf-8-sig" writes the byte-order mark Excel needs to read the file as UTF-8.
ENCODING = "utf-8-sig"


def cell(value: Any, lang: Lang = "nb") -> str:
    """One value as text: dates dd.mm.yyyy, decimals with the language's decimal mark."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return ("ja" if value else "nei") if lang == "nb" else ("yes" if value else "no")
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return format_date(value.date(), lang) + value.strftime(" %H:%M")
    if isinstance(value, date):
        return format_date(value, lang)
    if isinstance(value, Decimal):
        places = max(0, -value.as_tuple().exponent) if value.is_finite() else 0
        return format_decimal(value, places, lang, grouping=False)
    return str(value)


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
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    count = 0
    try:
        with partial.open("w", encoding=ENCODING, newline="") as handle:
            writer = csv.writer(handle, delimiter=SEPARATOR, lineterminator="\r\n")
            writer.writerow(header)
            for row in rows:
                if len(row) != len(header):
                    raise ValueError(
                        f"row {count + 1} has {len(row)} cells, the header {len(header)}"
                    )
                writer.writerow([cell(value, lang) for value in row])
                count += 1
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return count
