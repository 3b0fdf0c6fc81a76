"""The domain's calculators on stored records.

Storage knows where the records are; the domain knows the rules. These functions load
what a calculator needs and call it; nothing here computes a number itself.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.periods import quarter_bounds
from app.domain.results import Result

from .repositories import Repositories


def contract_quarter(
    repos: Repositories,
    contract_id: int,
    year: int,
    quarter: int,
    now: datetime | None = None,
) -> Result:
    """Availability and compensation of a contract for one quarter (RULES 5, 6).

    ``now`` bounds incidents that are still open (the domain's parameter; no clock here).
    """
    # Imported here while app.domain.compensation is being written in parallel.
    from app.domain.compensation import contract_compensation

    contract = repos.contracts.get(contract_id)
    start, end = quarter_bounds(year, quarter)
    return contract_compensation(
        contract=contract,
        services=repos.services.for_contract(contract_id),
        incidents=repos.incidents.for_period(contract_id, start, end),
        start=start,
        end=end,
        now=now,
    )
