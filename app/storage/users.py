"""Who is working, and where: the logged-in user's name and the computer's, without
loading the records' models.

Its own module because the program asks it before the first paint (the instance lock
names the user and the computer holding a database), when pydantic and the domain are
not loaded yet.
"""

from __future__ import annotations

import getpass
import os


def os_user() -> str:
    """The logged-in user's name, as the operating system knows it."""
    try:
        return getpass.getuser() or "?"
    except Exception:  # no user name in the environment (some services, containers)
        return "?"


def computer_name() -> str:
    """This computer's name (the instance lock's messages; a shared database's PC name
    unless one is set). On Linux and macOS the kernel's node name, which is what
    ``socket.gethostname`` returns there, without loading the socket module on the way
    to the first paint."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # Windows

    return socket.gethostname()
