"""How a result's standing is shown: good (green), a warning (amber), bad (red).

One place for the colours every surface shows a standing in (lists, forms, calculators,
the overview, problems and warnings; the calendar's red holidays are its own), and for
which standing a complaint's verdict has: the complaint form, the calculator and
the complaints list each had their own copy of that mapping, and each showed a complaint
that was in time but not "straks" in red, like a late one.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtGui import QColor


class Tone(Enum):
    GOOD = "#1b6e3a"
    WARNING = "#8a5a00"
    BAD = "#b3261e"

    @property
    def colour(self) -> QColor:
        return QColor(self.value)

    @classmethod
    def of(cls, good: bool | Tone | None) -> Tone | None:
        """``True``/``False`` as GOOD/BAD (a yes/no answer); a Tone or None as it is."""
        if isinstance(good, bool):
            return cls.GOOD if good else cls.BAD
        return good


def complaint_tone(verdict: Any) -> Tone | None:
    """The standing of a complaint's ``deadlines.Verdict``. RULES reading 2: "straks" /
    "uten ugrunnet opphold" is a guideline shown as a warning, never a verdict: a
    complaint by the limits but after the guideline is in time (amber), not late (red).
    Sodvin's "no fixed deadline" has no standing to show."""
    from app.domain.deadlines import Verdict

    return {
        Verdict.TIMELY: Tone.GOOD,
        Verdict.NOT_PROMPT: Tone.WARNING,
        Verdict.NO_FIXED_DEADLINE: None,
    }.get(verdict, Tone.BAD)  # LATE, NOT_IN_WRITING
