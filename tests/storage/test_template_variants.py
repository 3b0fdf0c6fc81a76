"""Template variants stored in the database (issue 11): made by a user from a built-in
template, chosen by contracts, edited (the contracts follow, the history records it),
carried by export and import, one at a time or with everything."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from app.domain import templates
from app.domain.records import TemplateVariant, Termination
from app.domain.terms import terms_for
from app.storage.database import open_database
from app.storage.errors import InUse
from app.storage.exchange import ImportFileError, export_data, import_json
from app.storage.repositories import Repositories
from app.storage.template_variants import (
    VariantBaseChanged,
    VariantNameTaken,
    VariantWouldChange,
    import_variant,
    plan_import,
    read_variant,
    write_variant,
)

from .conftest import Clock, contract, customer


def variant(**changes) -> TemplateVariant:
    data = {
        "name": "Sodvin 2025 med 15 dagers godkjenning",
        "base": "sodvin",
        "defaults": {"approval_working_days": 15, "termination_notice_months": 2},
    }
    return TemplateVariant(**{**data, **changes})


def test_a_variant_gets_a_key_and_contracts_on_it_follow_its_edits(repos):
    v = repos.variants.add(variant())
    assert v.key.startswith("sodvin-2025-med-15-dagers-godkjenning-") and v.version == 1
    assert v.key.endswith(v.uid.hex[:8])
    assert templates.name(v.key) == "Sodvin 2025 med 15 dagers godkjenning"
    cu = repos.customers.add(customer())
    k = repos.contracts.add(contract(cu.id, template=v.key, overrides={}))
    terms = repos.contracts.get(k.id).terms()
    assert (terms.approval_working_days, terms.termination_notice_months) == (15, 2)
    assert terms.rules is templates.SODVIN and terms.variant == v.key
    # a contract's own override still wins over the variant's default
    k2 = repos.contracts.add(
        contract(cu.id, template=v.key, overrides={"approval_working_days": 5})
    )
    assert k2.terms().approval_working_days == 5

    edited = repos.variants.update(
        v.model_copy(
            update={"name": "Sodvin 2025 (20 dager)", "defaults": {"approval_working_days": 20}}
        )
    )
    assert edited.key == v.key and edited.version == 2  # renamed: same key, contracts stay
    again = repos.contracts.get(k.id).terms()
    assert again.approval_working_days == 20 and again.termination_notice_months == 3
    assert [e.action for e in repos.history("template_variants", v.id)] == ["insert", "update"]
    (entry,) = [e for e in repos.history("template_variants", v.id) if e.action == "update"]
    assert entry.before["defaults"] == {"approval_working_days": 15, "termination_notice_months": 2}
    assert entry.after["defaults"] == {"approval_working_days": 20}


def test_bad_defaults_are_refused_naming_the_term(repos):
    with pytest.raises(ValidationError) as err:
        repos.variants.add(variant(defaults={"approval_working_days": 0}))
    assert err.value.errors()[0]["loc"] == ("defaults", "approval_working_days")
    with pytest.raises(ValidationError):
        repos.variants.add(variant(base="nobody"))


def test_a_variant_contracts_are_on_is_not_deleted(repos):
    v = repos.variants.add(variant())
    cu = repos.customers.add(customer())
    k = repos.contracts.add(contract(cu.id, template=v.key, overrides={}))
    with pytest.raises(InUse) as err:
        repos.variants.delete(v.id)
    assert "(avtaler: 1)" in err.value.text("nb")  # ("1 avtaler" read wrong)
    assert repos.variants.in_use(v.id).counts_text("nb") == "avtaler: 1"
    repos.contracts.delete(k.id)
    repos.variants.delete(v.id)
    assert repos.variants.all() == []


def test_one_variant_to_another_database_and_back(repos, tmp_path):
    v = repos.variants.add(variant(note="Forhandlet med Ringerike Regnskap"))
    path = write_variant(v, tmp_path / "variant.json")
    with open_database(tmp_path / "other.sqlite") as database:
        other = Repositories(database, user="tester", clock=Clock())
        imported = import_variant(other, read_variant(path))
        assert (imported.key, imported.uid, imported.defaults) == (v.key, v.uid, v.defaults)
        # the same file again, after an edit there: not replaced unasked (the edit made
        # there was overwritten silently, audit 03.12.2026); replaced when the user agrees,
        # updated, not duplicated
        changed = other.variants.update(imported.model_copy(update={"defaults": {}}))
        with pytest.raises(VariantWouldChange) as asked:
            import_variant(other, read_variant(path))
        assert asked.value.plan.terms == {
            "approval_working_days": (10, 15),
            "termination_notice_months": (3, 2),
        }
        assert other.variants.get(changed.id).defaults == {}
        again = import_variant(other, read_variant(path), replace=True)
        assert again.id == changed.id and again.defaults == v.defaults
        assert len(other.variants.all()) == 1
        # the same file once more: nothing to ask, nothing written
        assert import_variant(other, read_variant(path)).version == again.version


def test_export_and_import_carry_variants_and_their_contracts(repos, tmp_path):
    v = repos.variants.add(variant())
    cu = repos.customers.add(customer())
    repos.contracts.add(contract(cu.id, template=v.key, overrides={}))
    path = tmp_path / "all.json"
    path.write_text(__import__("json").dumps(export_data(repos.database)), encoding="utf-8")
    templates.forget_variant(v.key)  # another program: it has not seen this variant yet
    with open_database(tmp_path / "copy.sqlite") as database:
        import_json(database, path)
        copy = Repositories(database, user="tester", clock=Clock())
        (k,) = copy.contracts.all()
        assert k.template == v.key and k.terms().approval_working_days == 15


def test_import_refuses_a_planned_deletion_oc_5_3_does_not_allow(repos, tmp_path):
    cu = repos.customers.add(customer())
    k = repos.contracts.add(contract(cu.id, template="office_center", overrides={}))
    ended = date(2027, 6, 30)
    repos.terminations.add(
        Termination(
            contract_id=k.id, received=date(2027, 3, 1), from_contact="Kari", effective_end=ended
        )
    )
    data = export_data(repos.database)
    (row,) = data["tables"]["terminations"]
    row["planned_deletion"] = "2027-08-15"  # OC 5.3: at the latest 30.07.2027
    path = tmp_path / "bad.json"
    path.write_text(__import__("json").dumps(data), encoding="utf-8")
    with open_database(tmp_path / "copy.sqlite") as database, pytest.raises(ImportFileError) as err:
        import_json(database, path)
    assert "planned_deletion" in err.value.text("en") and "30.07.2027" in err.value.text("nb")


def _on_another_desk(repos, tmp_path):  # noqa: ANN001, ANN202
    """The audit's var1.json: «Sodvin 2026 med 15 dagers godkjenning» with a contract on it
    here, and its exported file."""
    v = repos.variants.add(variant(name="Sodvin 2026 med 15 dagers godkjenning"))
    cu = repos.customers.add(customer())
    k = repos.contracts.add(contract(cu.id, template=v.key, overrides={}))
    path = write_variant(v, tmp_path / "var1.json")
    return v, k, path


def test_an_import_never_changes_what_a_variant_is_based_on(repos, tmp_path):
    v, k, path = _on_another_desk(repos, tmp_path)
    edited = read_variant(path).model_copy(update={"base": "office_center", "defaults": {}})
    with pytest.raises(VariantBaseChanged) as err:
        import_variant(repos, edited, replace=True)
    assert err.value.text("nb") == (
        "Importen ble avvist, ingenting er endret: malvarianten «Sodvin 2026 med 15 dagers "
        "godkjenning» bygger på Sodvin – Azure Tjenesteavtale her, men filen sier Office "
        "Center Hønefoss – SLA. Hva en variant bygger på, kan ikke endres etter at den er "
        "lagret."
    )
    assert "is based on Sodvin – Azure service agreement here, but the file says Office" in (
        err.value.text("en")
    )
    assert repos.variants.get(v.id) == v
    assert repos.contracts.get(k.id).terms().rules is templates.SODVIN
    assert [e.action for e in repos.history("template_variants", v.id)] == ["insert"]


def test_an_import_that_changes_a_variant_contracts_are_on_is_asked_first(repos, tmp_path):
    v, k, path = _on_another_desk(repos, tmp_path)
    edited = read_variant(path).model_copy(
        update={"defaults": {"approval_working_days": 20, "termination_notice_months": 2}}
    )
    with pytest.raises(VariantWouldChange) as asked:
        import_variant(repos, edited)
    plan = asked.value.plan
    assert plan.contracts == 1 and plan.terms == {"approval_working_days": (15, 20)}
    assert plan.name is None and not plan.note_changed
    assert repos.contracts.get(k.id).terms().approval_working_days == 15  # nothing written
    assert plan_import(repos, edited) == plan
    stored = import_variant(repos, edited, replace=True)
    assert stored.key == v.key and repos.contracts.get(k.id).terms().approval_working_days == 20
    assert [e.action for e in repos.history("template_variants", v.id)] == ["insert", "update"]


def test_a_variant_is_not_imported_under_another_variants_name(repos, tmp_path):
    v, _k, path = _on_another_desk(repos, tmp_path)
    with open_database(tmp_path / "other.sqlite") as database:
        other = Repositories(database, user="tester", clock=Clock())
        mine = other.variants.add(variant(name="  sodvin 2026 MED 15 dagers godkjenning "))
        with pytest.raises(VariantNameTaken) as err:
            import_variant(other, read_variant(path), replace=True)
        assert err.value.text("nb") == (
            "Importen ble avvist, ingenting er endret: «Sodvin 2026 med 15 dagers godkjenning» "
            "er allerede navnet på en annen malvariant her. Gi en av dem et annet navn først."
        )
        assert other.variants.all() == [mine]
        assert other.variants.same_name("Sodvin 2026 med 15 dagers godkjenning") == mine
        assert other.variants.same_name(mine.name, besides=mine.uid) is None
    # its own name is no clash (the same uid): a re-import of the file is no refusal
    assert import_variant(repos, read_variant(path)) == repos.variants.get(v.id)


_defaults = st.fixed_dictionaries(
    {},
    optional={
        "approval_working_days": st.integers(1, 30),
        "termination_notice_months": st.integers(1, 12),
        "visible_defect_days": st.integers(1, 60),
    },
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(here=_defaults, there=_defaults)
def test_an_unasked_import_never_writes_and_asks_exactly_what_changes(repos, here, there):
    """Whatever the two sides set: without ``replace`` the stored variant is untouched;
    the question lists exactly the terms whose value a contract on it would change (a
    term left to the template on one side and set to the template's number on the other
    is no change), and none at all when nothing changes."""
    for stored in repos.variants.all():
        repos.variants.delete(stored.id)
    v = repos.variants.add(variant(defaults=here))
    incoming = v.model_copy(update={"defaults": there, "id": None, "version": 0})
    before = terms_for("sodvin", here)
    after = terms_for("sodvin", there)
    expected = {
        term: (getattr(before, term), getattr(after, term))
        for term in ("approval_working_days", "termination_notice_months", "visible_defect_days")
        if getattr(before, term) != getattr(after, term)
    }
    if expected:
        with pytest.raises(VariantWouldChange) as asked:
            import_variant(repos, incoming)
        assert asked.value.plan.terms == expected
    else:
        assert import_variant(repos, incoming) == v
    assert repos.variants.get(v.id) == v
