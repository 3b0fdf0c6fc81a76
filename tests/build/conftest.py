"""The build's own modules (build/bundle.py, elf.py, icu_data.py) import each other by
their plain names, as the spec does: put build/ on the path for these tests."""

import sys
from pathlib import Path

BUILD = Path(__file__).resolve().parents[2] / "build"
if str(BUILD) not in sys.path:
    sys.path.insert(0, str(BUILD))
