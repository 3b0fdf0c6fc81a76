"""Issue 11's examples, each on the surfaces the issue names: the same facts give the
same answer in the overview (read from a real database), the calculators, the letters
and the record's own explanation.

Each test is one bullet of the issue ("One truth for every date"); the contract page and
the lists are driven in ``tests/ui/test_issue11_surfaces.py``.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.domain import calculators, deadlines
from app.domain import termination as tm
from app.domain.errors import DomainError
from app.domain.kinds import Kind
from app.domain.records import Channel, Complaint, Contract, Customer, Termination
from app.domain.results import Unknown
from app.reports import deadlines_report, letters
from app.storage.database import open_database
from app.storage.repositories import Repositories


@pytest.fixture
def repos(tmp_path):  # noqa: ANN001, ANN201
    db = open_database(tmp_path / "examples.sqlite", backup=False)
    yield Repositories(db)
    db.close()


def customer(repos: Repositories) -> Customer:
    return repos.customers.add(Customer(name="Ringerike Bygg AS", org_number="914573262"))


def deadlines_of(repos: Repositories, today: date, days: int = 400) -> list:
    return deadlines_report.deadline_list(repos, today=today, days=days).deadlines


def test_overview_moves_a_complaint_limit_to_a_working_day_as_the_form_does(repos):  # noqa: ANN001
    """OC contract delivered 14.03.2027 with extend_to_working_day: 14 days is Easter
    Sunday 28.03.2027; the overview, the calculator and the form's verdict say 30.03.2027
    (Easter Monday is closed too)."""
    c = repos.contracts.add(
        Contract(
            customer_id=customer(repos).id,
            title="Drift",
            template="office_center",
            signed=date(2027, 1, 4),
            delivered=date(2027, 3, 14),
            overrides={"extend_to_working_day": True},
        )
    )
    listed = [d for d in deadlines_of(repos, date(2027, 3, 15)) if d.kind is Kind.COMPLAINT_VISIBLE]
    assert [d.date for d in listed] == [date(2027, 3, 30)]
    calc = calculators.get("complaint")(
        {"delivered": "2027-03-14", "complained": "2027-03-29", "terms": {"template": "office_center", "overrides": {"extend_to_working_day": True}}}
    )  # fmt: skip
    assert calc.visible_defect_deadline == date(2027, 3, 30)
    form = deadlines.complaint_limits(
        delivered=c.delivered, complained=date(2027, 3, 30), terms=c.terms()
    )
    assert form.visible_defect_deadline == date(2027, 3, 30)
    assert form.verdict is deadlines.Verdict.TIMELY


def test_a_planned_deletion_later_than_oc_5_3_is_a_problem_everywhere_never_replaced(repos):  # noqa: ANN001
    """Ended 30.06.2027, deletion planned 15.08.2027 (OC 5.3: by 30.07.2027): import and
    the form refuse it; one already stored is a problem line in the overview (with its own
    deadline), the contract page says the problem, ``calc`` and the letter refuse."""
    c = repos.contracts.add(
        Contract(
            customer_id=customer(repos).id,
            title="Drift",
            template="office_center",
            signed=date(2026, 1, 4),
            delivered=date(2026, 2, 2),
        )
    )
    late = Termination(
        contract_id=c.id,
        received=date(2027, 3, 30),
        from_contact="Kari",
        effective_end=date(2027, 6, 30),
        planned_deletion=date(2027, 8, 15),
    )
    with pytest.raises(DomainError) as refused:  # what the form and the import check
        tm.check_termination(late, terms=c.terms())
    assert refused.value.problem.field == "planned_deletion"
    # one already in the file (made before the check) is stored as it is
    stored = repos.terminations.add(late)
    listed = deadlines_of(repos, date(2027, 7, 1), days=90)
    kinds = {d.kind: d for d in listed if d.record == f"terminations:{stored.id}"}
    assert Kind.DELETION_PROBLEM in kinds
    assert Kind.DELETION not in kinds and Kind.DELETION_NOTICE not in kinds
    # its own line: the notice day the clause allows (5 working days before 30.07.2027)
    assert kinds[Kind.DELETION_PROBLEM].date == date(2027, 7, 23)
    page = tm.termination_deletion(stored, terms=c.terms())
    assert isinstance(page, tm.DeletionProblem)
    problem = page.problem.text("nb")
    assert "30.07.2027" in problem and "15.08.2027" in problem
    with pytest.raises(DomainError):
        calculators.get("deletion")(
            {"ended": "2027-06-30", "deletion": "2027-08-15", "terms": "office_center"}
        )
    with pytest.raises(letters.LetterUnavailable):
        letters.letter_data(
            "deletion_notice",
            record=stored,
            contract=c,
            customer=repos.customers.get(c.customer_id),
            today=date(2027, 7, 1),
        )


def test_a_termination_without_a_recorded_end_ends_by_the_contract_rule_everywhere(repos):  # noqa: ANN001
    """OC termination received 01.04.2027, no end recorded: OC 12.1 ends it 01.07.2027; the
    overview lists its deletion notice and deletion (31.07.2027) and no annual invoice
    after the end; the contract page, the confirmation and the deletion-notice letter
    use the same end."""
    c = repos.contracts.add(
        Contract(
            customer_id=customer(repos).id,
            title="Drift",
            template="office_center",
            signed=date(2026, 1, 4),
            delivered=date(2026, 2, 2),
            units=10,
            unit_price=Decimal("400"),
        )
    )
    t = repos.terminations.add(
        Termination(contract_id=c.id, received=date(2027, 4, 1), from_contact="Kari")
    )
    end = tm.termination_end(t, terms=c.terms())
    assert not isinstance(end, Unknown) and end.end == date(2027, 7, 1) and not end.recorded
    listed = deadlines_of(repos, date(2027, 4, 2), days=400)
    mine = {d.kind: d.date for d in listed if d.record == f"terminations:{t.id}"}
    assert mine[Kind.DELETION] == date(2027, 7, 31)
    assert mine[Kind.DELETION_NOTICE] == date(2027, 7, 26)  # 5 working days before (OC 5.4)
    invoices = [d.date for d in listed if d.kind is Kind.PAYMENT_DUE]
    assert all(day <= date(2027, 7, 1) + timedelta(days=31) for day in invoices)
    assert not any(day.year == 2028 for day in invoices)  # no annual invoice after the end
    cu = repos.customers.get(c.customer_id)
    confirmation = letters.letter_data(
        "termination_confirmation", record=t, contract=c, customer=cu, today=date(2027, 4, 2)
    )
    html = letters.letter_html(confirmation)
    assert "01.07.2027" in html and "31.07.2027" in html
    notice = letters.letter_data(
        "deletion_notice", record=t, contract=c, customer=cu, today=date(2027, 7, 2)
    )
    assert "31.07.2027" in letters.letter_html(notice)


def test_a_sodvin_contract_without_ordinary_start_is_unknown_never_the_signing_date(repos):  # noqa: ANN001
    c = repos.contracts.add(
        Contract(
            customer_id=customer(repos).id,
            title="Azure drift",
            template="sodvin",
            signed=date(2027, 3, 14),
            delivered=date(2027, 4, 1),
        )
    )
    t = repos.terminations.add(
        Termination(contract_id=c.id, received=date(2027, 9, 1), from_contact="Kari")
    )
    end = tm.termination_end(t, terms=c.terms(), ordinary_start=c.ordinary_start)
    assert isinstance(end, Unknown)
    for lang in ("nb", "en"):
        text = end.text(lang)
        assert "14.03.2027" not in text and "01.04.2027" not in text
    assert "ordinær drift" in end.text("nb").casefold()
    assert tm.end_date(received=t.received, terms=c.terms()) is None
    # the overview lists no end-dependent deadline for it, and the letter refuses
    listed = deadlines_of(repos, date(2027, 9, 2))
    assert not [d for d in listed if d.record == f"terminations:{t.id}"]
    with pytest.raises(letters.LetterUnavailable):
        letters.letter_data(
            "termination_confirmation",
            record=t,
            contract=c,
            customer=repos.customers.get(c.customer_id),
            today=date(2027, 9, 2),
        )


@pytest.mark.parametrize(
    ("calc", "data", "override", "said", "not_said"),
    [
        (
            "deletion",
            {"ended": "2027-06-30"},
            {"deletion_notice_working_days": 8},
            "8 virkedager før",
            "5 virkedager",
        ),
        (
            "oc_reduction",
            {"monthly_fee": "10000", "availability": "90"},
            {"reduction_cap_monthly_fees": 2},
            "taket per kvartal er 2 × månedsavgiften",
            "1 × månedsavgiften",
        ),
    ],
)
def test_explanations_state_the_contracts_numbers(calc, data, override, said, not_said):  # noqa: ANN001
    """deletion_notice_working_days=8 -> "8 virkedager før"; a cap of 2 monthly fees ->
    "2 × månedsavgiften" in the cap and in reading 4, never the template's 1."""
    template = calculators.get(calc).input_model.default_template
    try:
        result = calculators.get(calc)(
            {**data, "terms": {"template": template, "overrides": override}},
            today=date(2027, 10, 1),
        )
    except (DomainError, ValueError) as exc:  # pragma: no cover - the inputs are valid
        pytest.fail(f"{calc}: {exc}")
    text = result.explanation("nb")
    assert said in text
    assert not_said not in text


def test_the_extension_request_states_the_contracts_days():
    """Sodvin 5.4 with extension_request_days=14: "innen 14 dager", not "innen 1 uke"."""
    terms = Contract(
        customer_id=1,
        title="Azure",
        template="sodvin",
        signed=date(2026, 1, 5),
        overrides={"extension_request_days": 14},
    ).terms()
    result = deadlines.sodvin_extension(received=date(2027, 3, 1), terms=terms)
    assert result.request_by == date(2027, 3, 15)
    assert "innen 14 dager" in result.explanation("nb")
    assert "within 14 days" in result.explanation("en")


def test_kind_names_carry_the_contracts_numbers():
    c = Contract(
        customer_id=1,
        title="Drift",
        template="office_center",
        signed=date(2027, 1, 4),
        overrides={"visible_defect_days": 21, "deletion_notice_working_days": 8},
    )
    terms = c.terms()
    visible = terms.rules.kind_label(Kind.COMPLAINT_VISIBLE, terms).text("nb")
    assert "21" in visible and "14" not in visible
    notice = terms.rules.kind_label(Kind.DELETION_NOTICE, terms).text("nb")
    assert "8" in notice and "5" not in notice


def test_an_oral_complaint_is_not_in_writing_wherever_a_verdict_is_shown():
    """OC 8.3: an oral complaint within the limits is "ikke skriftlig", never "i tide"."""
    c = Contract(customer_id=1, title="Drift", template="office_center", signed=date(2027, 1, 4))
    complaint = Complaint(
        contract_id=1,
        delivered=date(2027, 3, 1),
        complained=date(2027, 3, 5),
        channel=Channel.ORAL,
        nature="Feil",
        extent="Alt",
    )
    result = deadlines.complaint_limits(
        delivered=complaint.delivered,
        complained=complaint.complained,
        terms=c.terms(),
        in_writing=complaint.in_writing,
    )
    assert result.verdict is deadlines.Verdict.NOT_IN_WRITING
    for lang, word, timely in (
        ("nb", "ikke skriftlig", "i tide"),
        ("en", "not in writing", "in time"),
    ):
        verdict = result.verdict_step.text(lang)
        assert word in verdict and "OC 8.3" in verdict
        assert verdict != timely


def test_a_hidden_defect_long_after_discovery_is_not_plainly_in_time():
    """Discovered 01.02.2027, complained 92 days later, within OC 8.2's 12 months: the
    verdict says the year holds but "straks" is not met, with the days."""
    terms = Contract(
        customer_id=1, title="Drift", template="office_center", signed=date(2026, 1, 4)
    ).terms()
    discovered = date(2027, 2, 1)
    result = deadlines.complaint_limits(
        delivered=date(2026, 6, 1),
        discovered=discovered,
        complained=discovered + timedelta(days=92),
        terms=terms,
    )
    assert result.verdict is deadlines.Verdict.NOT_PROMPT
    nb = result.verdict_step.text("nb")
    en = result.verdict_step.text("en")
    assert nb != "i tide" and en != "in time"
    assert "straks" in nb and "92 dager" in nb and "OC 8.2" in nb
    assert "92 days" in en and "12 months" in en


def test_sodvin_7_6_caps_in_the_report_are_what_its_explanation_says(repos):  # noqa: ANN001
    """With refunds in earlier quarters, the report's cap table and its explanation come
    from one result: the amount used in the table is the one the explanation states (the
    PDF said "Brukt kr 2,04" in the table and "brukt kr 0,00" in the explanation), and it
    counts the earlier quarters' refunds and this one's."""
    from datetime import datetime

    from app.domain.explain import format_money
    from app.domain.periods import OSLO
    from app.domain.records import Incident
    from app.reports import availability_report as ar

    c = repos.contracts.add(
        Contract(
            customer_id=customer(repos).id,
            title="Azure drift",
            template="sodvin",
            signed=date(2025, 9, 16),
            ordinary_start=date(2025, 10, 14),
            delivered=date(2025, 10, 14),
            monthly_fee=Decimal("20000"),
            contract_sum=Decimal("30000"),
            establishment_sum=Decimal("5000"),
            annual_fee=Decimal("25000"),
        )
    )
    for first, hours in (
        (datetime(2026, 2, 3, 8, tzinfo=OSLO), 30),
        (datetime(2026, 5, 4, 8, tzinfo=OSLO), 40),
    ):
        repos.incidents.add(
            Incident(
                contract_id=c.id,
                start=first,
                end=first + timedelta(hours=hours),
                cause="supplier",
                description="Nede",
            )
        )
    now = datetime(2026, 7, 1, 12, tzinfo=OSLO)
    report = ar.build(repos, c.id, year=2026, quarter=2, now=now)
    caps = report.caps
    assert caps is not None
    q1 = ar.build(repos, c.id, year=2026, quarter=1, now=now).result.total
    assert q1 > 0 and report.result.total > 0
    assert caps.total.used == q1 + report.result.total  # the earlier claim and this one
    html = ar.report_html(report)
    explanation = html[html.index(ar._t("ar_h_explanation", "nb")) :]
    used = format_money(caps.total.used, "nb")
    assert used in html[: html.index(ar._t("ar_h_explanation", "nb"))]  # the table
    assert used.replace("\u00a0", "&nbsp;") in explanation or used in explanation
