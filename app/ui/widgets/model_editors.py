"""Pick a field editor from a pydantic field's type (calculator inputs are built this way)."""

from __future__ import annotations

import types
import typing
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from annotated_types import Ge, Gt, Le, Lt
from pydantic.fields import FieldInfo
from PySide6.QtWidgets import QWidget

from app.domain import templates

from ..i18n import field_label, say
from .fields import (
    BoolField,
    ChoiceField,
    DateField,
    DateListField,
    DateTimeField,
    DecimalField,
    IntField,
    OptionalDateField,
    OptionalDateTimeField,
    TextField,
)


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """The type without ``| None``, and whether None was allowed."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return annotation, False


def _bounds(info: FieldInfo) -> tuple[int, int]:
    low, high = 0, 1_000_000
    for meta in info.metadata:
        if isinstance(meta, Ge):
            low = int(meta.ge)
        elif isinstance(meta, Gt):
            low = int(meta.gt) + 1
        elif isinstance(meta, Le):
            high = int(meta.le)
        elif isinstance(meta, Lt):
            high = int(meta.lt) - 1
    return low, high


def choice_label(value: Any) -> str:
    if templates.known(value):
        return say(templates.name_of(value))
    return str(value)


def editor_for(name: str, info: FieldInfo, parent: QWidget | None = None) -> QWidget | None:
    """An editor for the field, with its default set; None if the type has no simple editor."""
    kind, optional = _unwrap(info.annotation)
    origin = typing.get_origin(kind)
    editor: Any
    if kind is bool:
        editor = BoolField(field_label(name), parent)
    elif kind is date:
        editor = OptionalDateField(parent) if optional else DateField(parent)
    elif kind is datetime:
        editor = OptionalDateTimeField(parent) if optional else DateTimeField(parent)
    elif kind is Decimal:
        editor = DecimalField(parent, optional=optional or not info.is_required())
    elif kind is int:
        low, high = _bounds(info)
        editor = IntField(parent, low=low, high=high)
    elif origin is Literal:
        editor = ChoiceField([(v, choice_label(v)) for v in typing.get_args(kind)], parent)
    elif origin in (tuple, list) and typing.get_args(kind)[:1] == (date,):
        editor = DateListField(parent, placeholder="24.12.2026, 31.12.2026")
    elif kind is str:
        editor = TextField(parent)
    else:
        return None
    if not info.is_required() and info.default is not None:
        default = info.default
        if isinstance(editor, DateListField) and not default:
            pass
        else:
            editor.set_value(default)
    return editor
