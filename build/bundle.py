"""What the packaged program carries, and what it leaves out (issue 16).

Read by ``avtalevakt.spec``; every decision is here, with its reason, so the spec only
applies them. PyInstaller collects what the imports reach and what the hooks add; that
is far more than the program uses (187 MB for the one-folder build before this). Left
out, and why it is safe:

- **Qt modules and plugins the program does not use.** Only these plugins stay: the
  platforms that open a window (xcb, Windows, Cocoa) and the offscreen one
  (``--selftest``, ``--screenshot``, letters on a machine without a display); the
  compose and IBus input contexts (dead keys and input methods on Linux); SVG and ICO
  images and icons; CUPS printing; the desktop-portal theme (file dialogs in Flatpak).
  The **GTK 3 platform theme** is left out: the program draws itself in Qt's Fusion
  style, and the theme pulled in GTK, Pango, Cairo, GnuTLS, Kerberos and systemd
  (about 20 MB of the build machine's libraries).
- **Shared libraries nothing kept needs** (Linux): after the filters, every library is
  kept only if a kept extension module, plugin or library names it (``DT_NEEDED``,
  read by :mod:`elf`), so what a dropped plugin alone pulled in goes with it.
- **Libraries that belong to the system** (:data:`FROM_THE_SYSTEM`): the C++ runtime,
  zlib, GLib, fontconfig, FreeType, X11 and the other base libraries of every Linux
  desktop, as AppImage's excludelist names them, and ``libcups`` (printing is the
  system's CUPS; where it is missing, the print dialog offers PDF only).
- **ICU's data** is cut to Norwegian and English (:mod:`icu_data`).
- **Holidays**: only Norway's module and its bokmål and English names
  (``app/domain/calendar.py`` imports Norway's module alone).
- **Time zones**: only Europe/Oslo and UTC from ``tzdata`` (Windows has no zone files;
  Linux and macOS use the system's first).
- **Standard library**: the modules below, which no part of the program imports
  (checked by ``tests/build/test_bundle.py`` on every module of ``app``). Python's
  ``ssl`` stays although no connection of ours uses it: psycopg imports it so that
  Python sets up OpenSSL before libpq does.
- **Binaries are stripped** on Linux and macOS (``strip`` from binutils): the Python
  library alone was 22 MB with its symbols, 4 MB without.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import PurePosixPath

# Qt modules the program does not use. Excluding the Python modules is not enough:
# their shared libraries and plugins are filtered out of the binaries too.
# QtDBus stays: libQt6Gui links it on Linux.
QT_EXCLUDES = [
    "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuickTest", "QtDesigner",
    "QtNetwork", "QtOpenGL", "QtOpenGLWidgets", "QtSql", "QtTest", "QtXml",
    "QtHelp", "QtMultimedia", "QtMultimediaWidgets", "QtConcurrent", "QtUiTools",
    "QtSvgWidgets", "QtPdf", "QtPdfWidgets", "QtWebEngineCore", "QtWebEngineWidgets",
    "QtWebChannel", "QtWebSockets", "QtBluetooth", "QtNfc", "QtPositioning", "QtSensors",
    "QtSerialPort", "QtStateMachine", "QtTextToSpeech", "Qt3DCore", "QtCharts",
    "QtDataVisualization", "QtGraphs", "QtRemoteObjects", "QtScxml", "QtSpatialAudio",
    "QtHttpServer", "QtLocation", "QtNetworkAuth", "QtAxContainer", "QtQuick3D",
]  # fmt: skip
QT_LIB_MARKERS = [name.replace("Qt", "Qt6", 1) for name in QT_EXCLUDES] + [
    "Qt6VirtualKeyboard", "Qt6QmlModels", "Qt6QmlWorkerScript", "Qt6QuickTemplates2",
    "Qt6QuickShapes", "Qt6QuickLayouts", "Qt6QmlMeta", "Qt6QuickControls2Impl", "Qt6Wayland",
    "Qt6EglFS", "Qt6EglFs", "Qt6WlShell", "/qml/", "\\qml\\",
]  # fmt: skip

#: plugin folder -> plugins kept, by file name without ``lib`` and suffix (Linux
#: ``libqxcb.so``, Windows ``qwindows.dll``, macOS ``libqcocoa.dylib``); every other
#: folder (styles, TLS, generic input, EGL, GL integrations ...) goes whole
QT_PLUGINS: dict[str, set[str]] = {
    "platforms": {"qxcb", "qoffscreen", "qwindows", "qcocoa"},
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "platformthemes": {"qxdgdesktopportal"},
    "printsupport": {"cupsprintersupport", "windowsprintersupport", "cocoaprintersupport"},
    "imageformats": {"qsvg", "qico"},
    "iconengines": {"qsvgicon"},
}

#: libraries taken from the system, never bundled. The base libraries every Linux
#: desktop has, as the AppImage project's excludelist (the one linuxdeployqt applies to
#: Qt programs) names them: a copy from the build machine can only be older than the
#: system's, and breaks what the system loads beside it (graphics drivers need the
#: system's C++ library; an old fontconfig misreads a newer system's font settings).
#: And CUPS: printing is the system's, its client (with a TLS and Kerberos stack) too.
#: ``app/xcb_check.py`` names the package of any of them that is missing.
FROM_THE_SYSTEM = {
    "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1", "libuuid.so.1", "libexpat.so.1",
    "libglib-2.0.so.0", "libgthread-2.0.so.0", "libgobject-2.0.so.0", "libgio-2.0.so.0",
    "libfontconfig.so.1", "libfreetype.so.6", "libharfbuzz.so.0", "libX11.so.6",
    "libxcb.so.1", "libgpg-error.so.0", "libcom_err.so.2", "libp11-kit.so.0",
    "libEGL.so.1", "libGL.so.1", "libOpenGL.so.0", "libGLX.so.0", "libGLdispatch.so.0",
    "libcups.so.2",
    # D-Bus: the client library of the session bus every desktop runs (Qt talks to it for
    # the tray, portals, input methods); with it went the build machine's libsystemd and
    # libgcrypt (2.7 MB). PySide6 from pip takes it from the system as well.
    "libdbus-1.so.3",
}  # fmt: skip

#: PySide6 modules the program does not import whose Qt library other Qt libraries need
QT_PYTHON_ONLY_EXCLUDES = ["QtDBus"]

#: standard-library modules (and their submodules) no part of the program imports
STDLIB_EXCLUDES = [
    "tkinter", "unittest", "pydoc", "pydoc_data", "doctest", "pdb", "bdb", "lib2to3",
    "distutils", "ensurepip", "venv", "idlelib", "turtle", "turtledemo", "curses",
    "multiprocessing", "_pydecimal", "tarfile", "difflib", "xml", "xmlrpc", "pyexpat",
    "ftplib", "tomllib", "webbrowser", "pprint", "gzip", "mimetypes", "tracemalloc",
    "timeit", "shlex", "glob", "py_compile", "getopt", "netrc", "colorsys", "statistics",
    "_statistics", "mmap", "stringprep", "encodings.idna",
    # the codecs for Chinese, Japanese and Korean legacy encodings
    "_multibytecodec", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp",
    "_codecs_kr", "_codecs_tw", "encodings.big5", "encodings.big5hkscs", "encodings.cp932",
    "encodings.cp949", "encodings.cp950", "encodings.euc_jis_2004", "encodings.euc_jisx0213",
    "encodings.euc_jp", "encodings.euc_kr", "encodings.gb18030", "encodings.gb2312",
    "encodings.gbk", "encodings.hz", "encodings.iso2022_jp", "encodings.iso2022_jp_1",
    "encodings.iso2022_jp_2", "encodings.iso2022_jp_2004", "encodings.iso2022_jp_3",
    "encodings.iso2022_jp_ext", "encodings.iso2022_kr", "encodings.johab",
    "encodings.shift_jis", "encodings.shift_jis_2004", "encodings.shift_jisx0213",
]  # fmt: skip

#: third-party modules and tools the program never imports (tests, build tools)
OTHER_EXCLUDES = ["pytest", "hypothesis", "IPython", "PyInstaller", "setuptools", "pip"]
#: optional imports of libraries we use, for features we do not (psycopg adapts numpy
#: numbers when numpy is loaded: 38 MB with its BLAS, YAML and charset detection)
OTHER_EXCLUDES += ["numpy", "yaml", "charset_normalizer"]

#: holiday names kept: Norway's, in bokmål (``no``) and English
HOLIDAY_LOCALES = {"no", "en_US"}
HOLIDAY_COUNTRY = "NO"

#: time zones kept from tzdata (zoneinfo key)
TIME_ZONES = {"Europe/Oslo", "UTC"}


def _posix(dest: str) -> PurePosixPath:
    return PurePosixPath(dest.replace("\\", "/"))


def qt_plugin_kept(dest: str) -> bool:
    """Whether a bundled file that is a Qt plugin (``PySide6/Qt/plugins/X/Y``) stays."""
    path = _posix(dest)
    parts = path.parts
    if "plugins" not in parts or not parts or parts[0] != "PySide6":
        return True  # not a plugin
    folder = parts[parts.index("plugins") + 1] if parts[-1] != "plugins" else ""
    stem = path.name.split(".")[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return stem in QT_PLUGINS.get(folder, set())


def binary_kept(dest: str) -> bool:
    """Filters by name (the ``DT_NEEDED`` pass comes after, see :func:`needed_only`)."""
    if any(marker in dest for marker in QT_LIB_MARKERS):
        return False
    if _posix(dest).name in FROM_THE_SYSTEM:
        return False
    return qt_plugin_kept(dest)


def data_kept(dest: str) -> bool:
    path = _posix(dest)
    parts = path.parts
    if any(marker in dest for marker in QT_LIB_MARKERS):
        return False
    if parts[:3] == ("PySide6", "Qt", "translations") or parts[:2] == ("PySide6", "translations"):
        return False  # Qt's own catalogues: English needs none, bokmål is ours
    if parts[:2] == ("holidays", "locale"):
        # holidays/locale/<language>/LC_MESSAGES/<COUNTRY>.mo
        return len(parts) == 5 and parts[2] in HOLIDAY_LOCALES and path.stem == HOLIDAY_COUNTRY
    if parts[:2] == ("tzdata", "zoneinfo"):
        return "/".join(parts[2:]) in TIME_ZONES or path.name.startswith("__init__")
    if parts[:2] == ("resources", "translations") and path.suffix == ".ts":
        return False  # Linguist's sources; the program loads the compiled .qm files
    if parts[:2] == ("dateutil", "zoneinfo"):
        return False  # dateutil's own copy of the zone database (holidays uses its parser)
    return qt_plugin_kept(dest)


def tzdata_modules() -> list[str]:
    """The tzdata packages zoneinfo imports to read the kept zones."""
    modules = {"tzdata", "tzdata.zoneinfo"}
    for key in TIME_ZONES:
        folders = key.split("/")[:-1]
        for i in range(1, len(folders) + 1):
            modules.add(".".join(["tzdata", "zoneinfo", *folders[:i]]))
    return sorted(modules)


def holidays_excludes(all_modules: Iterable[str]) -> list[str]:
    """Every country and financial-market module of ``holidays`` except Norway's."""
    keep = {"holidays.countries", "holidays.countries.norway", "holidays.financial"}
    return sorted(
        m
        for m in all_modules
        if m.startswith(("holidays.countries.", "holidays.financial.")) and m not in keep
    )


def is_root(dest: str) -> bool:
    """A binary loaded by name at run time (an extension module, a Qt plugin, the
    Python library), not only as another binary's dependency."""
    path = _posix(dest)
    return (
        "plugins" in path.parts
        or ".cpython-" in path.name
        or ".abi3." in path.name
        or "lib-dynload" in path.parts
        or path.name.startswith("libpython")
    )


def needed_only(binaries: list[tuple], needed_of) -> list[tuple]:
    """``binaries`` (PyInstaller TOC entries: dest, source, kind) without the shared
    libraries that no kept root needs, directly or through other kept libraries.

    ``needed_of(source)`` gives a file's ``DT_NEEDED`` names. Libraries are matched by
    file name, as the dynamic loader matches them. Linux only: elsewhere the list is
    returned as it is.
    """
    if not sys.platform.startswith("linux"):
        return binaries
    by_name: dict[str, list[tuple]] = {}
    for entry in binaries:
        by_name.setdefault(_posix(entry[0]).name, []).append(entry)
    wanted: set[str] = set()
    todo = [entry for entry in binaries if is_root(entry[0])]
    while todo:
        dest, source, kind = todo.pop()
        name = _posix(dest).name
        if name in wanted:
            continue
        wanted.add(name)
        if kind == "SYMLINK":
            continue  # a link: its target is an entry of its own
        for lib in needed_of(source):
            if lib not in wanted:
                todo.extend(by_name.get(lib, []))
    return [entry for entry in binaries if _posix(entry[0]).name in wanted]


def without_dangling_links(binaries: list[tuple], datas: list[tuple]) -> tuple[list, list]:
    """Both lists without the ``SYMLINK`` entries whose target was left out.

    PyInstaller links some libraries into the top folder (``libQt6Core.so.6`` ->
    ``PySide6/Qt/lib/libQt6Core.so.6``); a link to a library the filters dropped
    would be left dangling in the build."""
    present = {_posix(dest) for dest, _source, kind in binaries + datas if kind != "SYMLINK"}

    def kept(entry: tuple) -> bool:
        dest, target, kind = entry
        return (
            kind != "SYMLINK"
            or (_posix(dest).parent / target) in present
            or _posix(target) in present
        )

    return [e for e in binaries if kept(e)], [e for e in datas if kept(e)]
