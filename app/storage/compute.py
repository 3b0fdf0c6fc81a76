"""The domain's calculators on stored records.

Storage knows where the records are; the domain knows the rules. These functions load
what a calculator needs and call it; nothing here computes a number itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
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
    dated on its quarter's last day (``compensation.refund_claims``: the same computation
    as a quarter's own, each closed quarter remembered). Empty for a contract whose
    template does not refund. One read of the incidents of all those quarters: a refund
    looks at every incident of the contract alike (no line per service), so the one per
    service ``for_period`` adds for Office Center's lines changes nothing here.
    """
    from app.domain.compensation import refund_claims

    contract = repos.contracts.get(contract_id)
    if contract.rules.compensation is not CompensationRule.REFUND:
        return []
    y, q = contract.signed.year, (contract.signed.month - 1) // 3 + 1
    periods = []
    while (y, q) < (year, quarter):
        periods.append(quarter_bounds(y, q))
        y, q = (y, q + 1) if q < 4 else (y + 1, 1)
    if not periods:
        return []
    return refund_claims(
        contract=contract,
        services=repos.services.for_contract(contract_id),
        incidents=repos.incidents.between(contract_id, periods[0][0], periods[-1][1]),
        periods=periods,
        now=now,
    )
