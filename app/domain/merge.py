"""A save over a change made meanwhile, field by field (issue 12 item 9).

A form was opened on a record; before it was saved someone else (another window, later
another PC) saved the record. Three versions of each field are known: as the form was
opened (``opened``), as typed now (``mine``) and as stored now (``stored``). As a
three-way merge does it (and as the sync conflicts between PCs do it, ``app.sync``):

- a field only the other side changed keeps the stored value (``THEIRS``);
- a field only I changed takes mine (``MINE``);
- a field both changed to the same value is that value (``SAME``);
- a field both changed to different values is the user's choice (``BOTH``), mine unless
  they pick the stored one.

So a save never silently undoes what someone else saved in a field this user did not
touch (the whole-form "save mine over" did: a note typed in the other window was lost).

"Changed by me" compares what is typed with what the form showed when it was opened
(``mine_opened``: the opened record read back through the form's fields, which may
normalise a value, e.g. an empty text); "changed by them" compares the stored record
with the opened one. The merged record is the stored one with my values put in, at the
stored version; it is validated again (two changes that are each valid may not be valid
together), and ``ValidationError`` says which field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from .records import Record

R = TypeVar("R", bound=Record)

#: Fields nobody types: the record's identity and its write count.
BOOKKEEPING = frozenset({"id", "uid", "version"})

Outcome = Literal["mine", "theirs", "same", "both"]
MINE: Outcome = "mine"
THEIRS: Outcome = "theirs"
SAME: Outcome = "same"
BOTH: Outcome = "both"


@dataclass(frozen=True)
class FieldMerge:
    """One field changed on at least one side: its three values and what is saved."""

    name: str
    opened: Any
    mine: Any
    stored: Any
    outcome: Outcome

    @property
    def chosen_by_user(self) -> bool:
        return self.outcome == BOTH


def merge_fields(opened: R, mine_opened: R, mine: R, stored: R) -> list[FieldMerge]:
    """Every field changed by me, by them or by both since ``opened``, in field order
    (unchanged fields are left out)."""
    merges = []
    for name in type(stored).model_fields:
        if name in BOOKKEEPING:
            continue
        was, was_shown = getattr(opened, name, None), getattr(mine_opened, name, None)
        typed, now = getattr(mine, name, None), getattr(stored, name, None)
        i_changed, they_changed = typed != was_shown, now != was
        if not (i_changed or they_changed):
            continue
        if i_changed and they_changed:
            outcome = SAME if typed == now else BOTH
        else:
            outcome = MINE if i_changed else THEIRS
        merges.append(FieldMerge(name, was, typed, now, outcome))
    return merges


def merged_record(stored: R, merges: Iterable[FieldMerge], keep_stored: Mapping[str, bool]) -> R:
    """The stored record with my values of the fields that take mine: ``MINE`` ones and
    ``BOTH`` ones not in ``keep_stored`` as True. At the stored version (a save of it is
    a change of what is stored now); raises pydantic's ValidationError when the merged
    values do not go together."""
    values = stored.model_dump()
    for merge in merges:
        if merge.outcome == MINE or (merge.outcome == BOTH and not keep_stored.get(merge.name)):
            values[merge.name] = merge.mine
    values["version"] = stored.version
    return type(stored).model_validate(_dumped(values))


def _dumped(values: dict[str, Any]) -> dict[str, Any]:
    """Nested models (a contact, a term override) as plain values, as model_dump gives
    them: the merged record is validated from plain values only."""

    def plain(value: Any) -> Any:
        if hasattr(value, "model_dump"):
            return value.model_dump()
        if isinstance(value, tuple | list):
            return type(value)(plain(v) for v in value)
        return value

    return {name: plain(value) for name, value in values.items()}
