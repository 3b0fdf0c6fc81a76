"""Before Qt starts on Linux: are the system libraries for a window there?

Qt's X11 platform plugin (xcb) needs about twenty system libraries. When one is
missing, Qt aborts with a message that names at most ``libxcb-cursor0`` (seen on a
fresh Ubuntu where it was ``libxcb-icccm4`` and ``libxcb-keysyms1`` that were missing).
This check loads each library the plugin and Qt's GUI libraries link to, the way the
dynamic loader will (so the packaged program's own copies count), and names every
missing one with its Debian/Ubuntu and Fedora package in one message, before anything
of Qt is imported. Standard library only.

The table is the ``DT_NEEDED`` list of PySide6's ``libqxcb.so``, ``libQt6XcbQpa``,
``libQt6Gui``, ``libQt6Core`` and ``libQt6DBus`` without Qt's own libraries and the C
library; ``tests/test_xcb_check.py`` reads those files and fails when PySide6 starts
linking a library the table does not name.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

#: library -> (Debian/Ubuntu package, Fedora package)
LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libzstd.so.1": ("libzstd1", "libzstd"),
    "libz.so.1": ("zlib1g", "zlib"),
    "libstdc++.so.6": ("libstdc++6", "libstdc++"),
    "libgcc_s.so.1": ("libgcc-s1", "libgcc"),
}

#: the packages a fresh desktop most often lacks, for README's one install line
#: (the rest come with any desktop)
USUALLY_MISSING = [
    "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-image.so.0",
    "libxcb-render-util.so.0", "libxkbcommon-x11.so.0", "libEGL.so.1",
]  # fmt: skip


def _loadable(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def will_use_xcb(argv: list[str]) -> bool:
    """Whether Qt is about to open an X11 window (the check is for that case only)."""
    if not sys.platform.startswith("linux"):
        return False
    if any(a in argv for a in ("--screenshot", "-h", "--help")):
        return False  # offscreen, or no window at all
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(";")[0].split(":")[0] == "xcb"
    if os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland":
        # Qt prefers its Wayland plugin there, when it has one (pip's PySide6 has; the
        # packaged program carries only xcb and uses XWayland)
        return not _wayland_plugin_present()
    return True


def _wayland_plugin_present() -> bool:
    import importlib.util

    if getattr(sys, "frozen", False):
        base = Path(getattr(sys, "_MEIPASS", "."))
    else:
        spec = importlib.util.find_spec("PySide6")
        if spec is None or not spec.submodule_search_locations:
            return False
        base = Path(next(iter(spec.submodule_search_locations))).parent
    return any(base.glob("PySide6/Qt/plugins/platforms/libqwayland*"))


def missing(loadable=None) -> list[str]:
    """The libraries of :data:`LIBRARIES` that cannot be loaded, in table order."""
    loadable = loadable or _loadable
    return [name for name in LIBRARIES if not loadable(name)]


def message(names: list[str]) -> str:
    """One message, bokmål first, naming the libraries and the commands that install them."""
    debian = " ".join(dict.fromkeys(LIBRARIES[n][0] for n in names))
    fedora = " ".join(dict.fromkeys(LIBRARIES[n][1] for n in names))
    libs = ", ".join(names)
    return (
        f"Avtalevakt kan ikke åpne et vindu: disse systembibliotekene mangler: {libs}.\n"
        f"Avtalevakt cannot open a window: these system libraries are missing: {libs}.\n"
        f"\n"
        f"  Debian/Ubuntu:  sudo apt-get install {debian}\n"
        f"  Fedora:         sudo dnf install {fedora}\n"
    )


def install_line(system: str = "debian", names: list[str] | None = None) -> str:
    """The install command for ``names`` (default: the packages a fresh desktop most
    often lacks, README's line) on Debian/Ubuntu or Fedora."""
    column = 0 if system == "debian" else 1
    wanted = USUALLY_MISSING if names is None else names
    packages = " ".join(dict.fromkeys(LIBRARIES[n][column] for n in wanted))
    return f"sudo apt-get install {packages}" if column == 0 else f"sudo dnf install {packages}"


def check(argv: list[str]) -> int:
    """0 when Qt can start (or will not use xcb); else the message is shown and 1 returned."""
    if not will_use_xcb(argv):
        return 0
    names = missing()
    if not names:
        return 0
    text = message(names)
    print(text, file=sys.stderr, end="")
    if not (sys.stderr and sys.stderr.isatty()):
        _show_without_qt(text)  # started from the menu: nobody reads stderr
    return 1


def _show_without_qt(text: str) -> None:
    """The message in a dialog of the desktop's own, when one of its tools is there."""
    import shutil
    import subprocess

    for command in (["zenity", "--error", "--no-markup", "--text"], ["kdialog", "--error"]):
        if shutil.which(command[0]):
            try:
                subprocess.run([*command, text], timeout=600, check=False)
            except (OSError, subprocess.SubprocessError):
                continue
            return
