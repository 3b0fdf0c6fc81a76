"""Avtalevakt: contract deadlines, availability and compensation for service desks."""

__version__ = "0.1.0"
