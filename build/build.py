"""Build the packaged program with PyInstaller.

    python build/build.py             one-folder build: build/dist/avtalevakt/avtalevakt
    python build/build.py --onefile   one-file build:   build/dist/avtalevakt(.exe)

Writes the Windows version resource from ``app.__version__`` first.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402

VERSION_TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={tup}, prodvers={tup}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041404B0', [
      StringStruct('CompanyName', 'Avtalevakt'),
      StringStruct('FileDescription', 'Avtalevakt – avtalefrister og SLA'),
      StringStruct('FileVersion', '{ver}'),
      StringStruct('InternalName', 'avtalevakt'),
      StringStruct('OriginalFilename', 'avtalevakt.exe'),
      StringStruct('ProductName', 'Avtalevakt'),
      StringStruct('ProductVersion', '{ver}')])]),
    VarFileInfo([VarStruct('Translation', [1044, 1200])])
  ]
)
"""


def write_version_file(path: Path) -> None:
    parts = [int(p) for p in __version__.split(".")[:4] if p.isdigit()]
    tup = tuple(parts + [0] * (4 - len(parts)))
    path.write_text(VERSION_TEMPLATE.format(tup=tup, ver=__version__), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--onefile", action="store_true", help="one self-extracting executable")
    args = parser.parse_args()
    work = ROOT / "build" / "work"
    work.mkdir(parents=True, exist_ok=True)
    version_file = work / "version_info.txt"
    write_version_file(version_file)
    env = dict(
        os.environ,
        AVTALEVAKT_ONEFILE="1" if args.onefile else "0",
        AVTALEVAKT_VERSION_FILE=str(version_file),
    )
    command = [
        sys.executable, "-m", "PyInstaller", str(ROOT / "build" / "avtalevakt.spec"),
        "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(ROOT / "build" / "dist" / ("onefile" if args.onefile else "onedir")),
        "--workpath", str(work / ("onefile" if args.onefile else "onedir")),
    ]  # fmt: skip
    print(
        "building",
        "one-file" if args.onefile else "one-folder",
        "Avtalevakt",
        __version__,
        flush=True,
    )
    return subprocess.call(command, cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main())
