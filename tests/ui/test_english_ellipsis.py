"""English texts end in "…" with no space before it, as English writes it.

Bokmål puts a space before the ellipsis ("Utsett …"), and the code's English sources
had taken it over in 26 texts: the overview's reminder banner read "Snooze …" beside
"Export to calendar…". The English catalogue now gives those texts without the space.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.ui.application import make_app

ROOT = Path(__file__).resolve().parents[2]


def _english_texts() -> dict[str, str]:
    """Each source of the English catalogue and the text the English UI shows for it."""
    tree = ET.parse(ROOT / "resources" / "translations" / "avtalevakt_en.ts")
    shown = {}
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        finished = translation is not None and translation.get("type") != "unfinished"
        shown[source] = (translation.text or "") if finished else source
    return shown


def test_no_english_text_has_a_space_before_its_ellipsis():
    shown = _english_texts()
    assert len(shown) > 500
    assert sorted(s for s, text in shown.items() if " …" in text or "..." in text) == []
    assert shown["Snooze …"] == "Snooze…"
    assert shown["&Attach file …"] == "&Attach file…"


def test_the_english_program_shows_them_so():
    """(The compiled catalogue the program loads, not only its source.)"""
    make_app("en")
    try:
        snooze = QCoreApplication.translate("ReminderBanner", "Snooze …")
        attach = QCoreApplication.translate("AttachmentsPanel", "&Attach file …")
    finally:
        make_app("nb")
    assert (snooze, attach) == ("Snooze…", "&Attach file…")
    assert QCoreApplication.translate("ReminderBanner", "Snooze …") == "Utsett …"
