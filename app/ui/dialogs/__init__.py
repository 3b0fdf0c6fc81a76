"""Dialogs around documents: a print preview, letters about a record."""
