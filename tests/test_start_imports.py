"""What the desktop program imports before its first paint stays small (issue 15 found a
start that failed: the instance lock asked the repositories for the user's name, which
loaded the domain and pydantic on the GUI thread before the window was there)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_instance_lock_names_the_user_without_loading_the_domain():
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app.storage import lock\n"
        "assert lock.os_user()\n"  # the name the lock writes (lock.try_acquire)
        "loaded = sorted(m for m in sys.modules if m.startswith(('pydantic', 'app.domain')))\n"
        "print(loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    # only the catalog of texts (issue 11 item 8: storage's messages come from it), which
    # imports nothing but the standard library
    assert done.stdout.strip() == "['app.domain', 'app.domain.explain']"
