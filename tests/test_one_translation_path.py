"""One translation path outside widgets (issue 11 item 8): every text the program says in
bokmål or English outside Qt's tr() comes from the explanation catalog
(``app.domain.explain``: ``register_texts`` and ``phrase``/``render``). No module picks a
language by itself: no ``lang == "nb"``, no ``nb if … else en``, no ``{"nb": …, "en": …}``.
"""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"

#: The modules allowed to look at the language, and why.
ALLOWED = {
    # the catalog itself: renders its sentences and formats numbers, dates and money
    "app/domain/explain.py",
    # Qt's side of the one path: which .qm translation file the program loads
    "app/ui/application.py",
    # the UI's language setting and the QLocale that goes with it
    "app/ui/i18n.py",
    # the command line's help, declared in pairs beside each option as tr() texts are
    # beside their widgets, and argparse's own messages through its gettext hook
    "app/cli/help_text.py",
}

LANGUAGES = {"nb", "en"}


def _is_language(node: ast.AST) -> bool:
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return any(_is_language(item) for item in node.elts)
    return isinstance(node, ast.Constant) and node.value in LANGUAGES


def language_switches(source: str) -> list[int]:
    """The lines where a source chooses between languages itself."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare) and any(
            isinstance(op, (ast.Eq, ast.NotEq, ast.Is, ast.IsNot, ast.In, ast.NotIn))
            for op in node.ops
        ):
            if any(_is_language(side) for side in (node.left, *node.comparators)):
                lines.append(node.lineno)
        elif isinstance(node, ast.Dict):
            if {k.value for k in node.keys if isinstance(k, ast.Constant)} >= LANGUAGES:
                lines.append(node.lineno)
        elif isinstance(node, ast.match_case):
            pattern = node.pattern
            if isinstance(pattern, ast.MatchValue) and _is_language(pattern.value):
                lines.append(pattern.lineno)
    return sorted(lines)


def test_the_finder_sees_every_kind_of_switch():
    source = """
a = "x" if lang == "nb" else "y"
b = ("x", "y")[0 if args.lang == "nb" else 1]
nb = lang != "en"
c = {"nb": "x", "en": "y"}[lang]
match lang:
    case "nb":
        pass
d = lang in ("nb",)
e = "x" if lang == "spec" else "y"
"""
    assert language_switches(source) == [2, 3, 4, 5, 7, 9]


def test_no_language_switch_outside_the_catalog():
    offenders = []
    for path in sorted(APP.rglob("*.py")):
        name = path.relative_to(APP.parent).as_posix()
        if name in ALLOWED:
            continue
        offenders += [f"{name}:{line}" for line in language_switches(path.read_text("utf-8"))]
    assert offenders == []


def _phrase_codes(source: str) -> set[str]:
    codes = set()
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", "")) == "phrase"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            codes.add(node.args[0].value)
    return codes


def test_every_phrase_the_code_asks_for_is_in_the_catalog():
    """A misspelt code would only fail when its message is first shown (an error path)."""
    import importlib

    from app.domain.explain import known_codes

    asked: dict[str, str] = {}
    for path in sorted(APP.rglob("*.py")):
        for code in _phrase_codes(path.read_text("utf-8")):
            asked[code] = path.relative_to(APP.parent).as_posix()
    assert len(asked) > 50
    for module in {name.removesuffix(".py").replace("/", ".") for name in asked.values()}:
        importlib.import_module(module)
    assert {code: where for code, where in asked.items() if code not in known_codes()} == {}
