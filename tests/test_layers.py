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
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    package = ".".join(path.relative_to(APP.parent).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                names.add(f"{base}.{node.module}" if node.module else base)
            else:
                names.add(node.module or "")
    return names


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
