"""Robustness tests (issue 7): fuzzing, a second instance, a full disk, a read-only folder.

Hypothesis runs with the profile chosen in ``tests/conftest.py`` ("ci" unless
``HYPOTHESIS_PROFILE`` says otherwise); these tests keep to a few seconds each.
"""
