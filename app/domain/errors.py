"""Rejections that name the field and the problem, in bokmål or English.

Validation is pydantic's; this module turns its errors (and our own ``DomainError``)
into ``FieldProblem``s whose text comes from the same catalog as the explanations.
Our own checks raise ``PydanticCustomError(code, english, ctx)`` with a code declared
here (or next to the check) so the message can be shown in either language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from pydantic_core import PydanticCustomError

from .explain import Lang, Step, phrase, register_texts, render


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
    # (CLI audit, defect 2: every type a user's input can meet says itself in the user's
    # language; "contacts: ugyldig verdi: Input should be a valid tuple" was pydantic's)
    "tuple_type": "err_list",
    "set_type": "err_list",
    "frozen_set_type": "err_list",
    "iterable_type": "err_list",
    "iteration_error": "err_list",
    "set_item_not_hashable": "err_list",
    "mapping_type": "err_object",
    "dataclass_type": "err_object",
    "dataclass_exact_type": "err_object",
    "arguments_type": "err_object",
    "string_sub_type": "err_text",
    "string_unicode": "err_unicode",
    "string_not_ascii": "err_unicode",
    "bytes_type": "err_text",
    "bytes_invalid_encoding": "err_unicode",
    "bytes_too_short": "err_empty",
    "bytes_too_long": "err_too_long",
    "string_pattern_mismatch": "err_pattern",
    "float_type": "err_number",
    "complex_type": "err_number",
    "complex_str_parsing": "err_number",
    "int_parsing_size": "err_number_size",
    "multiple_of": "err_multiple",
    "none_required": "err_none",
    "json_invalid": "err_json",
    "json_type": "err_json",
    "time_type": "err_time",
    "time_parsing": "err_time",
    "datetime_object_invalid": "err_datetime",
    "timezone_naive": "err_datetime",
    "timezone_aware": "err_datetime",
    "timezone_offset": "err_datetime",
    "date_past": "err_date_past",
    "datetime_past": "err_date_past",
    "date_future": "err_date_future",
    "datetime_future": "err_date_future",
    "time_delta_type": "err_duration",
    "time_delta_parsing": "err_duration",
    "uuid_type": "err_uuid",
    "uuid_parsing": "err_uuid",
    "uuid_version": "err_uuid",
    "url_type": "err_url",
    "url_parsing": "err_url",
    "url_syntax_violation": "err_url",
    "url_too_long": "err_url",
    "url_scheme": "err_url",
    "union_tag_invalid": "err_kind",
    "union_tag_not_found": "err_kind",
    "frozen_field": "err_frozen",
    "frozen_instance": "err_frozen",
    "invalid_key": "err_unknown_field",
    "unexpected_keyword_argument": "err_unknown_field",
    "unexpected_positional_argument": "err_unknown_field",
    "missing_argument": "err_missing",
    "missing_keyword_only_argument": "err_missing",
    "missing_positional_only_argument": "err_missing",
    "multiple_argument_values": "err_unknown_field",
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
        "err_choice_or": ("eller", "or"),  # before the last of the choices
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
        # any other rejection: never pydantic's English in a Norwegian message
        "err_invalid_value": (
            "ugyldig verdi «{input}»",
            "invalid value '{input}' ({detail})",
        ),
        "err_unicode": (
            "inneholder tegn som ikke er gyldig tekst (ødelagt Unicode)",
            "contains characters that are not valid text (broken Unicode)",
        ),
        "err_pattern": ("har ikke riktig form: «{input}»", "is not in the right form: '{input}'"),
        "err_number_size": ("tallet er for stort", "the number is too large"),
        "err_multiple": ("må gå opp i {multiple}", "must be a multiple of {multiple}"),
        "err_none": ("skal ikke ha noen verdi", "must have no value"),
        "err_json": ("ugyldig JSON", "invalid JSON"),
        "err_time": (
            "ugyldig klokkeslett «{input}» (bruk TT:MM)",
            "invalid time of day '{input}' (use HH:MM)",
        ),
        "err_date_past": ("må være før i dag", "must be before today"),
        "err_date_future": ("må være etter i dag", "must be after today"),
        "err_duration": ("ugyldig varighet «{input}»", "invalid duration '{input}'"),
        "err_uuid": ("ugyldig UUID «{input}»", "invalid UUID '{input}'"),
        "err_url": ("ugyldig nettadresse «{input}»", "invalid web address '{input}'"),
        "err_kind": ("ukjent type", "unknown kind"),
        "err_frozen": ("kan ikke endres", "cannot be changed"),
        "err_before_field": ("kan ikke være før {other}", "must not be before {other}"),
        "err_not_negative": (
            "kan ikke være negativ (fikk {input})",
            "must not be negative (got {input})",
        ),
    }
)


@dataclass(frozen=True)
class Choices:
    """The values a field takes, joined in the sentence's language ("a, b eller c").

    They are the codes the user types (``"cause": "supplier"``), as pydantic lists them:
    on the command line and in a JSON file the codes are what is written, so the codes
    are shown; only the joining word is the user's ("or" stood in bokmål)."""

    items: tuple[str, ...]

    @classmethod
    def of(cls, expected: str) -> Choices:
        """From pydantic's ``ctx["expected"]`` (``"'a', 'b' or 'c'"``; numbers unquoted)."""
        quoted = re.findall(r"'([^']*)'", expected)
        items = quoted or [part for part in re.split(r", | or ", expected) if part]
        return cls(tuple(items))

    def text(self, lang: Lang = "nb") -> str:
        if len(self.items) <= 1:
            return "".join(self.items)
        last = phrase("err_choice_or", lang)
        return ", ".join(self.items[:-1]) + f" {last} " + self.items[-1]


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
        if code is None:  # (a plain ValueError of a validator, an assertion …)
            detail = str(error["msg"]).removeprefix("Value error, ")
            values = {"input": _input_text(error.get("input")), "detail": detail}
            out.append(FieldProblem(field, "err_invalid_value", values))
            continue
        values: dict[str, Any] = {"input": _input_text(error.get("input")), "limit": _limit(ctx)}
        if "multiple_of" in ctx:
            values["multiple"] = ctx["multiple_of"]
        if "expected" in ctx:
            values["expected"] = Choices.of(str(ctx["expected"]))
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
