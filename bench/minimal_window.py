"""The yardstick for start-up: a minimal PySide6 window, started and painted like the app.

    python bench/minimal_window.py --screenshot FILE.png

Same steps as ``python -m app --screenshot`` (offscreen, 1280x800, shown without
showing on screen, five event-loop passes, grabbed to a PNG, exit), with nothing
of ours in it: what any PySide6 program pays to start and paint. Like the program,
it prints ``first-paint`` in the event-loop pass after its first paint when
``AVTALEVAKT_REPORT_FIRST_PAINT`` is set (the benchmark measures until that line).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--screenshot", type=Path, required=True)
    args, _rest = parser.parse_known_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    report = bool(os.environ.get("AVTALEVAKT_REPORT_FIRST_PAINT"))

    class Window(QMainWindow):
        painted = False

        def paintEvent(self, event):  # noqa: ANN001, ANN202, N802 - as MainWindow does
            if report and not self.painted:
                self.painted = True
                QTimer.singleShot(0, lambda: print("first-paint", flush=True))
            super().paintEvent(event)

    app = QApplication(sys.argv[:1])
    window = Window()
    window.setCentralWidget(QLabel("Hello"))
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(args.screenshot), "PNG")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
