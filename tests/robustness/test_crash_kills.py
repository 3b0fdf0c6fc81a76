"""Real SIGKILLs during saves, imports, backups and restores (issue 12, "Done when"):
0 committed records lost, 0 integrity failures, the history chain valid after each kill.
A small count here; ``python -m tools.crash_test --kills 200`` is the full run."""

from __future__ import annotations

from tools.crash_test import KINDS, run


def test_twelve_kills_lose_nothing(tmp_path):
    tallies = run(12, seed=20261202, folder=tmp_path, say=lambda _line: None)
    assert set(tallies) == set(KINDS)
    for kind, tally in tallies.items():
        assert tally.kills == 3 and tally.committed > 0, (kind, tally)
        assert tally.ok, tally.line(kind)
