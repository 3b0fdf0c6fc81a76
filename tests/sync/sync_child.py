"""A PC that logs complaints and syncs in a loop until it is killed (test_robustness).

python -m tests.sync.sync_child DB URL SEED
"""

from __future__ import annotations

import random
import sys
from datetime import date

from app.domain.records import Channel, Complaint
from app.storage.database import open_database
from app.storage.repositories import Repositories
from app.sync.engine import sync_round


def main() -> None:
    path, url, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rnd = random.Random(seed)
    database = open_database(path, backup=False)
    repos = Repositories(database, user="child")
    contract = repos.contracts.all()[0]
    n = 0
    while True:
        with repos.transaction():
            for _ in range(rnd.randint(20, 120)):
                n += 1
                repos.complaints.add(
                    Complaint(
                        contract_id=contract.id,
                        delivered=date(2026, 2, 2),
                        complained=date(2026, 2, 10),
                        channel=Channel.EMAIL,
                        nature=f"Feil {seed}-{n}",
                        extent="Kontoret",
                    )
                )
        print("added", n, flush=True)
        sync_round(repos, url, pc_name="child")
        print("synced", flush=True)


if __name__ == "__main__":
    main()
