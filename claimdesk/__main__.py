"""``python -m claimdesk``: the desktop app."""

from __future__ import annotations

import sys

from claimdesk.gui.app.app import main

if __name__ == "__main__":
    sys.exit(main())
