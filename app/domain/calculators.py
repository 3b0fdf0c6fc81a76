"""The registry of calculators reachable by name (``calc`` command, calculators page).

Each calculator is a pure function from a validated input model to a ``Result``.
Modules register theirs with ``@calculator(name, InputModel)``; the CLI and the GUI
look them up here and never contain rules of their own.

Every calculator takes ``terms`` (RULES.md section 10): a template id (``"sodvin"``,
``"office_center"``, a variant's key) or ``{"template": ..., "overrides": {...}}``, the
object a contract stores, so any date the program shows for a contract can be computed
here from the same terms. Explicit inputs (``working_days`` …) win over the terms.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from pydantic import ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from .bounds import within
from .errors import DomainError, problems
from .explain import register_texts, step
from .kinds import Kind
from .model import FrozenModel
from .results import Result
from .terms import Terms, terms_for


class TermsSpec(FrozenModel):
    """The terms as a contract stores them: its template (or variant) and its overrides."""

    model_config = ConfigDict(extra="forbid")

    template: str
    overrides: dict[str, Any] = Field(default_factory=dict)


class CalcInput(FrozenModel):
    """Base of calculator inputs: unknown keys are an error, values are validated.

    ``terms`` is a template id or a ``TermsSpec``. Each input model declares the template
    it computes for when none is given (``default_template``), the kind of deadline its
    rule needs the template to have (``needs``), and which of its inputs stand for a term
    (``from_terms``: input -> term), so that an input left out is the terms' value and an
    input given wins (``given``).
    """

    model_config = ConfigDict(extra="forbid")

    default_template: ClassVar[str] = "sodvin"
    needs: ClassVar[Kind | None] = None
    from_terms: ClassVar[Mapping[str, str]] = {}

    terms: str | TermsSpec | None = None

    @field_validator("*")
    @classmethod
    def _within_bounds(cls, value: Any, info: ValidationInfo) -> Any:
        """Dates 1900–2200, amounts below 10^13 (``bounds``, issue 12 item 5)."""
        return within(value, info.field_name)

    def contract_terms(self, default: str | None = None, *, needs: Kind | None = None) -> Terms:
        """The ``Terms`` asked for (the default template's when none): DomainError naming
        ``terms`` (or ``terms.overrides.FIELD``) if they are unknown or invalid, or if
        their template has no deadline of kind ``needs`` (the model's ``needs`` if not
        given)."""
        spec = self.terms
        needs = needs or self.needs
        if spec is None:
            template, overrides = default or self.default_template, {}
        elif isinstance(spec, str):
            template, overrides = spec, {}
        else:
            template, overrides = spec.template, spec.overrides
        try:
            terms = terms_for(template, overrides)
        except ValidationError as exc:
            first = problems(exc)[0]
            raise DomainError(
                f"terms.overrides.{first.field}", first.code, **first.values
            ) from None
        except DomainError as exc:
            field = exc.problem.field
            where = "terms" if field == "template" else f"terms.overrides.{field}"
            raise DomainError(where, exc.problem.code, **exc.problem.values) from None
        if needs is not None and not terms.rules.has(needs):
            raise DomainError(
                "terms",
                "err_terms_lack_kind",
                template=terms.rules.name,
                kind=step(f"kind_{needs.value}"),
            )
        return terms

    def given(self, name: str, terms: Terms) -> Any:
        """Input ``name`` as given, or the term it stands for when left out."""
        value = getattr(self, name)
        return getattr(terms, self.from_terms[name]) if value is None else value


@dataclass(frozen=True)
class Calculator:
    name: str
    input_model: type[CalcInput]
    run: Callable[..., Result]

    def __call__(self, data: dict[str, Any], *, today: date | None = None) -> Result:
        """Validate ``data`` and compute. Raises ValidationError or DomainError.

        ``today`` is what an input left out means by "today" (``sodvin_term`` without
        ``on``); the domain has no clock, so the caller gives it.
        """
        model = self.input_model.model_validate(data)
        if _takes_today(self.run):
            return self.run(model, today=today)
        return self.run(model)


@functools.cache
def _takes_today(run: Callable[..., Result]) -> bool:
    """Whether a calculator's function takes ``today`` (asked once per function: reading
    a signature at every keystroke of a live calculator cost 0.05-0.1 ms)."""
    return "today" in inspect.signature(run).parameters


REGISTRY: dict[str, Calculator] = {}


def calculator(name: str, input_model: type[CalcInput]) -> Callable:
    def register(func: Callable[[Any], Result]) -> Callable[[Any], Result]:
        if name in REGISTRY:
            raise ValueError(f"calculator {name!r} registered twice")
        REGISTRY[name] = Calculator(name, input_model, func)
        return func

    return register


def get(name: str) -> Calculator:
    _load()
    return REGISTRY[name]


def names() -> list[str]:
    _load()
    return list(REGISTRY)


def _load() -> None:
    """Import the modules that register calculators (once)."""
    from . import compensation, deadlines, maintenance, payments  # noqa: F401


register_texts(
    {
        "err_terms_lack_kind": (
            "{template} har ingen slik frist ({kind})",
            "{template} has no such deadline ({kind})",
        ),
    }
)

__all__ = [
    "Calculator",
    "CalcInput",
    "TermsSpec",
    "DomainError",
    "REGISTRY",
    "ValidationError",
    "calculator",
    "get",
    "names",
]
