"""Where tests put the pictures they take: never in the repository.

By default a fixed folder in the system's temporary directory, overwritten by each run; set
``CS_TEST_SHOTS`` to a folder to keep them where you want to look at them, for example
``CS_TEST_SHOTS=screenshots/tests make test``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

SHOTS = Path(os.environ.get("CS_TEST_SHOTS")
             or Path(tempfile.gettempdir()) / "collective-security-test-shots")
