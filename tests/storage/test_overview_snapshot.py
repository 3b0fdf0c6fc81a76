"""The overview kept for the next start (``storage.overview_snapshot``, issue 16): it is
given back only for the day, language, program and records it was made from; a change
of a record in between, by this process or another, means nothing is given back."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.reports import deadlines_report
from app.storage import overview_snapshot
from app.storage.demo import fill_demo
from app.storage.overview_snapshot import load, records_key, records_key_of, store

from .conftest import REPO_ROOT, TODAY, customer


@pytest.fixture
def demo(repos):  # noqa: ANN001, ANN201
    fill_demo(repos, TODAY)
    return repos


def entry(repos, day=TODAY, lang="nb") -> dict:  # noqa: ANN001
    """What the overview page keeps after computing ``day``'s overview."""
    listing = deadlines_report.deadline_list(repos, today=day)
    counts = repos.contracts.count_all(), repos.incidents.count_open()
    return {
        "day": day.isoformat(),
        "lang": lang,
        "records": records_key(repos.database.db.conn),
        "overview": deadlines_report.snapshot(listing, *counts, lang),
    }


def test_kept_overview_comes_back_for_its_day_and_language_only(demo, tmp_path):  # noqa: ANN001
    path, kept = demo.database.path, entry(demo)
    assert store(path, [kept], today=TODAY.isoformat(), folder=tmp_path)
    assert load(path, TODAY.isoformat(), "nb", folder=tmp_path) == kept["overview"]
    assert load(path, TODAY.isoformat(), "en", folder=tmp_path) is None
    tomorrow = (TODAY + timedelta(days=1)).isoformat()
    assert load(path, tomorrow, "nb", folder=tmp_path) is None


def test_an_overview_kept_already_is_known_without_writing_it_again(demo, tmp_path):  # noqa: ANN001
    path, kept = demo.database.path, entry(demo)
    day = TODAY.isoformat()
    assert not overview_snapshot.holds(path, day, "nb", kept["records"], folder=tmp_path)
    assert store(path, [kept], today=day, folder=tmp_path)
    assert overview_snapshot.holds(path, day, "nb", kept["records"], folder=tmp_path)
    assert not overview_snapshot.holds(path, day, "en", kept["records"], folder=tmp_path)
    assert not overview_snapshot.holds(path, day, "nb", "another key", folder=tmp_path)


def test_a_write_removes_what_was_kept_of_a_database_that_is_gone(demo, tmp_path):  # noqa: ANN001
    """A deleted (or moved) database's kept overview, with its customers' names, does not
    stay behind in the data folder; another database's, still there, does."""
    folder = tmp_path / "overview"
    gone, other = tmp_path / "gone.sqlite", tmp_path / "other.sqlite"
    for path in (gone, other):
        path.write_bytes(b"")
        overview_snapshot.file_for(path, folder).parent.mkdir(exist_ok=True)
        overview_snapshot.file_for(path, folder).write_text(
            json.dumps({"format": 1, "database": str(path.resolve()), "entries": []})
        )
    gone.unlink()
    leftover = folder / ".overview-cut-off"
    leftover.write_text("{")
    os.utime(leftover, (0, 0))
    assert store(demo.database.path, [entry(demo)], today=TODAY.isoformat(), folder=folder)
    assert not overview_snapshot.file_for(gone, folder).exists()
    assert overview_snapshot.file_for(other, folder).exists()
    assert not leftover.exists()
    assert load(demo.database.path, TODAY.isoformat(), "nb", folder=folder) is not None


def test_the_kept_rows_are_the_overviews_own_texts(demo):  # noqa: ANN001
    listing = deadlines_report.deadline_list(demo, today=TODAY)
    kept = deadlines_report.snapshot(listing, 5, 2, "nb")
    items = listing.items
    assert kept["total"] == len(items) > 0
    assert kept["groups"] == {g.value: len(listing.groups[g]) for g in listing.groups}
    assert (kept["contracts"], kept["open_incidents"]) == (5, 2)
    for row, (group, item) in zip(kept["rows"], items, strict=False):
        assert row["cells"]["what"] == deadlines_report.what_text(group, item, "nb")
        assert row["cells"]["date"] == deadlines_report.date_text(group, item, "nb")
        assert row["cells"]["kind"] == deadlines_report.kind_text(group, item, "nb")
        assert (row["contract_id"], row["record"]) == (item.contract_id, item.record)
    assert len(kept["rows"]) == min(len(items), deadlines_report.SNAPSHOT_ROWS)


def test_a_record_changed_after_keeping_means_nothing_comes_back(demo, tmp_path):  # noqa: ANN001
    path = demo.database.path
    assert store(path, [entry(demo)], today=TODAY.isoformat(), folder=tmp_path)
    first = demo.customers.all()[0]
    demo.customers.update(first.model_copy(update={"name": "Nytt Navn AS"}))
    assert load(path, TODAY.isoformat(), "nb", folder=tmp_path) is None


def test_a_record_added_by_another_process_means_nothing_comes_back(demo, tmp_path):  # noqa: ANN001
    path = demo.database.path
    assert store(path, [entry(demo)], today=TODAY.isoformat(), folder=tmp_path)
    demo.database.close()
    added = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "--db",
            str(path),
            "record",
            "add",
            "customers",
            "--json",
            json.dumps({"name": "Hole Kommune", "org_number": "974603675"}),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert added.returncode == 0, added.stderr
    assert load(path, TODAY.isoformat(), "nb", folder=tmp_path) is None


def test_a_change_outside_the_history_that_adds_a_row_is_seen(demo, tmp_path):  # noqa: ANN001
    """(As bench/generate.py writes: rows without history entries.)"""
    path = demo.database.path
    assert store(path, [entry(demo)], today=TODAY.isoformat(), folder=tmp_path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM checklist_items WHERE id = (SELECT max(id) FROM checklist_items)")
    conn.close()
    assert load(path, TODAY.isoformat(), "nb", folder=tmp_path) is None


def test_an_entry_computed_before_a_change_is_not_stored(demo, tmp_path):  # noqa: ANN001
    """The page computes on the worker: a record saved meanwhile makes the result stale."""
    path, stale = demo.database.path, entry(demo)
    demo.customers.add(customer(name="Hole Kommune", org_number="974603675"))
    assert not store(path, [stale], today=TODAY.isoformat(), folder=tmp_path)
    assert not overview_snapshot.file_for(path, tmp_path).exists()


def test_another_program_does_not_show_what_this_one_kept(demo, tmp_path, monkeypatch):  # noqa: ANN001
    path = demo.database.path
    assert store(path, [entry(demo)], today=TODAY.isoformat(), folder=tmp_path)
    monkeypatch.setattr(overview_snapshot, "_PROGRAM_KEY", "a newer program")
    assert load(path, TODAY.isoformat(), "nb", folder=tmp_path) is None


def test_past_days_and_older_records_are_dropped_when_storing(demo, tmp_path):  # noqa: ANN001
    path = demo.database.path
    yesterday = TODAY - timedelta(days=1)
    assert store(path, [entry(demo, yesterday)], today=yesterday.isoformat(), folder=tmp_path)
    assert store(path, [entry(demo, TODAY, "en")], today=TODAY.isoformat(), folder=tmp_path)
    kept = json.loads(overview_snapshot.file_for(path, tmp_path).read_text())
    assert [(e["day"], e["lang"]) for e in kept["entries"]] == [(TODAY.isoformat(), "en")]
    demo.customers.add(customer(name="Hole Kommune", org_number="974603675"))
    assert store(path, [entry(demo)], today=TODAY.isoformat(), folder=tmp_path)
    kept = json.loads(overview_snapshot.file_for(path, tmp_path).read_text())
    assert [(e["day"], e["lang"]) for e in kept["entries"]] == [(TODAY.isoformat(), "nb")]


def test_a_damaged_or_foreign_kept_file_is_ignored(demo, tmp_path):  # noqa: ANN001
    path = demo.database.path
    file = overview_snapshot.file_for(path, tmp_path)
    file.parent.mkdir(parents=True, exist_ok=True)
    for text in ("{not json", "[]", json.dumps({"format": 99}), "\x00\xff"):
        file.write_text(text, encoding="utf-8", errors="surrogateescape")
        assert load(path, TODAY.isoformat(), "nb", folder=tmp_path) is None
    # and it is replaced by a good one when the overview is next kept
    assert store(path, [entry(demo)], today=TODAY.isoformat(), folder=tmp_path)
    assert load(path, TODAY.isoformat(), "nb", folder=tmp_path) is not None


def test_a_folder_that_cannot_be_written_only_means_nothing_is_kept(demo, tmp_path):  # noqa: ANN001
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be")
    assert not store(demo.database.path, [entry(demo)], today=TODAY.isoformat(), folder=blocked)


def test_a_file_of_no_schema_has_no_records_key(tmp_path):  # noqa: ANN001
    plain = tmp_path / "plain.sqlite"
    sqlite3.connect(plain).close()
    assert records_key_of(plain) is None
    assert records_key_of(tmp_path / "missing.sqlite") is None
    assert not (tmp_path / "missing.sqlite").exists()  # (reading it does not make it)


def test_kept_per_database_file(demo, tmp_path):  # noqa: ANN001
    other = Path(tmp_path / "other.sqlite")
    assert overview_snapshot.file_for(demo.database.path, tmp_path) != overview_snapshot.file_for(
        other, tmp_path
    )


@settings(max_examples=25, deadline=None)
@given(names=st.lists(st.text(alphabet="abcæøå ", min_size=1, max_size=12), max_size=4))
def test_any_change_between_keeping_and_starting_means_nothing_comes_back(tmp_path_factory, names):  # noqa: ANN001
    from app.storage.database import open_database
    from app.storage.repositories import Repositories

    folder = tmp_path_factory.mktemp("kept")
    with open_database(folder / "desk.sqlite", backup=False) as database:
        repos = Repositories(database)
        repos.customers.add(customer())
        kept = entry(repos)
        assert store(database.path, [kept], today=TODAY.isoformat(), folder=folder)
        for name in names:
            added = repos.customers.add(customer(name=f"Kunde {name.strip() or 'x'}"))
            repos.customers.delete(added.id)
        expected = None if names else kept["overview"]
        assert load(database.path, TODAY.isoformat(), "nb", folder=folder) == expected
