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
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from pydantic import ValidationError

from app.domain import templates
from app.domain.records import TemplateVariant

from .codec import record_json
from .errors import InUse
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


def import_variant(repos: Any, variant: TemplateVariant) -> TemplateVariant:
    """Store an exported variant here: a new one as it is (same key and uid, so contracts
    moved with it find it), one already here (the same uid) updated to the file's."""
    existing = repos.variants.find_uid(str(variant.uid)) if variant.uid else None
    if existing is not None:
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
    "VariantRepository",
    "export_variant",
    "import_variant",
    "read_variant",
    "write_variant",
]
