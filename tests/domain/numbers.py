"""Every number in an explanation is the contract's: a checker and contracts to check it on.

``distinct_overrides(template)`` draws overrides that give each numeric term the template
uses a value no template has as a default (so a sentence with a default written into it —
"5 virkedager før" on a contract with 8 — shows a number the contract does not have).
``check_numbers(text, terms)`` takes out what is not a term (dates, times, amounts,
percentages, clause and reading numbers, years, record references) and asserts that every
number left is a value of one of the contract's terms, or one the caller allows (a count
the result computed).
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from annotated_types import Ge, Gt, Le, Lt
from hypothesis import strategies as st

from app.domain import templates
from app.domain.terms import Terms

#: Every number a built-in template has as a default of a numeric term.
DEFAULT_NUMBERS = {
    Decimal(str(item.value))
    for t in templates.BUILTIN.values()
    for item in t.defaults.values()
    if isinstance(item.value, (int, Decimal)) and not isinstance(item.value, bool)
}
POOL = [0, 2, 4, 6, 8, 9, 11, 13, 15, 16, 17, 18, 19, 20, 21, 23, 25, 31, 40, 45, 90]


def _numeric(name: str) -> tuple[type, int, int] | None:
    info = Terms.model_fields[name]
    args = [a for a in typing.get_args(info.annotation) if a is not type(None)]
    kind = args[0] if args else info.annotation
    if kind not in (int, Decimal):
        return None
    low, high = 0, 10_000
    for meta in info.metadata:
        if isinstance(meta, Ge):
            low = int(meta.ge)
        elif isinstance(meta, Gt):
            low = int(meta.gt) + 1
        elif isinstance(meta, Le):
            high = int(meta.le)
        elif isinstance(meta, Lt):
            high = int(meta.lt) - 1
    return kind, low, high


@st.composite
def distinct_overrides(draw, template: str) -> dict[str, Any]:
    """Overrides of a contract on ``template``: none, or numbers unlike any default, and
    calendar options (closed days, Saturdays, deadlines moved to working days)."""
    if draw(st.integers(0, 4)) == 0:
        return {}
    rules = templates.get(template)
    out: dict[str, Any] = {}
    for name in rules.defaults:
        spec = _numeric(name)
        if spec is None or draw(st.integers(0, 5)) == 0:
            continue
        kind, low, high = spec
        choices = [v for v in POOL if low <= v <= high and Decimal(v) not in DEFAULT_NUMBERS]
        if kind is Decimal:
            # percentages: a level with decimals, never a default
            value: Any = (
                str(draw(st.sampled_from(["98.7", "99.1", "97.25"])))
                if name == "uptime_pct"
                else str(draw(st.sampled_from(choices)))
            )
        else:
            value = draw(st.sampled_from(choices))
        out[name] = value
    if "go_live_min_days" in out or "go_live_max_days" in out:
        low, high = sorted((out.get("go_live_min_days", 14), out.get("go_live_max_days", 28)))
        out["go_live_min_days"], out["go_live_max_days"] = low, high
    if draw(st.booleans()):
        out["annual_closed_days"] = draw(st.sampled_from([["12-24", "12-31"], ["07-15"]]))
    if draw(st.booleans()):
        out["extra_closed_dates"] = [
            d.isoformat()
            for d in draw(st.lists(st.dates(date(2025, 1, 1), date(2027, 12, 31)), max_size=3))
        ]
    out["saturday_is_working_day"] = draw(st.booleans()) and draw(st.booleans())
    out["extend_to_working_day"] = draw(st.booleans())
    if rules.uses("move_due_date"):
        out["move_due_date"] = draw(st.booleans())
    return out


_NOT_TERMS = [
    r"\d{1,2}\.\d{1,2}\.\d{4}",  # dates
    r"\d{1,2}:\d{2}",  # clock times
    r"(?:kr|NOK) [\d\u00a0 ,.−-]*\d",  # money
    r"[\d\u00a0,.]*\d ?%",  # percentages
    r"24/7",
    r"(?:OC|Sodvin|Bilag|RULES|§|[Ll]esemåte|[Rr]eading|punkt|clause|nr\.|no\.|mod) ?\d+"
    r"(?:[.,]\d+)*(?:[–-]\d+(?:[.,]\d+)*)?",  # clauses, readings, "nr. 2"
    r"\b\w+:\d+\b",  # record references ("terminations:12")
    r"\b(?:19|20|21)\d\d\b",  # years
    r"\d+[.,]\d+",  # decimals that are not terms (0,38 poeng)
]
_CLEAN = re.compile("|".join(f"(?:{p})" for p in _NOT_TERMS))
_NUMBER = re.compile(r"\d+")


def term_numbers(terms: Terms) -> set[Decimal]:
    out = set()
    for name in Terms.model_fields:
        value = getattr(terms, name)
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            out.add(Decimal(value))
    return out


def check_numbers(
    text: str, terms: Terms, *, allowed: Iterable[Any] = (), lang: str = "nb"
) -> None:
    """Assert every number in ``text`` is a value of ``terms`` (or in ``allowed``)."""
    ok = term_numbers(terms) | {Decimal(str(a)) for a in allowed}
    rest = _CLEAN.sub(" ", text)
    for match in _NUMBER.findall(rest):
        assert Decimal(match) in ok, f"{match!r} is not a number of the contract's terms: {text!r}"
