"""Explanations are data: a calculator returns ``Step``s, this module turns them into text.

A ``Step`` is a code plus values (dates, Decimals, names). Each domain module declares
the bokmål and English sentence for its own codes with :func:`register_texts`, next to
the code that emits them, so a rule and its explanation are read and reviewed together
(ARCHITECTURE.md puts all texts in this module; keeping them beside their calculators
avoids one ever-growing file and lets modules be worked on independently).

Format specs in the templates say how a value is shown:
``{d:date}`` 30.04.2026, ``{d:wd}`` tor. 30.04.2026, ``{t:dt}`` 30.04.2026 kl. 08:00,
``{x:money}`` kr 1 234,56, ``{x:pct}`` 99,3132 %, ``{x:pct2}`` 0,38, ``{x:hours}`` 15,00 t,
``{x:num}`` a plain decimal, ``{s:service_hours}`` man–fre 08:00–16:00. Holiday names are Norwegian in both languages (they are
proper names, and what a Norwegian customer will recognise).
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any, Literal

Lang = Literal["nb", "en"]
LANGS: tuple[Lang, ...] = ("nb", "en")


@dataclass(frozen=True)
class Step:
    """One step of an explanation: a text code and the values its sentence needs."""

    code: str
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: Lang = "nb") -> str:
        return render(self, lang)


def step(code: str, **values: Any) -> Step:
    return Step(code, values)


_TEXTS: dict[str, dict[Lang, str]] = {}


def register_texts(texts: dict[str, tuple[str, str]]) -> None:
    """Declare ``code -> (bokmål, English)`` sentences. A code may be declared once."""
    for code, (nb, en) in texts.items():
        if code in _TEXTS and _TEXTS[code] != {"nb": nb, "en": en}:
            raise ValueError(f"explanation code {code!r} declared twice with different texts")
        _TEXTS[code] = {"nb": nb, "en": en}


def known_codes() -> set[str]:
    return set(_TEXTS)


def template(code: str, lang: Lang) -> str:
    return _TEXTS[code][lang]


# --- value formatting ---------------------------------------------------------------


class DayName(str):
    """The name of a holiday or closed day: the Norwegian name (the string itself), and
    the English one for English text ("Skjærtorsdag" / "Maundy Thursday")."""

    en: str

    def __new__(cls, nb: str, en: str | None = None) -> DayName:
        name = super().__new__(cls, nb)
        name.en = en or nb
        return name

    def text(self, lang: Lang) -> str:
        return self.en if lang == "en" else str(self)


WEEKDAYS: dict[Lang, tuple[str, ...]] = {
    "nb": ("man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def group_digits(digits: str, sep: str) -> str:
    """``1234567`` -> ``1 234 567`` with ``sep`` between groups of three."""
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


def group_separator(lang: Lang) -> str:
    """What stands between groups of three digits: a no-break space (nb), a comma (en)."""
    return "\u00a0" if lang == "nb" else ","


def format_decimal(value: Decimal | int, places: int, lang: Lang, *, grouping: bool = True) -> str:
    """A decimal with fixed places: ``1 234,56`` (nb) or ``1,234.56`` (en)."""
    quant = Decimal(1).scaleb(-places)
    number = Decimal(value).quantize(quant, rounding=ROUND_HALF_UP)
    sign = "−" if number < 0 else ""
    whole, _, frac = f"{abs(number):f}".partition(".")
    if grouping:
        whole = group_digits(whole, group_separator(lang))
    point = "," if lang == "nb" else "."
    return sign + whole + (point + frac if places else "")


def format_date(value: date, lang: Lang = "nb", *, weekday: bool = False) -> str:
    text = f"{value.day:02d}.{value.month:02d}.{value.year}"  # strftime("%d.%m.%Y")
    return f"{WEEKDAYS[lang][value.weekday()]} {text}" if weekday else text


def format_datetime(value: datetime, lang: Lang = "nb", *, weekday: bool = False) -> str:
    """``30.04.2026 kl. 08:00`` (nb) / ``30.04.2026 08:00`` (en), the weekday first if
    asked. A time in October's repeated hour carries its offset (``02:30 (+01:00)``): the
    clock alone would not tell which of the two it was."""
    clock = value.strftime("%H:%M")
    if value.tzinfo is not None:
        from .periods import OSLO, WallTime, wall_time  # periods imports this module

        local = value.astimezone(OSLO)
        clock = local.strftime("%H:%M")
        if wall_time(local.replace(tzinfo=None)) is WallTime.REPEATED:
            offset = local.strftime("%z")
            clock += f" ({offset[:3]}:{offset[3:]})"
        value = local
    day = format_date(value.date(), lang, weekday=weekday)
    return f"{day} kl. {clock}" if lang == "nb" else f"{day} {clock}"


def format_duration(value: timedelta) -> str:
    """A duration as hours and minutes, ``7:00`` or ``31:05`` (whole minutes, rounded
    toward zero); a negative one with its sign, ``−0:30`` (floor division gave ``-1:30``)."""
    sign = "−" if value < timedelta(0) else ""
    minutes = int(abs(value).total_seconds() // 60)
    return f"{sign}{minutes // 60}:{minutes % 60:02d}"


def format_money(value: Decimal, lang: Lang = "nb") -> str:
    return ("kr " if lang == "nb" else "NOK ") + format_decimal(value, 2, lang)


def format_value(value: Any, spec: str, lang: Lang) -> str:
    if value is None:
        return "–"
    if isinstance(value, Step):  # a phrase of the catalog inside a sentence (a name)
        return render(value, lang)
    if isinstance(value, DayName):
        return value.text(lang)
    match spec:
        case "date":
            return format_date(value, lang)
        case "wd":
            return format_date(value, lang, weekday=True)
        case "dt":
            return format_datetime(value, lang)
        case "wdt":
            return format_datetime(value, lang, weekday=True)
        case "money":
            return format_money(Decimal(value), lang)
        case "duration":
            return format_duration(value)
        case "service_hours":  # a stored spec ("mon-fri 08:00-16:00") as people read it
            from .periods import service_hours_label  # periods imports this module

            return service_hours_label(str(value), lang)
        case "pct":
            return format_decimal(Decimal(value), 4, lang) + " %"
        case "pct2":
            return format_decimal(Decimal(value), 2, lang)
        case "hours":
            return format_decimal(Decimal(value), 2, lang) + (" t" if lang == "nb" else " h")
        case "num":
            text = format(Decimal(value).normalize(), "f")
            return text.replace(".", ",") if lang == "nb" else text
        case "":
            if isinstance(value, bool):
                return ("ja" if value else "nei") if lang == "nb" else ("yes" if value else "no")
            if isinstance(value, datetime):
                return format_value(value, "dt", lang)
            if isinstance(value, date):
                return format_date(value, lang)
            if isinstance(value, Decimal):
                return format_value(value, "num", lang)
            text = getattr(value, "text", None)  # a rejection or record that says itself
            if callable(text) and not isinstance(value, str):
                return text(lang)
            return str(value)
        case _:
            return format(value, spec)


class _Formatter(string.Formatter):
    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        return format_value(value, format_spec, self.lang)


_PARSER = string.Formatter()


@lru_cache(maxsize=4096)
def _compiled(text: str) -> tuple[tuple[str, str | None, str], ...] | None:
    """A template as ``(literal, field, spec)`` parts, parsed once; None where a field is
    more than a plain name (index, attribute, conversion, nested spec): those go through
    ``string.Formatter`` as before."""
    parts: list[tuple[str, str | None, str]] = []
    for literal, name, spec, conversion in _PARSER.parse(text):
        if name is not None and (conversion or not name.isidentifier() or "{" in spec):
            return None
        parts.append((literal, name, spec or ""))
    return tuple(parts)


def render(item: Step, lang: Lang = "nb") -> str:
    """The sentence for a step in the given language."""
    try:
        text = _TEXTS[item.code][lang]
    except KeyError:
        raise KeyError(f"no explanation text for code {item.code!r}") from None
    parts = _compiled(text)
    if parts is None:
        return _Formatter(lang).format(text, **item.values)
    values = item.values
    out = []
    last = "x"  # the value before this literal (any text that ends in neither " " nor ".")
    for literal, name, spec in parts:
        # an empty value between two spaces ("{date:wd} {name} er" on a day with no
        # holiday name) leaves one space, and a value ending in a period before one in
        # the text ("hvert år: {days}." with days "24.12., 31.12.") leaves one period
        if (not last and literal[:1] == " " and out and out[-2].endswith(" ")) or (
            last.endswith(".") and literal[:1] == "."
        ):
            literal = literal[1:]
        out.append(literal)
        if name is not None:
            last = format_value(values[name], spec, lang)
            out.append(last)
    return "".join(out)


def phrase(code: str, lang: Lang = "nb", /, **values: Any) -> str:
    """A sentence of the catalog outside an explanation (a message, a label, a line the
    command line prints): the one translation path for every text not shown by a widget
    (issue 11 item 8; widgets use Qt's tr())."""
    return render(Step(code, values), lang)


def render_all(items: tuple[Step, ...] | list[Step], lang: Lang = "nb") -> list[str]:
    return [render(item, lang) for item in items]


# Texts used by several modules.
register_texts(
    {
        "calendar_default": (
            "Virkedager: mandag–fredag unntatt offentlige helligdager (avtalen kan endre dette).",
            "Working days: Monday–Friday except public holidays (the contract may change this).",
        ),
        "calendar_saturday": (
            "Avtalen regner lørdag som virkedag.",
            "The contract counts Saturday as a working day.",
        ),
        "calendar_extra_closed": (
            "Avtalen har i tillegg disse stengte dagene: {days}.",
            "The contract also closes on these days: {days}.",
        ),
        "calendar_annual_closed": (
            "Avtalen har også disse stengte dagene hvert år: {days}.",
            "The contract also closes on these days every year: {days}.",
        ),
        "holiday_skipped": (
            "{date:wd} {name} hoppet over (ikke virkedag).",
            "{date:wd} {name} skipped (not a working day).",
        ),
    }
)
