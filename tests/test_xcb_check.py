"""Before Qt starts on Linux, missing window libraries are named with their packages."""

import subprocess
import sys
from pathlib import Path

import pytest

from app import xcb_check

ROOT = Path(__file__).resolve().parent.parent
QT = Path(__import__("PySide6").__file__).parent / "Qt"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")
def test_the_table_names_every_library_qt_links_for_a_window():
    sys.path.insert(0, str(ROOT / "build"))
    from elf import needed

    files = [QT / "plugins" / "platforms" / "libqxcb.so"] + [
        QT / "lib" / f"libQt6{name}.so.6" for name in ("XcbQpa", "Gui", "Core", "DBus", "Widgets")
    ]
    qt_own = {p.name for p in (QT / "lib").iterdir()}
    c_library = {"libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1"}
    linked = {lib for f in files for lib in needed(f)} - qt_own - c_library
    linked = {lib for lib in linked if not lib.startswith("ld-linux")}
    assert linked - set(xcb_check.LIBRARIES) == set()


def test_the_message_names_libraries_and_both_package_commands():
    text = xcb_check.message(["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-randr.so.0"])
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1, libxcb-randr.so.0" in text
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxcb-randr0\n" in text
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms libxcb\n" in text
    assert text.startswith("Avtalevakt kan ikke åpne et vindu")


def test_only_missing_libraries_are_named():
    gone = {"libxcb-cursor.so.0", "libEGL.so.1"}
    assert xcb_check.missing(lambda name: name not in gone) == [
        "libxcb-cursor.so.0",
        "libEGL.so.1",
    ]


@pytest.mark.parametrize(
    ("argv", "platform", "wayland", "expected"),
    [
        ([], "", "", True),
        ([], "xcb", "", True),
        ([], "offscreen", "", False),
        (["--screenshot", "x.png"], "", "", False),
        (["--help"], "", "", False),
        ([], "wayland;xcb", "", False),
    ],
)
def test_checked_only_when_qt_will_open_an_x11_window(
    monkeypatch, argv, platform, wayland, expected
):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", platform)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    assert xcb_check.will_use_xcb(argv) is expected


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")
def test_the_program_stops_before_qt_with_the_message():
    """``python -m app`` on a system without two of the libraries (the loader is told
    so): status 1, the packages named, and nothing of Qt was imported."""
    code = """
import sys
from app import xcb_check
xcb_check._loadable = lambda name: name not in {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
from app.__main__ import main
status = main([])
print("status", status, "qt imported:", "PySide6" in sys.modules)
"""
    # no zenity or kdialog on PATH: stderr is not a terminal here, which would show
    # the message in the desktop's dialog as well
    env = {"PATH": "/nonexistent", "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99", "HOME": "/tmp"}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert run.stdout.strip() == "status 1 qt imported: False"
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in run.stderr
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms" in run.stderr
