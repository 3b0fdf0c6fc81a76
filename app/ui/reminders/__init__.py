"""Reminders in the program (issue 15): the tray and its notifications (``tray``), the
banner on the overview where there is no tray (``banner``), the controller that runs the
schedule after every overview computation and at midnight (``controller``), snoozing
(``snooze``) and the lead times in Settings (``lead_times``)."""
