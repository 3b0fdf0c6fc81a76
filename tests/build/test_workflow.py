"""The Windows and macOS build workflow (.github/workflows/build.yml) cannot run here:
it is at least valid YAML with the steps of .ci/run, on both systems."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_the_workflow_builds_and_checks_as_ci_does_on_windows_and_macos():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "build.yml").read_text())
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert {"push", "pull_request"} <= set(triggers)
    job = workflow["jobs"]["build"]
    assert set(job["strategy"]["matrix"]["os"]) == {"windows-latest", "macos-latest"}
    assert job["runs-on"] == "${{ matrix.os }}"
    steps = job["steps"]
    commands = "\n".join(step.get("run", "") for step in steps)
    uses = [step.get("uses", "") for step in steps]
    ci = (ROOT / ".ci" / "run").read_text()
    for command in ('-e ".[build]"', "build/build.py", "--selftest", "PATH="):
        assert command in ci and command in commands, command
    assert 'pip install -e ".[test]" && python -m pytest' in commands  # README's command
    assert "--onefile" in commands
    assert any(u.startswith("actions/upload-artifact@") for u in uses)
    assert any(u.startswith("actions/setup-python@") for u in uses)
    for step in steps:
        assert "run" in step or "uses" in step, step
        assert step.get("if", "runner.os == 'Windows'") in (
            "runner.os == 'Windows'",
            "runner.os == 'macOS'",
        )
