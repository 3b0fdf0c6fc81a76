"""Qt item models over the repositories: lazy, sorted and filtered in SQL."""
