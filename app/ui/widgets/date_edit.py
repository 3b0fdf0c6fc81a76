"""Date and time fields: typed text (``15.03.2027``), read by ``parsing``, with a calendar
popup (Alt+Down or F4) that marks Norwegian public holidays by name.

They are line edits, not Qt's sectioned date editors: typing a whole date over a
selection gives that date, paste works, and an impossible date (31.02.2027) is a
message under the field, never a silent correction. Up/Down move a day,
Page Up/Page Down a month. An optional field is simply left empty.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QPainter, QPixmap, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QVBoxLayout, QWidget

from app import clock
from app.domain.calendar import work_calendar

from ..fmt import pydate, qdate
from ..i18n import lang
from .parsing import FIRST_DATE, LAST_DATE, InputProblem, parse_date, parse_datetime


class HolidayCalendar(QCalendarWidget):
    """A month view where holidays are red and bold, with their name as tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setMinimumDate(qdate(FIRST_DATE))
        self.setMaximumDate(qdate(LAST_DATE))
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
        holiday.setForeground(QColor("#b3261e"))  # a "red day" (not a tones.Tone: no verdict)
        holiday.setFontWeight(QFont.Weight.Bold)
        day, end = date(year, 1, 1) - timedelta(days=7), date(year, 12, 31) + timedelta(days=7)
        while day <= end:  # weekend holidays too (17 May on a Sunday is still marked)
            name = cal.public_holiday_name(day)
            if name:
                fmt = QTextCharFormat(holiday)
                fmt.setToolTip(name.text(lang()))  # Maundy Thursday in English
                self.setDateTextFormat(qdate(day), fmt)
            day += timedelta(days=1)

    def holiday_marked(self, day: date) -> bool:
        """Whether ``day`` is shown as a holiday (for tests)."""
        return bool(self.dateTextFormat(qdate(day)).toolTip())


def _calendar_icon() -> QIcon:
    """A small calendar glyph drawn here (no icon theme is needed)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#5f6368"))
    painter.drawRoundedRect(1, 3, 14, 12, 2, 2)
    painter.fillRect(1, 3, 15, 4, QColor("#5f6368"))
    for x in (4, 8, 12):
        for y in (9, 12):
            painter.fillRect(x - 1, y - 1, 2, 2, QColor("#5f6368"))
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QWidget):
    """The holiday calendar as a popup under a field; ``picked(date)`` on Enter or a click."""

    picked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = HolidayCalendar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(pydate(day))


class TypedDateEdit(QLineEdit):
    """A date or time as typed; ``value()`` is the value or None, ``problem()`` why not.

    ``changed`` is emitted on every edit. Subclasses say how the text is read and
    written (``_parse``, ``_format``)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setPlaceholderText(self.placeholder_text())
        self._problem = ""
        self._value: Any = None
        self.popup: CalendarPopup | None = None
        action = self.addAction(_calendar_icon(), QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(self.tr("Calendar (Alt+Down)"))
        action.triggered.connect(self.show_calendar)
        self.textChanged.connect(self._read)
        self.editingFinished.connect(self._tidy)
        self._read(self.text())

    # --- subclasses -------------------------------------------------------------------

    def placeholder_text(self) -> str:
        return ""

    def _parse(self, text: str) -> Any:
        raise NotImplementedError

    def _format(self, value: Any) -> str:
        raise NotImplementedError

    def _day(self) -> date | None:
        return self._value if isinstance(self._value, date) else None

    def _with_day(self, day: date) -> Any:
        return day

    # --- value ------------------------------------------------------------------------

    def _read(self, text: str) -> None:
        try:
            self._value = self._parse(text)
            self._problem = ""
            if self._value is None and not self.optional:
                self._problem = self.tr("is required")
        except InputProblem as exc:
            self._value, self._problem = None, str(exc)
        self.changed.emit()

    def _tidy(self) -> None:
        """Leaving the field: a valid entry is shown in the one format (15.3.27 → 15.03.2027)."""
        if self._value is not None and not self._problem:
            tidy = self._format(self._value)
            if tidy != self.text():
                self.blockSignals(True)
                self.setText(tidy)
                self.blockSignals(False)

    def value(self) -> Any:
        return self._value

    def problem(self) -> str:
        """Why the text is not a value ('' when it is, or when it is empty and optional)."""
        return self._problem

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else self._format(value))
        if self.signalsBlocked():  # (textChanged did not reach _read)
            self._read(self.text())

    # --- keys and the calendar --------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.show_calendar()
            return
        steps = {
            Qt.Key.Key_Up: 1,
            Qt.Key.Key_Down: -1,
            Qt.Key.Key_PageUp: 31,
            Qt.Key.Key_PageDown: -31,
        }
        if key in steps and not alt:
            day = self._day()
            if day is not None:
                step = steps[key]
                if abs(step) == 31:
                    moved = qdate(day).addMonths(1 if step > 0 else -1)
                    new = pydate(moved)
                else:
                    new = day + timedelta(days=step)
                if FIRST_DATE <= new <= LAST_DATE:
                    self.set_value(self._with_day(new))
                    self.selectAll()
                return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        day = self._day() or clock.today()
        self.popup.calendar.setSelectedDate(qdate(day))
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.calendar.setFocus()

    def _picked(self, day: date) -> None:
        self.set_value(self._with_day(day))
        self.setFocus()


class DateEdit(TypedDateEdit):
    """A date, typed ``dd.mm.åååå`` (also 15.3.27, 2027-03-15, 15032027)."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent, optional=optional)
        if not optional:
            self.set_value(clock.today())

    def placeholder_text(self) -> str:
        return self.tr("dd.mm.yyyy")

    def _parse(self, text: str) -> date | None:
        return parse_date(text)

    def _format(self, value: date) -> str:
        return value.strftime("%d.%m.%Y")


class OptionalDateEdit(DateEdit):
    """A date that may be left out: empty is None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, optional=True)


class DateTimeEdit(TypedDateEdit):
    """A local (Oslo) wall time, typed ``dd.mm.åååå tt:mm``; naive (the model makes it Oslo).

    A time in October's repeated hour is only a value once it is said which of the two
    it is (``set_fold``: 0 summer time, the first; 1 winter time, the second; the form
    asks, ``repeated_hour.RepeatedHourChoice``): then ``value()`` is that aware instant.
    """

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        self.fold: int | None = None
        super().__init__(parent, optional=optional)
        if not optional:
            now = clock.wall_now()
            self.set_value(now.replace(minute=0, second=0, microsecond=0))

    def placeholder_text(self) -> str:
        return self.tr("dd.mm.yyyy hh:mm")

    def _parse(self, text: str) -> datetime | None:
        return parse_datetime(text)

    def _format(self, value: datetime) -> str:
        return value.strftime("%d.%m.%Y %H:%M")

    def _day(self) -> date | None:
        return self._value.date() if isinstance(self._value, datetime) else None

    def _with_day(self, day: date) -> datetime:
        clock = self._value.time() if isinstance(self._value, datetime) else datetime.min.time()
        return datetime.combine(day, clock)

    def _read(self, text: str) -> None:
        before = self._value
        super()._read(text)
        if self._value != before:
            self.fold = None  # another wall time: which of a repeated hour's is asked again

    def value(self) -> Any:
        from app.domain.periods import OSLO, WallTime, wall_time

        value = self._value
        repeated = isinstance(value, datetime) and wall_time(value) is WallTime.REPEATED
        if repeated and self.fold is not None:
            return value.replace(tzinfo=OSLO, fold=self.fold)
        return value

    def set_fold(self, fold: int | None) -> None:
        """Which of October's repeated hours the time is (0 summer, 1 winter time)."""
        self.fold = fold
        self.changed.emit()

    def set_value(self, value: Any) -> None:
        fold = None
        if isinstance(value, datetime) and value.tzinfo is not None:
            from app.domain.periods import OSLO

            local = value.astimezone(OSLO)
            fold, value = local.fold, local.replace(tzinfo=None, fold=0)
        super().set_value(value)
        self.fold = fold
