"""Every field of every stored record has a label in the user's words: the history says
what a change changed by ``field_label`` ("endret: Base, Defaults" stood in the bokmål
history of a template variant, the codes made into words; audit 03.12.2026)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.records import TemplateVariant
from app.storage.codec import SPECS
from app.storage.outbox import LOCAL_FIELDS
from app.ui.i18n import FIELD_LABELS, field_label

#: Labels that are the same word in bokmål.
SAME_IN_BOKMAL = {"Start", "Status"}


def test_every_field_of_every_record_kind_has_a_translated_label():
    missing, untranslated = [], []
    for table, spec in SPECS.items():
        for name in spec.model.model_fields:
            if name in LOCAL_FIELDS:  # never shown as a change (record_history)
                continue
            if name not in FIELD_LABELS:
                missing.append(f"{table}.{name}")
            elif field_label(name) == FIELD_LABELS[name] not in SAME_IN_BOKMAL:
                untranslated.append(f"{table}.{name}")
    assert missing == [] and untranslated == []


def test_a_variants_history_says_its_changes_in_the_forms_words(repos):  # noqa: ANN001
    # the record tabs first, in their own order: importing record_history at collection
    # registered the history tab before the attachments tab in every later form dialog
    from app.ui.forms.record_tabs import tabs_for

    tabs_for(None)
    from app.ui.record_history import describe_change

    v = repos.variants.add(
        TemplateVariant(name="Sodvin 2026", base="sodvin", defaults={"approval_working_days": 15})
    )
    repos.variants.update(v.model_copy(update={"defaults": {"approval_working_days": 20}}))
    entry = next(e for e in repos.history("template_variants", v.id) if e.action == "update")
    assert describe_change(entry, record=False) == "endret: Variantens vilkår"
    # the captions the variant form shows them under
    translate = QCoreApplication.translate
    assert field_label("base") == translate("VariantForm", "Based on") == "Bygger på"
    assert field_label("defaults").startswith("Variantens vilkår")
