"""Computing the overview makes no reference cycles (issue 16): the program computes its
first overview with Python's cycle collector paused and then freezes what the start
made (``app.ui.application.resume_collector``), so a cycle made there would never be
freed. Before, each run's memo of the terms (``overview._TermsFacts``) pointed back at
the run that held it: about 7 000 objects of garbage per overview of the large
benchmark database."""

import gc
from datetime import date, timedelta

from app.reports.deadlines_report import deadline_list
from app.reports.reminders_report import reminders_for
from app.storage.database import open_database
from app.storage.demo import fill_demo
from app.storage.repositories import Repositories


def test_the_overview_and_its_reminders_leave_nothing_for_the_collector(tmp_path):
    with open_database(tmp_path / "demo.sqlite", backup=False) as database:
        repos = Repositories(database)
        fill_demo(repos, date(2026, 11, 21))
        deadline_list(repos, today=date(2026, 11, 21))  # every model built, caches filled
        gc.collect()
        gc.disable()
        try:
            for days in range(0, 400, 40):
                listing = deadline_list(repos, today=date(2026, 9, 1) + timedelta(days=days))
                reminders_for(repos, listing)
            assert listing.deadlines  # (the demo has deadlines on these days)
            del listing
            assert gc.collect() == 0
        finally:
            gc.enable()
