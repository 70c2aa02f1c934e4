"""``python -m claimdesk.cli``."""

from claimdesk.cli import main

raise SystemExit(main())
