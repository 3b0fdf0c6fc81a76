"""One translation path (issue 11 item 8): English explanations name holidays and the
contract's closed days in English, bokmål ones in Norwegian; no Norwegian words in an
English explanation of the calendar."""

from __future__ import annotations

from datetime import date

from app.domain import calculators
from app.domain.calendar import work_calendar
from app.domain.explain import DayName, format_value


def explain(name: str, data: dict, lang: str) -> str:
    return calculators.get(name)(data).explanation(lang)


def test_holidays_skipped_are_named_in_the_language_of_the_text():
    data = {"sent": "2027-03-24", "terms": "sodvin"}
    en = explain("approval", data, "en")
    nb = explain("approval", data, "nb")
    assert "Maundy Thursday" in en and "Good Friday" in en and "Easter Monday" in en
    assert "Skjærtorsdag" not in en and "Langfredag" not in en
    assert "Skjærtorsdag" in nb and "Andre påskedag" in nb and "Maundy" not in nb


def test_the_contracts_closed_days_in_english():
    terms = {"template": "office_center", "overrides": {"annual_closed_days": ["12-24", "12-31"], "extra_closed_dates": ["2027-12-27"]}}  # fmt: skip
    en = explain("deletion", {"ended": "2027-11-24", "terms": terms}, "en")
    assert "Christmas Eve skipped" in en
    assert "every year: 24.12., 31.12." in en and "hvert år" not in en
    assert "Julaften" not in en
    nb = explain("deletion", {"ended": "2027-11-24", "terms": terms}, "nb")
    assert "Julaften hoppet over" in nb and "hvert år: 24.12., 31.12." in nb


def test_a_day_name_is_the_norwegian_string_with_its_english_name():
    name = work_calendar().holiday_name(date(2028, 5, 17))
    assert isinstance(name, DayName) and name == "Grunnlovsdag"
    assert format_value(name, "", "en") == "Constitution Day"
    assert work_calendar().holiday_name(date(2027, 5, 1)).en == "Labour Day"  # British
    assert work_calendar().holiday_name(date(2027, 5, 18)) is None
