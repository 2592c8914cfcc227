"""Shared set-up for every test folder (unit/, store/, tui/, system/).

The helpers shared between folders (tui_helpers.py, store_helpers/) sit in tests/ itself; this puts
that folder on the import path, so a test anywhere imports them by name.
"""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))
