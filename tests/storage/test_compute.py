"""The domain's quarter calculation on stored records."""

from __future__ import annotations

from datetime import datetime

from app.domain.compensation import contract_compensation
from app.domain.periods import OSLO, quarter_bounds
from app.storage.compute import contract_quarter, earlier_sodvin_claims
from app.storage.demo import fill_demo

from .conftest import TODAY, incident


def test_contract_quarter_runs_the_domain_on_stored_records(repos):
    fill_demo(repos, TODAY)
    now = datetime(2026, 11, 21, 12, tzinfo=OSLO)
    for contract in repos.contracts.all():
        for quarter in (1, 2, 3, 4):
            start, end = quarter_bounds(2026, quarter)
            expected = contract_compensation(
                contract=contract,
                services=repos.services.for_contract(contract.id),
                incidents=repos.incidents.for_contract(contract.id),
                start=start,
                end=end,
                now=now,
                # Sodvin 7.6: the refunds of the earlier quarters, which every surface counts
                sodvin_claims=earlier_sodvin_claims(repos, contract.id, 2026, quarter, now),
            )
            got = contract_quarter(repos, contract.id, 2026, quarter, now)
            assert got == expected


def test_open_incident_and_incident_across_the_quarter_border(repos):
    fill_demo(repos, TODAY)
    contract = repos.contracts.all()[0]
    repos.incidents.add(
        incident(
            contract.id,
            start=datetime(2026, 3, 31, 22, tzinfo=OSLO),
            end=datetime(2026, 4, 1, 3, tzinfo=OSLO),
        )
    )
    repos.incidents.add(
        incident(contract.id, start=datetime(2026, 11, 20, 8, tzinfo=OSLO), end=None)
    )
    now = datetime(2026, 11, 21, 12, tzinfo=OSLO)
    for quarter in (1, 2, 4):
        start, end = quarter_bounds(2026, quarter)
        expected = contract_compensation(
            contract=contract,
            services=repos.services.for_contract(contract.id),
            incidents=repos.incidents.for_contract(contract.id),
            start=start,
            end=end,
            now=now,
            sodvin_claims=earlier_sodvin_claims(repos, contract.id, 2026, quarter, now),
        )
        assert contract_quarter(repos, contract.id, 2026, quarter, now) == expected
