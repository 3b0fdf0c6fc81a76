"""Where the program's files are: the source tree, or the PyInstaller bundle.

A leaf module (standard library only) that every layer may use.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The top-level ``resources/`` folder, also inside a frozen build (``sys._MEIPASS``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
