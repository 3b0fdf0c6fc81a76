"""The text types of records: a one-line name and a free text, without control characters.

``record add customers --json '{"name": "A\\u0000B", …}'`` stored a NUL inside a name
(CLI audit, defect 6): it cuts the name short in C libraries, PDF and ICS writers and
spreadsheets, and is invisible in a list. A control character (Unicode category Cc: the
C0 and C1 controls and DEL) is refused with a message that names it; a free text
(``Text``: notes, descriptions, addresses) keeps line breaks and tabs, which a multi-line
field is for, and a name (``Name``) takes none: it is one line.

Rows already stored, and import files (rows of an export), are read as they are
(validation context ``{"stored": True}``, ``storage.codec``): a record saved before this
check stays readable, and its form asks for the character to go only when it is saved.
"""

from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator, StringConstraints, ValidationInfo

from .errors import invalid
from .explain import register_texts

#: What a multi-line free text may hold of the control characters.
MULTI_LINE = frozenset("\n\r\t")

register_texts(
    {
        "err_control_char": (
            "inneholder et kontrolltegn ({char}, tegn nr. {position}) som ikke kan lagres; "
            "fjern det",
            "contains a control character ({char}, character {position}) that cannot be "
            "stored; remove it",
        ),
        "err_line_break": (
            "kan ikke ha linjeskift eller tabulator (tegn nr. {position}); et navn er én linje",
            "cannot contain a line break or tab (character {position}); a name is one line",
        ),
    }
)


#: The validation context of a record read back from storage or an exchange file
#: (``model_validate(data, context={STORED: True})``, ``storage.codec``): a rule made
#: stricter since the record was written may let it through (a control character in a
#: name, ``Incident._end_after_start``), saying where.
STORED = "stored"

#: With ``STORED``, for a row read back from this database (not an exchange file): a
#: rule an import file is held to as new input, but that must not make a row stored
#: before it unreadable (``terms.check_kinds``: ``true`` for a number in a contract's
#: overrides; ``storage.codec.TableSpec.from_row``).
STORED_ROW = "stored_row"


def _stored(info: ValidationInfo | None) -> bool:
    context = info.context if info is not None else None
    return bool(context) and bool(context.get(STORED))


def _check(value: str, allowed: frozenset[str], info: ValidationInfo | None) -> str:
    if _stored(info):
        return value
    for position, char in enumerate(value, start=1):
        if unicodedata.category(char) != "Cc" or char in allowed:
            continue
        if char in MULTI_LINE:
            raise invalid("err_line_break", "no line break in a name", position=position)
        code = f"U+{ord(char):04X}"
        raise invalid("err_control_char", "control character", char=code, position=position)
    return value


def one_line(value: str, info: ValidationInfo) -> str:
    """A name: no control character at all (a line break or tab said as such)."""
    return _check(value, frozenset(), info)


def free_text(value: str, info: ValidationInfo) -> str:
    """A free text: line breaks and tabs, no other control character."""
    return _check(value, MULTI_LINE, info)


Text = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=4000), AfterValidator(free_text)
]
Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(one_line),
]
