"""What the built ``claimdesk`` executable runs: the desktop app."""

import sys

from claimdesk.gui.app.app import main

sys.exit(main())
