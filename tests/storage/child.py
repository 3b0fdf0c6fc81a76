"""Child processes for the crash and concurrency tests (``python -m tests.storage.child``).

writer DB TAG [COUNT]   bursts of writes; prints "ok TAG N CUSTOMER CONTRACT" after each commit
import DB FILE          an import (replace) that stops half-way and waits to be killed
"""

from __future__ import annotations

import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.domain.records import Contract, Customer, Incident
from app.storage.database import open_database
from app.storage.exchange import import_json
from app.storage.repositories import Repositories

ORG = "914573262"


def writer(path: Path, tag: str, count: int) -> None:
    with open_database(path, backup=False, timeout=30) as database:
        repos = Repositories(database, user=f"writer-{tag}")
        for n in range(count):
            with repos.transaction():  # one burst: a customer, its contract, an incident
                cu = repos.customers.add(Customer(name=f"{tag} kunde {n}", org_number=ORG))
                k = repos.contracts.add(
                    Contract(
                        customer_id=cu.id,
                        title=f"{tag} avtale {n}",
                        template="sodvin",
                        signed=date(2026, 1, 1),
                        monthly_fee=Decimal(n) + Decimal("0.25"),
                    )
                )
                repos.incidents.add(
                    Incident(
                        contract_id=k.id,
                        start=f"2026-03-{1 + n % 28:02d}T10:00",
                        end=f"2026-03-{1 + n % 28:02d}T11:00",
                        cause="supplier",
                        description="x" * 500,
                    )
                )
            print(f"ok {tag} {n} {cu.id} {k.id}", flush=True)


def half_import(path: Path, source: Path) -> None:
    def progress(done: int, total: int) -> None:
        if done >= total // 2:
            print(f"half {done} {total}", flush=True)
            time.sleep(120)  # killed here, inside the transaction

    with open_database(path, backup=False) as database:
        import_json(database, source, replace=True, progress=progress)
    print("finished", flush=True)


if __name__ == "__main__":
    mode, *rest = sys.argv[1:]
    if mode == "writer":
        writer(Path(rest[0]), rest[1], int(rest[2]) if len(rest) > 2 else 10**9)
    elif mode == "import":
        half_import(Path(rest[0]), Path(rest[1]))
    else:
        raise SystemExit(f"unknown mode {mode}")
