"""The field-wise merge of a save over a change made meanwhile (issue 12 item 9)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from app.domain import merge
from app.domain.records import Contract, Customer

OPENED = Customer(id=1, name="Ringerike Regnskap AS", org_number="914573262", version=1)


def test_each_side_keeps_what_only_it_changed():
    mine = OPENED.model_copy(update={"name": "Ringerike Revisjon AS"})
    stored = OPENED.model_copy(update={"note": "Ny kontakt", "version": 2})
    merges = merge.merge_fields(OPENED, OPENED, mine, stored)
    assert [(m.name, m.outcome) for m in merges] == [("name", "mine"), ("note", "theirs")]
    merged = merge.merged_record(stored, merges, {})
    assert (merged.name, merged.note, merged.version) == ("Ringerike Revisjon AS", "Ny kontakt", 2)


def test_a_field_both_changed_is_mine_unless_the_stored_one_is_picked():
    mine = OPENED.model_copy(update={"address": "Storgata 1"})
    stored = OPENED.model_copy(update={"address": "Kirkegata 2", "version": 2})
    (field,) = merge.merge_fields(OPENED, OPENED, mine, stored)
    assert (field.outcome, field.opened, field.mine, field.stored) == (
        "both",
        "",
        "Storgata 1",
        "Kirkegata 2",
    )
    assert merge.merged_record(stored, [field], {}).address == "Storgata 1"
    assert merge.merged_record(stored, [field], {"address": True}).address == "Kirkegata 2"


def test_the_same_change_on_both_sides_is_no_choice():
    mine = OPENED.model_copy(update={"address": "Storgata 1"})
    stored = OPENED.model_copy(update={"address": "Storgata 1", "version": 2})
    assert [m.outcome for m in merge.merge_fields(OPENED, OPENED, mine, stored)] == ["same"]


def test_mine_is_measured_against_the_form_as_opened():
    """The form read the opened record back with a normalised value: that is no change
    of mine, so the stored value of that field is kept."""
    shown = OPENED.model_copy(update={"address": " "})  # (as the form's fields gave it)
    stored = OPENED.model_copy(update={"address": "Kirkegata 2", "version": 2})
    (field,) = merge.merge_fields(OPENED, shown, shown, stored)
    assert field.outcome == "theirs"
    assert merge.merged_record(stored, [field], {}).address == "Kirkegata 2"


def test_values_that_do_not_go_together_are_refused_by_field():
    opened = Contract(
        id=1,
        customer_id=1,
        title="Azure drift",
        template="sodvin",
        signed=date(2026, 1, 5),
        ordinary_start=date(2026, 1, 15),
        version=1,
    )
    mine = opened.model_copy(update={"signed": date(2026, 2, 1)})
    stored = opened.model_copy(update={"ordinary_start": date(2026, 1, 20), "version": 2})
    merges = merge.merge_fields(opened, opened, mine, stored)
    with pytest.raises(ValidationError) as caught:
        merge.merged_record(stored, merges, {})
    assert "ordinary_start" in str(caught.value)


NOTES = st.sampled_from(["", "a", "b"])


@given(
    st.tuples(NOTES, NOTES, NOTES),
    st.tuples(NOTES, NOTES, NOTES),
    st.booleans(),
)
def test_no_change_is_lost_unseen(mine_values, stored_values, keep_stored):
    """For every field: a change of only one side survives; a change of both is one of
    the two (the user's pick); nothing changed stays as opened."""
    names = ("address", "note", "name")
    opened = OPENED.model_copy(update={"address": "", "note": "", "name": "x"})

    def with_values(values: tuple[str, ...], **extra: object) -> Customer:
        update = {n: v or ("x" if n == "name" else "") for n, v in zip(names, values, strict=True)}
        return opened.model_copy(update={**update, **extra})

    mine, stored = with_values(mine_values), with_values(stored_values, version=2)
    merges = merge.merge_fields(opened, opened, mine, stored)
    picks = {m.name: keep_stored for m in merges if m.outcome == "both"}
    merged = merge.merged_record(stored, merges, picks)
    assert merged.version == 2
    for name in names:
        was, typed, now = (getattr(r, name) for r in (opened, mine, stored))
        got = getattr(merged, name)
        if typed == was:
            assert got == now
        elif now == was:
            assert got == typed
        else:
            assert got == (now if keep_stored else typed)
