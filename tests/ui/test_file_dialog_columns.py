"""The program's file dialog (Qt's own, ``files.SafeFileDialog``) shows its detail view's
columns whole at its first size.

A user exporting a list (Fil → Eksporter listen …) on a 1366×768 screen met the dialog at
Qt's default 644×408: "Størrelse" showed "22….KiB", and the name column took what the
others needed. The dialog now opens roomier (within the screen) and its size, type and
date columns are as wide as their widest texts, the name column taking the rest.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QFileSystemModel, QStyle, QTreeView

from app.ui import files
from app.ui.application import make_app


@pytest.fixture(autouse=True)
def own_qt_settings(tmp_path):  # noqa: ANN001, ANN201
    """Qt's file dialog keeps its header's widths in the user's QtProject.conf and reads
    them at the next dialog: here a file of the test's own, so no run sees another's."""
    from PySide6.QtCore import QSettings, QStandardPaths

    location = QStandardPaths.StandardLocation.GenericConfigLocation
    standard = QStandardPaths.writableLocation(location)
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))
    yield
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, standard)


def _folder(tmp_path):  # noqa: ANN001, ANN202
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "Avtaler").mkdir()
    (folder / "hendelser.csv").write_bytes(b"x" * 23456)  # 22,91 KiB
    # the widest size there is: 1 024,00 KiB (1 MiB less a byte)
    (folder / "kvartalsrapport Ringerike Regnskap 2026 K3.csv").write_bytes(b"x" * 1048575)
    return folder


def _shown(qtbot, folder, caption="Eksporter listen som CSV"):  # noqa: ANN001, ANN202
    dialog = files._dialog(None, caption, str(folder / "hendelser.csv"), "CSV (*.csv)")
    qtbot.addWidget(dialog)
    model = dialog.findChild(QFileSystemModel)
    with qtbot.waitSignal(model.directoryLoaded, timeout=10_000):
        dialog.show()
    tree = dialog.findChild(QTreeView, "treeView")
    root = model.index(str(folder))
    qtbot.waitUntil(lambda: model.rowCount(root) == 3 and bool(model.index(1, 1, root).data()))
    qtbot.wait(50)
    return dialog, tree, model, root


@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_column_of_the_detail_view_is_whole(qtbot, tmp_path, language):  # noqa: ANN001
    make_app(language)
    folder = _folder(tmp_path)
    dialog, tree, model, root = _shown(qtbot, folder)
    metrics = tree.fontMetrics()
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    header = tree.header()
    cut = []
    for row in range(model.rowCount(root)):
        for column in (1, 2, 3):  # size, type, date modified
            text = str(model.index(row, column, root).data() or "")
            if metrics.horizontalAdvance(text) + 2 * margin > header.sectionSize(column):
                cut.append((text, header.sectionSize(column)))
    assert cut == []
    header_margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in (1, 2, 3):
        title = str(model.headerData(column, header.orientation()))
        wanted = header.fontMetrics().horizontalAdvance(title) + 2 * header_margin
        assert header.sectionSize(column) >= wanted, title
    # the name column has the rest: 30 characters at least, and nothing beyond the edge
    assert header.sectionSize(0) >= 30 * metrics.horizontalAdvance("0")
    assert header.length() <= tree.viewport().width()
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    dialog.close()


def test_a_column_the_user_widened_stays_as_wide(qtbot, tmp_path):  # noqa: ANN001
    """Qt keeps the header's widths between dialogs (QtProject.conf): one the user made
    wider than the program's is kept; only a too narrow one is widened."""
    folder = _folder(tmp_path)
    dialog, tree, _model, _root = _shown(qtbot, folder)
    tree.header().resizeSection(2, 240)
    dialog.close()
    files.fit_columns(dialog)
    assert tree.header().sectionSize(2) == 240


def test_the_first_size_on_a_1366_by_768_laptop():
    """Roomier than Qt's 644×408, and inside a 1366×768 screen less its panel, title bar
    included."""
    width, height = files.dialog_size(QRect(0, 0, 1366, 740))
    assert 880 <= width <= 1366 - 40
    assert 540 <= height <= 740 - 60
    width, height = files.dialog_size(QRect(0, 0, 800, 600))  # a small screen: inside it
    assert width <= 800 - 40 and height <= 600 - 60
