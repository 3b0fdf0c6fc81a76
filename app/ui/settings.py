"""The user's settings: one small record, stored in ``QSettings`` as JSON with a version.

Older stored versions are brought up to date by a chain of named upgrade functions
(as Picard's ``config_upgrade.py`` does); window geometry and state are kept beside it
as the byte arrays Qt gives. A plain dataclass rather than a pydantic model: the
settings are read before the first window paints, and importing pydantic takes
longer than the whole window (see "Speed" in README.md). Stored values are checked
field by field; anything unreadable gives the defaults, as before.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any, Literal, get_args

from PySide6.QtCore import QByteArray, QSettings

VERSION = 1
ORGANISATION = "Avtalevakt"
APPLICATION = "Avtalevakt"

LANGUAGES = get_args(Literal["nb", "en"])


class SettingsError(ValueError):
    """A stored value of the wrong kind (the settings then fall back to the defaults)."""


@dataclass
class Settings:
    version: int = VERSION
    language: Literal["nb", "en"] = "nb"
    last_database: str = ""
    last_page: str = "overview"
    # the folder of the last file saved or opened (file dialogs start there)
    last_folder: str = ""
    demo_offered: bool = False
    # the supplier as letters name it (empty: the template's supplier name)
    sender_name: str = ""
    sender_address: str = ""
    sender_org_number: str = ""
    sender_person: str = ""
    sender_title: str = ""
    sender_place: str = ""
    sender_email: str = ""
    sender_phone: str = ""

    @classmethod
    def model_validate(cls, data: dict[str, Any]) -> Settings:
        """Settings from stored JSON data: unknown keys are ignored, wrong kinds refused."""
        values: dict[str, Any] = {}
        for field in fields(cls):
            if field.name not in data:
                continue
            value = data[field.name]
            if field.name == "language":
                ok = value in LANGUAGES
            elif field.name == "version":
                ok = isinstance(value, int) and not isinstance(value, bool)
            elif field.name == "demo_offered":
                ok = isinstance(value, bool)
            else:
                ok = isinstance(value, str)
            if not ok:
                raise SettingsError(f"{field.name}: {value!r}")
            values[field.name] = value
        return cls(**values)

    def model_dump(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def model_dump_json(self) -> str:
        return json.dumps(self.model_dump(), ensure_ascii=False, separators=(",", ":"))

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Settings:
        return dataclasses.replace(self, **(update or {}))

    def sender(self) -> Any:
        """The letters' ``Sender``, or None to let each letter name its template's supplier."""
        from app.reports.letters import Sender

        if not self.sender_name.strip():
            return None
        return Sender(
            name=self.sender_name.strip(),
            address=self.sender_address.strip(),
            org_number=self.sender_org_number.strip(),
            person=self.sender_person.strip(),
            title=self.sender_title.strip(),
            email=self.sender_email.strip(),
            phone=self.sender_phone.strip(),
            place=self.sender_place.strip(),
        )


def _upgrade_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 had no version key and called the language ``lang``."""
    if "lang" in data and "language" not in data:
        data["language"] = data.pop("lang")
    return data


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _upgrade_0_to_1}


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    version = int(data.get("version", 0))
    while version < VERSION:
        data = UPGRADES[version](data)
        version += 1
        data["version"] = version
    return data


def qsettings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def load(store: QSettings | None = None) -> Settings:
    store = store or qsettings()
    raw = store.value("settings/json", "")
    try:
        data = json.loads(str(raw)) if raw else {"version": VERSION}
        return Settings.model_validate(upgrade(dict(data)))
    except (ValueError, TypeError, KeyError):
        return Settings()


def save(settings: Settings, store: QSettings | None = None) -> None:
    store = store or qsettings()
    store.setValue("settings/json", settings.model_dump_json())
    store.sync()


def save_window(geometry: QByteArray, state: QByteArray, store: QSettings | None = None) -> None:
    store = store or qsettings()
    store.setValue("window/geometry", geometry)
    store.setValue("window/state", state)


def window_state(store: QSettings | None = None) -> tuple[QByteArray | None, QByteArray | None]:
    store = store or qsettings()
    return store.value("window/geometry"), store.value("window/state")
