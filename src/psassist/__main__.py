"""Allow `python -m psassist`."""

from psassist.cli.main import main

raise SystemExit(main())
