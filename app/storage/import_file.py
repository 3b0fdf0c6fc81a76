"""What a file given to import is, said before it is read (CLI audit, defect 4).

``import some.sqlite`` said "kan ikke lese …: 'utf-8' codec can't decode byte 0x89 …", a
text file "ikke gyldig JSON (linje 1, kolonne 1: Expecting value)", a damaged ZIP "kan
ikke lese arkivet …: File is not a zip file": Python's English inside Norwegian. A file
that is neither JSON nor a ZIP archive is now said as such, in words, before it is read
(``refuse_not_an_export``), and the reason of a JSON syntax error is the user's
(``worded``). The reading and checking itself stays ``exchange.read_import_file``'s.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.domain.explain import Lang, phrase, register_texts

from .errors import ImportRefused, os_reason
from .targets import database_at

#: the byte-order mark, then blanks, may stand before a JSON file's first "{"
_BOM = b"\xef\xbb\xbf"


class NotAnExport(ImportRefused):
    nb = (
        "Importen ble avvist, ingenting er endret: {path} er ikke en eksportfil fra "
        "Avtalevakt (JSON eller ZIP)."
    )
    en = (
        "The import was refused, nothing has changed: {path} is not an Avtalevakt export "
        "file (JSON or ZIP)."
    )


class ImportUnreadable(ImportRefused):
    nb = "Importen ble avvist, ingenting er endret: kan ikke lese {path}: {detail}."
    en = "The import was refused, nothing has changed: cannot read {path}: {detail}."


def refuse_not_an_export(path: Path | str) -> None:
    """``NotAnExport`` unless ``path`` starts as a JSON object or is a ZIP archive
    (whatever its name ends with: a database renamed ``.zip`` is no archive);
    ``ImportUnreadable`` with the reason in words when it cannot be read at all."""
    path = Path(path)
    if database_at(path) is not None:
        # a database or one of its working files, not opened (it may be this process's
        # own: ``targets.open_here``)
        raise NotAnExport(path=path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
        if head.startswith(b"PK") and zipfile.is_zipfile(path):
            return
    except OSError as exc:
        raise ImportUnreadable(path=path, detail=os_reason(exc)) from exc
    if head.removeprefix(_BOM).lstrip(b" \t\r\n").startswith(b"{"):
        return
    raise NotAnExport(path=path)


# --- a JSON syntax error in the user's words -------------------------------------------

#: the start of each message of Python's JSON decoder -> its catalog code
_JSON_MESSAGES = {
    "Expecting value": "json.value",
    "Expecting property name enclosed in double quotes": "json.name",
    "Expecting ':' delimiter": "json.colon",
    "Expecting ',' delimiter": "json.comma",
    "Unterminated string": "json.unterminated",
    "Invalid control character": "json.control",
    "Invalid \\uXXXX escape": "json.escape",
    "Invalid \\escape": "json.escape",
    "Extra data": "json.extra",
    "Illegal trailing comma": "json.trailing_comma",
}

register_texts(
    {
        "json.value": ("her skulle det stått en verdi", "a value was expected here"),
        "json.name": (
            "her skulle det stått et feltnavn i doble anførselstegn",
            "a field name in double quotes was expected here",
        ),
        "json.colon": ("her mangler et kolon (:)", "a colon (:) is missing here"),
        "json.comma": ("her mangler et komma (,)", "a comma (,) is missing here"),
        "json.unterminated": (
            "en tekst er ikke avsluttet med anførselstegn",
            "a text is not closed with a quotation mark",
        ),
        "json.control": (
            "et kontrolltegn står inne i en tekst",
            "a control character stands inside a text",
        ),
        "json.escape": ("ugyldig escape-sekvens (\\)", "an invalid escape sequence (\\)"),
        "json.extra": (
            "det står mer etter slutten av dataene",
            "there is more after the end of the data",
        ),
        "json.trailing_comma": ("et komma for mye før slutten", "a comma too many before the end"),
    }
)


@dataclass(frozen=True)
class JsonReason:
    """A JSON decoder's message (``exc.msg``), told in the sentence's language; an
    unknown one keeps Python's words."""

    msg: str

    def text(self, lang: Lang = "nb") -> str:
        for start, code in _JSON_MESSAGES.items():
            if self.msg.startswith(start):
                return phrase(code, lang)
        return self.msg

    def __str__(self) -> str:
        return self.text("en")


def worded(exc: Exception) -> Exception:
    """``exc`` with a JSON syntax error's reason in the user's words (the rest as is)."""
    from .exchange import ImportFileError, Problem

    if not isinstance(exc, ImportFileError):
        return exc
    problems = [
        Problem(p.code, {**p.values, "msg": JsonReason(str(p.values["msg"]))})
        if isinstance(p, Problem) and p.code == "import.not_json"
        else p
        for p in exc.problems
    ]
    return ImportFileError(problems, path=exc.path)
