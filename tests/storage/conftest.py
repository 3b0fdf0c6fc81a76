"""Storage fixtures: a fresh database in tmp_path, repositories with a fixed clock."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.domain.periods import OSLO
from app.domain.records import Contact, Contract, Customer, Incident, Service
from app.storage.database import open_database
from app.storage.repositories import Repositories

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
TODAY = date(2026, 11, 21)


class Clock:
    """A clock for history rows that ticks one minute per reading."""

    def __init__(self, start: datetime = datetime(2026, 11, 21, 9, 0, tzinfo=OSLO)) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        from datetime import timedelta

        self.moment += timedelta(minutes=1)
        return self.moment


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "avtalevakt.sqlite"


@pytest.fixture
def database(db_path: Path):
    with open_database(db_path) as opened:
        yield opened


@pytest.fixture
def repos(database) -> Repositories:
    return Repositories(database, user="tester", clock=Clock())


def customer(**changes) -> Customer:
    data = {
        "name": "Ringerike Regnskap AS",
        "org_number": "914573262",
        "address": "Storgata 12, 3510 Hønefoss",
        "contacts": (Contact(name="Ingrid Haugen", email="ingrid@example.no"),),
    }
    return Customer(**{**data, **changes})


def contract(customer_id: int, **changes) -> Contract:
    data = {
        "customer_id": customer_id,
        "title": "Azure drift",
        "template": "sodvin",
        "signed": date(2025, 9, 16),
        "ordinary_start": date(2025, 10, 14),
        "monthly_fee": Decimal("20000.00"),
    }
    return Contract(**{**data, **changes})


def service(contract_id: int, **changes) -> Service:
    data = {"contract_id": contract_id, "name": "Drift", "units": 1, "unit_price": Decimal("20000")}
    return Service(**{**data, **changes})


def incident(contract_id: int, **changes) -> Incident:
    data = {
        "contract_id": contract_id,
        "start": datetime(2026, 5, 20, 10, 0, tzinfo=OSLO),
        "end": datetime(2026, 5, 20, 16, 0, tzinfo=OSLO),
        "cause": "supplier",
    }
    return Incident(**{**data, **changes})
