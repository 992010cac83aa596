"""The app process textual-serve starts for one browser tab: `python -m psassist.web.child DIR`.

It is the terminal app itself; only Textual's driver differs (textual-serve sets
TEXTUAL_DRIVER to the web driver), so there is no second UI to keep in step.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m psassist.web.child WORKSPACE", file=sys.stderr)
        return 2
    from psassist.tui import run

    return run(Path(argv[0]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
