"""Small reusable widgets: date edits, field rows, the explanation view."""
