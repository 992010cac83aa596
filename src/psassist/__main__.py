"""Allow `python -m psassist`."""

from psassist.cli.entry import main

raise SystemExit(main())
