"""The bundle's entry point (packaging/claimdesk.spec): the `claimdesk` command, as installed."""

import sys

from claimdesk.cli import main

sys.exit(main())
