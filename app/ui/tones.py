"""How a result's standing is shown: good (green), a warning (amber), bad (red).

One place for the colours every surface shows a standing in (lists, forms, calculators,
the overview, problems and warnings; the calendar's red holidays are its own). Which
standing an answer has is the domain's (``deadlines.Verdict.standing``, RULES reading 2):
the complaint form, the calculator and the complaints list each had their own copy of
that mapping, and each showed a complaint in time but not "straks" in red, like a late one.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from app.domain.deadlines import Standing


class Tone(Enum):
    GOOD = "#1b6e3a"
    WARNING = "#8a5a00"
    BAD = "#b3261e"

    @property
    def colour(self) -> QColor:
        return QColor(self.value)

    @classmethod
    def of(cls, good: bool | Standing | Tone | None) -> Tone | None:
        """``True``/``False`` as GOOD/BAD (a yes/no answer), the domain's ``Standing`` as
        its tone; a Tone or None as it is."""
        if isinstance(good, bool):
            return cls.GOOD if good else cls.BAD
        if good is None or isinstance(good, Tone):
            return good
        return cls[good.name]  # a Standing: GOOD, WARNING, BAD
