"""Python's collector of reference cycles, paused where a lot is made and nothing cyclic
(issue 16).

The collector runs after every few hundred new objects and, now and then, goes through
every object alive. Two places make many objects that are never garbage in cycles, and
there the passes cost time for nothing:

- **the window's start** (``pause_for_start``, from ``app.__main__``): about 70 000
  objects that live as long as the program (modules, classes, PySide's enums), among
  which about 190 passes before the first deadline was on screen found fewer than 800
  objects of garbage. ``resume_after_start`` then freezes what the start made (out of
  every later pass; freed by reference counts as ever) and turns the collector on;
  ``release_start`` gives a closed window's objects back to it.
- **the overview** (``paused``, in ``deadline_list``): every deadline of every contract,
  a line per contract read. It leaves no cycle (``tests/reports/
  test_overview_leaves_no_cycles.py``; a row refused raises its error, and what that
  leaves is collected after the block); at 10x the passes over the heap beside it took
  a third of its time.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


def pause_for_start() -> None:
    """Pause the collector while the window starts (``resume_after_start`` ends it)."""
    gc.disable()


def resume_after_start() -> None:
    """The start is over: what it made is frozen, then the collector runs again.

    Turned on as it was, its first pass went through every object made since the pause
    (30 ms after a start on the demo, 130 ms on the benchmark's large database: a pause
    of the window just after the deadlines appeared). A reference cycle among the
    frozen objects (a closed window's) waits for ``release_start``. During a ``paused``
    block (an overview computed after opening) the block's end turns it on."""
    global _was_enabled
    with _lock:
        if gc.isenabled() or (_depth and _was_enabled):
            return  # not paused for a start, or resumed already
        gc.freeze()
        if _depth:
            _was_enabled = True
        else:
            gc.enable()


def release_start() -> None:
    """Give what ``resume_after_start`` froze back to the collector (a window closed)."""
    gc.unfreeze()


@contextmanager
def paused() -> Iterator[None]:
    """The collector paused for the block (from any thread; nested blocks and blocks in
    several threads at once end the pause with the last of them); as it was after."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
