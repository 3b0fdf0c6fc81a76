"""The base of every pydantic model of the program: frozen, its schema built at first use.

Building a model's validator (pydantic's core schema) takes about 1.5 ms per model,
60-150 ms for the program's 46 at every start, although only three of them (the terms,
a time window, the maintenance result) are used on the way to the overview's deadlines
on screen (issue 16). ``defer_build`` builds each at its first use instead.

Pydantic's build at first use is not safe from two threads at once (it rewrites the
class's attributes while the other thread may read them: pydantic issues 11849 and
13419; the program computes on workers beside the GUI thread), so every build here
holds one lock: the second thread waits for the first and then finds the model built.
"""

from __future__ import annotations

import threading
from typing import Any

from pydantic import BaseModel, ConfigDict

_BUILDING = threading.RLock()


class FrozenModel(BaseModel):
    """An immutable model (``frozen``); subclasses add their own config (``extra`` ...)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    @classmethod
    def model_rebuild(
        cls,
        *,
        force: bool = False,
        raise_errors: bool = True,
        _parent_namespace_depth: int = 2,
        _types_namespace: Any = None,
    ) -> bool | None:
        # (pydantic's first use calls this with the caller's frame depth: one more here)
        with _BUILDING:
            return super().model_rebuild(
                force=force,
                raise_errors=raise_errors,
                _parent_namespace_depth=_parent_namespace_depth + 1
                if _parent_namespace_depth > 0
                else 0,
                _types_namespace=_types_namespace,
            )
