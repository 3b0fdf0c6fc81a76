"""Contract templates: the built-in ones and the user's variants of them (issue 11 item 3).

A variant is a negotiated version of a built-in template ("Sodvin 2025 med 15 dagers
godkjenning"): the same rules, its own name and its own numbers. Made here from the
selected template (Ctrl+N), chosen in the contract form like a built-in template, edited
here (the contracts on it follow, the history records it), sent to another desk as a
file (Export/Import variant). A variant contracts are on cannot be deleted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.domain import templates

from ..forms.variant_form import VariantForm
from ..i18n import field_label, lang, say
from ..models.records_model import RecordsModel
from ..widgets.table import make_table, size_columns
from ..widgets.terms_editor import _shown
from .base import Page, keep_rows


def _h(text: str) -> Any:
    return lambda: QCoreApplication.translate("TemplatesPage", text)


class Row:
    """One line of the list: a built-in template (``variant`` None) or a variant."""

    def __init__(self, key: str, variant: Any = None, contracts: int = 0) -> None:
        self.key, self.variant, self.contracts = key, variant, contracts
        self.base = variant.base if variant is not None else key
        self.id = variant.id if variant is not None else None

    @property
    def name(self) -> str:
        return templates.name(self.key, lang())

    def own_terms(self) -> str:
        """The terms the variant sets differently, with their values ("Godkjenning 15")."""
        if self.variant is None:
            return QCoreApplication.translate("TemplatesPage", "built in (the contract's text)")
        return "; ".join(
            f"{field_label(name)} {_shown(value)}"
            for name, value in sorted(self.variant.defaults.items())
        ) or QCoreApplication.translate("TemplatesPage", "none yet")


class TemplatesPage(Page):
    def __init__(self, repos: Any, *, window: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Contract templates"), window=window, parent=parent)
        self.repos = repos
        self.button(self.tr("&New variant…"), self.new_record, tip="Ctrl+N")
        self.button(self.tr("E&xport variant…"), self.export_variant)
        self.button(self.tr("&Import variant…"), self.import_variant)
        self.model = RecordsModel(
            [
                (_h(QT_TRANSLATE_NOOP("TemplatesPage", "Template")), lambda r: r.name),
                (
                    _h(QT_TRANSLATE_NOOP("TemplatesPage", "Based on")),
                    lambda r: say(templates.BUILTIN[r.base].name) if r.variant else "",
                ),
                (
                    _h(QT_TRANSLATE_NOOP("TemplatesPage", "Contracts")),
                    lambda r: str(r.contracts),
                    lambda r: r.contracts,
                ),
                (_h(QT_TRANSLATE_NOOP("TemplatesPage", "Own terms")), lambda r: r.own_terms()),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("templates")
        size_columns(self.table, [46, 28, 8])
        self.hint = QLabel(
            self.tr(
                "A variant keeps its template's rules with numbers of its own. Ctrl+N makes "
                "one from the selected template; a contract is put on it in the contract "
                "form. Contracts on a variant follow every change to it."
            ),
            self,
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.hint)
        self.table.activated.connect(lambda index: self.edit_row(index.row()))
        self.row_actions(
            self.table,
            open_row=self.edit_row,
            delete_row=self.delete_row,
            extra=[(self.tr("New &variant of this template…"), self.new_variant_of, "")],
            export=self.export_csv,
        )
        self.refresh()

    # --- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        counts: dict[str, int] = {}
        for contract in self.repos.contracts.all():
            counts[contract.template] = counts.get(contract.template, 0) + 1
        variants = sorted(self.repos.variants.all(), key=lambda v: (v.name.casefold(), v.key))
        rows = [Row(key, None, counts.get(key, 0)) for key in templates.BUILTIN]
        rows += [Row(v.key, v, counts.get(v.key, 0)) for v in variants]
        with keep_rows(self.table):
            self.model.set_rows(rows)

    def current_row(self) -> Row | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def focus_main(self) -> None:
        self.table.setFocus()

    # --- commands ------------------------------------------------------------------------

    def new_record(self) -> Any:
        """A new variant of the selected template (Sodvin when none is selected)."""
        row = self.current_row()
        return self._new(row.base if row is not None else next(iter(templates.BUILTIN)))

    def new_variant_of(self, row: int) -> Any:
        found = self.model.record_at(row)
        return self._new(found.base if found is not None else "sodvin")

    def _new(self, base: str) -> Any:
        form = VariantForm(self.repos)
        form.set_defaults(base=base)
        return self.open_form(form)

    def edit_row(self, row: int) -> Any:
        found = self.model.record_at(row)
        if found is None:
            return None
        if found.variant is None:  # a built-in template is the contract's text: vary it
            return self._new(found.base)
        form = VariantForm(self.repos)
        form.set_value(found.variant)
        return self.open_form(form)

    def delete_row(self, row: int) -> bool:
        found = self.model.record_at(row)
        if found is None or found.variant is None:
            return False
        return self.delete_record(
            found.variant, self.tr("the template variant %1").replace("%1", found.variant.name)
        )

    def export_variant(self) -> Any:
        from app.storage.template_variants import write_variant

        from .. import files

        row = self.current_row()
        if row is None or row.variant is None:
            self.status(self.tr("Select a template variant to export."))
            return None
        path = files.ask_save_path(
            self, self.tr("Export template variant"), f"{row.variant.key}.json", "variant"
        )
        if path is None:
            return None
        title = self.tr("Export template variant")
        if files.written_or_said(self, title, lambda: write_variant(row.variant, path)) is None:
            return None
        self.status(self.tr("Template variant exported to %1").replace("%1", str(path)))
        return path

    def import_variant(self) -> Any:
        from pydantic import ValidationError

        from app.domain.errors import describe
        from app.storage.errors import ImportRefused
        from app.storage.template_variants import (
            NotAVariantFile,
            import_variant,
            plan_import,
            read_variant,
        )

        from .. import files

        title = self.tr("Import template variant")
        path = files.ask_open_path(self, title, "variant")
        if path is None:
            return None
        try:
            variant = read_variant(path)
            # read before anything is written: what the file would change here
            plan = plan_import(self.repos, variant)
        except NotAVariantFile:
            QMessageBox.warning(
                self,
                title,
                self.tr("%1 is not an exported template variant.").replace("%1", str(path)),
            )
            return None
        except ValidationError as exc:
            QMessageBox.warning(self, title, describe(exc, lang()))
            return None
        except ImportRefused as exc:  # another base, another variant's name: said, not done
            QMessageBox.warning(self, title, exc.text(lang()))
            return None
        if plan.unchanged:
            self.status(
                self.tr("Template variant %1 is already here, unchanged.").replace(
                    "%1", plan.existing.name
                )
            )
            return plan.existing
        if plan.changes and not self._replace_asked(title, plan):
            return None  # No: the variant here stays as it is
        stored = self.operations.run(
            # the contracts on it follow its new terms in the domain (Contract.terms());
            # nothing is recomputed here
            lambda: import_variant(self.repos, variant, replace=True),
            tables=("template_variants", "contracts", "history"),
        )
        self.status(self.tr("Template variant %1 imported.").replace("%1", stored.name))
        return stored

    def _replace_asked(self, title: str, plan: Any) -> bool:
        """Yes to replacing a stored variant by the file's, asked naming how many
        contracts follow it and what changes (an import replaced it silently before)."""
        changes = []
        if plan.name is not None:
            changes.append(
                self.tr("Name: «%1» → «%2»").replace("%1", plan.name[0]).replace("%2", plan.name[1])
            )
        for term, (before, after) in plan.terms.items():
            changes.append(f"{field_label(term)}: {_shown(before)} → {_shown(after)}")
        if plan.note_changed:
            changes.append(self.tr("Note: changed"))
        follows = (
            self.tr(
                "%n contract(s) on it follow the change (their own overrides still apply).",
                "",
                plan.contracts,
            )
            if plan.contracts
            else self.tr("No contract is on it.")
        )
        text = (
            self.tr(
                "The template variant «%1» is already here. Replace it with the file's?"
            ).replace("%1", plan.existing.name)
            + "\n\n"
            + follows
            + "\n\n"
            + self.tr("What changes:")
            + "\n"
            + "\n".join(f"• {line}" for line in changes)
        )
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def export_name(self) -> str:
        return self.tr("templates")
