"""Replicas for the sync tests: real SQLite files in temporary folders, one per PC."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from app.domain.records import Channel, Complaint, Contract, Customer
from app.storage.database import open_database
from app.storage.repositories import Repositories
from app.sync.engine import Replica, RoundResult, sync_round

from ..storage.conftest import Clock


class Desk:
    """One PC: its own database file and repositories, and a server URL to sync with."""

    def __init__(self, folder: Path, name: str, url: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.url = url
        self.path = folder / f"{name}.sqlite"
        self.database = open_database(self.path, backup=False)
        self.repos = Repositories(self.database, user=name, clock=Clock())
        self.replica = Replica(self.repos)

    def sync(self) -> RoundResult:
        return sync_round(self.repos, self.url, pc_name=self.name)

    def close(self) -> None:
        self.database.close()

    # --- reading ------------------------------------------------------------------------

    def by_uid(self, table: str, uid) -> object:
        return self.repos.repository(table).find_uid(str(uid))

    def state(self) -> dict[str, dict[str, dict]]:
        """Every shared record by table and uid, as the server would hold it."""
        from app.storage.codec import SPECS
        from app.storage.outbox import wire_fields

        conn = self.database.db.conn
        return {
            table: {
                str(r.uid): wire_fields(conn, SPECS[table], r)
                for r in self.repos.repository(table).all()
            }
            for table in SPECS
        }

    def history_origins(self) -> list[tuple[str, int]]:
        rows = self.database.db.conn.execute(
            "SELECT origin_pc, origin_change FROM history WHERE origin_change IS NOT NULL"
        )
        return [tuple(r) for r in rows]

    def open_conflicts(self) -> list[dict]:
        cursor = self.database.db.conn.execute(
            "SELECT * FROM sync_conflicts WHERE resolved_seq IS NULL ORDER BY id"
        )
        names = [d[0] for d in cursor.description]
        out = []
        for row in cursor:
            item = dict(zip(names, row, strict=True))
            for key in ("base", "theirs", "mine"):
                item[key] = json.loads(item[key]) if item[key] is not None else None
            out.append(item)
        return out


def server_state(url: str) -> dict[str, dict[str, dict]]:
    import psycopg

    from app.storage.codec import SPECS

    state: dict[str, dict[str, dict]] = {table: {} for table in SPECS}
    with psycopg.connect(url) as conn:
        for tbl, uid, data in conn.execute(
            "SELECT tbl, uid, data FROM avtalevakt.records WHERE NOT deleted"
            " AND tbl <> 'letters'"  # the letters log: compared on its own
        ):
            state[tbl][str(uid)] = data
    return state


def seed(repos: Repositories) -> Complaint:
    """A customer, a contract on it and a complaint: the records of the scenario."""
    customer = repos.customers.add(Customer(name="Ringerike Regnskap AS", org_number="914573262"))
    contract = repos.contracts.add(
        Contract(
            customer_id=customer.id,
            title="Kontorstøtte",
            template="office_center",
            signed=date(2026, 1, 5),
            delivered=date(2026, 2, 2),
        )
    )
    return repos.complaints.add(
        Complaint(
            contract_id=contract.id,
            delivered=date(2026, 2, 2),
            complained=date(2026, 2, 10),
            channel=Channel.EMAIL,
            nature="Skriveren svarer ikke",
            extent="Hele kontoret",
        )
    )
