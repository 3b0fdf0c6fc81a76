"""Contract templates: one declarative module per template, and the user's variants.

    from app.domain import templates
    t = templates.get(contract.template)      # the Template whose rules the contract follows
    if t.has(Kind.DELETION): ...              # ask the template, never compare its id
    templates.name(contract.template, "en")   # "Sodvin – Azure service agreement"

Built-in templates are modules of this package (``sodvin.py``, ``office_center.py``),
each a ``Template`` (``base.py``): defaults with their clauses, names, deadline kinds,
letters and the rule of each family it follows. A *variant* is a user's negotiated
version of a built-in one ("Sodvin 2025 med 15 dagers godkjenning"): the same rules,
defaults of its own and a name, stored as data (``records.TemplateVariant``). Storage
installs a database's variants here when it reads them (``install_variants``), so a
contract naming a variant gets its terms from ``terms_for`` like any other; a variant's
key contains part of a random id, so variants of several databases never clash.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol
from uuid import UUID

from ..errors import DomainError
from ..explain import Lang, Step, register_texts, render, step
from .base import (
    AfterEnd,
    CompensationRule,
    ComplaintRule,
    Default,
    EndRule,
    Label,
    Template,
)
from .office_center import OFFICE_CENTER
from .sodvin import SODVIN

#: The built-in templates by id, in the order a user picks from.
BUILTIN: dict[str, Template] = {t.id: t for t in (SODVIN, OFFICE_CENTER)}


class VariantLike(Protocol):
    """What a template variant gives (``records.TemplateVariant`` fits)."""

    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def base(self) -> str: ...
    @property
    def defaults(self) -> Mapping[str, Any]: ...


@dataclass(frozen=True)
class Resolved:
    """A template or variant id, resolved: the rules, and the variant's own defaults."""

    id: str
    template: Template
    variant: VariantLike | None = None

    @property
    def name(self) -> Step:
        if self.variant is None:
            return self.template.name
        return step("tpl_variant_name", name=self.variant.name)

    def defaults(self) -> dict[str, Any]:
        """The terms' defaults before a contract's overrides: the template's, then the
        variant's own."""
        values = self.template.default_values()
        if self.variant is not None:
            values.update(self.variant.defaults)
        return values


_variants: dict[str, VariantLike] = {}
_listeners: list[Callable[[], None]] = []


def on_change(listener: Callable[[], None]) -> None:
    """Call ``listener`` whenever the installed variants change (caches of terms)."""
    _listeners.append(listener)


def install_variants(variants: Iterable[VariantLike]) -> None:
    """Make these variants known (added, or replacing the ones with the same key)."""
    global _variants
    updated = dict(_variants)
    changed = False
    for variant in variants:
        if variant.base not in BUILTIN:
            raise DomainError("base", "err_template", input=variant.base)
        if updated.get(variant.key) != variant:
            updated[variant.key] = variant
            changed = True
    if changed:
        _variants = updated  # one assignment: a reader on another thread sees old or new
        for listener in _listeners:
            listener()


def forget_variant(key: str) -> None:
    """A variant deleted from its database is no longer known."""
    global _variants
    if key in _variants:
        _variants = {k: v for k, v in _variants.items() if k != key}
        for listener in _listeners:
            listener()


def variants() -> list[VariantLike]:
    """The installed variants, by name."""
    return sorted(_variants.values(), key=lambda v: (v.name.casefold(), v.key))


def resolve(template_id: str) -> Resolved:
    """The template or variant ``template_id`` names; DomainError ``template`` if none."""
    found = BUILTIN.get(template_id)
    if found is not None:
        return Resolved(template_id, found)
    variant = _variants.get(template_id) if isinstance(template_id, str) else None
    if variant is None:
        raise DomainError("template", "err_template", input=template_id)
    return Resolved(template_id, BUILTIN[variant.base], variant)


def get(template_id: str) -> Template:
    """The built-in template whose rules ``template_id`` (a template or variant) follows."""
    return resolve(template_id).template


def variant_key(name: str, uid: UUID) -> str:
    """A new variant's key: its name as letters, digits and dashes (ASCII, æøå spelt
    out), then part of its uid ("sodvin-2025-med-15-dagers-godkjenning-1a2b3c4d")."""
    text = name.casefold().translate(_SPELL)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].strip("-") or "variant"
    return f"{slug}-{uid.hex[:8]}"


_SPELL = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})


def known(template_id: Any) -> bool:
    return isinstance(template_id, str) and (template_id in BUILTIN or template_id in _variants)


def name_of(template_id: str) -> Step:
    """The name of a template or variant, as a phrase of the catalog."""
    try:
        return resolve(template_id).name
    except DomainError:
        return step("tpl_variant_name", name=str(template_id))


def name(template_id: str, lang: Lang = "nb") -> str:
    return render(name_of(template_id), lang)


def choices() -> list[tuple[str, Step]]:
    """(id, name) of every template a contract can be on: built-ins, then variants."""
    out = [(t.id, t.name) for t in BUILTIN.values()]
    out += [(v.key, step("tpl_variant_name", name=v.name)) for v in variants()]
    return out


register_texts(
    {
        "tpl_variant_name": ("{name}", "{name}"),
        "err_template": (
            "ukjent avtalemal «{input}» (bruk sodvin, office_center eller en malvariant)",
            "unknown contract template '{input}' (use sodvin, office_center or a variant)",
        ),
    }
)

__all__ = [
    "BUILTIN",
    "OFFICE_CENTER",
    "SODVIN",
    "AfterEnd",
    "ComplaintRule",
    "CompensationRule",
    "Default",
    "EndRule",
    "Label",
    "Resolved",
    "Template",
    "VariantLike",
    "choices",
    "forget_variant",
    "get",
    "install_variants",
    "known",
    "name",
    "name_of",
    "on_change",
    "resolve",
    "variant_key",
    "variants",
]
