"""What the built ``claimdesk-cli`` executable runs: the command line."""

import sys

from claimdesk.cli import main

sys.exit(main())
