"""Build the packaged program with PyInstaller.

    python build/build.py               one-folder build: build/dist/onedir/avtalevakt/avtalevakt
    python build/build.py --onefile     one-file build:   build/dist/onefile/avtalevakt(.exe)
    python build/build.py --archive     the one-folder build, then (Linux, macOS)
                                        build/dist/avtalevakt-VERSION-linux-x86_64.tar.gz
                                        with a README, the menu entry and its installer
    python build/build.py --archive-only  pack an existing one-folder build

Writes the Windows version resource from ``app.__version__`` and the icons (Windows
``.ico``, macOS ``.icns``, Linux PNG) from ``resources/icons/avtalevakt.svg`` first.
What goes into the build and why: ``build/bundle.py``.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402

DIST = ROOT / "build" / "dist"
WORK = ROOT / "build" / "work"
LINUX = ROOT / "resources" / "linux"

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


def write_icons(folder: Path) -> dict[str, Path]:
    """The program's icon rendered from its SVG: a 256-pixel PNG, a Windows ``.ico``
    (16 to 256 pixels) and, where Qt can write one, a macOS ``.icns``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # a QApplication (not a bare QGuiApplication): a process may need widgets later, and
    # Qt allows one application object of one class (the tests call this too)
    _app = QCoreApplication.instance() or QApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "avtalevakt.svg"))

    def image(size: int) -> QImage:
        out = QImage(size, size, QImage.Format.Format_ARGB32)
        out.fill(Qt.GlobalColor.transparent)
        painter = QPainter(out)
        renderer.render(painter)
        painter.end()
        return out

    folder.mkdir(parents=True, exist_ok=True)
    made = {"png": folder / "avtalevakt.png"}
    image(256).save(str(made["png"]), "PNG")
    formats = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    for suffix in ("ico", "icns"):
        if suffix in formats and image(256).save(str(folder / f"avtalevakt.{suffix}"), suffix):
            made[suffix] = folder / f"avtalevakt.{suffix}"
    return made


def missing_window_libraries() -> list[str]:
    """Linux: the libraries Qt's window needs that the build carries (all but the
    system's own, ``bundle.FROM_THE_SYSTEM``) and this machine lacks. PyInstaller
    bundles what it finds here; a build without them would not open a window on a
    desktop that lacks them too."""
    if not sys.platform.startswith("linux"):
        return []
    sys.path.insert(0, str(ROOT / "build"))
    from bundle import FROM_THE_SYSTEM

    from app.xcb_check import missing

    return [name for name in missing() if name not in FROM_THE_SYSTEM]


def build(onefile: bool) -> int:
    lacking = missing_window_libraries()
    if lacking:
        from app.xcb_check import message

        print("build: this machine lacks libraries the build must carry.", file=sys.stderr)
        print(message(lacking).split("\n", 2)[2], file=sys.stderr, end="")
        return 1
    kind = "onefile" if onefile else "onedir"
    work = WORK / kind
    work.mkdir(parents=True, exist_ok=True)
    version_file = work / "version_info.txt"
    write_version_file(version_file)
    icons = write_icons(work / "icons")
    if sys.platform != "win32" and shutil.which("strip") is None:
        print(
            "warning: strip (binutils) not found: the build is not stripped and about"
            " 30 MB larger (apt-get install binutils)",
            file=sys.stderr,
        )
    icon = icons.get(
        "ico" if sys.platform == "win32" else "icns" if sys.platform == "darwin" else "png"
    )
    env = dict(
        os.environ,
        AVTALEVAKT_ONEFILE="1" if onefile else "0",
        AVTALEVAKT_VERSION_FILE=str(version_file),
        AVTALEVAKT_WORK=str(work),
        AVTALEVAKT_ICON=str(icon) if icon else "",
    )
    command = [
        sys.executable, "-m", "PyInstaller", str(ROOT / "build" / "avtalevakt.spec"),
        "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST / kind),
        "--workpath", str(work),
    ]  # fmt: skip
    print(
        "building", "one-file" if onefile else "one-folder", "Avtalevakt", __version__, flush=True
    )
    return subprocess.call(command, cwd=ROOT, env=env)


def archive_name() -> str:
    system = {"linux": "linux", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x86_64")
    return f"avtalevakt-{__version__}-{system}-{machine}"


def make_archive() -> Path:
    sys.path.insert(0, str(ROOT / "build"))
    """``build/dist/<name>.tar.gz``: the one-folder build in ``<name>/``, with
    ``README.txt``, the menu entry (``avtalevakt.desktop``), the icon and ``install.sh``
    (which puts the entry in the user's menu, or takes it out with ``--uninstall``)."""
    folder = DIST / "onedir" / "avtalevakt"
    if not (folder / "avtalevakt").exists():
        raise SystemExit(f"no one-folder build in {folder}: run python build/build.py first")
    name = archive_name()
    icons = write_icons(WORK / "onedir" / "icons")
    from bundle import FROM_THE_SYSTEM

    from app.xcb_check import LIBRARIES, install_line

    # what the build takes from the system (it carries the rest)
    system = [name for name in LIBRARIES if name in FROM_THE_SYSTEM]
    readme = (
        (LINUX / "README.txt")
        .read_text(encoding="utf-8")
        .replace("{version}", __version__)
        .replace("{debian}", install_line("debian", system))
        .replace("{fedora}", install_line("fedora", system))
    )
    out = DIST / f"{name}.tar.gz"
    extra = {
        "README.txt": readme.encode("utf-8"),
        "avtalevakt.desktop": (LINUX / "avtalevakt.desktop").read_bytes(),
        "install.sh": (LINUX / "install.sh").read_bytes(),
        "avtalevakt.png": icons["png"].read_bytes(),
        "avtalevakt.svg": (ROOT / "resources" / "icons" / "avtalevakt.svg").read_bytes(),
    }
    with tarfile.open(out, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=name, filter=_normalised)
        for member, data in extra.items():
            info = tarfile.TarInfo(f"{name}/{member}")
            info.size = len(data)
            info.mode = 0o755 if member.endswith(".sh") else 0o644
            info.mtime = int((folder / "avtalevakt").stat().st_mtime)
            tar.addfile(_normalised(info), io.BytesIO(data))
    print(f"archive: {out} ({out.stat().st_size / 1e6:.1f} MB)", flush=True)
    return out


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--onefile", action="store_true", help="one self-extracting executable")
    parser.add_argument("--archive", action="store_true", help="one-folder build and .tar.gz")
    parser.add_argument("--archive-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.archive_only:
        make_archive()
        return 0
    status = build(args.onefile)
    if status == 0 and args.archive and not args.onefile:
        make_archive()
    return status


if __name__ == "__main__":
    sys.exit(main())
