"""Record forms: one class per file, named alike (``IncidentForm`` in ``incident_form.py``)."""
