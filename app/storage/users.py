"""Who is working: the logged-in user's name, without loading the records' models.

Its own module because the program asks it before the first paint (the instance lock
names the user holding a database), when pydantic and the domain are not loaded yet.
"""

from __future__ import annotations

import getpass


def os_user() -> str:
    """The logged-in user's name, as the operating system knows it."""
    try:
        return getpass.getuser() or "?"
    except Exception:  # no user name in the environment (some services, containers)
        return "?"
