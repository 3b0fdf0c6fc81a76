"""The POSIX locks this process holds, read from ``/proc/locks`` (Linux): for the tests
that check nothing but SQLite opens the open database (closing any descriptor of a file
ends every POSIX lock the process holds on it; ``storage.targets.open_here``)."""

from __future__ import annotations

import os
import sys

import pytest

#: The hazard is the same on macOS, but only Linux lists the locks to read.
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="the process's locks are read from /proc/locks, which only Linux has",
)


def locked_inodes() -> set[int]:
    """The inodes of the files this process holds a POSIX (or flock) lock on."""
    pid = str(os.getpid())
    found = set()
    with open("/proc/locks") as table:
        for line in table:
            fields = line.split()
            if pid in fields:
                found.add(int(fields[fields.index(pid) + 1].split(":")[2]))
    return found
