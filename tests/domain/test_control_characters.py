"""No control character in a record's text (CLI audit, defect 6): ``record add`` stored
``"name": "A\\u0000B"`` while ``calc`` refused it. A name is one line (no line break or
tab either); a free text (note, description, address) keeps line breaks and tabs."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from app.domain.errors import describe
from app.domain.records import Customer

CONTROLS = [chr(c) for c in range(0x110) if unicodedata.category(chr(c)) == "Cc"]


def _customer(**changes):  # noqa: ANN003, ANN202
    return Customer.model_validate({"name": "Hole Bygg", "org_number": "974760673", **changes})


def test_a_nul_in_a_name_is_refused_and_named():
    with pytest.raises(ValidationError) as caught:
        _customer(name="A\x00B")
    assert describe(caught.value, "nb") == (
        "name: inneholder et kontrolltegn (U+0000, tegn nr. 2) som ikke kan lagres; fjern det"
    )
    assert describe(caught.value, "en") == (
        "name: contains a control character (U+0000, character 2) that cannot be stored; remove it"
    )


def test_a_line_break_in_a_name_is_said_as_such():
    with pytest.raises(ValidationError) as caught:
        _customer(name="Hole\nBygg")
    assert describe(caught.value, "nb") == (
        "name: kan ikke ha linjeskift eller tabulator (tegn nr. 5); et navn er én linje"
    )


def test_a_contact_name_inside_a_customer_is_checked_too():
    with pytest.raises(ValidationError) as caught:
        _customer(contacts=[{"name": "Ola\x07"}])
    assert describe(caught.value, "nb").startswith("contacts.0.name: inneholder et kontrolltegn")


@given(
    before=st.text(st.characters(categories=["L", "N", "Zs"]), max_size=20),
    control=st.sampled_from(CONTROLS),
    after=st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=20),
)
def test_every_control_character_is_refused_in_a_name(before, control, after):  # noqa: ANN001
    with pytest.raises(ValidationError):
        _customer(name="x" + before + control + after)


@given(
    text=st.text(st.characters(categories=["L", "N", "P", "Zs"]), max_size=50),
    control=st.sampled_from(CONTROLS),
)
def test_a_free_text_keeps_line_breaks_and_tabs_only(text, control):  # noqa: ANN001
    note = "a" + text + control + "b"
    if control in "\n\r\t":
        assert _customer(note=note).note == note
    else:
        with pytest.raises(ValidationError) as caught:
            _customer(note=note)
        assert describe(caught.value, "nb").startswith("note: inneholder et kontrolltegn")
