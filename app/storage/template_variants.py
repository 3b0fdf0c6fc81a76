"""The user's template variants: stored as records, known to the domain while stored.

A variant is a record like any other (``codec.SPECS``: history, versions, export and
import, the outbox for sharing); this repository adds what is its own: a new variant
gets its key from its name and uid, a variant contracts are on cannot be deleted, and
every write installs the stored variants in the domain (``templates.install_variants``)
so that ``contract.terms()`` of a contract on one follows its defaults at once.
``export_variant`` / ``import_variant`` carry one variant to another database.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from pydantic import ValidationError

from app.domain import templates
from app.domain.errors import invalid
from app.domain.explain import Lang, register_texts
from app.domain.records import TemplateVariant
from app.domain.terms import terms_for

from .codec import record_json
from .errors import ImportRefused, InUse
from .repositories import Repository
from .targets import written

#: What an exported variant file says it is (and the version of its form).
FILE_KIND = "avtalevakt-template-variant"
FILE_VERSION = 1


class VariantRepository(Repository[TemplateVariant]):
    """``Repositories.variants``."""

    def add(self, model: TemplateVariant | dict[str, Any]) -> TemplateVariant:
        """A new variant; its key is made here (from its name and uid) unless it has one."""
        record = self._validated(model)
        if record.uid is None:
            record = record.model_copy(update={"uid": uuid4()})
        if not record.key:
            assert isinstance(record.uid, UUID)
            record = record.model_copy(
                update={"key": templates.variant_key(record.name, record.uid)}
            )
        stored = super().add(record)
        self.install()
        return stored

    def update(self, model: TemplateVariant | dict[str, Any]) -> TemplateVariant:
        """A changed variant (its key never changes); the contracts on it follow."""
        record = self._validated(model)
        if record.id is not None and not record.key:
            record = record.model_copy(update={"key": self.get(record.id).key})
        stored = super().update(record)
        self.install()
        return stored

    def delete(self, record_id: int, *, version: int | None = None) -> None:
        """Delete a variant no contract is on (else ``InUse``)."""
        variant = self.get(record_id)
        super().delete(record_id, version=version)  # (``in_use``: the contracts on it)
        templates.forget_variant(variant.key)

    def in_use(self, record_id: int) -> InUse | None:
        """The contracts on the variant (they refer to it by its key, not its id)."""
        users = self.contracts_on(self.get(record_id).key)
        if users:
            return InUse(table=self.spec.table, id=record_id, counts={"contracts": users})
        return super().in_use(record_id)

    def by_key(self, key: str) -> TemplateVariant | None:
        found = self._select("key = ?", [key])
        return found[0] if found else None

    def same_name(self, name: str, *, besides: str | UUID | None = None) -> TemplateVariant | None:
        """Another variant of this name (trimmed, case-insensitive), not the one of uid
        ``besides``: two variants of one name are two identical lines in the contract
        form's template list, so a user's save and an import refuse it.

        (Not checked in ``add``/``update``: sync applies other PCs' variants through them,
        and a name two desks chose independently must not stop sharing; the forms and
        the import are where a user names a variant.)"""
        wanted = name.strip().casefold()
        for other in self.all():
            if other.name.strip().casefold() == wanted and str(other.uid) != str(besides):
                return other
        return None

    def contracts_on(self, key: str) -> int:
        row = self._db.db.execute("SELECT count(*) FROM contracts WHERE template = ?", [key])
        return row.fetchone()[0]

    def install(self) -> None:
        """Make the stored variants known to the domain (at open, and after each write)."""
        try:
            variants = self.all()
        except sqlite3.OperationalError:  # a file of a schema before variants (read as is)
            return
        templates.install_variants(variants)


def export_variant(variant: TemplateVariant) -> dict[str, Any]:
    """One variant as a file's JSON: what another desk needs to use it (key, uid, name,
    base, defaults, note); its local id and version stay here."""
    data = record_json(variant)
    for local in ("id", "version"):
        data.pop(local, None)
    return {"kind": FILE_KIND, "version": FILE_VERSION, "variant": data}


def write_variant(variant: TemplateVariant, path: str | Path) -> Path:
    target = Path(path)
    text = json.dumps(export_variant(variant), ensure_ascii=False, indent=2, sort_keys=True)
    with written(target) as partial:  # (storage.targets)
        partial.write_text(text + "\n", encoding="utf-8")
    return target


class NotAVariantFile(ValueError):
    """The file is not an exported template variant."""


def is_variant_file(path: str | Path) -> bool:
    """The file is an exported template variant (File → Import is told so, not "not an
    export file": the program made it)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(data, dict) and data.get("kind") == FILE_KIND


def read_variant(path: str | Path) -> TemplateVariant:
    """The variant in an exported file, validated (``ValidationError`` names the field)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise NotAVariantFile(str(exc)) from exc
    if not isinstance(data, dict) or data.get("kind") != FILE_KIND:
        raise NotAVariantFile(str(path))
    if not isinstance(data.get("variant"), dict):
        raise NotAVariantFile(str(path))
    return TemplateVariant.model_validate(data["variant"])


register_texts(
    {
        "err_variant_name_taken": (
            "«{name}» er allerede navnet på en annen malvariant",
            "«{name}» is already the name of another template variant",
        ),
    }
)


def name_taken_error(name: str) -> ValidationError:
    """The rejection of a variant's name another variant has, at the ``name`` field (a
    form shows it there, as it shows pydantic's own)."""
    return ValidationError.from_exception_data(
        "TemplateVariant",
        [
            {
                "type": invalid(
                    "err_variant_name_taken",
                    "«{name}» is already the name of another template variant",
                    name=name,
                ),
                "loc": ("name",),
                "input": name,
            }
        ],
    )


class VariantBaseChanged(ImportRefused):
    """The file's variant is based on another built-in template than the one here.

    The base is fixed once a variant is saved (``VariantForm``: "fixed once the variant is
    saved"): the contracts on it were agreed under those rules, so an import cannot move
    them to another template's (an edited file did, silently, in the audit of 03.12.2026)."""

    nb = (
        "Importen ble avvist, ingenting er endret: malvarianten «{name}» bygger på {here} "
        "her, men filen sier {there}. Hva en variant bygger på, kan ikke endres etter at "
        "den er lagret."
    )
    en = (
        "The import was refused, nothing has changed: the template variant «{name}» is "
        "based on {here} here, but the file says {there}. What a variant is based on "
        "cannot be changed once it is saved."
    )

    def text(self, lang: Lang = "nb") -> str:
        here, there = self.values["here_id"], self.values["there_id"]
        self.values.update(here=templates.name(here, lang), there=templates.name(there, lang))
        return super().text(lang)


class VariantNameTaken(ImportRefused):
    """The file's variant has the name of another variant here (another uid)."""

    nb = (
        "Importen ble avvist, ingenting er endret: «{name}» er allerede navnet på en annen "
        "malvariant her. Gi en av dem et annet navn først."
    )
    en = (
        "The import was refused, nothing has changed: «{name}» is already the name of "
        "another template variant here. Rename one of them first."
    )


@dataclass(frozen=True)
class VariantImport:
    """What importing a variant file would do, read before anything is written.

    ``existing`` is the variant here with the file's uid (None: a new one). The rest says
    how the file differs from it: the name, the note, and each term whose value changes
    for a contract on it (``terms``: name -> (value here, value in the file), the values
    ``terms_for`` gives, so a term set in one and left to the template in the other shows
    the template's number)."""

    variant: TemplateVariant
    existing: TemplateVariant | None = None
    contracts: int = 0
    name: tuple[str, str] | None = None
    note_changed: bool = False
    terms: dict[str, tuple[Any, Any]] = field(default_factory=dict)

    @property
    def changes(self) -> bool:
        """The import would change a variant stored here (a question to ask first)."""
        return self.existing is not None and bool(self.name or self.note_changed or self.terms)

    @property
    def unchanged(self) -> bool:
        return self.existing is not None and not self.changes


class VariantWouldChange(Exception):
    """``import_variant`` would replace a stored variant and was not told to."""

    def __init__(self, plan: VariantImport) -> None:
        self.plan = plan
        super().__init__(f"the import would change the template variant {plan.variant.name!r}")


def plan_import(repos: Any, variant: TemplateVariant) -> VariantImport:
    """What importing ``variant`` would do, nothing written; raises ``VariantBaseChanged``
    or ``VariantNameTaken`` when it must be refused."""
    existing = repos.variants.find_uid(str(variant.uid)) if variant.uid else None
    clash = repos.variants.same_name(variant.name, besides=variant.uid)
    if clash is not None:
        raise VariantNameTaken(name=variant.name)
    if existing is None:
        return VariantImport(variant)
    if existing.base != variant.base:
        raise VariantBaseChanged(name=existing.name, here_id=existing.base, there_id=variant.base)
    before = terms_for(existing.base, dict(existing.defaults))
    after = terms_for(variant.base, dict(variant.defaults))
    changed = {
        term: (getattr(before, term), getattr(after, term))
        for term in sorted(set(existing.defaults) | set(variant.defaults))
        if getattr(before, term) != getattr(after, term)
    }
    return VariantImport(
        variant,
        existing=existing,
        contracts=repos.variants.contracts_on(existing.key),
        name=(existing.name, variant.name) if existing.name != variant.name else None,
        note_changed=existing.note != variant.note,
        terms=changed,
    )


def import_variant(
    repos: Any, variant: TemplateVariant, *, replace: bool = False
) -> TemplateVariant:
    """Store an exported variant here: a new one as it is (same key and uid, so contracts
    moved with it find it); one already here (the same uid) updated to the file's only
    with ``replace`` (else ``VariantWouldChange``: the contracts on it follow its terms, so
    the user is asked first). Refused (``VariantBaseChanged``, ``VariantNameTaken``) when
    the file changes what the variant is based on or has another variant's name."""
    plan = plan_import(repos, variant)
    existing = plan.existing
    if existing is not None:
        if plan.unchanged:
            return existing
        if not replace:
            raise VariantWouldChange(plan)
        return repos.variants.update(
            variant.model_copy(
                update={"id": existing.id, "version": existing.version, "key": existing.key}
            )
        )
    clash = repos.variants.by_key(variant.key) if variant.key else None
    if clash is not None:  # same key, another variant: give this one a key of its own
        variant = variant.model_copy(update={"key": "", "uid": None})
    return repos.variants.add(variant.model_copy(update={"id": None, "version": 0}))


__all__ = [
    "FILE_KIND",
    "NotAVariantFile",
    "ValidationError",
    "VariantBaseChanged",
    "VariantImport",
    "VariantNameTaken",
    "VariantRepository",
    "VariantWouldChange",
    "export_variant",
    "import_variant",
    "is_variant_file",
    "name_taken_error",
    "plan_import",
    "read_variant",
    "write_variant",
]
