"""Date fields with a calendar popup that marks Norwegian public holidays by name."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QCheckBox, QDateEdit, QHBoxLayout, QWidget

from app.domain.calendar import work_calendar

from ..fmt import DATE_FORMAT, pydate, qdate


class HolidayCalendar(QCalendarWidget):
    """A month view where holidays are red and bold, with their name as tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        weekend = QTextCharFormat()
        weekend.setForeground(QColor("#8a8a8a"))
        self.setWeekdayTextFormat(Qt.DayOfWeek.Saturday, weekend)
        self.setWeekdayTextFormat(Qt.DayOfWeek.Sunday, weekend)
        self._marked: set[int] = set()
        self.currentPageChanged.connect(self._mark_year)
        self._mark_year(self.yearShown(), self.monthShown())

    def _mark_year(self, year: int, _month: int = 1) -> None:
        if year in self._marked or not 1900 < year < 2200:
            return
        self._marked.add(year)
        cal = work_calendar()
        holiday = QTextCharFormat()
        holiday.setForeground(QColor("#b3261e"))
        holiday.setFontWeight(QFont.Weight.Bold)
        day, end = date(year, 1, 1) - timedelta(days=7), date(year, 12, 31) + timedelta(days=7)
        while day <= end:  # weekend holidays too (17 May on a Sunday is still marked)
            name = cal.public_holiday_name(day)
            if name:
                fmt = QTextCharFormat(holiday)
                fmt.setToolTip(name)
                self.setDateTextFormat(qdate(day), fmt)
            day += timedelta(days=1)

    def holiday_marked(self, day: date) -> bool:
        """Whether ``day`` is shown as a holiday (for tests)."""
        return bool(self.dateTextFormat(qdate(day)).toolTip())


class DateEdit(QDateEdit):
    """A date field: type ``dd.MM.yyyy`` or press Alt+Down (F4) for the holiday calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setCalendarWidget(HolidayCalendar(self))
        self.setDate(QDate.currentDate())
        self.setMinimumDate(QDate(1990, 1, 1))
        self.setMaximumDate(QDate(2100, 12, 31))

    def value(self) -> date:
        return pydate(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(qdate(value))


class OptionalDateEdit(QWidget):
    """A date that may be left out: a check box turns the date field on."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = DateEdit(self)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.check.setToolTip(self.tr("Set a date"))

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on:
            self.edit.setFocus()
        self.changed.emit()

    def value(self) -> date | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self.edit.set_value(value)
        self.check.setChecked(value is not None)
