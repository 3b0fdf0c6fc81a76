"""What every calculator returns: values plus the steps that explain them.

Money, percentages and hours are ``Decimal``; their JSON form (the ``calc`` command)
is fixed by RULES.md section 10: money with 2 decimals, availabilities with 4,
hours as decimal strings, dates ISO.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated, Any

from pydantic import ConfigDict, PlainSerializer

from .explain import Lang, Step, render_all
from .model import FrozenModel

CENT = Decimal("0.01")


def round_money(value: Decimal) -> Decimal:
    """Round to øre, half up: done once, at the end of a calculation (RULES 0)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def round_places(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


Money = Annotated[Decimal, PlainSerializer(lambda v: f"{round_money(v):f}", return_type=str)]
Percent = Annotated[Decimal, PlainSerializer(lambda v: f"{round_places(v, 4):f}", return_type=str)]
Hours = Annotated[Decimal, PlainSerializer(lambda v: f"{v.normalize():f}", return_type=str)]
Points = Annotated[Decimal, PlainSerializer(lambda v: f"{round_places(v, 2):f}", return_type=str)]


class Result(FrozenModel):
    """Base of every calculator result.

    ``steps`` explain how the values came about; ``notes`` are what the user must see
    beside the result: warnings, and the reading chosen where RULES.md names one.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    steps: tuple[Step, ...] = ()
    notes: tuple[Step, ...] = ()

    def values(self) -> dict[str, Any]:
        """The result's values in their JSON form (dates ISO, money as strings)."""
        return self.model_dump(mode="json", exclude={"steps", "notes"})

    def to_json(self, lang: Lang = "nb") -> dict[str, Any]:
        data = self.values()
        data["steps"] = render_all(self.steps, lang)
        if self.notes:
            data["notes"] = render_all(self.notes, lang)
        return data

    def explanation(self, lang: Lang = "nb") -> str:
        """Steps then notes, one per line: what the copy button puts on the clipboard."""
        return "\n".join(render_all(self.steps, lang) + render_all(self.notes, lang))


class Unknown(Result):
    """A date or amount that cannot be given, and why: ``reason`` (also the only step).

    Where a fact a rule needs is missing (no ordinary start recorded, a template without
    the rule), the rule's function returns this instead of a date, so every surface says
    the same "unknown, because …" and none falls back to another date.
    """

    reason: Step

    def text(self, lang: Lang = "nb") -> str:
        return render_all((self.reason,), lang)[0]


def unknown(code: str, **values: Any) -> Unknown:
    reason = Step(code, values)
    return Unknown(reason=reason, steps=(reason,))
