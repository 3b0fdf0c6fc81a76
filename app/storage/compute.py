"""The domain's calculators on stored records.

Storage knows where the records are; the domain knows the rules. These functions load
what a calculator needs and call it; nothing here computes a number itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from app.domain.periods import quarter_bounds
from app.domain.templates import CompensationRule

from .repositories import Repositories

if TYPE_CHECKING:
    from app.domain.compensation import Claim, ContractCompensationResult


def contract_quarter(
    repos: Repositories,
    contract_id: int,
    year: int,
    quarter: int,
    now: datetime | None = None,
    *,
    sodvin_claims: Iterable[Claim | tuple[date, Decimal, bool]] | None = None,
) -> ContractCompensationResult:
    """Availability and compensation of a contract for one quarter (RULES 5, 6).

    ``now`` bounds incidents that are still open (the domain's parameter; no clock here).
    ``sodvin_claims``: what was claimed before this quarter under a contract whose
    template refunds (Sodvin 7.6); left out, the refunds of every quarter since signing
    (``earlier_sodvin_claims``), so every surface shows the same caps. The caps in the
    result count them and this quarter's refund. Pass ``()`` where the caps are not
    shown (a chart of earlier quarters): a contract signed years ago costs a quarter's
    calculation per earlier quarter.
    """
    from app.domain.compensation import contract_compensation

    contract = repos.contracts.get(contract_id)
    if sodvin_claims is None:
        sodvin_claims = earlier_sodvin_claims(repos, contract_id, year, quarter, now)
    start, end = quarter_bounds(year, quarter)
    return contract_compensation(
        contract=contract,
        services=repos.services.for_contract(contract_id),
        incidents=repos.incidents.for_period(contract_id, start, end),
        start=start,
        end=end,
        now=now,
        sodvin_claims=sodvin_claims,
    )


def earlier_sodvin_claims(
    repos: Repositories,
    contract_id: int,
    year: int,
    quarter: int,
    now: datetime | None = None,
) -> list[Claim]:
    """The refunds of every quarter from the one the contract was signed in up to, not
    including, ``year``/``quarter``: the compensation claimed so far (Sodvin 7.6), each
    dated on its quarter's last day. Empty for a contract whose template does not refund.
    """
    from app.domain.compensation import Claim

    contract = repos.contracts.get(contract_id)
    if contract.rules.compensation is not CompensationRule.REFUND:
        return []
    y, q = contract.signed.year, (contract.signed.month - 1) // 3 + 1
    claims: list[Claim] = []
    while (y, q) < (year, quarter):
        total = contract_quarter(repos, contract_id, y, q, now=now, sodvin_claims=()).total
        if total > 0:
            last_day = quarter_bounds(y, q)[1].date() - timedelta(days=1)
            claims.append(Claim(last_day, total))
        y, q = (y, q + 1) if q < 4 else (y + 1, 1)
    return claims
