"""What the packaged program carries (build/bundle.py): the filters keep what the
program needs and drop what it does not; nothing of the standard library that is left
out is imported by any module of ours."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import bundle
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("libcups.so.2", False),
        ("libstdc++.so.6", False),
        ("libxcb-cursor.so.0", True),
    ],
)
def test_binaries_kept_and_left_out(dest, kept):
    assert bundle.binary_kept(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("holidays/locale/no/LC_MESSAGES/NO.mo", True),
        ("holidays/locale/en_US/LC_MESSAGES/NO.mo", True),
        ("holidays/locale/en_US/LC_MESSAGES/SE.mo", False),
        ("holidays/locale/sv/LC_MESSAGES/NO.mo", False),
        ("tzdata/zoneinfo/Europe/Oslo", True),
        ("tzdata/zoneinfo/UTC", True),
        ("tzdata/zoneinfo/Europe/Stockholm", False),
        ("tzdata/zoneinfo/America/New_York", False),
        ("resources/translations/avtalevakt_nb.qm", True),
        ("resources/translations/avtalevakt_nb.ts", False),
        ("resources/rates/forsinkelsesrente.csv", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
    ],
)
def test_data_kept_and_left_out(dest, kept):
    assert bundle.data_kept(dest) is kept


def test_tzdata_packages_of_the_kept_zones():
    assert bundle.tzdata_modules() == ["tzdata", "tzdata.zoneinfo", "tzdata.zoneinfo.Europe"]


def test_only_norway_of_the_holiday_countries():
    names = [
        "holidays.countries.norway",
        "holidays.countries.sweden",
        "holidays.financial.ny_stock_exchange",
    ]
    assert bundle.holidays_excludes(names) == names[1:]


def test_libraries_only_a_left_out_plugin_needed_go_with_it(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    graph = {
        "/src/_ext.cpython-311-x86_64-linux-gnu.so": ["liba.so.1"],
        "/src/liba.so.1": ["libb.so.2"],
        "/src/libb.so.2": ["libc.so.6"],
        "/src/libunused.so.3": ["libb.so.2"],
        "/src/libqxcb.so": ["libxcb-cursor.so.0"],
        "/src/libxcb-cursor.so.0": [],
    }
    binaries = [
        (
            "_ext.cpython-311-x86_64-linux-gnu.so",
            "/src/_ext.cpython-311-x86_64-linux-gnu.so",
            "EXTENSION",
        ),
        ("liba.so.1", "/src/liba.so.1", "BINARY"),
        ("libb.so.2", "/src/libb.so.2", "BINARY"),
        ("libunused.so.3", "/src/libunused.so.3", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
    ]
    kept = [dest for dest, _s, _k in bundle.needed_only(binaries, graph.__getitem__)]
    assert kept == [d for d, _s, _k in binaries if d != "libunused.so.3"]


def test_links_to_left_out_libraries_are_dropped():
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6EglFsKmsSupport.so.6", "PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", "SYMLINK"),
    ]
    assert bundle.without_dangling_links(binaries, datas) == (binaries, datas[:1])


def _imports_in(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def _left_out(name: str) -> bool:
    return any(name == m or name.startswith(m + ".") for m in bundle.STDLIB_EXCLUDES)


def test_no_module_of_ours_imports_what_the_build_leaves_out():
    """Every import statement in app/, also those inside functions."""
    found = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / "app").rglob("*.py")
        for name in _imports_in(path)
        if _left_out(name)
    }
    assert not found


def test_importing_the_whole_program_loads_nothing_the_build_leaves_out():
    """Every module of app (and the libraries they import, the PostgreSQL client and the
    password store among them) imported in a fresh process: none of the standard
    library the build leaves out is loaded."""
    code = """
import importlib, json, os, pkgutil, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import app
for info in pkgutil.walk_packages(app.__path__, "app."):
    if not info.name.endswith("__main__"):
        importlib.import_module(info.name)
for optional in ("psycopg", "keyring", "keyring.backends.SecretService"):
    try:
        importlib.import_module(optional)
    except ImportError:
        pass
print(json.dumps(sorted(sys.modules)))
"""
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert run.returncode == 0, run.stderr
    loaded = json.loads(run.stdout.splitlines()[-1])
    assert [m for m in loaded if _left_out(m)] == []
