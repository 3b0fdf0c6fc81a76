"""The registry of calculators reachable by name (``calc`` command, calculators page).

Each calculator is a pure function from a validated input model to a ``Result``.
Modules register theirs with ``@calculator(name, InputModel)``; the CLI and the GUI
look them up here and never contain rules of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import DomainError
from .results import Result


class CalcInput(BaseModel):
    """Base of calculator inputs: unknown keys are an error, values are validated."""

    model_config = ConfigDict(frozen=True, extra="forbid")


@dataclass(frozen=True)
class Calculator:
    name: str
    input_model: type[CalcInput]
    run: Callable[[Any], Result]

    def __call__(self, data: dict[str, Any]) -> Result:
        """Validate ``data`` and compute. Raises ValidationError or DomainError."""
        return self.run(self.input_model.model_validate(data))


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


__all__ = [
    "Calculator",
    "CalcInput",
    "DomainError",
    "REGISTRY",
    "ValidationError",
    "calculator",
    "get",
    "names",
]
