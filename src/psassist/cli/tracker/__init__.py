"""`psassist tracker`: the ERAS components, their status and dates, and what to do next.

`parser` builds the command line, `commands` runs each command against the workspace,
`render` turns the tracker's overview into text.
"""

from psassist.cli.tracker.parser import add_parser

__all__ = ["add_parser"]
