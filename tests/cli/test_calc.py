"""The ``calc`` command as scripts use it (RULES.md section 10)."""

import io
import json
import subprocess
import sys

import pytest

from app.cli import run_command
from app.cli.calc import run_batch


def calc(capsys, *args):
    status = run_command(["calc", *args])
    out = capsys.readouterr().out
    return status, json.loads(out)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["approval", "--sent", "2026-04-29"],
            {"first_day": "2026-04-30", "last_day": "2026-05-15", "delivery_day": "2026-05-18"},
        ),
        (
            ["deletion", "--ended", "2026-06-30"],
            {
                "latest_deletion": "2026-07-30",
                "notice_by": "2026-07-23",
                "copy_order_by": "2026-07-27",
            },
        ),
        (
            [
                "sodvin_refund",
                "--fee",
                "20000",
                "--uptime",
                "99.5",
                "--downtime-hours",
                "15",
                "--quarter",
                "2026Q2",
            ],
            {"period_hours": "2184", "availability": "99.3132", "refund": "37.55"},
        ),
        (
            ["oc_reduction", "--monthly-fee", "8000", "--availability", "99.12"],
            {"shortfall_pp": "0.38", "uncapped": "912.00", "cap": "8000.00", "reduction": "912.00"},
        ),
        (["oc_termination", "--received", "2026-11-30"], {"end": "2027-02-28"}),
        (["change_notice", "--effective", "2027-03-01"], {"publish_by": "2026-12-31"}),
        (
            ["sodvin_term", "--ordinary-start", "2026-01-15", "--on", "2026-11-01"],
            {"notice_deadline": "2026-10-31", "earliest_end": "2028-01-31"},
        ),
        (
            [
                "payment",
                "--invoice-date",
                "2026-03-26",
                "--amount",
                "10000",
                "--paid",
                "2026-08-15",
            ],
            {"due": "2026-04-07", "days_late": 130, "interest": "430.55"},
        ),
        (
            ["complaint", "--delivered", "2026-05-31", "--complained", "2026-06-15"],
            {"visible_defect_deadline": "2026-06-14", "timely": False},
        ),
        (
            [
                "complaint",
                "--delivered",
                "2026-05-31",
                "--complained",
                "2026-06-15",
                "--extend-to-working-day",
                "true",
            ],
            {"visible_defect_deadline": "2026-06-15", "timely": True},
        ),
        (
            ["approval", "--sent", "2026-12-18", "--extra-closed", "2026-12-24,2026-12-31"],
            {"last_day": "2027-01-07"},
        ),
    ],
)
def test_single_calculations(capsys, args, expected):
    status, answer = calc(capsys, *args)
    assert status == 0, answer
    assert {key: answer[key] for key in expected} == expected
    assert answer["steps"] and all(isinstance(s, str) for s in answer["steps"])


def test_steps_in_bokmaal_by_default_and_english_on_request(capsys):
    _, nb = calc(capsys, "approval", "--sent", "2026-04-29")
    _, en = calc(capsys, "approval", "--sent", "2026-04-29", "--lang", "en")
    assert any("Arbeidernes dag hoppet over" in s for s in nb["steps"])
    assert any("Labour Day skipped" in s for s in en["steps"])  # English names (issue 11)


def test_availability_with_incidents_as_json(capsys):
    incidents = json.dumps(
        [
            {"start": "2026-04-07T10:00", "end": "2026-04-07T16:00", "cause": "supplier"},
            {"start": "2026-04-07T12:00", "end": "2026-04-07T20:00", "cause": "supplier"},
        ]
    )
    status, answer = calc(
        capsys, "availability", "--terms", "sodvin", "--quarter", "2026Q2", "--incidents", incidents
    )
    assert status == 0, answer
    assert answer["downtime_hours"] == "10"
    assert answer["period_hours"] == "2184"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["nosuch", "--x", "1"], "nosuch"),
        (["approval"], "sent"),
        (["approval", "--sent", "2026-02-30"], "sent"),
        (["oc_reduction", "--monthly-fee", "-5", "--availability", "99"], "monthly_fee"),
        (["sodvin_refund", "--fee", "1000", "--uptime", "100", "--downtime-hours", "1", "--quarter", "2026Q1"], "uptime"),
        (["sodvin_refund", "--fee", "1000", "--uptime", "0", "--downtime-hours", "1", "--quarter", "2026Q1"], "uptime"),
        (["deletion", "--ended", "2026-06-30", "--deletion", "2026-08-30"], "deletion"),
        (["approval", "--sent", "2026-04-29", "--colour", "blue"], "colour"),
        (
            [
                "availability", "--terms", "sodvin", "--quarter", "2026Q2", "--incidents",
                '[{"start": "2026-04-07T10:00", "end": "2026-04-07T09:00", "cause": "supplier"}]',
            ],
            "end",
        ),
    ],
)  # fmt: skip
def test_bad_input_answers_error_naming_the_field_with_status_2(capsys, args, field):
    status, answer = calc(capsys, *args)
    assert status == 2
    assert set(answer) == {"error"}
    assert field in answer["error"]


def test_batch_answers_every_line_in_order():
    lines = "\n".join(
        [
            json.dumps({"id": 1, "calc": "approval", "sent": "2026-04-29"}),
            "not json",
            json.dumps({"id": 3, "calc": "approval", "sent": "2026-02-30"}),
            "",
            json.dumps({"id": 5, "calc": "oc_termination", "received": "2026-11-30"}),
            json.dumps([1, 2]),
        ]
    )
    out = io.StringIO()
    status = run_batch(io.StringIO(lines + "\n"), out, "en")
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(answers) == 6
    assert answers[0]["id"] == 1 and answers[0]["last_day"] == "2026-05-15"
    assert "error" in answers[1]
    assert answers[2]["id"] == 3 and "sent" in answers[2]["error"]
    assert "error" in answers[3]
    assert answers[4]["end"] == "2027-02-28"
    assert "error" in answers[5]
    assert status == 1


def test_module_entry_point_and_exit_status():
    ok = subprocess.run(
        [sys.executable, "-m", "app", "calc", "approval", "--sent", "2026-04-29"],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0 and json.loads(ok.stdout)["delivery_day"] == "2026-05-18"
    bad = subprocess.run(
        [sys.executable, "-m", "app", "calc", "approval", "--sent", "x"],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2 and "sent" in json.loads(bad.stdout)["error"]


def test_calc_name_help_lists_the_calculators_keys(capsys):  # noqa: ANN001
    # "calc NAVN --help" showed only the general help: a user could not find the keys
    from app.domain import calculators

    with pytest.raises(SystemExit) as ended:
        run_command(["calc", "approval", "--help"])
    assert ended.value.code == 0
    out = capsys.readouterr().out
    assert "nøkler for approval:" in out
    assert "--sent DATO  (må oppgis)" in out
    assert "--working-days HELTALL  (standard: avtalevilkårene)" in out
    for name in calculators.names():  # every field of every calculator, as a key
        with pytest.raises(SystemExit):
            run_command(["calc", name, "--help", "--lang", "en"])
        out = capsys.readouterr().out
        assert f"keys of {name}:" in out
        for field in calculators.get(name).input_model.model_fields:
            assert f"--{field.replace('_', '-')} " in out, (name, field)
