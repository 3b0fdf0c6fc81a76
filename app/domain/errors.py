"""Rejections that name the field and the problem, in bokmål or English.

Validation is pydantic's; this module turns its errors (and our own ``DomainError``)
into ``FieldProblem``s whose text comes from the same catalog as the explanations.
Our own checks raise ``PydanticCustomError(code, english, ctx)`` with a code declared
here (or next to the check) so the message can be shown in either language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from pydantic_core import PydanticCustomError

from .explain import Lang, Step, register_texts, render


@dataclass(frozen=True)
class FieldProblem:
    """A rejected value: which field (dotted path, e.g. ``incidents.0.end``) and why."""

    field: str
    code: str
    values: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: Lang = "nb") -> str:
        return render(Step(self.code, self.values), lang)

    def text(self, lang: Lang = "nb") -> str:
        return f"{self.field}: {self.message(lang)}" if self.field else self.message(lang)


class DomainError(ValueError):
    """A value a calculator cannot work with, for a named field."""

    def __init__(self, field: str, code: str, **values: Any) -> None:
        self.problem = FieldProblem(field, code, values)
        super().__init__(self.problem.text("en"))

    def text(self, lang: Lang = "nb") -> str:
        return self.problem.text(lang)


def invalid(code: str, english: str, **values: Any) -> PydanticCustomError:
    """An error to raise from a pydantic validator; ``code`` must be a registered text."""
    return PydanticCustomError(code, english, values)


# pydantic's error types -> our codes (with the context keys the texts use)
_PYDANTIC_CODES = {
    "missing": "err_missing",
    "extra_forbidden": "err_unknown_field",
    "date_parsing": "err_date",
    "date_from_datetime_parsing": "err_date",
    "date_from_datetime_inexact": "err_date",
    "date_type": "err_date",
    "datetime_parsing": "err_datetime",
    "datetime_from_date_parsing": "err_datetime",
    "datetime_type": "err_datetime",
    "decimal_parsing": "err_number",
    "decimal_type": "err_number",
    "finite_number": "err_number",
    "int_parsing": "err_integer",
    "int_type": "err_integer",
    "int_from_float": "err_integer",
    "float_parsing": "err_number",
    "bool_parsing": "err_bool",
    "bool_type": "err_bool",
    "greater_than": "err_gt",
    "greater_than_equal": "err_ge",
    "less_than": "err_lt",
    "less_than_equal": "err_le",
    "literal_error": "err_choice",
    "enum": "err_choice",
    "string_too_short": "err_empty",
    "string_too_long": "err_too_long",
    "string_type": "err_text",
    "list_type": "err_list",
    "dict_type": "err_object",
    "model_type": "err_object",
    "model_attributes_type": "err_object",
    "decimal_max_places": "err_places",
    "decimal_max_digits": "err_number",
    "decimal_whole_digits": "err_number",
    "too_short": "err_too_few",
    "too_long": "err_too_many",
}

register_texts(
    {
        "err_missing": ("mangler (må fylles ut)", "is required"),
        "err_unknown_field": ("ukjent felt", "unknown field"),
        "err_date": (
            "ugyldig dato «{input}» (bruk ÅÅÅÅ-MM-DD, og en dato som finnes)",
            "invalid date '{input}' (use YYYY-MM-DD, and a date that exists)",
        ),
        "err_datetime": (
            "ugyldig tidspunkt «{input}» (bruk ÅÅÅÅ-MM-DDTTT:MM)",
            "invalid time '{input}' (use YYYY-MM-DDTHH:MM)",
        ),
        "err_number": ("ugyldig tall «{input}»", "invalid number '{input}'"),
        "err_integer": (
            "må være et helt tall, ikke «{input}»",
            "must be a whole number, not '{input}'",
        ),
        "err_bool": ("må være true eller false", "must be true or false"),
        "err_gt": ("må være større enn {limit}", "must be greater than {limit}"),
        "err_ge": ("må være minst {limit}", "must be at least {limit}"),
        "err_lt": ("må være mindre enn {limit}", "must be less than {limit}"),
        "err_le": ("kan ikke være mer enn {limit}", "must be at most {limit}"),
        "err_choice": ("må være en av: {expected}", "must be one of: {expected}"),
        "err_empty": ("kan ikke være tom", "must not be empty"),
        "err_too_long": (
            "er for lang (høyst {limit} tegn)",
            "is too long (at most {limit} characters)",
        ),
        "err_text": ("må være tekst", "must be text"),
        "err_list": ("må være en liste", "must be a list"),
        "err_object": ("må være et objekt med felter", "must be an object with fields"),
        "err_places": ("høyst {limit} desimaler", "at most {limit} decimals"),
        "err_too_few": ("for få elementer", "too few items"),
        "err_too_many": ("for mange elementer", "too many items"),
        "err_invalid": ("ugyldig verdi: {detail}", "invalid value: {detail}"),
        "err_before_field": ("kan ikke være før {other}", "must not be before {other}"),
        "err_not_negative": (
            "kan ikke være negativ (fikk {input})",
            "must not be negative (got {input})",
        ),
    }
)


def _limit(ctx: dict[str, Any]) -> Any:
    for key in ("gt", "ge", "lt", "le", "min_length", "max_length", "decimal_places"):
        if key in ctx:
            return ctx[key]
    return ""


def _input_text(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def problems(exc: ValidationError) -> list[FieldProblem]:
    """Every error of a pydantic ValidationError as a FieldProblem."""
    from .explain import known_codes

    out: list[FieldProblem] = []
    for error in exc.errors(include_url=False):
        field = ".".join(str(part) for part in error["loc"])
        ctx = dict(error.get("ctx") or {})
        kind = error["type"]
        if kind in known_codes():  # our own PydanticCustomError
            out.append(FieldProblem(field, kind, ctx))
            continue
        if kind == "value_error" and isinstance(ctx.get("error"), DomainError):
            inner = ctx["error"].problem
            out.append(FieldProblem(field or inner.field, inner.code, inner.values))
            continue
        code = _PYDANTIC_CODES.get(kind)
        if code is None:
            out.append(FieldProblem(field, "err_invalid", {"detail": error["msg"]}))
            continue
        values: dict[str, Any] = {"input": _input_text(error.get("input")), "limit": _limit(ctx)}
        if "expected" in ctx:
            values["expected"] = str(ctx["expected"]).replace("'", "")
        if kind in ("greater_than_equal",) and values["limit"] == 0:
            code = "err_not_negative"
        out.append(FieldProblem(field, code, values))
    return out


@dataclass(frozen=True)
class Described:
    """A rejection as a value in a catalog sentence, told in that sentence's language."""

    exc: Exception

    def text(self, lang: Lang = "nb") -> str:
        return describe(self.exc, lang)


def describe(exc: Exception, lang: Lang = "nb") -> str:
    """One line for any rejection: every problem, field first, joined by '; '."""
    if isinstance(exc, ValidationError):
        return "; ".join(p.text(lang) for p in problems(exc))
    if isinstance(exc, DomainError):
        return exc.text(lang)
    return str(exc)
