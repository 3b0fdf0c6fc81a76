"""The default database location per platform (Qt's AppDataLocation, without Qt)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.storage import paths


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        (
            "win32",
            {"APPDATA": "/users/kari/AppData/Roaming"},
            "/users/kari/AppData/Roaming/Avtalevakt",
        ),
        ("darwin", {}, "HOME/Library/Application Support/Avtalevakt"),
        ("linux", {"XDG_DATA_HOME": "/data/kari"}, "/data/kari/Avtalevakt"),
        ("linux", {"XDG_DATA_HOME": "relative/ignored"}, "HOME/.local/share/Avtalevakt"),
        ("linux", {}, "HOME/.local/share/Avtalevakt"),
    ],
)
def test_default_data_dir(monkeypatch, tmp_path, platform, env, expected):
    monkeypatch.setattr(sys, "platform", platform)
    for name in ("APPDATA", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    want = Path(expected.replace("HOME", str(tmp_path)))
    assert paths.default_data_dir() == want
    assert paths.default_database_path() == want / "avtalevakt.sqlite"
