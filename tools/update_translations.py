"""Refresh the Linguist sources from the code and compile them: ``python tools/update_translations.py``.

``pyside6-lupdate`` collects every ``tr()``/``translate()``/``QT_TRANSLATE_NOOP`` string
of ``app/ui`` into ``resources/translations/avtalevakt_{nb,en}.ts`` (keeping the
translations already made); ``pyside6-lrelease`` compiles every ``.ts`` there, the
project's own ``qtbase_nb.ts`` (standard buttons and dialogs) included, to ``.qm``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("nb", "en")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "ui").rglob("*.py"))


def main(argv: list[str]) -> int:
    compile_only = "--compile-only" in argv
    if not compile_only:
        for lang in LANGUAGES:
            target = FOLDER / f"avtalevakt_{lang}.ts"
            subprocess.run(
                ["pyside6-lupdate", *sources(), "-no-obsolete", "-locations", "none", "-target-language",
                 "nb_NO" if lang == "nb" else "en_GB", "-ts", str(target.relative_to(ROOT))],
                cwd=ROOT,
                check=True,
            )  # fmt: skip
    for ts in sorted(FOLDER.glob("*.ts")):
        subprocess.run(
            ["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
