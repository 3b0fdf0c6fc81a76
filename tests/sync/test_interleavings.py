"""A fixed handful of random interleavings in CI (more: tools/sync_interleavings.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.sync.server.admin import init_server, invite

from .interleavings import run

SEEDS = (1, 2, 3)
STEPS = 30


@pytest.mark.parametrize("seed", SEEDS)
def test_three_pcs_in_random_order_converge_with_every_change_once(
    seed, server_url, tmp_path, monkeypatch
):
    from app.sync import engine

    monkeypatch.setattr(engine, "PURGE_EVERY", timedelta(0))  # tombstones go every round
    init_server(server_url)
    url = invite(server_url, f"random{seed}").url
    assert run(seed, STEPS, url, tmp_path, server_url) == []
