"""Every command's help is in bokmål by default and in English with ``--lang en``.

``server``, ``sync``, ``conflicts`` and ``record`` were listed in English in the bokmål
``python -m app --help``, with every option of theirs: their texts were plain strings,
not ``say(bokmål, English)`` pairs as the other commands' are. Options' value names
(``--signer SIGNER``) were argparse's default, the English name of the option's field."""

from __future__ import annotations

import argparse

from app.cli import build_parser
from app.cli.help_text import use_language
from app.ui.application import add_program_options


def _help_texts(parser: argparse.ArgumentParser, where: str = "avtalevakt") -> dict[str, str]:
    """Each help text of ``parser`` and of its commands, keyed by where it is."""
    texts: dict[str, str] = {}
    for action in parser._actions:
        name = "/".join(action.option_strings) or action.dest
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                texts[f"{where} {choice.dest}"] = choice.help or ""
            for command, sub in action.choices.items():
                texts.update(_help_texts(sub, f"{where} {command}"))
        elif action.help and action.help is not argparse.SUPPRESS:
            texts[f"{where} {name}"] = action.help
    return texts


def _both_languages() -> tuple[dict[str, str], dict[str, str]]:
    try:
        use_language("nb")
        nb = _help_texts(build_parser(add_program_options))
        use_language("en")
        en = _help_texts(build_parser(add_program_options))
    finally:
        use_language("nb")
    return nb, en


def test_every_help_text_has_its_bokmål_and_its_english():
    nb, en = _both_languages()
    assert nb.keys() == en.keys()
    assert len(nb) > 100  # every command's options are walked
    same = sorted(
        where for where in nb if nb[where] == en[where] and where.split()[-1] != "-h/--help"
    )
    assert same == []


def test_the_sharing_commands_are_listed_in_bokmål():
    nb, _en = _both_languages()
    assert nb["avtalevakt server"] == "sett opp den delte PostgreSQL-serveren"
    assert nb["avtalevakt conflicts"] == "uløste konflikter mellom PC-er"
    assert nb["avtalevakt record add"] == "lagre en ny post"
    assert nb["avtalevakt sync --server"] == "PostgreSQL-adressen (huskes etter første bruk)"


def _unnamed_values(parser: argparse.ArgumentParser, where: str = "avtalevakt") -> list[str]:
    """Arguments that take a value shown under argparse's default name (its field's
    English name: ``--signer SIGNER``) rather than one given in the user's language."""
    unnamed = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command, sub in action.choices.items():
                unnamed += _unnamed_values(sub, f"{where} {command}")
        elif (
            action.nargs != 0
            and not action.choices
            and action.metavar is None
            and action.help is not argparse.SUPPRESS
        ):
            unnamed.append(f"{where} {'/'.join(action.option_strings) or action.dest}")
    return unnamed


def test_every_value_has_a_name_in_the_help():
    use_language("nb")
    parser = build_parser(add_program_options)
    assert _unnamed_values(parser) == []
    usage = parser._subparsers._group_actions[0].choices["letter"].format_usage()
    assert "--signer NAVN" in usage and "--place STED" in usage
