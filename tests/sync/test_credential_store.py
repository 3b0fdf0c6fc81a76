"""The password goes to the operating system's credential store, never to a file.

``keyring`` on its own would take keyrings.alt's ``PlaintextKeyring`` where no OS store
exists (our test extras install it; some distributions too): the password in clear text
in the data folder. These tests install no server; they choose which stores keyring
finds on this PC, as a service-desk PC without Secret Service, or with one, would have.
"""

from __future__ import annotations

import keyring.backend
import keyring.core
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from app.sync import connection

URL = "postgresql://kari:hemmelig@desk.example.no/avtalevakt?sslmode=verify-full"
CLEAN = "postgresql://kari@desk.example.no/avtalevakt?sslmode=verify-full"


class DeskStore(keyring.backend.KeyringBackend):
    """Stands in for Windows Credential Manager / Keychain / Secret Service: an OS store
    (priority 5, as those have) that keeps its passwords in this process."""

    priority = 5

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def chosen_by_nobody(tmp_path, monkeypatch):
    """No PYTHON_KEYRING_BACKEND and no keyringrc.cfg: keyring chooses by itself."""
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config-home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    keyring.core._keyring_backend = None
    return tmp_path


def _installed(monkeypatch, *stores):
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: list(stores))


def test_without_an_os_store_the_password_is_not_written_to_a_file(chosen_by_nobody, monkeypatch):
    _installed(monkeypatch, PlaintextKeyring(), fail.Keyring())

    assert connection.credential_store() is None
    assert connection.store_password(CLEAN, "hemmelig") is False
    assert connection.stored_password(CLEAN) is None
    written = [p for p in chosen_by_nobody.rglob("*") if p.is_file()]
    assert written == [], f"the password went to a file: {written}"
    connection.forget_password(CLEAN)  # nothing to forget: no error


def test_an_os_store_is_used_even_when_a_file_store_is_installed(chosen_by_nobody, monkeypatch):
    desk = DeskStore()
    _installed(monkeypatch, PlaintextKeyring(), desk)

    assert connection.store_password(CLEAN, "hemmelig") is True
    assert desk.kept == {(connection.KEYRING_SERVICE, CLEAN): "hemmelig"}
    assert connection.stored_password(URL) == "hemmelig"  # keyed by the URL without it
    connection.forget_password(CLEAN)
    assert desk.kept == {}
    assert [p for p in chosen_by_nobody.rglob("*") if p.is_file()] == []


def test_a_file_store_chosen_on_purpose_is_used(tmp_path, monkeypatch):
    """PYTHON_KEYRING_BACKEND names the store (as these tests' conftest does)."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "chosen"))
    keyring.core._keyring_backend = None

    assert connection.store_password(CLEAN, "hemmelig") is True
    assert connection.stored_password(CLEAN) == "hemmelig"
    assert list((tmp_path / "chosen").rglob("*.cfg"))
