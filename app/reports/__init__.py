"""Output for people and other programs: letters (PDF, print), reports, calendar and CSV files.

Report code only formats domain results; every rule is computed in ``app.domain``.
Modules here may use Qt's GUI classes (``QTextDocument``, ``QPdfWriter``, ``QPainter``)
but no widgets, so the CLI can produce the same files without a window.
"""
