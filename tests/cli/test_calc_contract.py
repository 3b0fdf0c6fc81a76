"""``calc --contract ID [--db FILE]`` (issue 11 item 4): a date the overview shows for a
contract with closed days, overrides and a template variant comes out of ``calc`` the
same, from the terms the contract stores; the database is only read."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date

import pytest

from app.cli import run_command
from app.cli.calc import Contracts, run_batch
from app.domain import templates
from app.domain.kinds import Kind
from app.domain.records import Contract, Customer, TemplateVariant, Termination
from app.reports import deadlines_report
from app.storage.database import open_database
from app.storage.repositories import Repositories


@pytest.fixture
def desk(tmp_path):  # noqa: ANN001, ANN201
    """A database with an Office Center contract on a variant (8 working days' notice),
    with closed days of its own, and a termination."""
    path = tmp_path / "desk.sqlite"
    db = open_database(path, backup=False)
    repos = Repositories(db)
    cu = repos.customers.add(Customer(name="Ringerike Bygg AS", org_number="914573262"))
    variant = repos.variants.add(
        TemplateVariant(
            name="Office Center med 8 dagers slettevarsel",
            base="office_center",
            defaults={"deletion_notice_working_days": 8},
        )
    )
    contract = repos.contracts.add(
        Contract(
            customer_id=cu.id,
            title="Fillager",
            template=variant.key,
            signed=date(2027, 1, 4),
            delivered=date(2027, 2, 1),
            overrides={"extra_closed_dates": ["2027-07-26", "2027-07-27"]},
        )
    )
    repos.terminations.add(
        Termination(
            contract_id=contract.id,
            received=date(2027, 3, 30),
            from_contact="Kari",
            effective_end=date(2027, 6, 30),
        )
    )
    listing = deadlines_report.deadline_list(repos, today=date(2027, 7, 1), days=60)
    notice = next(d for d in listing.deadlines if d.kind is Kind.DELETION_NOTICE)
    db.close()
    return path, contract.id, variant.key, notice.date


def calc(capsys, *args: str) -> tuple[int, dict]:  # noqa: ANN001
    status = run_command(["calc", *args])
    return status, json.loads(capsys.readouterr().out)


def test_the_overview_s_date_for_a_contract_is_calc_s(desk, capsys):  # noqa: ANN001
    path, cid, key, shown = desk
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    status, answer = calc(capsys, "deletion", "--ended", "2027-06-30", "--db", str(path), "--contract", str(cid))  # fmt: skip
    assert status == 0, answer
    # 8 working days before 30.07.2027, the contract's closed 26 and 27 July skipped
    assert answer["notice_by"] == shown.isoformat() == "2027-07-16"
    assert any("8 virkedager før" in s for s in answer["steps"])
    assert any("26.07.2027" in s for s in answer["steps"])
    # without the contract: the template's 5 working days and no closed days
    _, plain = calc(capsys, "deletion", "--ended", "2027-06-30")
    assert plain["notice_by"] == "2027-07-23"
    # --db alone makes the variant known to --terms
    _, by_key = calc(capsys, "deletion", "--ended", "2027-06-30", "--db", str(path), "--terms", key)
    assert by_key["notice_by"] == "2027-07-20"  # the variant's 8, not the contract's closed days
    templates.forget_variant(key)  # as in a new process: nothing read from a database
    status, unknown = calc(capsys, "deletion", "--ended", "2027-06-30", "--terms", key)
    assert status == 2 and unknown["error"].startswith("terms:")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # only read


def test_refusals_name_the_field(desk, capsys, tmp_path):  # noqa: ANN001
    path, cid, _key, _shown = desk
    status, answer = calc(capsys, "deletion", "--ended", "2027-06-30", "--db", str(path), "--contract", "999")  # fmt: skip
    assert status == 2 and answer["error"].startswith("contract:") and "999" in answer["error"]
    status, answer = calc(capsys, "deletion", "--ended", "2027-06-30", "--db", str(path), "--contract", str(cid), "--terms", "sodvin")  # fmt: skip
    assert status == 2 and answer["error"].startswith("terms:")
    status, answer = calc(capsys, "deletion", "--ended", "2027-06-30", "--db", str(tmp_path / "none.sqlite"), "--contract", "1")  # fmt: skip
    assert status == 2 and answer["error"].startswith("--db:")


def test_a_batch_line_names_its_contract(desk):  # noqa: ANN001
    path, cid, _key, shown = desk
    lines = [
        json.dumps({"id": 1, "calc": "deletion", "ended": "2027-06-30", "contract": cid}),
        json.dumps({"id": 2, "calc": "deletion", "ended": "2027-06-30", "contract": "x"}),
        json.dumps({"id": 3, "calc": "deletion", "ended": "2027-06-30"}),
    ]
    out = io.StringIO()
    contracts = Contracts(path)
    try:
        status = run_batch(lines, out, "en", contracts)
    finally:
        contracts.close()
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert status == 1 and [a["id"] for a in answers] == [1, 2, 3]
    assert answers[0]["notice_by"] == shown.isoformat()
    assert answers[1]["error"].startswith("contract:")
    assert answers[2]["notice_by"] == "2027-07-23"
    # without a database, a line's contract is refused with what to do
    out = io.StringIO()
    run_batch(lines[:1], out, "en")
    assert "--db" in json.loads(out.getvalue())["error"]
