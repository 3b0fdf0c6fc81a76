"""Attachments at scale (issue 15): 10 000 documents, 1 GB, beside a desk's database.

    python bench/attachments.py [--runs 5] [--count 10000] [--size 100000] [--json]

Builds (once, in ``/tmp/avtalevakt-bench-docs``) two copies of the demo database: one as
it is, one with ``--count`` documents of ``--size`` random bytes each (random: like PDFs
and photos they do not compress) attached to its records. Then it measures, and prints
next to each other:

- **start**: the program started on each (its own start, as ``bench/startup.py`` times
  it: first paint, overview filled in, and the process's end, which includes the start
  backup), medians of ``--runs`` interleaved starts;
- **backup after adding one document**: how many documents and bytes the backup copies
  into the backups' documents store, and how long the backup takes;
- **export and import** of everything as a ``.zip`` archive: the time, the size, and the
  progress reports the progress bar gets (how many, and that they rise to the end).

Speed is reported here, never asserted in tests; the figures go into README.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

FOLDER = Path(tempfile.gettempdir()) / "avtalevakt-bench-docs"
KINDS = ("pdf", "jpg", "png", "docx", "eml")


def build(count: int, size: int) -> tuple[Path, Path]:
    """(the demo database, the same with ``count`` documents), made once."""
    from app.storage.attachments import Attachments
    from app.storage.database import open_database
    from app.storage.repositories import Repositories

    FOLDER.mkdir(parents=True, exist_ok=True)
    plain, heavy = FOLDER / "plain.sqlite", FOLDER / f"docs-{count}x{size}.sqlite"
    if not plain.exists():
        subprocess.run(
            [sys.executable, "-m", "app", "demo", "--db", str(plain), "--today", "2026-11-21"],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
    if heavy.exists():
        return plain, heavy
    partial = heavy.with_name(heavy.name + ".building")
    for old in FOLDER.glob(partial.name + "*"):
        old.unlink()
    shutil.copy(plain, partial)
    started = time.perf_counter()
    with open_database(partial, backup=False) as database:
        repos = Repositories(database, user="bench")
        owners = [("contracts", c.id) for c in repos.contracts.all()]
        owners += [("customers", c.id) for c in repos.customers.all()]
        owners += [("complaints", c.id) for c in repos.complaints.all()]
        with Attachments(repos) as attachments:
            for n in range(count):
                table, record_id = owners[n % len(owners)]
                name = f"dokument-{n:05d}.{KINDS[n % len(KINDS)]}"
                attachments.attach_bytes(table, record_id, os.urandom(size), name=name)
                if n % 1000 == 999:
                    print(f"  {n + 1} documents attached ({time.perf_counter() - started:.0f} s)")
    for suffix in ("", "-documents"):
        os.replace(f"{partial}{suffix}", f"{heavy}{suffix}")
    print(f"built {heavy} in {time.perf_counter() - started:.0f} s")
    return plain, heavy


def starts(plain: Path, heavy: Path, runs: int) -> dict[str, Any]:
    from startup import _median, app_command, timed_start

    times: dict[str, list[Any]] = {"plain": [], "heavy": []}
    timed_start(app_command(plain))  # warm the caches; the heavy one's first
    timed_start(app_command(heavy))  # start backup copies every document once
    for _ in range(runs):
        times["plain"].append(timed_start(app_command(plain)))
        times["heavy"].append(timed_start(app_command(heavy)))
    result = {}
    for name, started in times.items():
        result[name] = {
            "first_paint_s": round(_median(started, "painted_s"), 3),
            "overview_filled_s": round(_median(started, "filled_s"), 3),
            "process_end_s": round(_median(started, "ended_s"), 3),
        }
    return result


def backup_after_one(heavy: Path, size: int) -> dict[str, Any]:
    from app.storage import documents
    from app.storage.attachments import Attachments
    from app.storage.database import open_database
    from app.storage.repositories import Repositories

    reports: list[Any] = []
    real = documents.after_backup

    def spy(*args: Any, **kwargs: Any) -> Any:
        report = real(*args, **kwargs)
        reports.append(report)
        return report

    documents.after_backup = spy
    try:
        with open_database(heavy, backup=False) as database:
            database.backup()  # the backups have every document already
            repos = Repositories(database, user="bench")
            with Attachments(repos) as attachments:
                customer = repos.customers.all()[0]
                added = attachments.attach_bytes(
                    "customers", customer.id, os.urandom(size), name="ny-kontrakt.pdf"
                )
            started = time.perf_counter()
            database.backup()
            took = time.perf_counter() - started
            attachments = Attachments(repos)
            attachments.remove(added.attachment)  # as it was (swept at the next backup)
            database.backup()
    finally:
        documents.after_backup = real
    report = reports[1]
    return {
        "documents_copied": report.copied,
        "bytes_copied": report.copied_bytes,
        "backup_s": round(took, 3),
        "main_backup_file_mb": round(
            max(
                p.stat().st_size for p in (heavy.parent / "backups").glob(f"{heavy.name}-2*.sqlite")
            )
            / 1e6,
            2,
        ),
        "documents_store_mb": round(documents.documents_path(heavy).stat().st_size / 1e6, 1),
    }


def export_import(heavy: Path) -> dict[str, Any]:
    from app.storage.database import open_database
    from app.storage.exchange import export_json, import_json

    out = FOLDER / "export.zip"
    reports: list[tuple[int, int]] = []
    started = time.perf_counter()
    with open_database(heavy, backup=False) as database:
        counts = export_json(database, out, progress=lambda d, t: reports.append((d, t)))
    exported = time.perf_counter() - started
    target = FOLDER / "imported.sqlite"
    for old in FOLDER.glob("imported.sqlite*"):
        old.unlink()
    seen: list[tuple[int, int]] = []
    started = time.perf_counter()
    with open_database(target) as database:
        import_json(database, out, progress=lambda d, t: seen.append((d, t)))
    imported = time.perf_counter() - started
    fractions = [d / t for d, t in reports if t]
    return {
        "documents": counts["documents"],
        "export_s": round(exported, 1),
        "archive_mb": round(out.stat().st_size / 1e6, 1),
        "export_progress_reports": len(reports),
        "export_progress_rises": fractions == sorted(fractions) and fractions[-1] == 1.0,
        "import_s": round(imported, 1),
        "import_progress_reports": len(seen),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    plain, heavy = build(args.count, args.size)
    result = {
        "documents": args.count,
        "document_bytes": args.count * args.size,
        "start": starts(plain, heavy, args.runs),
        "backup_after_one_document": backup_after_one(heavy, args.size),
        "export_import_zip": export_import(heavy),
    }
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(report(result))
    return 0


def report(result: dict[str, Any]) -> str:
    s, b, e = result["start"], result["backup_after_one_document"], result["export_import_zip"]
    lines = [
        f"{result['documents']} documents, {result['document_bytes'] / 1e9:.2f} GB "
        f"(documents store {b['documents_store_mb']} MB; main database backup "
        f"{b['main_backup_file_mb']} MB)",
        "",
        "start (median)          without      with documents",
    ]
    for key, label in (
        ("first_paint_s", "first paint"),
        ("overview_filled_s", "overview filled in"),
        ("process_end_s", "start backup taken"),
    ):
        lines.append(f"  {label:<22}{s['plain'][key]:>7.3f} s   {s['heavy'][key]:>7.3f} s")
    lines += [
        "",
        f"backup after adding one document: {b['documents_copied']} document, "
        f"{b['bytes_copied']} bytes copied, {b['backup_s']} s",
        f"export to .zip: {e['export_s']} s, {e['archive_mb']} MB, {e['documents']} documents, "
        f"{e['export_progress_reports']} progress reports (rising to the end: "
        f"{e['export_progress_rises']}); import: {e['import_s']} s, "
        f"{e['import_progress_reports']} progress reports",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
