"""Avtalevakt's Qt user interface."""
