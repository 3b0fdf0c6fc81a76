"""``build.py --archive``: the Linux .tar.gz carries the program with a README, the menu
entry, the icon and an installer that puts the entry in the user's menu."""

import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def build_py(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("build_py", ROOT / "build" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "DIST", tmp_path / "dist")
    monkeypatch.setattr(module, "WORK", tmp_path / "work")
    program = tmp_path / "dist" / "onedir" / "avtalevakt"
    (program / "_internal").mkdir(parents=True)
    (program / "avtalevakt").write_text("#!/bin/sh\necho started\n")
    (program / "avtalevakt").chmod(0o755)
    return module


@pytest.mark.skipif(sys.platform == "win32", reason="the archive is for Linux and macOS")
def test_the_archive_installs_a_menu_entry_that_starts_the_program(build_py, tmp_path):
    archive = build_py.make_archive()
    name = build_py.archive_name()
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
        readme = tar.extractfile(f"{name}/README.txt").read().decode()
        tar.extractall(tmp_path / "unpacked", filter="tar")
    for member in (
        "avtalevakt",
        "README.txt",
        "avtalevakt.desktop",
        "install.sh",
        "avtalevakt.png",
        "avtalevakt.svg",
    ):
        assert f"{name}/{member}" in members
    assert members[f"{name}/install.sh"].mode & 0o111
    assert "./avtalevakt --selftest" in readme and "sudo apt-get install" in readme
    assert "{" not in readme  # every placeholder filled in

    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "share"))
    run = subprocess.run(
        ["sh", str(tmp_path / "unpacked" / name / "install.sh")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    entry = home / "share" / "applications" / "avtalevakt.desktop"
    text = entry.read_text()
    assert f'Exec="{tmp_path / "unpacked" / name / "avtalevakt"}"' in text
    assert (home / "share" / "icons" / "hicolor" / "256x256" / "apps" / "avtalevakt.png").exists()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert check.returncode == 0 and not check.stdout, check.stdout

    run = subprocess.run(
        ["sh", str(tmp_path / "unpacked" / name / "install.sh"), "--uninstall"],
        env=env,
        capture_output=True,
    )
    assert run.returncode == 0 and not entry.exists()
