"""The list export's CSV writer: the program's one CSV writer lives in
``app.storage.csv_files`` (the storage layer's ``export --csv`` writes through it too)."""

from app.storage.csv_files import (  # noqa: F401 - re-exported
    ENCODING,
    FORMULA_START,
    SEPARATOR,
    cell,
    money,
    neutralise,
    write_csv,
)
