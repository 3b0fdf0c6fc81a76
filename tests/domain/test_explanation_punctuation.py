"""Explanations are pasted into e-mails: no double space where a holiday has no name, no
doubled period after a list of days that end in one (found in the calculators' texts)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from app.domain import deadlines
from app.domain.calendar import WorkCalendar
from app.domain.explain import render, step
from app.domain.terms import terms_for


def test_a_sunday_without_a_holiday_name_leaves_one_space():
    for lang in ("nb", "en"):
        text = render(
            step(
                "deadline_moved",
                what="8.1",
                date=date(2026, 11, 29),
                name="",
                moved=date(2026, 11, 30),
            ),
            lang,
        )
        assert "  " not in text
        assert "29.11.2026 er ikke" in text or "29.11.2026 is not" in text
    named = render(
        step(
            "deadline_moved",
            what="8.1",
            date=date(2026, 12, 25),
            name="Første juledag",
            moved=date(2026, 12, 28),
        ),
    )
    assert "fre. 25.12.2026 Første juledag er ikke en virkedag" in named


def test_the_yearly_closed_days_end_in_one_period():
    cal = WorkCalendar(annual_closed=("12-24", "12-31"))
    texts = [render(s, lang) for s in deadlines.calendar_steps(cal) for lang in ("nb", "en")]
    assert "Avtalen har også disse stengte dagene hvert år: 24.12., 31.12." in texts
    assert not any(".." in text for text in texts)


@given(st.text(alphabet="ab. ", max_size=6))
def test_a_value_is_shown_whole_except_for_a_period_or_space_the_text_repeats(name):
    text = render(step("holiday_skipped", date=date(2026, 12, 25), name=name))
    assert text.startswith("fre. 25.12.2026")
    assert text.endswith("hoppet over (ikke virkedag).")
    assert name.strip(" ") in text or name == ""


def test_the_sodvin_term_speaks_of_a_termination_received_that_day_not_of_one_received():
    # the contract form shows it for today with no termination recorded: it read as a
    # fact ("Oppsigelse mottatt tor. 03.12.2026 er innen fristen: avtalen slutter …")
    result = deadlines.sodvin_term(
        ordinary_start=date(2026, 12, 15),
        terms=terms_for("sodvin"),
        on=date(2026, 12, 3),
    )
    texts = [s.text("nb") for s in result.steps]
    assert any(
        t.startswith("En oppsigelse mottatt tor. 03.12.2026 er innen fristen") for t in texts
    )
    assert any("avtalen slutter da" in t for t in texts)
