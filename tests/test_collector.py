"""app.collector: the cycle collector paused for a block, from several threads, and the
start's pause ended while an overview is being computed (issue 16)."""

import gc
import threading

import pytest

from app import collector


@pytest.fixture(autouse=True)
def _collector_on_after():
    yield
    gc.enable()
    gc.unfreeze()


def test_paused_for_the_block_and_as_it_was_after():
    gc.enable()
    with collector.paused():
        assert not gc.isenabled()
        with collector.paused():  # nested
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    with collector.paused():
        pass
    assert not gc.isenabled()  # it was off: it stays off


def test_blocks_in_two_threads_end_the_pause_with_the_last():
    gc.enable()
    inside, release = threading.Event(), threading.Event()

    def other():
        with collector.paused():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    inside.wait(10)
    with collector.paused():
        pass
    assert not gc.isenabled()  # the other thread's block still runs
    release.set()
    thread.join(10)
    assert gc.isenabled()


def test_the_start_ends_while_an_overview_is_computed():
    """The window's start pauses the collector; its end comes while a block (the
    overview of a migrated file, computed after opening) runs: the collector is on once
    the block ends, with the start's objects frozen."""
    collector.pause_for_start()
    with collector.paused():
        collector.resume_after_start()
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    collector.release_start()
    assert gc.get_freeze_count() == 0


def test_the_start_ends_without_a_block():
    collector.pause_for_start()
    collector.resume_after_start()
    assert gc.isenabled() and gc.get_freeze_count() > 0
    collector.resume_after_start()  # again (main's last word): nothing more
    assert gc.isenabled()
