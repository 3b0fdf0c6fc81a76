"""Layers import in one direction only: ui -> sync/reports -> storage -> domain (ARCHITECTURE.md).

``app.resources`` is a standard-library leaf every layer may use.
"""

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"

FORBIDDEN = {
    "domain": (
        "app.storage",
        "app.ui",
        "app.cli",
        "app.reports",
        "app.sync",
        "PySide6",
        "sqlite3",
        "sqlite_utils",
    ),
    "storage": ("app.ui", "app.cli", "app.reports", "app.sync", "PySide6"),
    "sync": ("app.ui", "app.cli", "app.reports", "PySide6"),
    "reports": ("app.ui", "app.cli"),
    "cli": ("app.ui", "PySide6"),
}


def imports(path: Path) -> set[str]:
    return imported_names(path.read_text(encoding="utf-8"), _package_of(path))


def _package_of(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts if parts[-1] == "__init__" else parts[:-1]).removesuffix(".__init__")


def _absolute(name: str, level: int, package: str) -> str:
    """``from ..x import y`` in ``package``: the module it names (``level`` dots)."""
    if not level:
        return name
    base = package.rsplit(".", level - 1)[0] if level > 1 else package
    return f"{base}.{name}" if name else base


#: Calls that import a module named by their first argument.
IMPORTING_CALLS = {"import_module", "__import__", "find_spec"}


def imported_names(source: str, package: str) -> set[str]:
    """Every module a source imports: ``import a.b``, ``from a import b`` (``a`` and
    ``a.b``: b may be a module), relative imports (``from .. import ui`` is ``app.ui``
    in ``app.storage``), and ``importlib.import_module("…")`` / ``__import__`` /
    ``find_spec`` with a literal name (relative names resolved against ``package``)."""
    tree = ast.parse(source)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = _absolute(node.module or "", node.level, package)
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called not in IMPORTING_CALLS or not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                name = first.value
                if name.startswith("."):
                    level = len(name) - len(name.lstrip("."))
                    name = _absolute(name.lstrip("."), level, package)
                names.add(name)
    return names


def test_the_import_finder_sees_every_way_of_importing():
    source = """
from .. import ui
from ..reports import letters
from . import codec
import importlib
importlib.import_module("app.cli.calc")
from importlib import import_module
import_module("..sync", package=__package__)
__import__("PySide6.QtCore")
"""
    found = imported_names(source, "app.storage")
    assert {"app.ui", "app.reports.letters", "app.storage.codec", "app.cli.calc"} <= found
    assert {"app.sync", "PySide6.QtCore"} <= found
    # and so the storage layer's rule would catch each of them
    bad = FORBIDDEN["storage"]
    caught = {n for n in found if any(n == b or n.startswith(b + ".") for b in bad)}
    assert caught == {
        "app.ui",
        "app.reports",
        "app.reports.letters",
        "app.cli.calc",
        "app.sync",
        "PySide6.QtCore",
    }


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_does_not_import_upward(layer):
    folder = APP / layer
    files = sorted(folder.rglob("*.py"))
    assert files, f"no modules in {folder}"
    offenders = [
        f"{path.relative_to(APP.parent)} imports {name}"
        for path in files
        for name in imports(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offenders == []


def test_domain_has_no_clock():
    for path in (APP / "domain").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "date.today(" not in text and "datetime.now(" not in text, path
