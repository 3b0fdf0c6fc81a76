"""Entry point: ``python -m app`` starts the desktop program, ``python -m app CMD`` a command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    # Everything the program writes is the user's alone (issue 12 item 11): exports, PDFs,
    # calendars, screenshots, temporary copies 0600, folders it makes 0700 (POSIX; on
    # Windows the profile folder's access list does this). storage.files explains.
    from app.storage.files import private_umask

    private_umask()
    # sqlite-utils imports numpy when it is installed, only to store numpy numbers,
    # which the program never has: 0.06-0.25 s of every start (issue 16). A missing
    # module makes its import fail at once, as where numpy is not installed.
    sys.modules.setdefault("numpy", None)
    if args:
        # a command (the program takes only options), also after the program's options
        # (``--db FILE deadlines``); the package app.cli is standard library only, its
        # commands (which load pydantic, which the window does not need before its first
        # paint) are imported by run_command
        from app.cli import command_args, run_command

        command = command_args(args)
        if command is not None:
            try:
                _install_rate_table()
                return run_command(command)
            except KeyboardInterrupt:  # Ctrl-C before the command ran (run_command
                from app.cli import interrupted  # catches it while it runs)

                return interrupted(reads_only=True)
    if "-h" in args or "--help" in args:  # the program's options and every command
        from app.cli import print_help
        from app.ui.application import add_program_options

        return print_help(args, add_program_options)
    if "--selftest" in args:
        from app.selftest import run_selftest

        _install_rate_table()
        return run_selftest()
    # Python's collector of reference cycles is paused while the window starts, until
    # the window has its database (app.collector says why); here at the latest.
    from app import collector

    collector.pause_for_start()
    try:
        # Linux: the system libraries for a window, named with their packages before Qt
        # would abort over the first one missing (issue 16).
        from app.xcb_check import check

        if check(args):
            return 1
        # The desktop program paints its window first and installs the rate table right
        # after, with the database (app.ui.application.StartUp; same check, same warning).
        from app.ui.application import run_gui

        return run_gui(args)
    finally:
        collector.resume_after_start()


def _install_rate_table() -> None:
    """Load and check the late-interest table at start; the user's copy wins if valid."""
    from app.domain import rates
    from app.storage.paths import default_data_dir

    warning = rates.install_preferred(default_data_dir() / "forsinkelsesrente.csv")
    if warning:
        print(warning, file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
