"""Two and three PCs with real SQLite files against a real PostgreSQL server."""

from __future__ import annotations

from app.domain.records import ComplaintStatus

from .desks import Desk, seed, server_state


def edit(desk: Desk, uid, **changes):
    repo = desk.repos.complaints
    current = repo.find_uid(str(uid))
    return repo.update(current.model_copy(update=changes))


def test_changes_made_before_joining_are_all_sent(desks, server_url):
    laptop, office = desks("laptop"), desks("office")
    complaint = seed(laptop.repos)
    edit(laptop, complaint.uid, note="Ringt kunden")
    first = laptop.sync()
    assert first.pushed == 4 and first.conflicts == 0  # three inserts and the edit
    assert office.sync().pulled == 4
    assert office.by_uid("complaints", complaint.uid).note == "Ringt kunden"
    assert office.state() == laptop.state() == server_state(server_url)


def test_a_database_from_before_sharing_uploads_every_record(tmp_path, desks, server_url):
    import shutil

    from ..storage.conftest import DATA

    (tmp_path / "old").mkdir()
    shutil.copy(DATA / "schema_v7.sqlite", tmp_path / "old" / "old.sqlite")
    old = desks("old")  # opens (and migrates) the copy: no outbox rows for its records
    records = sum(len(t) for t in old.state().values())
    assert records > 0 and old.replica.pending() == 0
    assert old.sync().pushed == records
    office = desks("office")
    assert office.sync().pulled == records
    assert office.state() == old.state() == server_state(server_url)
    assert set(office.history_origins()) <= set(old.history_origins())


def test_a_complaint_logged_offline_appears_on_the_other_pc_with_its_history(desks, server_url):
    office, laptop = desks("office"), desks("laptop")
    seed(office.repos)
    office.sync()
    laptop.sync()
    # At the customer's, without a network: a complaint on the shared contract, then an edit.
    contract = laptop.repos.contracts.all()[0]
    complaint = laptop.repos.complaints.add(
        laptop.repos.complaints.all()[0].model_copy(
            update={"id": None, "uid": None, "version": 0, "nature": "Wifi faller ut"}
        )
    )
    edit(laptop, complaint.uid, note="Ringt kunden")
    assert laptop.replica.pending() == 2
    assert laptop.sync().pushed == 2
    assert laptop.replica.pending() == 0
    assert office.sync().pulled == 2
    there = office.by_uid("complaints", complaint.uid)
    assert there.nature == "Wifi faller ut" and there.note == "Ringt kunden"
    # on the office's own copy of the contract (its local id may differ)
    assert office.repos.contracts.get(there.contract_id).uid == contract.uid
    history = office.repos.history("complaints", there.id)
    assert [(h.action, h.user) for h in history] == [("insert", "laptop"), ("update", "laptop")]
    assert history[0].when == laptop.repos.history("complaints", complaint.id)[0].when
    assert office.state() == laptop.state() == server_state(server_url)


def test_offline_edits_of_different_fields_merge_on_both_pcs(desks, server_url):
    office, laptop = desks("office"), desks("laptop")
    uid = seed(office.repos).uid
    office.sync()
    laptop.sync()
    edit(laptop, uid, extent="Bare resepsjonen")  # at the customer's, offline
    edit(office, uid, status=ComplaintStatus.ACCEPTED)
    office.sync()
    laptop.sync()
    office.sync()
    for desk in (office, laptop):
        record = desk.by_uid("complaints", uid)
        assert (record.extent, record.status) == ("Bare resepsjonen", "accepted")
        assert desk.open_conflicts() == []
    assert office.state() == laptop.state() == server_state(server_url)


def test_the_same_field_on_two_pcs_becomes_one_conflict_on_both(desks, server_url):
    office, laptop = desks("office"), desks("laptop")
    uid = seed(office.repos).uid
    office.sync()
    laptop.sync()
    edit(office, uid, nature="Skriveren er død")
    edit(laptop, uid, nature="Skriveren skriver blankt")
    office.sync()
    result = laptop.sync()
    assert result.conflicts == 1
    office.sync()
    for desk in (office, laptop):
        assert desk.by_uid("complaints", uid).nature == "Skriveren er død"  # the server's
        (conflict,) = desk.open_conflicts()
        assert conflict["field"] == "nature"
        assert conflict["base"] == "Skriveren svarer ikke"
        assert conflict["theirs"] == "Skriveren er død"
        assert conflict["mine"] == "Skriveren skriver blankt"  # the laptop's value kept
        assert conflict["mine_user"] == "laptop"
    assert office.state() == laptop.state() == server_state(server_url)


def test_three_pcs_converge_and_every_change_is_in_every_history_once(desks, server_url):
    a, b, c = desks("a"), desks("b"), desks("c")
    uid = seed(a.repos).uid
    for desk in (a, b, c):
        desk.sync()
    edit(a, uid, note="fra a")
    edit(b, uid, extent="fra b")
    edit(c, uid, note="fra c")
    for desk in (a, b, c, a, b, c):
        desk.sync()
    states = [desk.state() for desk in (a, b, c)]
    assert states[0] == states[1] == states[2] == server_state(server_url)
    origins = [set(desk.history_origins()) for desk in (a, b, c)]
    assert origins[0] == origins[1] == origins[2]
    assert len(origins[0]) == 3 + 3  # the three records and three edits


def test_the_letters_log_reaches_every_pc_once_with_its_record(desks, server_url):
    from app.storage.letters import LetterLog

    office, laptop = desks("office"), desks("laptop")
    complaint = seed(office.repos)
    # a letter logged before the office shared its file, and one after
    LetterLog(office.database, user="office").add(
        kind="complaint_reply", table="complaints", record_id=complaint.id,
        contract_id=complaint.contract_id, lang="nb", path="/tmp/svar.pdf",
    )  # fmt: skip
    office.sync()
    laptop.sync()
    LetterLog(laptop.database, user="laptop").add(
        kind="complaint_reply", table="complaints", record_id=laptop.repos.complaints.all()[0].id,
        contract_id=laptop.repos.contracts.all()[0].id, lang="en",
    )  # fmt: skip
    laptop.sync()
    office.sync()
    laptop.sync()
    for desk in (office, laptop):
        letters = LetterLog(desk.database).all()
        assert [(e.user, e.lang) for e in letters] == [("office", "nb"), ("laptop", "en")]
        here = desk.by_uid("complaints", complaint.uid)
        assert all(e.record_id == here.id and e.table == "complaints" for e in letters)
        assert all(e.contract_id == here.contract_id for e in letters)
        assert desk.replica.pending() == 0
    rows = office.database.db.conn.execute("SELECT uid FROM letters").fetchall()
    assert sorted(rows) == sorted(laptop.database.db.conn.execute("SELECT uid FROM letters"))


def test_a_template_variant_and_its_contracts_reach_the_other_pc_and_follow_its_edits(
    desks, server_url
):
    from app.domain.records import TemplateVariant

    office, laptop = desks("office"), desks("laptop")
    seed(office.repos)
    variant = office.repos.variants.add(
        TemplateVariant(name="Sodvin 2025", base="sodvin", defaults={"approval_working_days": 15})
    )
    customer = office.repos.customers.all()[0]
    on_it = office.repos.contracts.add(
        office.repos.contracts.all()[0].model_copy(
            update={"id": None, "uid": None, "version": 0, "customer_id": customer.id,
                    "title": "På varianten", "template": variant.key, "overrides": {}}
        )
    )  # fmt: skip
    office.sync()
    laptop.sync()
    laptop.repos.variants.install()  # (one process plays both PCs: the domain's registry)
    there = laptop.by_uid("contracts", on_it.uid)
    assert there.template == variant.key and there.terms().approval_working_days == 15
    # an edit of the variant on the office reaches the laptop, its contracts follow
    office.repos.variants.update(
        office.repos.variants.get(variant.id).model_copy(
            update={"defaults": {"approval_working_days": 20}}
        )
    )
    office.sync()
    laptop.sync()
    laptop.repos.variants.install()
    assert laptop.by_uid("template_variants", variant.uid).defaults == {"approval_working_days": 20}
    assert laptop.by_uid("contracts", on_it.uid).terms().approval_working_days == 20
    assert office.state() == laptop.state() == server_state(server_url)
