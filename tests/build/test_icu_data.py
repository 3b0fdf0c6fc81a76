"""ICU's data cut to Norwegian and English (build/icu_data.py, build/elf.py): the file
format is read and written faithfully, and Qt sorts bokmål with the cut data."""

import os
import subprocess
import sys
from pathlib import Path

import elf
import icu_data
import pytest

LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
ICU = next(LIB.glob("libicudata.so.*"), None) if sys.platform.startswith("linux") else None
needs_icu = pytest.mark.skipif(ICU is None, reason="PySide6 ships ICU on Linux only")


@needs_icu
def test_written_back_whole_the_data_is_byte_for_byte_the_same():
    blob = elf.symbol_data(ICU, icu_data.SYMBOL)
    header, items = icu_data.read_items(blob)
    assert len(items) > 1000
    assert icu_data.write_items(header, items) == blob


@needs_icu
def test_the_cut_library_holds_exactly_the_kept_items(tmp_path):
    cut = tmp_path / ICU.name
    kept, total = icu_data.shrink(ICU, cut)
    assert 40 < kept < total
    assert cut.stat().st_size < ICU.stat().st_size / 8
    _header, items = icu_data.read_items(elf.symbol_data(cut, icu_data.SYMBOL))
    names = [name for name, _data in items]
    assert names == sorted(names)  # ICU finds items by binary search
    assert "icudt73l/coll/nb.res" in names and "icudt73l/coll/zh.res" not in names
    original = dict(icu_data.read_items(elf.symbol_data(ICU, icu_data.SYMBOL))[1])
    # (the last item runs to the end of the section, which is padded to whole pages)
    assert all(data[: len(original[name])] == original[name] for name, data in items)


@needs_icu
def test_qt_sorts_bokmal_and_reads_windows_1252_with_the_cut_data(tmp_path):
    cut = tmp_path / ICU.name
    icu_data.shrink(ICU, cut)
    code = """
from PySide6.QtCore import QCollator, QLocale, QStringDecoder
words = ["Ålesund", "Zeta", "Øst", "Aas", "Berg", "Ærø"]
print(sorted(words, key=QCollator(QLocale("nb_NO")).sortKey))
print(QStringDecoder("windows-1252").isValid(), QStringDecoder("Shift_JIS").isValid())
print(any(str(cut) in line for line in open("/proc/self/maps")))
""".replace("cut", repr(str(cut)))
    # Qt's libraries find ICU by RUNPATH ($ORIGIN), which LD_LIBRARY_PATH comes before
    env = dict(os.environ, LD_LIBRARY_PATH=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "['Berg', 'Zeta', 'Ærø', 'Øst', 'Ålesund', 'Aas']",  # aa is å in Norwegian
        "True False",  # Windows-1252 kept, Japanese code pages not
        "True",  # the cut library was the one loaded
    ]


@needs_icu
def test_needed_lists_what_the_loader_will_look_for():
    core = elf.needed(LIB / "libQt6Core.so.6")
    assert "libicuuc.so.73" in core and "libc.so.6" in core


def test_other_files_are_refused(tmp_path):
    path = tmp_path / "not-elf.so"
    path.write_bytes(b"MZ\x90\x00" + bytes(100))
    with pytest.raises(elf.NotSupported):
        elf.needed(path)
