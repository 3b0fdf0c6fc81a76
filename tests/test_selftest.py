"""``--selftest`` passes on a working installation and names what failed otherwise."""

import os
import subprocess
import sys

from app import selftest


def test_selftest_passes_in_a_fresh_process():
    """On a machine without a display too, as the README's build check is run on a server
    (it renders offscreen; with Qt's platform left to choose, Qt aborted there)."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    run = subprocess.run(
        [sys.executable, "-m", "app", "--selftest"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.startswith("selftest ok")
    assert len(run.stdout.strip().splitlines()) == 1


def test_selftest_names_the_failing_check(monkeypatch, capsys):
    bad = list(selftest.CASES)
    name, data, expected = bad[0]
    bad[0] = (name, data, {**expected, "last_day": "1999-01-01"})
    monkeypatch.setattr(selftest, "CASES", bad)
    assert selftest.run_selftest() == 1
    out = capsys.readouterr().out
    assert out.startswith("selftest FAILED at calculators") and "approval" in out
