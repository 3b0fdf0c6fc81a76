"""The line under a contract's history: "Historikken er uendret (kontrollert …)".

The whole history chain of the file is checked (``app.storage.verify.check_chain``) on
the worker, with a connection of its own, each time the history is shown again; the
line says when it was checked, how many entries the chain holds and the last hash (a
receipt a user can quote in a dispute), or, in red, the first broken entry.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from .i18n import lang
from .tones import Tone


class HistoryCheck(QLabel):
    def __init__(self, database: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setObjectName("historyCheck")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.job: Any = None
        self.report: Any = None
        self.checked_at: datetime | None = None

    def start(self) -> Any:
        """Check the chain again (a check still running is left to finish)."""
        if self.database is None or (self.job is not None and not self.job.done):
            return self.job
        from .worker import Job

        database = self.database

        def task(job: Any) -> Any:
            from app.storage.verify import check_chain

            with database.reopen() as own:  # a failure to read says what it is
                return check_chain(own)

        if self.report is None:
            self.setText(QCoreApplication.translate("HistoryCheck", "Checking the history …"))
        self.job = Job(task)
        self.job.finished.connect(self._show)
        self.job.failed.connect(self._failed)
        self.job.start()
        return self.job

    def _show(self, report: Any) -> None:
        self.report = report
        self.checked_at = datetime.now().astimezone()
        when = self.checked_at.strftime("%d.%m.%Y %H:%M")
        if report.ok:
            text = (
                QCoreApplication.translate(
                    "HistoryCheck",
                    "The history is unchanged (checked %1: %2 entries in the chain, last hash %3)",
                )
                .replace("%1", when)
                .replace("%2", str(report.chained))
                .replace("%3", (report.head or "")[:16])
            )
            if report.unchained:
                text += " " + QCoreApplication.translate(
                    "HistoryCheck", "%1 entries are from before the chain."
                ).replace("%1", str(report.unchained))
            self.setStyleSheet("color: #1e6b34;")
        else:
            text = (
                QCoreApplication.translate("HistoryCheck", "The history is BROKEN (checked %1): %2")
                .replace("%1", when)
                .replace("%2", report.first_break.text(lang()))
            )
            self.setStyleSheet(f"color: {Tone.BAD.value}; font-weight: 600;")
        self.setText(text)

    def _failed(self, error: BaseException) -> None:
        text = error.text(lang()) if hasattr(error, "text") else str(error)
        self.setStyleSheet(f"color: {Tone.BAD.value};")
        self.setText(
            QCoreApplication.translate(
                "HistoryCheck", "The history could not be checked: %1"
            ).replace("%1", text)
        )
