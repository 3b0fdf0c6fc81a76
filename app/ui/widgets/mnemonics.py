"""Alt+letter keys for a form's field labels, each letter its own in the window.

Qt lets a label with "&" before a letter and a buddy move the focus to the buddy on
Alt+letter. The field labels of the record forms are words of the model's catalog
(``field_label``) in two languages, so their letters are picked when the dialog is
built: the first letter of a word that nothing else in the window says (its buttons,
tabs, other labels), else any letter of the label; a label whose letters are all taken
has none. The order of the fields decides (the first field gets its first choice).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def letter_of(text: str) -> str | None:
    """The Alt letter a text says ("Le&vert" -> "v"; "&&" is a literal ampersand)."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def without_mnemonic(text: str) -> str:
    """``text`` without its Alt letter ("&Copy" -> "Copy"; "&&" stays a literal "&")."""
    return re.sub(r"&(?!&)", "", text.replace("&&", "\0")).replace("\0", "&&")


def taken_letters(top: QWidget) -> set[str]:
    """Every letter ``top``'s buttons, labels, tabs and group boxes already say (hidden
    ones too: a widget shown later must not find its letter given away)."""
    texts: list[str] = []
    for widget in top.findChildren(QWidget):
        if isinstance(widget, (QAbstractButton, QLabel)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return {letter for letter in map(letter_of, texts) if letter}


def _choices(text: str) -> Iterator[int]:
    """Where a letter may go: first letters of words, then the others (a–z, 0–9 only:
    the same key on a Norwegian and an English keyboard)."""
    usable = [i for i, ch in enumerate(text) if ch.isascii() and ch.isalnum()]
    starts = [i for i in usable if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "'’")]
    yield from starts
    yield from (i for i in usable if i not in starts)


def give_mnemonics(top: QWidget, widgets: Iterable[QLabel | QAbstractButton]) -> None:
    """Give each of ``widgets`` (field labels, check boxes) without a letter one that
    nothing in ``top`` says yet.

    As many as the letters allow get one: each field takes its first free letter, and
    only where none is left does an earlier field move to another of its letters so
    that this one gets one (a bipartite matching, fields in order, letters in
    ``_choices`` order)."""
    taken = taken_letters(top)
    todo = [w for w in widgets if w.text() and "&" not in w.text()]
    options = [
        [(i, w.text()[i].lower()) for i in _choices(w.text()) if w.text()[i].lower() not in taken]
        for w in todo
    ]
    owner: dict[str, int] = {}  # letter -> index in todo
    place: dict[int, int] = {}  # index in todo -> position of its letter in the text

    def assign(k: int, seen: set[str]) -> bool:
        for index, letter in options[k]:  # a free letter first: no field moves for it
            if letter not in owner and letter not in seen:
                owner[letter], place[k] = k, index
                return True
        for index, letter in options[k]:
            if letter in seen:
                continue
            seen.add(letter)
            if letter not in owner or assign(owner[letter], seen):
                owner[letter], place[k] = k, index
                return True
        return False

    for k in range(len(todo)):
        assign(k, set())
    for k, widget in enumerate(todo):
        if k in place:
            text = widget.text()
            widget.setText(text[: place[k]] + "&" + text[place[k] :])
